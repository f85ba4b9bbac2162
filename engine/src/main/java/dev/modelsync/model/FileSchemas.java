package dev.modelsync.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.modelsync.model.AssociationDef.Kind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON Schemas (draft 2020-12) of model files and seed files, for editors (docs/models.md, "Editor
 * support"). They are made from the parser's own option tables, so an option the parser reads is an
 * option the schema offers, and a word the parser refuses is flagged by the editor as well. The
 * schemas describe shapes and names; the checks that need the whole model set (does the target model
 * exist, is the type valid for this database) stay with the parser.
 */
public final class FileSchemas {
    /** Where the schemas are published: in the engine and plugin jars under this resource folder, and under docs/schema/. */
    public static final String RESOURCE_FOLDER = "modelsync/schema/";
    public static final String MODEL_FILE = "model-file.schema.json";
    public static final String SEED_FILE = "seed-file.schema.json";
    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private FileSchemas() {
    }

    /** The model file schema as JSON text (2-space indent, trailing newline). */
    public static String modelFile() {
        return write(modelFileTree());
    }

    /** The seed file schema as JSON text (2-space indent, trailing newline). */
    public static String seedFile() {
        return write(seedFileTree());
    }

    /** Every option name the model parser accepts in {@code area} (model, define, attribute, references, referencesTable, association:KIND, through, foreignKey, index, indexField, validator). */
    public static List<String> acceptedOptions(String area) {
        return switch (area) {
            case "file" -> FileReader.KEYS;
            case "model" -> ModelReader.KEYS.stream().filter(k -> !OptionsReader.REFUSED.containsKey(k)).toList();
            case "define" -> OptionsReader.DEFAULTABLE.stream().filter(k -> !OptionsReader.REFUSED.containsKey(k)).toList();
            case "attribute" -> AttributeReader.OPTIONS;
            case "references" -> AttributeReader.REFERENCE_KEYS;
            case "referencesTable" -> AttributeReader.TABLE_KEYS;
            case "through" -> AssociationReader.THROUGH_OPTIONS;
            case "foreignKey" -> AssociationReader.FOREIGN_KEY_OPTIONS;
            case "index" -> IndexReader.OPTIONS.stream().filter(k -> !IndexReader.REFUSED.containsKey(k)).toList();
            case "indexField" -> IndexReader.FIELD_OPTIONS.stream().filter(k -> !IndexReader.REFUSED.containsKey(k)).toList();
            case "validator" -> List.copyOf(Validators.ALL.keySet());
            default -> {
                if (!area.startsWith("association:")) throw new IllegalArgumentException("no option area " + area);
                Kind kind = Kind.valueOf(area.substring("association:".length()));
                List<String> out = new ArrayList<>();
                AssociationReader.OPTIONS.forEach((k, kinds) -> {
                    if (kinds.contains(kind)) out.add(k);
                });
                yield out;
            }
        };
    }

    static Map<String, Object> modelFileTree() {
        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("model", model());
        defs.put("define", options(acceptedOptions("define"), "defaults for every model, as Sequelize's define option"));
        defs.put("attribute", attribute());
        defs.put("type", type());
        defs.put("validate", validate());
        defs.put("association", association());
        defs.put("index", index());

        Map<String, Object> props = new LinkedHashMap<>();
        List<String> conventions = Arrays.stream(Conventions.values()).map(Conventions::key).toList();
        props.put("conventions", obj("description", "which Sequelize version's naming rules apply (default sequelize6; "
                + "case-insensitive)", "anyOf", List.of(obj("enum", conventions),
                obj("type", "string", "pattern", "^(?:" + String.join("|", conventions.stream().map(FileSchemas::anyCase).toList()) + ")$"))));
        props.put("define", ref("define"));
        props.put("models", obj("description", "model name → model definition", "type", "object",
                "additionalProperties", ref("model")));
        check(props.keySet(), acceptedOptions("file"), "file");
        return obj("$schema", DRAFT, "title", "modelsync model file",
                "description", "A model file: Sequelize's model definitions in YAML (docs/models.md)",
                "type", "object", "properties", props, "additionalProperties", false, "$defs", defs);
    }

    private static Map<String, Object> model() {
        Map<String, Object> o = options(acceptedOptions("model"), "a model definition");
        @SuppressWarnings("unchecked") Map<String, Object> props = (Map<String, Object>) o.get("properties");
        props.put("tableName", obj("type", "string"));
        props.put("schema", obj("type", "string", "pattern", "^[a-z_$][a-z0-9_$]*$"));
        props.put("schemaDelimiter", obj("type", "string"));
        props.put("attributes", obj("description", "attribute name → type (shorthand) or attribute options",
                "type", "object", "additionalProperties", ref("attribute")));
        props.put("associations", obj("type", "array", "items", ref("association")));
        props.put("indexes", obj("type", "array", "items", ref("index")));
        props.put("comment", obj("type", "string"));
        props.put("renamedFrom", stringOrStrings());
        props.put("seedKey", stringOrStrings());
        for (String flag : List.of("freezeTableName", "underscored", "timestamps", "paranoid")) props.put(flag, obj("type", "boolean"));
        return o;
    }

    private static Map<String, Object> attribute() {
        Map<String, Object> full = options(acceptedOptions("attribute"), "attribute options");
        @SuppressWarnings("unchecked") Map<String, Object> props = (Map<String, Object>) full.get("properties");
        props.put("type", ref("type"));
        props.put("allowNull", obj("type", "boolean"));
        props.put("primaryKey", obj("type", "boolean"));
        props.put("autoIncrement", obj("type", "boolean"));
        props.put("field", obj("type", "string"));
        props.put("comment", obj("type", "string"));
        props.put("validate", ref("validate"));
        Map<String, Object> refs = options(acceptedOptions("references"), "the referenced model (or Sequelize 7's table) and key");
        @SuppressWarnings("unchecked") Map<String, Object> refProps = (Map<String, Object>) refs.get("properties");
        Map<String, Object> table = obj("anyOf", List.of(obj("type", "string"),
                options(acceptedOptions("referencesTable"), "a table name with its schema")));
        refProps.put("model", table);
        refProps.put("table", table);
        refProps.put("key", obj("type", "string"));
        props.put("references", obj("anyOf", List.of(obj("type", "string", "description", "Sequelize 7: a table name"),
                refs)));
        props.put("renamedFrom", stringOrStrings());
        return obj("anyOf", List.of(ref("type"), full));
    }

    private static Map<String, Object> type() {
        List<String> names = Arrays.stream(TypeSpec.Logical.values()).map(Enum::name).toList();
        return obj("description", "a Sequelize DataType as written in code: " + TypeParser.VALID,
                "anyOf", List.of(obj("enum", names), obj("type", "string", "minLength", 1)));
    }

    private static Map<String, Object> validate() {
        Map<String, Object> props = new LinkedHashMap<>();
        for (String v : acceptedOptions("validator")) props.put(v, obj());
        return obj("description", "Sequelize validators: true, their arguments, { args, msg } or { msg }",
                "type", "object", "properties", props, "additionalProperties", false);
    }

    private static Map<String, Object> association() {
        List<Object> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Map<String, Object> o = options(acceptedOptions("association:" + kind.name()), kind.key() + " and its options");
            @SuppressWarnings("unchecked") Map<String, Object> props = (Map<String, Object>) o.get("properties");
            Map<String, Object> withKind = new LinkedHashMap<>();
            withKind.put(kind.key(), obj("description", "the target model", "type", "string"));
            withKind.putAll(props);
            if (withKind.containsKey("through")) {
                withKind.put("through", obj("anyOf", List.of(obj("type", "string"),
                        options(acceptedOptions("through"), "the through model and its options"))));
            }
            o.put("properties", withKind);
            o.put("required", List.of(kind.key()));
            kinds.add(o);
        }
        return obj("description", "one association: exactly one of belongsTo, hasOne, hasMany, belongsToMany, "
                + "with the options that kind takes", "oneOf", kinds);
    }

    private static Map<String, Object> index() {
        Map<String, Object> o = options(acceptedOptions("index"), "an index");
        @SuppressWarnings("unchecked") Map<String, Object> props = (Map<String, Object>) o.get("properties");
        props.put("fields", obj("type", "array", "minItems", 1, "items", obj("anyOf", List.of(obj("type", "string"),
                options(acceptedOptions("indexField"), "an index field with options")))));
        props.put("unique", obj("type", "boolean"));
        props.put("name", obj("type", "string"));
        return o;
    }

    static Map<String, Object> seedFileTree() {
        Map<String, Object> row = obj("description", "attribute and association names → values", "type", "object");
        return obj("$schema", DRAFT, "title", "modelsync seed file",
                "description", "A seed file: model name → rows (docs/seeding.md)", "type", "object",
                "additionalProperties", obj("type", "array", "items", row));
    }

    /** An object whose keys are exactly {@code names}, each of any value unless refined later. */
    private static Map<String, Object> options(List<String> names, String description) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (String n : names) props.put(n, obj());
        return obj("description", description, "type", "object", "properties", props, "additionalProperties", false);
    }

    private static void check(Set<String> written, List<String> accepted, String area) {
        if (!written.containsAll(accepted) || !accepted.containsAll(written)) {
            throw new IllegalStateException("the " + area + " schema lists " + written + ", the parser " + accepted);
        }
    }

    /** {@code ab1} → {@code [aA][bB]1}: a case-insensitive pattern in the ECMA-262 regex dialect JSON Schema uses. */
    private static String anyCase(String word) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            out.append(Character.isLetter(c) ? "[" + Character.toLowerCase(c) + Character.toUpperCase(c) + "]" : String.valueOf(c));
        }
        return out.toString();
    }

    private static Map<String, Object> stringOrStrings() {
        return obj("anyOf", List.of(obj("type", "string"), obj("type", "array", "items", obj("type", "string"))));
    }

    private static Map<String, Object> ref(String def) {
        return obj("$ref", "#/$defs/" + def);
    }

    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static String write(Object tree) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree)
                    .replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON schema", e);
        }
    }
}
