// Shared by the setup scripts of the projects that run an example of docs/examples: copies
// docs/examples/<example> (its files, not its target/) over this project, so the invocations run
// exactly what users run. Call with: binding.example = 'tutorial'; evaluate(new File(repoRoot, 'it/src/it/copy-example.groovy'))
import java.nio.file.*

Path source = Paths.get(repoRoot, 'docs', 'examples', example).toRealPath()
Path here = basedir.toPath()
Files.walk(source).withCloseable { paths ->
    paths.filter { !source.relativize(it).toString().startsWith('target') }.forEach { from ->
        Path to = here.resolve(source.relativize(from).toString())
        if (Files.isDirectory(from)) Files.createDirectories(to)
        else Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING)
    }
}
return true
