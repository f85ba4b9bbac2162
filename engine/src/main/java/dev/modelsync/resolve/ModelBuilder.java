package dev.modelsync.resolve;

import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;

import dev.modelsync.model.AttributeDef;
import dev.modelsync.model.ModelDef;
import dev.modelsync.model.ModelOptions;
import dev.modelsync.model.ModelOptions.TimestampOption;
import dev.modelsync.problem.Pos;
import dev.modelsync.model.TypeSpec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one model definition into its table and attributes: the implicit {@code id} when no
 * attribute is a primary key, the declared attributes in order, then createdAt/updatedAt
 * (and deletedAt when paranoid), as Sequelize's {@code Model.init} does.
 */
final class ModelBuilder {
    private final ResolutionContext ctx;

    ModelBuilder(ResolutionContext ctx) {
        this.ctx = ctx;
    }

    /** @param timestampsOverride {@code through.timestamps} of a belongsToMany naming this model, when given */
    ModelState build(ModelDef def, Optional<Boolean> timestampsOverride) {
        ModelOptions options = def.options().withDefaults(ctx.set.define());
        if (timestampsOverride.isPresent()) {
            options = options.withTimestamps(timestampsOverride);
        }
        ModelState m = new ModelState(def, options, Naming.table(def.name(), options));
        m.schema = options.schema().filter(x -> !x.equals("public")).orElse(""); // public: the default schema
        boolean declaresPk = def.attributes().stream().anyMatch(AttributeDef::primaryKey);
        if (!declaresPk && !options.noPrimaryKey().orElse(false)) {
            def.attribute("id").ifPresent(id -> ctx.problems.add(id.pos(), "attribute id of model " + def.name()
                    + " is not a primary key, but Sequelize adds its own primary key id when no attribute is one:"
                    + " mark it primaryKey: true, or rename it"));
            ResolvedAttribute id = new ResolvedAttribute("id", m.column("id"), def.pos(), true);
            id.type = ColumnType.of(ColumnType.Kind.INTEGER);
            id.nullable = false;
            id.autoIncrement = true;
            id.primaryKey = true;
            m.attributes.put(id.name, id);
        }
        for (AttributeDef a : def.attributes()) {
            if (a.type().kind() == TypeSpec.Logical.VIRTUAL) {
                m.virtualAttributes.add(a.name());
                continue;
            }
            m.attributes.putIfAbsent(a.name(), declared(m, a));
        }
        addTimestamps(m);
        return m;
    }

    /** A junction table for {@code through: 'Name'} naming no model: just createdAt/updatedAt when timestamps are on. */
    ModelState junction(String name, boolean underscored, boolean timestamps, Pos pos) {
        return junction(name, underscored, timestamps, false, pos);
    }

    /** @param paranoid {@code through.paranoid}: the junction gets deletedAt (when timestamps are on), as in Sequelize 6 */
    ModelState junction(String name, boolean underscored, boolean timestamps, boolean paranoid, Pos pos) {
        return junction(name, underscored, timestamps, paranoid, Optional.empty(), ctx.set.define(), "", pos);
    }

    /**
     * @param version the source model's {@code version}: Sequelize 6 gives a string junction the source's options
     * @param names   the options whose createdAt/updatedAt/deletedAt name the junction's timestamp columns (Sequelize 6:
     *                the source model's; Sequelize 7: define's)
     * @param comment the table comment (Sequelize 6: the source model's)
     */
    ModelState junction(String name, boolean underscored, boolean timestamps, boolean paranoid,
                        Optional<TimestampOption> version, ModelOptions names, String comment, Pos pos) {
        ModelOptions options = new ModelOptions(Optional.of(name), Optional.of(true), Optional.of(underscored),
                Optional.of(timestamps), names.createdAt(), names.updatedAt(), names.deletedAt(), Optional.of(paranoid), version,
                Optional.empty(), Optional.empty(), java.util.Map.of());
        ModelDef def = new ModelDef(name, pos, options, List.of(), List.of(), List.of(), comment, List.of(), List.of());
        ModelState m = new ModelState(def, options, name);
        addTimestamps(m);
        return m;
    }

