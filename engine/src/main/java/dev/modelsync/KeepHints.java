package dev.modelsync;

import dev.modelsync.model.AssociationDef;
import dev.modelsync.model.ModelDef;
import dev.modelsync.model.ModelSet;
import dev.modelsync.resolve.AssociationInfo;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.resolve.ModelInfo;
import dev.modelsync.resolve.Resolved;
import dev.modelsync.schema.Schema;
import dev.modelsync.resolve.SemanticValidator;
import dev.modelsync.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the recorded schema (typically an adopted database) keeps a foreign key that the model's
 * naming rules would change — a hasOne with {@code as} whose key Sequelize 6 named after the alias,
 * a NOT NULL belongsTo key that Sequelize 6 made ON DELETE NO ACTION — the model line that keeps
 * what the database has: {@code foreignKey: profileId} or {@code onDelete: NO ACTION} on the
 * association, at its file, line and column. Added to a refusal, so the person can choose.
 */
public final class KeepHints {
    private KeepHints() {
    }

    public static List<String> of(Schema recorded, ModelSet models, Resolved resolved) {
        List<String> out = new ArrayList<>();
        for (ModelInfo m : resolved.models()) {
            Optional<ModelDef> def = models.model(m.name());
            if (def.isEmpty()) continue;
            for (AssociationInfo a : m.associations()) {
                if (a.kind() == AssociationDef.Kind.BELONGS_TO_MANY) continue;
                Optional<AssociationDef> d = def.get().associations().stream()
                        .filter(x -> x.kind() == a.kind() && x.target().equals(a.target())
                                && SemanticValidator.name(x).equals(a.name()))
                        .findFirst();
                Optional<ModelInfo> target = resolved.model(a.target());
                if (d.isEmpty() || target.isEmpty()) continue;
                boolean belongsTo = a.kind() == AssociationDef.Kind.BELONGS_TO;
                String keyTable = belongsTo ? m.table() : target.get().table();
                String refTable = belongsTo ? target.get().table() : m.table();
                String where = "the " + a.kind().key() + " " + a.target() + " of " + m.name() + " (" + d.get().pos() + ")";
                hint(recorded, resolved.schema(), keyTable, refTable, a.foreignKey(), d.get(), where).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<String> hint(Schema recorded, Schema desired, String keyTable, String refTable, String key,
                                         AssociationDef d, String where) {
        Optional<Table> was = recorded.table(keyTable);
        Optional<ForeignKey> wanted = desired.table(keyTable).flatMap(t -> t.foreignKeys().stream()
                .filter(fk -> fk.columns().equals(List.of(key))).findFirst());
        if (was.isEmpty() || wanted.isEmpty()) return Optional.empty();
        Optional<ForeignKey> has = was.get().foreignKeys().stream()
                .filter(fk -> fk.refTable().equals(refTable) && fk.refColumns().equals(wanted.get().refColumns())
                        && fk.columns().size() == 1)
                .filter(fk -> fk.columns().equals(List.of(key)) || (was.get().column(key).isEmpty()
                        && desired.table(keyTable).flatMap(t -> t.column(fk.columns().get(0))).isEmpty()))
                .findFirst();
        if (has.isEmpty()) return Optional.empty();
        String column = has.get().columns().get(0);
        if (!column.equals(key) && d.foreignKey().flatMap(AssociationDef.ForeignKeySpec::name).isEmpty()) {
            return Optional.of("write `foreignKey: " + column + "` on " + where + " to keep " + keyTable + "." + column
                    + " (the model's rule names it " + key + ")");
        }
        if (column.equals(key) && has.get().onDelete() != wanted.get().onDelete()) {
            return Optional.of("write `onDelete: " + has.get().onDelete().sql() + "` on " + where + " to keep ON DELETE "
                    + has.get().onDelete().sql() + " (the model's rule makes it " + wanted.get().onDelete().sql() + ")");
        }
        if (column.equals(key) && has.get().onUpdate() != wanted.get().onUpdate()) {
            return Optional.of("write `onUpdate: " + has.get().onUpdate().sql() + "` on " + where + " to keep ON UPDATE "
                    + has.get().onUpdate().sql() + " (the model's rule makes it " + wanted.get().onUpdate().sql() + ")");
        }
        return Optional.empty();
    }

    /** The hints as lines to append to a refusal; empty when there are none. */
    public static String text(List<String> hints) {
        return hints.isEmpty() ? "" : "\nTo keep what the database has instead, change the model:\n  - "
                + String.join("\n  - ", hints);
    }
}
