package dev.modelsync.model;

import dev.modelsync.problem.Pos;
import dev.modelsync.problem.Problems;

import dev.modelsync.model.AssociationDef.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sequelize's vocabulary (Sequelize 6 and 7: model, attribute, association, through, foreignKey and
 * index options, index fields, validators and DataTypes) and what modelsync does with each word. The
 * status of a row comes from the parser's own option tables: a word the parser reads is "resolved"
 * (it shapes the schema) or "accepted" (no schema effect); any other word is "refused", with its
 * reason. docs/models.md's vocabulary table is {@link #markdown()}.
 */
public final class SequelizeVocabulary {
    public enum Status { RESOLVED, ACCEPTED, REFUSED }

    /** One row: {@code note} says what it makes (resolved), why it has no effect (accepted) or why it is refused. */
    public record Row(String area, String word, Status status, String note) {}

    /** DataTypes Sequelize has that modelsync refuses, with the reason. */
    static final Map<String, String> REFUSED_TYPES = new LinkedHashMap<>();

    static {
        REFUSED_TYPES.put("GEOGRAPHY", "GEOGRAPHY exists on no database modelsync handles without an extension: "
                + "Sequelize 6's sync fails on MariaDB (Unknown data type GEOGRAPHY), H2 has no such type and PostgreSQL "
                + "needs the PostGIS extension, which modelsync neither installs nor inspects; create such columns in a "
                + "Liquibase changeset of your own");
    }

    private static final String NO_EFFECT = "accepted; Sequelize uses it at query time or in JavaScript code, "
            + "it changes no table";
    private static final String MARIADB = "a MariaDB/MySQL table option, written when the table is created there (as "
            + "Sequelize 6's CREATE TABLE); no effect on PostgreSQL and H2 (as in Sequelize); a later change is generated "
            + "as an ALTER TABLE there (a copy of the table: lint hazard MS113)";

