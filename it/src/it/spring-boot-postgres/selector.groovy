// Runs this project only when PostgreSQL answers (as postgres-lifecycle; under CI=true always).
return evaluate(new File(repoRoot, 'it/src/it/postgres-lifecycle/selector.groovy'))
