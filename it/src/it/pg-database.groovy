// Shared by the setup scripts of the PostgreSQL projects: drops the database `pgDatabase` of an
// earlier run and creates it afresh (owned by the role `pgRole`, created with the same name as
// password, when the binding sets one). Both are dropped again when this Maven build ends, however
// it ends: verify.groovy does not run after a failed invocation, and nothing may stay behind on the
// server. Call with: binding.pgDatabase = 'modelsync_it_x'; evaluate(new File(repoRoot, 'it/src/it/pg-database.groovy'))
import java.sql.Connection

String db = pgDatabase
String role = binding.hasVariable('pgRole') ? pgRole : null
String url = "jdbc:postgresql://${pgHost}:${pgPort}/postgres"
Closure admin = { Closure work ->
    Properties props = new Properties()
    props.setProperty('user', pgUser)
    Connection c = new org.postgresql.Driver().connect(url, props)
    try {
        work(c)
    } finally {
        c.close()
    }
}
Closure dropAll = { Connection c ->
    c.createStatement().execute("DROP DATABASE IF EXISTS ${db} WITH (FORCE)".toString())
    if (role != null) c.createStatement().execute("DROP ROLE IF EXISTS ${role}".toString())
}
try {
    admin { Connection c ->
        dropAll(c)
        String owner = ''
        if (role != null) {
            c.createStatement().execute("CREATE ROLE ${role} LOGIN PASSWORD '${role}'".toString())
            owner = " OWNER ${role}"
        }
        c.createStatement().execute("CREATE DATABASE ${db}${owner}".toString())
    }
} catch (java.sql.SQLException e) {
    throw new IllegalStateException("PostgreSQL is required here (CI=${System.getenv('CI')}) but ${url} as ${pgUser}" +
        " does not answer or refuses: ${e.message}. Start it, or set MODELSYNC_PG_HOST / MODELSYNC_PG_PORT / MODELSYNC_PG_USER.", e)
}
Runtime.runtime.addShutdownHook(new Thread({
    try {
        admin(dropAll)
    } catch (Exception e) {
        System.err.println("[WARNING] Could not drop the test database ${db}${role ? ' and role ' + role : ''} on ${url}: ${e.message}")
    }
} as Runnable, "drop ${db}"))
return true
