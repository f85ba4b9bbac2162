package dev.modelsync.schema;

import dev.modelsync.model.Conventions;
import dev.modelsync.model.TypeSpec;

/**
 * Maps a Sequelize data type to the dialect-neutral column type: STRING → VARCHAR(255),
 * CHAR → CHAR(255) unless a length is given, FLOAT → DOUBLE (sequelize6) or REAL (sequelize7),
 * DATE → TIMESTAMPTZ, DATEONLY → DATE, ENUM → a named enum type {@code enum_<table>_<column>}.
 */
final class TypeMapper {
    private TypeMapper() {
    }

    static ColumnType map(TypeSpec t, Conventions conventions, String table, String column) {
        return switch (t.kind()) {
            case STRING -> ColumnType.varchar(t.length() > 0 ? t.length() : 255);
            case CHAR -> ColumnType.chars(t.length() > 0 ? t.length() : 255);
            case TEXT -> ColumnType.of(ColumnType.Kind.TEXT);
            case INTEGER -> ColumnType.of(ColumnType.Kind.INTEGER);
            case BIGINT -> ColumnType.of(ColumnType.Kind.BIGINT);
            case SMALLINT -> ColumnType.of(ColumnType.Kind.SMALLINT);
            case FLOAT -> ColumnType.of(conventions == Conventions.SEQUELIZE7 ? ColumnType.Kind.REAL : ColumnType.Kind.DOUBLE);
            case REAL -> ColumnType.of(ColumnType.Kind.REAL);
            case DOUBLE -> ColumnType.of(ColumnType.Kind.DOUBLE);
            case DECIMAL -> ColumnType.decimal(t.precision(), t.precision() == 0 ? 0 : t.scale());
            case BOOLEAN -> ColumnType.of(ColumnType.Kind.BOOLEAN);
            case DATE -> ColumnType.of(ColumnType.Kind.TIMESTAMPTZ);
            case DATEONLY -> ColumnType.of(ColumnType.Kind.DATE);
            case TIME -> ColumnType.of(ColumnType.Kind.TIME);
            case UUID -> ColumnType.of(ColumnType.Kind.UUID);
            case ENUM -> ColumnType.enumOf(enumName(table, column));
            case JSON -> ColumnType.of(ColumnType.Kind.JSON);
            case JSONB -> ColumnType.of(ColumnType.Kind.JSONB);
            case BLOB -> ColumnType.of(ColumnType.Kind.BLOB);
        };
    }

    /** Sequelize's PostgreSQL enum type name. */
    static String enumName(String table, String column) {
        return ConstraintNames.limit("enum_" + table + "_" + column);
    }
}
