// Creates a fresh, empty PostgreSQL database for this project (dropping the one of an earlier run),
// owned by the role modelsync_it: the settings.xml server modelsync-it-pg logs in as that role, so
// the tables' owner shows that the credentials came from settings.xml. Both are dropped when the
// build ends (pg-database.groovy).
binding.pgDatabase = 'modelsync_it_lifecycle'
binding.pgRole = 'modelsync_it'
evaluate(new File(repoRoot, 'it/src/it/pg-database.groovy'))
return true