    private ResolvedAttribute declared(ModelState m, AttributeDef a) {
        String column = (ctx.v7() ? a.columnName().or(a::field) : a.field()).orElse(m.column(a.name()));
        if (!ctx.v7()) {
            a.columnName().ifPresent(c -> ctx.notes.add(a.pos() + ": info: columnName of " + m.name() + "." + a.name()
                    + " is a Sequelize 7 option that Sequelize 6 ignores, and so does modelsync under sequelize6: the"
                    + " column is " + column + "; write field: " + c + " to name it"));
            a.index().ifPresent(x -> ctx.notes.add(x.pos() + ": info: index on the attribute " + m.name() + "." + a.name()
                    + " is a Sequelize 7 option that Sequelize 6 ignores, and so does modelsync under sequelize6: no"
                    + " index is made; list it under the model's indexes to have one"));
        }
        ResolvedAttribute r = new ResolvedAttribute(a.name(), column, a.pos(), false);
        r.type = TypeMapper.map(a.type(), ctx.conventions, m.qualified(), column);
        TypeMapper.dropped(a.type(), ctx.conventions).ifPresent(what -> ctx.notes.add(a.pos() + ": info: " + m.name() + "." + a.name() + " "
                + a.type().text() + (r.type.mariadb().isEmpty()
                ? ": modelsync drops " + what + " on every database, as Sequelize does on PostgreSQL (with a warning); "
                + "the column is " + r.type + " (Sequelize's mariadb dialect would keep them)"
                : ": PostgreSQL and H2 drop " + what + ", as Sequelize does on PostgreSQL (with a warning); the column is "
                + r.type.portable() + " there, " + r.type.mariadb() + " on MariaDB/MySQL")));
        if (r.type.kind() == ColumnType.Kind.ENUM) ctx.enumValues.put(r.type.enumName(), a.type().enumValues());
        r.primaryKey = a.primaryKey();
        r.autoIncrement = a.autoIncrement();
        r.nullable = a.allowNull() && !a.primaryKey() && !a.autoIncrement();
        r.defaultValue = a.defaultValue();
        r.unique = a.unique();
        r.uniqueMsg = a.uniqueMsg();
        r.comment = a.comment();
        r.validate = a.validate();
        r.renamedFrom = a.renamedFrom().stream().map(old -> m.column(old)).filter(c -> !c.equals(column))
                .distinct().toList();
        return r;
    }

    private void addTimestamps(ModelState m) {
        if (m.timestamps) {
            m.createdAt = timestamp(m, "createdAt", m.options.createdAt(), false);
            m.updatedAt = timestamp(m, "updatedAt", m.options.updatedAt(), false);
            if (m.options.paranoid().orElse(false)) m.deletedAt = timestamp(m, "deletedAt", m.options.deletedAt(), true);
        }
        addVersion(m);
    }

    /**
     * {@code version}: Sequelize's optimistic-locking counter, INTEGER NOT NULL DEFAULT 0, after the
     * timestamps (with or without them).
     */
    private void addVersion(ModelState m) {
        Optional<TimestampOption> v = m.options.version();
        if (v.isEmpty() || !v.get().enabled()) return;
        String name = v.get().name().isEmpty() ? "version" : v.get().name();
        if (m.attributes.containsKey(name)) return;
        ResolvedAttribute a = new ResolvedAttribute(name, m.column(name), m.def.pos(), true);
        a.type = ColumnType.of(ColumnType.Kind.INTEGER);
        a.nullable = false;
        a.defaultValue = Optional.of(DefaultValue.literal("0"));
        a.validate = Map.of();
        m.attributes.put(name, a);
    }

    /** Adds a timestamp attribute unless switched off or declared; returns its column name, "" when off. */
    private String timestamp(ModelState m, String defaultName, Optional<TimestampOption> option, boolean nullable) {
        if (option.isPresent() && !option.get().enabled()) return "";
        String name = option.map(TimestampOption::name).filter(n -> !n.isEmpty()).orElse(defaultName);
        ResolvedAttribute existing = m.attributes.get(name);
        if (existing != null) return existing.column;
        ResolvedAttribute t = new ResolvedAttribute(name, m.column(name), m.def.pos(), true);
        t.type = ColumnType.of(ColumnType.Kind.TIMESTAMPTZ);
        t.nullable = nullable;
        if (!nullable) t.defaultValue = Optional.of(DefaultValue.NOW);
        t.validate = Map.of();
        m.attributes.put(name, t);
        return t.column;
    }
}
