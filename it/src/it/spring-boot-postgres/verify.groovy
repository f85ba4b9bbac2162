// The Spring Boot example on PostgreSQL: the same checks as on H2; then the database is dropped.
binding.runsExpected = 1
try {
    evaluate(new File(repoRoot, 'it/src/it/spring-boot-checks.groovy'))
} finally {
    Properties props = new Properties()
    props.setProperty('user', pgUser)
    def c = new org.postgresql.Driver().connect("jdbc:postgresql://${pgHost}:${pgPort}/postgres".toString(), props)
    try {
        c.createStatement().execute('DROP DATABASE IF EXISTS modelsync_it_boot WITH (FORCE)')
    } finally {
        c.close()
    }
}
return true
