// The changelog written by model:generate, applied by liquibase-maven-plugin alone.
import java.sql.Connection

def fail = { String what -> throw new AssertionError(what) }
def check = { boolean ok, String what -> if (!ok) fail(what) }

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).drop(1) as List
if (runs.size() < 2 || !runs[1].contains('BUILD SUCCESS')) {
    String errors = runs ? runs.last().readLines().findAll { it.startsWith('[ERROR]') || it.startsWith('Caused by') }.join('\n')
        : 'no Maven run; the pre-build script failed: ' + log.readLines().findAll { it =~ /^\S+(Exception|Error): / }.join('\n')
    fail("Maven run ${runs.size()} of 2 failed:\n${errors}")
}
check(!runs[1].contains('model-maven-plugin'), 'run 2 must not use the modelsync plugin')
check(runs[1].contains('liquibase-maven-plugin'), 'run 2 did not run liquibase-maven-plugin')
check((runs[1] =~ /is up to date/).find(),
      "liquibase:status after update should report nothing pending:\n${runs[1]}")

Properties props = new Properties()
props.setProperty('user', 'sa')
props.setProperty('password', 'liquibase')
Connection c = new org.h2.Driver().connect("jdbc:h2:file:${basedir}/target/liquibase/db".toString(), props)
try {
    def tables = []
    def rs = c.metaData.getTables(null, 'PUBLIC', null, ['TABLE'] as String[])
    while (rs.next()) tables << rs.getString('TABLE_NAME')
    ['Authors', 'Posts', 'Tags', 'PostTags', 'DATABASECHANGELOG'].each {
        check(tables.contains(it), "table ${it} missing; tables: ${tables}")
    }
    def fks = []
    rs = c.metaData.getImportedKeys(null, 'PUBLIC', 'Posts')
    while (rs.next()) fks << (rs.getString('FKCOLUMN_NAME') + '->' + rs.getString('PKTABLE_NAME'))
    check(fks.contains('authorId->Authors'), "Posts foreign keys: ${fks}")

    // the schema works: a post of an author, with a tag, through the junction table
    def st = c.createStatement()
    st.execute('''INSERT INTO "Authors" ("name", "email") VALUES ('Ann', 'ann@example.com')''')
    st.execute('''INSERT INTO "Posts" ("title", "authorId") SELECT 'Hello', "id" FROM "Authors"''')
    st.execute('''INSERT INTO "Tags" ("label") VALUES ('news')''')
    st.execute('''INSERT INTO "PostTags" ("PostId", "TagId") SELECT p."id", t."id" FROM "Posts" p, "Tags" t''')
    rs = st.executeQuery('''SELECT p."status", a."name" FROM "Posts" p JOIN "Authors" a ON a."id" = p."authorId"''')
    check(rs.next() && rs.getString(1) == 'draft' && rs.getString(2) == 'Ann', 'default status or author link wrong')
} finally {
    c.close()
}
return true
