// Runs this project only when PostgreSQL answers. Under CI=true it always runs (and fails in
// setup.groovy when PostgreSQL is missing): there, PostgreSQL tests are mandatory.
String host = pgHost
int port = pgPort as int
if (System.getenv('CI') == 'true') return true
try {
    new Socket().withCloseable { it.connect(new InetSocketAddress(host, port), 3000) }
    return true
} catch (IOException e) {
    String message = "Skipping ${basedir.name}: PostgreSQL is not reachable at ${host}:${port} (${e.message})." +
        ' Start it, or set MODELSYNC_PG_HOST / MODELSYNC_PG_PORT / MODELSYNC_PG_USER. Under CI=true this project fails instead.'
    println message // build.log
    // the invoker sends script output to build.log only: say it on the console too
    new PrintStream(new FileOutputStream(FileDescriptor.err), true).println("[WARNING] ${message}")
    return false
}
