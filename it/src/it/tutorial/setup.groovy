// Runs the README's example as it is in the repository: copies docs/examples/tutorial here
// (pom.xml, models, seeds; not its target/), so the invocations below run exactly what users run.
import java.nio.file.*

Path example = Paths.get(repoRoot, 'docs', 'examples', 'tutorial').toRealPath()
Path here = basedir.toPath()
Files.walk(example).withCloseable { paths ->
    paths.filter { !example.relativize(it).toString().startsWith('target') }.forEach { source ->
        Path target = here.resolve(example.relativize(source).toString())
        if (Files.isDirectory(source)) Files.createDirectories(target)
        else Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING)
    }
}
return true
