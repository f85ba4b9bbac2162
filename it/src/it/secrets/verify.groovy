// No password in any output or file under target/, whichever way it was given (see invoker.properties).
def fail = { String what -> throw new AssertionError(what) }
def check = { boolean ok, String what -> if (!ok) fail(what) }

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).drop(1) as List
if (runs.size() < 7) {
    String errors = runs ? runs.last().readLines().findAll { it.startsWith('[ERROR]') }.join('\n') : log.take(3000)
    fail("Maven run ${runs.size()} of 7 ended unexpectedly:\n${errors}")
}
def run = { int n -> runs[n - 1] }
def expect = { int n, String text -> check(run(n).contains(text), "run ${n}: expected '${text}' in:\n${run(n)}") }

List<String> secrets = ['PwProp-7731x', 'WrongPw-3318z', 'modelsync-it-secret-pw', 'PwUrl-5520y', 'PwPg-8812q', 'PwConf-2209v', 'PwCli-4410k']

// the runs did what they should, with -X on
(1..7).each { expect(it, '[DEBUG] Configuring mojo') }
[1, 3, 4, 6, 7].each { expect(it, 'BUILD SUCCESS') }
expect(1, 'Model, changelog and database jdbc:h2:file:')
expect(3, 'SQL that model:sync would run on jdbc:h2:file:')
expect(4, 'SQL that model:sync would run on jdbc:h2:file:')
[2, 5].each { expect(it, 'BUILD FAILURE') }
expect(2, 'Cannot connect to jdbc:h2:file:')
expect(4, 'PASSWORD=****')
expect(5, 'password=****')
// 7. the command line lost to the pom: said, with the value used; the pom's database was checked
expect(7, '[WARNING] -Dmodel.url=jdbc:h2:file:./target/dbcli/db is not used: the pom\'s <configuration> sets <url>jdbc:h2:file:')
expect(7, '[WARNING] -Dmodel.password is not used: the pom\'s <configuration> sets <password>, and Maven lets the pom win. Using the pom\'s password.')
expect(7, 'write <url>${model.url}</url> in the pom')
check((run(7) =~ /Model, changelog and database jdbc:h2:file:\S+\/dbconf\/db agree/).find(), "run 7 did not use the pom's database:\n${run(7)}")

// no password anywhere in the output
secrets.each { s ->
    runs.eachWithIndex { text, i -> check(!text.contains(s), "run ${i + 1} printed the password ${s}:\n" +
            text.readLines().findAll { it.contains(s) }.join('\n')) }
}

// ... nor in any file under target/ (reports, changelog cache, diagram), the databases aside
int scanned = 0
new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { f ->
    if (f.name.endsWith('.db')) return // H2 stores a salted hash, not the password
    scanned++
    String text = new String(f.bytes, 'ISO-8859-1')
    secrets.each { s -> check(!text.contains(s), "${f} holds the password ${s}") }
}
check(scanned > 0, 'no file under target/ was checked')
check(new File(basedir, 'target/modelsync/verify.json').isFile(), 'verify.json was not written')
return true
