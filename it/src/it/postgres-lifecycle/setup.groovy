// Creates a fresh, empty PostgreSQL database for this project (dropping the one of an earlier run),
// owned by the role modelsync_it: the settings.xml server modelsync-it-pg logs in as that role, so
// the tables' owner shows that the credentials came from settings.xml.
import java.sql.Connection

String db = 'modelsync_it_lifecycle'
Properties props = new Properties()
props.setProperty('user', pgUser)
String url = "jdbc:postgresql://${pgHost}:${pgPort}/postgres"
Connection c
try {
    c = new org.postgresql.Driver().connect(url, props)
} catch (Exception e) {
    throw new IllegalStateException("PostgreSQL is required here (CI=${System.getenv('CI')}) but ${url} as ${pgUser}" +
        " does not answer: ${e.message}. Start it, or set MODELSYNC_PG_HOST / MODELSYNC_PG_PORT / MODELSYNC_PG_USER.", e)
}
try {
    c.createStatement().execute("DROP DATABASE IF EXISTS ${db} WITH (FORCE)".toString())
    c.createStatement().execute('''DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'modelsync_it') THEN
          CREATE ROLE modelsync_it LOGIN PASSWORD 'modelsync_it';
        END IF;
      END $$''')
    c.createStatement().execute("CREATE DATABASE ${db} OWNER modelsync_it".toString())
} finally {
    c.close()
}
return true
