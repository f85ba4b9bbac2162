// Copies docs/examples/spring-boot here (not its target/), so the invocations run exactly what users run.
binding.example = 'spring-boot'
evaluate(new File(repoRoot, 'it/src/it/copy-example.groovy'))
return true
