// The Spring Boot example: Spring Boot's Liquibase made the tables from modelsync's changelog,
// model:verify found them equal to the model, model:seed loaded the rows, the tests passed; the
// second start of the application ran no changeset; a second seed changed nothing.
binding.runsExpected = 2
List<String> runs = evaluate(new File(repoRoot, 'it/src/it/spring-boot-checks.groovy'))
def check = { boolean ok, String what -> if (!ok) throw new AssertionError(what) }
check(runs[0].contains('Database is up to date, no changesets to execute'),
        "the integration test's start of the application ran a changeset again:\n${runs[0]}")
check(runs[1].contains('seed: done') && runs[1].contains(': 0 inserted, 0 updated'), "the second seed changed rows:\n${runs[1]}")
check((runs[1] =~ /Model, changelog and database \S+ agree\./).find(), "the second model:verify did not pass:\n${runs[1]}")
return true
