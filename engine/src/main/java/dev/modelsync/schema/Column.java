package dev.modelsync.schema;

import java.util.List;
import java.util.Optional;

/** A column. {@code renamedFrom} holds rename hints of the desired schema only. */
public record Column(String name, ColumnType type, boolean nullable, Optional<DefaultValue> defaultValue,
                     boolean autoIncrement, String comment, List<String> renamedFrom) {
    public Column {
        comment = comment == null ? "" : comment;
        renamedFrom = List.copyOf(renamedFrom);
    }

    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, Optional.empty(), false, "", List.of());
    }
}
