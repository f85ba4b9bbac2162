package dev.modelsync.model;

import dev.modelsync.problem.Problems;
import dev.modelsync.problem.Suggest;
import dev.modelsync.yaml.YNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one model: its options (docs/models.md, Model options), attributes, associations and indexes. */
final class ModelReader {
    static final List<String> KEYS = List.of("tableName", "freezeTableName", "underscored", "timestamps", "createdAt",
            "updatedAt", "deletedAt", "paranoid", "attributes", "associations", "indexes", "comment", "renamedFrom",
            "seedKey", "version", "noPrimaryKey", "name", "engine", "charset", "collate", "initialAutoIncrement", "hooks", "scopes",
            "defaultScope", "omitNull", "hasTrigger", "whereMergeStrategy", "getterMethods", "setterMethods", "validate", "schema", "schemaDelimiter");

    private final Values values;
    private final AttributeReader attributes;
    private final AssociationReader associations;
    private final IndexReader indexes;

    ModelReader(Values values) {
        this.values = values;
        this.attributes = new AttributeReader(values);
        this.associations = new AssociationReader(values);
        this.indexes = new IndexReader(values);
    }

    Optional<ModelDef> read(YNode.Scalar name, YNode value) {
        int before = values.problems().size();
        Optional<String> modelName = values.name(name, "model name");
        Optional<YNode.Map> map = values.map(value, "model '" + name.text() + "'");
        if (map.isEmpty()) return Optional.empty();
        OptionsReader options = new OptionsReader(values);
        List<AttributeDef> attrs = new ArrayList<>();
        List<AssociationDef> assocs = new ArrayList<>();
        List<IndexDef> idx = new ArrayList<>();
        String comment = "";
        List<String> renamedFrom = List.of();
        List<String> seedKey = List.of();
        for (YNode.Entry e : map.get().entries()) {
            if (options.accept(e)) continue;
            YNode v = e.value();
            switch (e.key().text()) {
                case "attributes" -> values.map(v, "attributes").ifPresent(m -> m.entries()
                        .forEach(a -> attributes.read(a.key(), a.value()).ifPresent(attrs::add)));
                case "associations" -> values.seq(v, "associations").ifPresent(s -> s.items()
                        .forEach(a -> associations.read(a).ifPresent(assocs::add)));
                case "indexes" -> values.seq(v, "indexes").ifPresent(s -> s.items()
                        .forEach(i -> indexes.read(i).ifPresent(idx::add)));
                case "comment" -> comment = values.string(v, "comment").orElse("");
                case "renamedFrom" -> renamedFrom = values.names(v, "renamedFrom");
                case "seedKey" -> seedKey = values.names(v, "seedKey");
                default -> unknown(e);
            }
        }
        if (modelName.isEmpty() || values.problems().size() > before) return Optional.empty();
        return Optional.of(new ModelDef(modelName.get(), name.pos(), options.build(), attrs, assocs, idx, comment,
                renamedFrom, seedKey));
    }

    private void unknown(YNode.Entry e) {
        boolean looksLikeAttribute = Suggest.closest(e.key().text(), KEYS).isEmpty()
                && (e.value() instanceof YNode.Map m && m.entry("type").isPresent()
                || e.value() instanceof YNode.Scalar s && !s.isNull()
                && TypeParser.parse(s.text(), s.pos(), new Problems()).isPresent());
        if (looksLikeAttribute) {
            values.problems().add(e.key().pos(), "unknown model option '" + e.key().text()
                    + "'; attributes go under 'attributes:'; valid model options: " + String.join(", ", KEYS));
        } else {
            values.unknown(e.key(), "model option", KEYS, "valid");
        }
    }
}
