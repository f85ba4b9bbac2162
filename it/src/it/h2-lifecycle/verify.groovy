// Checks the eleven Maven runs of invoker.properties, the changelog files and the H2 database.
import java.sql.Connection

def fail = { String what -> throw new AssertionError(what) }
def check = { boolean ok, String what -> if (!ok) fail(what) }

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).drop(1) as List
if (runs.size() < 13) {
    // the invoker stops at the first run whose result is not the expected one: show why
    String errors = runs ? runs.last().readLines().findAll { it.startsWith('[ERROR]') || it.startsWith('Caused by') }.join('\n')
        : 'no Maven run; the pre-build script failed: ' + log.readLines().findAll { it =~ /^\S+(Exception|Error): / }.join('\n')
    fail("Maven run ${runs.size()} of 13 ended unexpectedly:\n${errors}")
}
def run = { int n -> runs[n - 1] }
def expect = { int n, String text -> check(run(n).contains(text), "run ${n}: expected '${text}' in:\n${run(n)}") }
def expectNot = { int n, String text -> check(!run(n).contains(text), "run ${n}: did not expect '${text}' in:\n${run(n)}") }

// 1. every error of the invalid model, at file:line:column
expect(1, 'BUILD FAILURE')
expect(1, '2 errors')
expect(1, 'STRNG')
expect(1, 'alowNull')
[5, 6].each { line ->
    check((run(1) =~ /models\.yaml:${line}:\d+/).find(), "run 1: expected an error at models.yaml:${line}:<column> in:\n${run(1)}")
}

// 2. first sync creates the tables
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
// the plugin names the property; the engine's own wording of the option never reaches Maven's output
expect(5, '(-Dmodel.allowDestructive=true)')
runs.eachWithIndex { text, i -> ['engine API', '(option '].each { check(!text.contains(it), "run ${i + 1}: '${it}' in Maven output:\n${text}") } }

// 6. allowed, with a warning naming the change and its rows
expect(6, 'BUILD SUCCESS')
expect(6, 'Applied')
check((run(6) =~ /\[WARNING\] Applying a destructive change: drop column Users\.nickname .*\(\d+ rows? at stake\)/).find(),
        "run 6: expected a warning naming the dropped column and its rows in:\n${run(6)}")

// 7. nothing pending; diagram written and printed
expect(7, 'BUILD SUCCESS')
expect(7, 'would run no SQL')
expect(7, 'erDiagram')
File diagram = new File(basedir, 'target/modelsync/model.mmd')
check(diagram.isFile(), "missing ${diagram}")
String mermaid = diagram.getText('UTF-8')
['erDiagram', 'Users {', 'Tasks {', 'Projects {', 'UserProjects {', 'Tasks }o--|| Users',
 'UserProjects }o--|| Users', 'UserProjects }o--|| Projects'].each {
    check(mermaid.contains(it), "model.mmd: expected '${it}' in:\n${mermaid}")
}
check(!mermaid.contains('nickname'), "model.mmd still shows the dropped column:\n${mermaid}")
expect(7, 'agree')
['verify.json', 'TEST-modelsync-verify.xml'].each {
    check(new File(basedir, "target/modelsync/${it}").isFile(), "model:verify wrote no target/modelsync/${it}")
}

// the replay cache: what the changelog records, kept under target/modelsync/cache (at most 8 entries)
File[] cached = new File(basedir, 'target/modelsync/cache').listFiles({ d, n -> n ==~ /replay-[0-9a-f]{64}\.json/ } as FilenameFilter)
check(cached != null && cached.length >= 1 && cached.length <= 8, "target/modelsync/cache: expected 1 to 8 replay entries, found ${cached?.toList()}")

// 8. skipped
expect(8, 'BUILD SUCCESS')
expect(8, 'Skipping model:sync')
expectNot(8, 'ERROR')

// 9. verify lists each difference and fails
expect(9, 'BUILD FAILURE')
expect(9, 'model:verify found')
expect(9, 'Users.nickname')

// 10. connection failure: URL and user, never the password
expect(10, 'BUILD FAILURE')
expect(10, 'jdbc:postgresql://127.0.0.1:1/app')
expect(10, "'bob'")

// 12. lint fails on the hazards of the plain form (v2 adds a column to the filled Users table without lock_timeout)
expect(12, 'BUILD FAILURE')
expect(12, 'MS111 no-lock-timeout')
['lint.json', 'TEST-modelsync-lint.xml'].each {
    check(new File(basedir, "target/modelsync/${it}").isFile(), "model:lint wrote no target/modelsync/${it}")
}
// 13. lintFail=false: reported, not failed; the ignored code is gone
expect(13, 'BUILD SUCCESS')
expectNot(13, 'MS111')
expectNot(10, 's3cr3t-pw')

// changelog: master plus one changeset file per model version (runs 3 and 7 wrote nothing)
File changelog = new File(basedir, 'src/main/resources/db/changelog')
check(new File(changelog, 'db.changelog-master.yaml').isFile(), "missing db.changelog-master.yaml in ${changelog}")
File[] changes = new File(changelog, 'changes').listFiles()
check(changes != null && changes.length == 3, "expected 3 changeset files, found ${changes*.name}")

// 11. unlock: nothing held, nothing to clear
expect(11, 'BUILD SUCCESS')
expect(11, 'DATABASECHANGELOGLOCK is not locked; nothing to clear')

// the database: the rows written between the syncs are still there, the schema is version 3
Properties props = new Properties()
props.setProperty('user', 'sa')
props.setProperty('password', '')
Connection c = new org.h2.Driver().connect("jdbc:h2:file:${basedir}/target/modelsync/db".toString(), props)
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

    def rs = c.createStatement().executeQuery(
        'SELECT u."name", t."title" FROM "Tasks" t JOIN "Users" u ON u."id" = t."UserId"')
    check(rs.next(), 'the rows written after the first sync are gone')
    check(rs.getString(1) == 'Alice' && rs.getString(2) == 'Write the docs', "unexpected row ${rs.getString(1)}, ${rs.getString(2)}")
    check(!rs.next(), 'more rows than written')
} finally {
    c.close()
}
return true
