// The tutorial example: tables made by sync, rows by seed, nothing duplicated by the second seed.
import java.sql.Connection

def fail = { String what -> throw new AssertionError(what) }
def check = { boolean ok, String what -> if (!ok) fail(what) }

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).drop(1) as List
if (runs.size() < 4 || !runs[2].contains('BUILD SUCCESS')) {
    String errors = runs ? runs.last().readLines().findAll { it.startsWith('[ERROR]') || it.startsWith('Caused by') }.join('\n')
        : 'no Maven run; the pre-build script failed: ' + log.readLines().findAll { it =~ /^\S+(Exception|Error): / }.join('\n')
    fail("Maven run ${runs.size()} of 4 failed:\n${errors}")
}
check(runs[0].contains('Applied'), "first sync applied nothing:\n${runs[0]}")
// rows that only a reference names are created, and listed with where they were first named
check(runs[1].contains("seed: created Class 'Physics' (first seen at src/test/seeds/03-school.yaml:"),
        "first seed did not list the class created from a reference:\n${runs[1]}")
check(!runs[2].contains('seed: created'), "second seed created rows:\n${runs[2]}")
check(runs[2].contains('nothing written') && runs[2].contains('no changeset ran'), "second sync did something:\n${runs[2]}")
check(runs[2].contains('0 inserted, 0 updated'), "second seed changed rows:\n${runs[2]}")
['BUILD FAILURE', 'Seeding failed, nothing was written', 'seeds-invalid/01-users.yaml:6:12', 'not-an-email'].each {
    check(runs[3].contains(it), "invalid seed run: expected '${it}' in:\n${runs[3]}")
}

// H2 writes failed statements (a first run's lookups of Liquibase's tables) to db.trace.db unless told not to
List<String> traces = new File(basedir, 'target/modelsync').list().findAll { it.endsWith('.trace.db') }
check(traces.isEmpty(), "H2 trace files left in target/modelsync: ${traces}")

String mermaid = new File(basedir, 'target/modelsync/model.mmd').getText('UTF-8')
['Users {', 'Projects {', 'UserProjects {', 'Friendships {', 'Students {', 'Classes {', 'Enrollments {',
 'UserProjects }o--|| Users', 'UserProjects }o--|| Projects', 'Friendships }o--|| Users : "friendId"',
 'Friendships }o--|| Users : "userId"', 'Enrollments }o--|| Students', 'Enrollments }o--|| Classes'].each {
    check(mermaid.contains(it), "model.mmd: expected '${it}' in:\n${mermaid}")
}

Properties props = new Properties()
props.setProperty('user', 'sa')
props.setProperty('password', '')
Connection c = new org.h2.Driver().connect("jdbc:h2:file:${basedir}/target/modelsync/db".toString(), props)
try {
    def count = { String table ->
        def rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"${table}\"".toString())
        rs.next()
        rs.getInt(1)
    }
    def expected = [Users: 2, Projects: 3, UserProjects: 3, Friendships: 1, Students: 2, Classes: 2, Enrollments: 3]
    def actual = expected.collectEntries { table, n -> [table, count(table)] }
    check(actual == expected, "row counts: expected ${expected}, found ${actual}")

    def rs = c.createStatement().executeQuery('''
        SELECT u."username", p."title", up."role", up."startDate" IS NOT NULL
        FROM "UserProjects" up JOIN "Users" u ON u."id" = up."userId" JOIN "Projects" p ON p."id" = up."projectId"
        ORDER BY 1, 2''')
    def links = []
    while (rs.next()) links << "${rs.getString(1)}/${rs.getString(2)}/${rs.getString(3)}/${rs.getBoolean(4)}".toString()
    check(links == ['alice/DevOps/developer/true', 'alice/Website Redesign/admin/true', 'bob/Mobile App/viewer/true'],
          "UserProjects: ${links}")
} finally {
    c.close()
}
return true
