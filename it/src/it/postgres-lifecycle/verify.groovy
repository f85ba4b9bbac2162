// Checks the nine Maven runs of invoker.properties, the changelog files and the PostgreSQL database.
import java.sql.Connection

def fail = { String what -> throw new AssertionError(what) }
def check = { boolean ok, String what -> if (!ok) fail(what) }

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).drop(1) as List
if (runs.size() < 9) {
    // the invoker stops at the first run whose result is not the expected one: show why
    String errors = runs ? runs.last().readLines().findAll { it.startsWith('[ERROR]') || it.startsWith('Caused by') }.join('\n')
        : 'no Maven run; the pre-build script failed: ' + log.readLines().findAll { it =~ /^\S+(Exception|Error): / }.join('\n')
    fail("Maven run ${runs.size()} of 9 ended unexpectedly:\n${errors}")
}
def run = { int n -> runs[n - 1] }
def expect = { int n, String text -> check(run(n).contains(text), "run ${n}: expected '${text}' in:\n${run(n)}") }
def expectNot = { int n, String text -> check(!run(n).contains(text), "run ${n}: did not expect '${text}' in:\n${run(n)}") }

// 1. unknown server id
expect(1, 'BUILD FAILURE')
expect(1, "model.serverId is 'no-such-server'")
expect(1, 'modelsync-it-pg')

// 2. first sync creates the tables, as the settings.xml server's user
expect(2, 'BUILD SUCCESS')
expect(2, 'Applied')

// 3. second sync: no changeset written, none applied
expect(3, 'BUILD SUCCESS')
expect(3, 'nothing written')
expect(3, 'no changeset ran')

// 4. v2 applied
expect(4, 'BUILD SUCCESS')
expect(4, 'Applied')

// 5. destructive change refused, naming the column and the way out
expect(5, 'BUILD FAILURE')
expect(5, 'nickname')
expect(5, 'allowDestructive')

// 6. allowed
expect(6, 'BUILD SUCCESS')
expect(6, 'Applied')

// 7. seed: Alice updated (not duplicated), Bob and the missing project created, links made
expect(7, 'BUILD SUCCESS')
// 8. the second seed changes nothing
expect(8, 'BUILD SUCCESS')
expect(8, '0 inserted, 0 updated')
// 9. invalid seed file: file:line:column of the bad key, nothing written
expect(9, 'BUILD FAILURE')
expect(9, 'Seeding failed, nothing was written')
expect(9, 'seeds-invalid/01-broken.yaml:6:5')
expect(9, "'nmae'")

// changelog: master plus one changeset file per model version
File changelog = new File(basedir, 'src/main/resources/db/changelog')
check(new File(changelog, 'db.changelog-master.yaml').isFile(), "missing db.changelog-master.yaml in ${changelog}")
File[] changes = new File(changelog, 'changes').listFiles()
check(changes != null && changes.length == 3, "expected 3 changeset files, found ${changes*.name}")

// the database: the rows written between the syncs are still there, the schema is version 3
Properties props = new Properties()
props.setProperty('user', pgUser)
Connection c = new org.postgresql.Driver().connect("jdbc:postgresql://${pgHost}:${pgPort}/modelsync_it_lifecycle".toString(), props)
try {
    def columns = { String table ->
        def rs = c.metaData.getColumns(null, null, table, null)
        def names = []
        while (rs.next()) names << rs.getString('COLUMN_NAME')
        names
    }
    def users = columns('Users')
    check(users.containsAll(['id', 'name', 'email', 'bio', 'createdAt', 'updatedAt']), "Users columns: ${users}")
    check(!users.contains('nickname'), "Users still has nickname: ${users}")
    check(!columns('UserProjects').isEmpty(), 'no UserProjects table')

    def owner = c.createStatement().executeQuery("SELECT tableowner FROM pg_tables WHERE tablename = 'Users'")
    check(owner.next() && owner.getString(1) == 'modelsync_it',
        'Users is not owned by modelsync_it, the user of the settings.xml server modelsync-it-pg')

    def rs = c.createStatement().executeQuery(
        'SELECT u."name", t."title" FROM "Tasks" t JOIN "Users" u ON u."id" = t."UserId"')
    check(rs.next(), 'the rows written after the first sync are gone')
    check(rs.getString(1) == 'Alice' && rs.getString(2) == 'Write the docs', "unexpected row ${rs.getString(1)}, ${rs.getString(2)}")
    check(!rs.next(), 'more rows than written')

    def scalar = { String sql ->
        def r = c.createStatement().executeQuery(sql)
        r.next()
        r.getObject(1)
    }
    check(scalar('SELECT count(*) FROM "Users"') == 2L, 'expected Alice and Bob only (Alice not duplicated, Carol not written)')
    check(scalar('SELECT count(*) FROM "Projects"') == 2L, 'expected the projects Website and Mobile app')
    check(scalar('SELECT up."role" FROM "UserProjects" up JOIN "Users" u ON u."id" = up."UserId" ' +
        'JOIN "Projects" p ON p."id" = up."ProjectId" WHERE u."email" = \'alice@example.com\' AND p."title" = \'Website\'') == 'admin',
        'Alice is not linked to Website as admin')
    check(scalar('SELECT count(*) FROM "UserProjects"') == 2L, 'expected two links')
} finally {
    c.close()
    // leave nothing behind on the server: the database and the role setup.groovy made
    Properties admin = new Properties()
    admin.setProperty('user', pgUser)
    def a = new org.postgresql.Driver().connect("jdbc:postgresql://${pgHost}:${pgPort}/postgres".toString(), admin)
    try {
        a.createStatement().execute('DROP DATABASE IF EXISTS modelsync_it_lifecycle WITH (FORCE)')
        a.createStatement().execute('DROP ROLE IF EXISTS modelsync_it')
    } finally {
        a.close()
    }
}
return true
