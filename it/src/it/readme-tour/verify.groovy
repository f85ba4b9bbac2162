// Every output line of the README's tour is what the tool prints: each fenced block of Maven output
// in "A short tour" is compared, line by line, with the run it shows. A README line that ends in
// "..." or holds " ... " elides text: its pieces must appear, in order, in one line of the run.
def fail = { String what -> throw new AssertionError(what) }

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).drop(1) as List
if (runs.size() < 6) {
    String errors = runs ? runs.last().readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
        : 'no Maven run; the pre-build script failed: ' + log.readLines().findAll { it =~ /^\S+(Exception|Error): / }.join('\n')
    fail("Maven run ${runs.size()} of 6 ended unexpectedly:\n${errors}")
}

String readme = new File(repoRoot, 'README.md').getText('UTF-8')
String tour = readme.substring(readme.indexOf('## A short tour'), readme.indexOf('\n## ', readme.indexOf('## A short tour') + 5))
List<List<String>> blocks = []
List<String> current = null // inside a fenced block: its lines
tour.readLines().each { String line ->
    if (line.startsWith('```')) {
        if (current == null) {
            current = []
        } else {
            if (current.any { it.startsWith('[INFO]') || it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }) blocks << current
            current = null
        }
    } else if (current != null && line.trim()) {
        current << line
    }
}
// the blocks, in the README's order: the first sync, the sync after adding bio, the refused drop
List<Integer> runOf = [1, 3, 5]
if (blocks.size() != runOf.size()) fail("expected ${runOf.size()} blocks of Maven output in the README's tour, found ${blocks.size()}:\n${blocks.join('\n\n')}")

List<String> problems = []
blocks.eachWithIndex { List<String> block, int b ->
    List<String> output = runs[runOf[b] - 1].readLines()*.replaceAll(/\s+$/, '')
    block.each { String line ->
        String shown = line.replaceAll(/\s+$/, '')
        if (shown ==~ /\[\w+\]\s+\.\.\./) return // a whole line elided
        List<String> pieces = shown.split(/ ?\.\.\.(?: |$)/) as List
        boolean found = pieces.size() == 1 ? output.contains(shown) : output.any { String out ->
            int at = 0
            pieces.every { String p -> int i = p.isEmpty() ? at : out.indexOf(p, at); if (i < 0) return false; at = i + p.length(); true }
        }
        if (!found) problems << "README line not in the output of run ${runOf[b]}:\n  ${line}"
    }
}
if (problems) fail(problems.join('\n') + "\n\nThe runs printed:\n" + runOf.collect { "--- run ${it}:\n" + runs[it - 1].readLines().findAll { it.startsWith('[INFO]') || it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }.join('\n') }.join('\n'))

// the README's other claims about these runs
if (!runs[3].contains('nothing written') || !runs[3].contains('no changeset ran')) fail("a second sync after adding bio did something:\n${runs[3]}")
if (!runs[5].contains('BUILD SUCCESS')) fail("-Dmodel.allowDestructive did not let the drop through:\n${runs[5]}")
return true
