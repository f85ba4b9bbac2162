package dev.modelsync.model;

import dev.modelsync.problem.Pos;

import java.util.List;
import java.util.Optional;

/** One entry of a model's {@code indexes}; fields name attributes. {@code prefix}: Sequelize's name prefix (default the table). */
public record IndexDef(Optional<String> name, List<Field> fields, boolean unique, Optional<String> where, Pos pos,
                       Optional<String> prefix) {
    public record Field(String attribute, boolean descending, Pos pos) {}

    public IndexDef {
        fields = List.copyOf(fields);
    }

    public IndexDef(Optional<String> name, List<Field> fields, boolean unique, Optional<String> where, Pos pos) {
        this(name, fields, unique, where, pos, Optional.empty());
    }
}
