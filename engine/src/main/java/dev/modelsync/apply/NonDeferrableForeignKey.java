package dev.modelsync.apply;

import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.statement.core.AddForeignKeyConstraintStatement;

/**
 * {@code addForeignKeyConstraint} with {@code deferrable}/{@code initiallyDeferred} on a database without deferrable
 * constraints (H2, MariaDB, MySQL): the key as if neither were written, as Sequelize makes it there. Liquibase
 * itself refuses the two fields on those databases, and a changelog is written once for every database
 * (docs/resolution.md, deferrable foreign keys). Registered through
 * {@code META-INF/services/liquibase.sqlgenerator.SqlGenerator}.
 */
public final class NonDeferrableForeignKey extends AbstractSqlGenerator<AddForeignKeyConstraintStatement> {
    @Override
    public int getPriority() {
        return PRIORITY_DATABASE + 10;
    }

    @Override
    public boolean supports(AddForeignKeyConstraintStatement statement, Database database) {
        return !database.supportsInitiallyDeferrableColumns();
    }

    @Override
    public ValidationErrors validate(AddForeignKeyConstraintStatement s, Database database,
                                     SqlGeneratorChain<AddForeignKeyConstraintStatement> chain) {
        return chain.validate(notDeferrable(s), database);
    }

    @Override
    public Sql[] generateSql(AddForeignKeyConstraintStatement s, Database database,
                             SqlGeneratorChain<AddForeignKeyConstraintStatement> chain) {
        return chain.generateSql(notDeferrable(s), database);
    }

    /** {@code s} without deferrable and initiallyDeferred: a copy when either is set. */
    static AddForeignKeyConstraintStatement notDeferrable(AddForeignKeyConstraintStatement s) {
        if (!s.isDeferrable() && !s.isInitiallyDeferred()) return s;
        return new AddForeignKeyConstraintStatement(s.getConstraintName(), s.getBaseTableCatalogName(),
                s.getBaseTableSchemaName(), s.getBaseTableName(), s.getBaseColumns(), s.getReferencedTableCatalogName(),
                s.getReferencedTableSchemaName(), s.getReferencedTableName(), s.getReferencedColumns())
                .setOnDelete(s.getOnDelete()).setOnUpdate(s.getOnUpdate()).setShouldValidate(s.shouldValidate());
    }
}
