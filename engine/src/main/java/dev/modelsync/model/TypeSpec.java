package dev.modelsync.model;

import java.util.List;

/**
 * A Sequelize data type as written: {@code STRING(100)}, {@code DECIMAL(10,2)},
 * {@code ENUM('a','b')}. {@code text} is the source text, for messages.
 * length/precision/scale are 0 when not given.
 */
public record TypeSpec(Logical kind, int length, int precision, int scale, List<String> enumValues, String text) {
    public enum Logical {
        STRING, CHAR, TEXT, INTEGER, BIGINT, SMALLINT, FLOAT, REAL, DOUBLE, DECIMAL, BOOLEAN, DATE,
        DATEONLY, TIME, UUID, ENUM, JSON, JSONB, BLOB
    }

    public TypeSpec {
        enumValues = List.copyOf(enumValues);
    }

    public static TypeSpec of(Logical kind) {
        return new TypeSpec(kind, 0, 0, 0, List.of(), kind.name());
    }
}
