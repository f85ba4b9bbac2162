package dev.modelsync.apply;

import liquibase.database.core.MariaDBDatabase;
import liquibase.sqlgenerator.SqlGenerator;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.CreateTableStatement;
import liquibase.statement.core.DropTableStatement;
import liquibase.statement.core.RenameColumnStatement;
import liquibase.statement.core.SetNullableStatement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SortedSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Liquibase picks each of modelsync's MariaDB generators for its own statement only. */
class MariaDbSqlGeneratorsTest {
    private static List<Class<?>> ours(SqlStatement statement) {
        SortedSet<SqlGenerator> generators = SqlGeneratorFactory.getInstance().getGenerators(statement, new MariaDBDatabase());
        return generators.stream().<Class<?>>map(Object::getClass)
                .filter(c -> c.getEnclosingClass() == MariaDbSqlGenerators.class).toList();
    }

    @Test
    void eachGeneratorServesItsOwnStatementOnly() {
        assertThat(ours(new CreateTableStatement(null, null, "t"))).isEmpty();
        assertThat(ours(new DropTableStatement(null, null, "t", false))).isEmpty();
        assertThat(ours(new RenameColumnStatement(null, null, "t", "a", "b", "int")))
                .containsExactly(MariaDbSqlGenerators.RenameColumn.class);
        assertThat(ours(new SetNullableStatement(null, null, "t", "a", "int", true))).isEmpty(); // needs a JDBC connection
    }
}
