// Copies docs/examples/tutorial here (as the tutorial project does) and creates a fresh, empty
// MariaDB database for it (dropping the one of an earlier run).
import java.nio.file.*
import java.sql.Connection

binding.example = 'tutorial'
evaluate(new File(repoRoot, 'it/src/it/copy-example.groovy'))
Path here = basedir.toPath()
Files.createDirectories(here.resolve('.mvn'))
Files.writeString(here.resolve('.mvn/maven.config'),
    "-Dmodel.url=jdbc:mariadb://${myHost}:${myPort}/modelsync_it_tutorial -Dmodel.username=${myUser}\n".toString())
Properties props = new Properties()
props.setProperty('user', myUser)
String url = "jdbc:mariadb://${myHost}:${myPort}/"
Connection c
try {
    c = new org.mariadb.jdbc.Driver().connect(url, props)
} catch (Exception e) {
    throw new IllegalStateException("MariaDB is required here (CI=${System.getenv('CI')}) but ${url} as ${myUser}" +
        " does not answer: ${e.message}. Start it, or set MODELSYNC_MARIADB_HOST / PORT / USER.", e)
}
try {
    c.createStatement().execute('DROP DATABASE IF EXISTS modelsync_it_tutorial')
    c.createStatement().execute('CREATE DATABASE modelsync_it_tutorial CHARACTER SET utf8mb4')
} finally {
    c.close()
}
// verify.groovy drops it; this drops it when the build ends however it ends (a failed invocation skips verify.groovy)
Runtime.runtime.addShutdownHook(new Thread({
    try {
        def admin = new org.mariadb.jdbc.Driver().connect(url, props)
        try {
            admin.createStatement().execute('DROP DATABASE IF EXISTS modelsync_it_tutorial')
        } finally {
            admin.close()
        }
    } catch (Exception e) {
        System.err.println("[WARNING] Could not drop the test database modelsync_it_tutorial on ${url}: ${e.message}")
    }
} as Runnable, 'drop modelsync_it_tutorial'))
return true
