// Runs the README's example as it is in the repository: copies docs/examples/tutorial here
// (pom.xml, models, seeds; not its target/), so the invocations below run exactly what users run.
binding.example = 'tutorial'
evaluate(new File(repoRoot, 'it/src/it/copy-example.groovy'))
return true