    /** Words per area with their notes; the status is looked up in the parser's tables. */
    private static final List<String[]> MODEL = List.of(
            w("tableName", "the table's name"), w("freezeTableName", "table named as the model, not pluralised"),
            w("underscored", "snake_case columns and table"), w("timestamps", "createdAt/updatedAt columns"),
            w("createdAt", "renames or drops createdAt"), w("updatedAt", "renames or drops updatedAt"),
            w("deletedAt", "renames deletedAt"), w("paranoid", "a nullable deletedAt column (with timestamps)"),
            w("version", "a column version (or the name given) INTEGER NOT NULL DEFAULT 0 after the timestamps; a "
                    + "string junction of a versioned source gets one too (Sequelize 6)"),
            w("name", "{ singular, plural }: the singular names foreign keys (squadId); the table name is unchanged"),
            w("noPrimaryKey", "no implicit id (Sequelize 7; Sequelize 6: Model.removeAttribute('id')); a through model "
                    + "with it gets no primary key under sequelize6, the key pair under sequelize7"),
            w("engine", "ENGINE=: " + MARIADB), w("charset", "DEFAULT CHARSET=: " + MARIADB),
            w("collate", "COLLATE=: " + MARIADB),
            w("initialAutoIncrement", "AUTO_INCREMENT=: the first id, " + MARIADB.replace("; a later change is generated "
                    + "as an ALTER TABLE there (a copy of the table: lint hazard MS113)", "; a later change has no effect")),
            w("comment", "the table comment"), w("indexes", "see Indexes"), w("attributes", "the columns"),
            w("associations", "foreign keys and junction tables"),
            w("renamedFrom", "modelsync: a rename instead of drop and create"),
            w("seedKey", "modelsync: how seed rows are identified"),
            w("hooks", NO_EFFECT), w("scopes", NO_EFFECT), w("defaultScope", NO_EFFECT), w("validate", NO_EFFECT),
            w("omitNull", NO_EFFECT), w("hasTrigger", NO_EFFECT), w("whereMergeStrategy", NO_EFFECT),
            w("getterMethods", NO_EFFECT), w("setterMethods", NO_EFFECT),
            w("schema", "the table's PostgreSQL/H2 schema (created when missing; junctions take the declaring model's; "
                    + "ENUM types live there too; a changed schema moves the table on PostgreSQL); "
                    + "refused on MariaDB, where a schema is another database"),
            w("schemaDelimiter", "Sequelize uses it only on dialects without schemas (SQLite), none of modelsync's"),
            w("modelName", "the model's key under models: is its name"),
            w("sequelize", "the connection is the build's configuration (model.url)"));
    private static final List<String[]> ATTRIBUTE = List.of(
            w("type", "the column type (see DataTypes)"), w("allowNull", "NULL / NOT NULL"),
            w("defaultValue", "the column default (NOW and UUIDV4 as database defaults)"),
            w("unique", "a unique constraint: true, a shared name, { args, msg } or { name, msg }; msg is the seeds' "
                    + "message for a duplicate key"),
            w("primaryKey", "the primary key"), w("autoIncrement", "an identity column"),
            w("autoIncrementIdentity", "an identity column (modelsync makes every autoIncrement one)"),
            w("field", "the column name"), w("comment", "the column comment"),
            w("validate", "accepted; validators run on seed rows, no constraint"),
            w("references", "a foreign key { model, key }; Sequelize 7's { table, key } and references: T under sequelize7 "
                    + "(refused under sequelize6, whose sync fails on them), Sequelize 6's model: { tableName, schema } under "
                    + "sequelize6; a table name without schema is in the referencing model's schema; deferrable INITIALLY_IMMEDIATE / INITIALLY_DEFERRED makes it "
                    + "DEFERRABLE / DEFERRABLE INITIALLY DEFERRED on PostgreSQL, NOT or none a plain key; H2 and MariaDB "
                    + "have no deferrable keys (as Sequelize there); SET_DEFERRED and SET_IMMEDIATE are refused "
                    + "(transaction settings)"),
            w("onDelete", "the foreign key's ON DELETE"), w("onUpdate", "the foreign key's ON UPDATE"),
            w("values", "the values of ENUM"), w("renamedFrom", "modelsync: a rename instead of drop and add"),
            w("columnName", "Sequelize 7's field: the column name under sequelize7; Sequelize 6 ignores it, and so does "
                    + "modelsync under sequelize6 (an info line says so)"),
            w("index", "Sequelize 7: an index on the attribute (true, a shared name, or { name, unique, attribute: "
                    + "{ order } }; unique: a unique constraint, as Sequelize 7 makes it); ignored under sequelize6, as "
                    + "Sequelize 6 ignores it (an info line says so)"),
            w("get", NO_EFFECT), w("set", NO_EFFECT));
    private static final List<String[]> ASSOCIATION = List.of(
            w("as", "the association name; { singular, plural } names hasMany/belongsToMany by the plural, hasOne by "
                    + "the singular; refused on belongsTo (Sequelize 6 names the key [object Object]Id)"),
            w("foreignKey", "the key's name, or { name, allowNull, type, field, defaultValue }"),
            w("otherKey", "the junction's other key: a name, or { name, field }"),
            w("sourceKey", "the referenced source attribute"), w("targetKey", "the referenced target attribute"),
            w("through", "the junction: a name, or { model, unique, timestamps, paranoid, scope }"),
            w("inverse", "{ as }: the other side (Sequelize 7)"), w("onDelete", "the key's ON DELETE"),
            w("onUpdate", "the key's ON UPDATE"), w("constraints", "false: the column without a foreign key"),
            w("keyType", "the foreign key's type"),
            w("timestamps", "belongsToMany: the string junction's createdAt/updatedAt under sequelize6; refused under "
                    + "sequelize7 (as Sequelize 7)"),
            w("uniqueKey", "belongsToMany: the name of the junction's unique constraint, where one is made"),
            w("foreignKeyConstraint", "accepted; Sequelize 6 makes the constraint whatever its value (its default "
                    + "onDelete/onUpdate keep it)"),
            w("hooks", NO_EFFECT), w("scope", NO_EFFECT));
    private static final List<String[]> THROUGH = List.of(
            w("model", "the junction model or table name"), w("unique", "false: no unique on the key pair"),
            w("timestamps", "a through model's timestamps; a string junction's under sequelize7 only (Sequelize 6 "
                    + "ignores it there: an info line says so)"),
            w("paranoid", "a deletedAt column on a string junction (as Sequelize 6)"), w("scope", NO_EFFECT));
    private static final List<String[]> FOREIGN_KEY = List.of(
            w("name", "the key's name"), w("allowNull", "NULL / NOT NULL"), w("type", "the key's type"),
            w("field", "the key's column (the attribute is name); on belongsToMany the junction's column"),
            w("defaultValue", "the key column's default (belongsTo, hasOne, hasMany; checked against type when given)"));
    private static final List<String[]> INDEX = List.of(
            w("name", "the index name"), w("fields", "the columns"), w("unique", "a unique index"),
            w("where", "a partial index (PostgreSQL; H2 has none)"),
            w("using", "the index method on PostgreSQL: BTREE (the default), HASH, GIN, GIST, SPGIST, BRIN (not unique); "
                    + "H2 and MariaDB make a B-tree (MariaDB refuses GIN, GIST, SPGIST and BRIN, as with Sequelize)"),
            w("type", "UNIQUE: a unique index; FULLTEXT: MariaDB's full-text index (CREATE FULLTEXT INDEX; not unique, no "
                    + "using, length or DESC), a plain index on PostgreSQL and H2 (as Sequelize); SPATIAL: a spatial index on a "
                    + "GEOMETRY column (CREATE SPATIAL INDEX on MariaDB, NOT NULL there, and on H2; a plain index on "
                    + "PostgreSQL, as Sequelize)"),
            w("prefix", "the name's prefix instead of the table (docs_by_slug_title)"),
            w("concurrently", "accepted; how PostgreSQL builds the index, not what it is"),
            w("operator", "the operator class of every field without one of its own (PostgreSQL; none on H2 and MariaDB)"),
            w("parser", IndexReader.REFUSED.get("parser")));
    private static final List<String[]> INDEX_FIELD = List.of(
            w("name", "the attribute"), w("attribute", "the attribute (Sequelize's other spelling)"),
            w("order", "ASC or DESC"),
            w("length", "MariaDB's prefix length, `title`(10) (1 to 3072; TEXT and BLOB columns need one there); "
                    + "PostgreSQL and H2 index the whole column (as Sequelize)"),
            w("collate", "the field's collation (PostgreSQL, COLLATE \"name\"; none on H2 and MariaDB, as Sequelize)"),
            w("operator", "the field's operator class, e.g. text_pattern_ops (PostgreSQL; none on H2 and MariaDB)"));
    private static final List<String[]> TYPES = List.of(
            t("STRING", "STRING(40)", "varchar(255) / varchar(n) on both; .BINARY: bytea / blob"),
            t("CHAR", "CHAR(3)", "char(255) / char(n); .BINARY: bytea / blob"),
            t("TEXT", "TEXT('long')", "text / CLOB / text; TEXT('tiny'), ('medium'), ('long'): TINYTEXT, MEDIUMTEXT, "
                    + "LONGTEXT on MariaDB/MySQL, plain on PostgreSQL and H2 (Sequelize warns on PostgreSQL)"),
            t("CITEXT", "CITEXT", "citext (extension citext) / VARCHAR_IGNORECASE"),
            t("INTEGER", "INTEGER(11).UNSIGNED", "integer; the display width, UNSIGNED and ZEROFILL kept on MariaDB/MySQL "
                    + "(int(5) unsigned zerofill), dropped on PostgreSQL and H2 (Sequelize warns); under sequelize7 "
                    + "INTEGER.UNSIGNED is bigint there, as Sequelize 7 makes it"),
            t("BIGINT", "BIGINT", "bigint; UNSIGNED, ZEROFILL as INTEGER"),
            t("SMALLINT", "SMALLINT", "smallint; UNSIGNED, ZEROFILL as INTEGER (under sequelize7 SMALLINT.UNSIGNED is "
                    + "integer on PostgreSQL and H2, as Sequelize 7 makes it)"),
            t("TINYINT", "TINYINT", "tinyint on MariaDB/MySQL, smallint on H2; refused by sync to PostgreSQL under "
                    + "sequelize6 (which has none: Sequelize 6's sync fails there), smallint there under sequelize7 (as "
                    + "Sequelize 7)"),
            t("MEDIUMINT", "MEDIUMINT", "mediumint on MariaDB/MySQL, integer on H2; refused by sync to PostgreSQL under "
                    + "sequelize6 (which has none: Sequelize 6's sync fails there), integer there under sequelize7 (as "
                    + "Sequelize 7)"),
            t("FLOAT", "FLOAT(11)", "double precision (sequelize6) / real (sequelize7); FLOAT(p): real up to 24, "
                    + "double precision above; FLOAT(p,s): plain; .UNSIGNED: double unsigned on MariaDB/MySQL (also on REAL "
                    + "and DOUBLE)"),
            t("REAL", "REAL", "real"), t("DOUBLE", "DOUBLE PRECISION", "double precision (also DOUBLE PRECISION)"),
            t("DECIMAL", "DECIMAL(10,2)", "numeric / numeric(p,s); UNSIGNED, ZEROFILL kept on MariaDB/MySQL only"), t("NUMERIC", "NUMERIC(5,2)", "as DECIMAL"),
            t("BOOLEAN", "BOOLEAN", "boolean"), t("DATE", "DATE(6)", "timestamp with time zone / datetime; DATE(n): "
                    + "datetime(n) on MariaDB/MySQL; elsewhere timestamp(n) with time zone under sequelize7 (as Sequelize 7), "
                    + "the same as DATE under sequelize6 (as Sequelize 6)"),
            t("DATEONLY", "DATEONLY", "date"), t("TIME", "TIME", "time"), t("UUID", "UUID", "uuid"),
            t("ENUM", "ENUM(a, b)", "enum type enum_<table>_<column> / ENUM"),
            t("JSON", "JSON", "json / JSON"), t("JSONB", "JSONB", "jsonb / JSON"),
            t("BLOB", "BLOB('tiny')", "bytea / BLOB / blob; BLOB('tiny'), ('medium'), ('long'): TINYBLOB, MEDIUMBLOB, "
                    + "LONGBLOB on MariaDB/MySQL, plain on PostgreSQL and H2 (Sequelize warns on PostgreSQL)"),
            t("INET", "INET", "inet; PostgreSQL only (sync to H2 is refused)"),
            t("CIDR", "CIDR", "cidr; PostgreSQL only"), t("MACADDR", "MACADDR", "macaddr; PostgreSQL only"),
            t("TSVECTOR", "TSVECTOR", "tsvector; PostgreSQL only"),
            t("HSTORE", "HSTORE", "hstore (extension hstore); PostgreSQL only"),
            t("ARRAY", "ARRAY(STRING)", "<type>[]; PostgreSQL only; seeds take a YAML list"),
            t("RANGE", "RANGE(INTEGER)", "int4range, int8range, numrange, tstzrange, daterange; PostgreSQL only"),
            t("GEOMETRY", "GEOMETRY('POINT', 4326)", "geometry / point, linestring, polygon, multi..., geometrycollection "
                    + "on MariaDB/MySQL (the SRID dropped, as Sequelize 6); GEOMETRY, GEOMETRY(POINT, 4326) on H2; sync to "
                    + "PostgreSQL is refused (PostGIS); seeds take null only"),
            t("GEOGRAPHY", "GEOGRAPHY", ""),
            t("VIRTUAL", "VIRTUAL", "no column; seeds refuse it"),
            t("DataTypes. prefix", "DataTypes.STRING", "as the type without it (also Sequelize.)"),
            t("ABSTRACT", "ABSTRACT", "Sequelize's base class, not a column type"));

