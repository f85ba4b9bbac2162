// Shared by the verify scripts of spring-boot and spring-boot-postgres: what the first build of the
// example must show. Returns the builds' logs, one per invocation.
def fail = { String what -> throw new AssertionError(what) }
def check = { boolean ok, String what -> if (!ok) fail(what) }

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).drop(1) as List
if (runs.size() < runsExpected || runs.any { !it.contains('BUILD SUCCESS') }) {
    String errors = runs ? runs.last().readLines().findAll { it.startsWith('[ERROR]') || it.startsWith('Caused by') }.join('\n')
        : 'no Maven run; the pre-build script failed: ' + log.readLines().findAll { it =~ /^\S+(Exception|Error): / }.join('\n')
    fail("Maven run ${runs.size()} of ${runsExpected} failed:\n${errors}")
}
String first = runs[0]
// Spring Boot's own Liquibase (its logger, inside the application's log lines) ran both changesets
['[blog]', 'liquibase.ui', 'Running Changeset: db/changelog/changes/0001-initial-schema.yaml::0001-1-',
 'Running Changeset: db/changelog/changes/0001-initial-schema.yaml::0001-2-'].each {
    check(first.contains(it), "expected '${it}' in the first build (Spring Boot's Liquibase at startup):\n${first}")
}
// then model:verify found the database Spring Boot made equal to the model, nothing pending
check((first =~ /Model, changelog and database \S+ agree\./).find(), "model:verify did not pass:\n${first}")
check(first.contains('seed: done') && (first =~ /: 12 inserted, 0 updated/).find(), "model:seed did not insert the 12 rows:\n${first}")
check(first.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed')
        && first.contains('in dev.modelsync.examples.blog.SchemaFromChangelogTest'), "SchemaFromChangelogTest did not run:\n${first}")
check(first.contains('in dev.modelsync.examples.blog.PostRepositoryIT')
        && (first =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [\d.]+ s -- in dev\.modelsync\.examples\.blog\.PostRepositoryIT/).find(),
        "PostRepositoryIT did not pass:\n${first}")
return runs
