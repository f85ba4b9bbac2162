// Copies docs/examples/spring-boot here, creates a fresh PostgreSQL database for it (dropped when the
// build ends) and points model.url at it; the example's pom passes model.url to the application too.
import java.nio.file.*

binding.example = 'spring-boot'
evaluate(new File(repoRoot, 'it/src/it/copy-example.groovy'))
binding.pgDatabase = 'modelsync_it_boot'
evaluate(new File(repoRoot, 'it/src/it/pg-database.groovy'))
Path mvn = basedir.toPath().resolve('.mvn')
Files.createDirectories(mvn)
Files.writeString(mvn.resolve('maven.config'),
    "-Dmodel.url=jdbc:postgresql://${pgHost}:${pgPort}/modelsync_it_boot -Dmodel.username=${pgUser}\n".toString())
return true
