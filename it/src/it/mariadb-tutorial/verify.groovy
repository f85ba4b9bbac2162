// The tutorial on MariaDB: tables made by sync (InnoDB, utf8mb4), rows by seed, nothing changed by the
// second sync and seed, verify clean. Drops the database afterwards.
import java.sql.Connection

def fail = { String what -> throw new AssertionError(what) }
def check = { boolean ok, String what -> if (!ok) fail(what) }

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).drop(1) as List
if (runs.size() < 3 || !runs.every { it.contains('BUILD SUCCESS') }) {
    fail("a Maven run failed:\n" + runs.collect { it.readLines().findAll { l -> l.startsWith('[ERROR]') }.join('\n') }.join('\n'))
}
check(runs[0].contains('Applied'), "first sync applied nothing:\n${runs[0]}")
check(runs[2].contains('nothing written') && runs[2].contains('no changeset ran'), "second sync did something:\n${runs[2]}")
check(runs[2].contains('0 inserted, 0 updated'), "second seed changed rows:\n${runs[2]}")

Properties props = new Properties()
props.setProperty('user', myUser)
Connection c = new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://${myHost}:${myPort}/modelsync_it_tutorial".toString(), props)
try {
    def count = { String table ->
        def rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM `${table}`".toString())
        rs.next()
        rs.getInt(1)
    }
    def expected = [Users: 2, Projects: 3, UserProjects: 3, Friendships: 1, Students: 2, Classes: 2, Enrollments: 3]
    def actual = expected.collectEntries { table, n -> [table, count(table)] }
    check(actual == expected, "row counts: expected ${expected}, found ${actual}")
    def rs = c.createStatement().executeQuery('''SELECT COUNT(*) FROM information_schema.TABLES
        WHERE TABLE_SCHEMA = 'modelsync_it_tutorial' AND (ENGINE <> 'InnoDB' OR TABLE_COLLATION NOT LIKE 'utf8mb4%')''')
    rs.next()
    check(rs.getInt(1) == 0, 'every table is InnoDB with utf8mb4')
    c.createStatement().execute('DROP DATABASE modelsync_it_tutorial')
} finally {
    c.close()
}
return true