    private SequelizeVocabulary() {
    }

    private static String[] w(String word, String note) {
        return new String[]{word, note};
    }

    private static String[] t(String word, String example, String note) {
        return new String[]{word, note, example};
    }

    /** The reason a Sequelize type is refused, or null. {@code name}: upper case. */
    static String refusedType(String name) {
        return REFUSED_TYPES.get(name);
    }

    /** Every row, each status taken from the parser's tables. */
    public static List<Row> rows() {
        List<Row> out = new ArrayList<>();
        Set<String> noEffectModel = Set.copyOf(OptionsReader.NO_SCHEMA_EFFECT);
        add(out, "model", MODEL, ModelReader.KEYS::contains, noEffectModel::contains);
        add(out, "attribute", ATTRIBUTE, AttributeReader.OPTIONS::contains,
                w -> w.equals("validate") || w.equals("get") || w.equals("set"));
        for (Kind kind : Kind.values()) {
            List<String> valid = AssociationReader.validFor(kind);
            add(out, kind.key(), ASSOCIATION.stream().filter(w -> valid.contains(w[0])
                    || !AssociationReader.OPTIONS.containsKey(w[0])).toList(), valid::contains,
                    AssociationReader.NO_SCHEMA_EFFECT::contains);
        }
        add(out, "through", THROUGH, AssociationReader.THROUGH_OPTIONS::contains, w -> w.equals("scope"));
        add(out, "foreignKey object", FOREIGN_KEY, AssociationReader.FOREIGN_KEY_OPTIONS::contains, w -> false);
        add(out, "index", INDEX, w -> IndexReader.OPTIONS.contains(w) && !IndexReader.REFUSED.containsKey(w),
                w -> w.equals("concurrently"));
        add(out, "index field", INDEX_FIELD, w -> IndexReader.FIELD_OPTIONS.contains(w)
                && !IndexReader.REFUSED.containsKey(w), w -> false);
        for (String v : Validators.ALL.keySet()) {
            out.add(new Row("validator", v, Status.ACCEPTED, "checked on seed rows: true, args ("
                    + Validators.ALL.get(v).expected + "), { args, msg } or { msg }; no constraint"));
        }
        for (String[] t : TYPES) {
            boolean parses = TypeParser.parse(t[2], Pos.NONE, new Problems()).isPresent();
            String refused = REFUSED_TYPES.getOrDefault(t[0], t[1]);
            out.add(new Row("DataType", t[0], parses ? Status.RESOLVED : Status.REFUSED, parses ? t[1] : refused));
        }
        return out;
    }

    /** Example type text of each DataType row, for tests. */
    public static Map<String, String> typeExamples() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] t : TYPES) out.put(t[0], t[2]);
        return out;
    }

    private static void add(List<Row> out, String area, List<String[]> words, Predicate<String> parsed,
                            Predicate<String> noEffect) {
        for (String[] w : words) {
            Status s = !parsed.test(w[0]) ? Status.REFUSED : noEffect.test(w[0]) ? Status.ACCEPTED : Status.RESOLVED;
            out.add(new Row(area, w[0], s, w[1]));
        }
    }

    /** Words each area of the vocabulary lists, for the test that checks the parser's tables against it. */
    public static Map<String, List<String>> words() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Row r : rows()) out.computeIfAbsent(r.area(), k -> new ArrayList<>()).add(r.word());
        return out;
    }

    /** The table of docs/models.md: one row per word, grouped by area. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder("| area | word | status | what it makes, or why |\n|---|---|---|---|\n");
        for (Row r : rows()) {
            sb.append("| ").append(r.area()).append(" | `").append(r.word()).append("` | ")
                    .append(r.status().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(r.note().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }
}
