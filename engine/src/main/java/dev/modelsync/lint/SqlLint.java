package dev.modelsync.lint;

import dev.modelsync.schema.ColumnType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules over the PostgreSQL statements a changelog runs, one changeset after the other. A table
 * created in the same file (one generation) is new and exempt from every rule but
 * {@link HazardCode#MS103}; every other table is taken to hold rows. What it remembers across
 * changesets: the tables and indexes of the current file, and the NOT NULL checks made valid.
 */
public final class SqlLint {
    private static final String ID = "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final String NC_ID = "(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    /** A table or index name, maybe with its schema; the group is the name. */
    private static final String REF = "(?:" + NC_ID + "\\s*\\.\\s*)?" + ID;

    private static final Pattern CREATE_TABLE = p("CREATE (?:(?:GLOBAL |LOCAL )?(?:TEMPORARY |TEMP |UNLOGGED ))?TABLE (?:IF NOT EXISTS )?" + REF + "\\b.*");
    private static final Pattern CREATE_INDEX = p("CREATE (UNIQUE )?INDEX (CONCURRENTLY )?(?:(?:IF NOT EXISTS )?" + ID + " )?ON (?:ONLY )?" + REF + ".*");
    private static final Pattern DROP_INDEX = p("DROP INDEX (CONCURRENTLY )?(?:IF EXISTS )?" + REF + ".*");
    private static final Pattern ALTER_TABLE = p("ALTER TABLE (?:IF EXISTS )?(?:ONLY )?" + REF + " (.*)");
    private static final Pattern DROP_TABLE = p("DROP TABLE (?:IF EXISTS )?" + REF + ".*");
    private static final Pattern SET_TIMEOUT = p("SET (?:LOCAL |SESSION )?lock_timeout\\s*(?:=|\\sTO\\s)\\s*'?(\\w+)'?");
    private static final Pattern CONCURRENTLY = Pattern.compile("(?i)\\bCONCURRENTLY\\b");

    private static final Pattern ADD_FK = Pattern.compile("(?is)\\bADD\\b(?:\\s+CONSTRAINT\\s+\\S+)?\\s+FOREIGN\\s+KEY\\b|\\bADD\\b(?:\\s+COLUMN)?\\s+.*\\bREFERENCES\\b");
    private static final Pattern ADD_CHECK = Pattern.compile("(?is)\\bADD\\b(?:\\s+CONSTRAINT\\s+" + ID + ")?\\s+CHECK\\s*\\((.*)\\)(\\s+NOT\\s+VALID)?\\s*$");
    private static final Pattern NOT_NULL_CHECK = Pattern.compile("(?is)^\\s*\\(?\\s*" + ID + "\\s+IS\\s+NOT\\s+NULL\\s*\\)?\\s*$");
    private static final Pattern NOT_VALID = Pattern.compile("(?is)\\bNOT\\s+VALID\\s*$");
    private static final Pattern ADD_NAMED = Pattern.compile("(?is)\\bADD\\s+CONSTRAINT\\s+" + ID);
    private static final Pattern VALIDATE = Pattern.compile("(?is)\\bVALIDATE\\s+CONSTRAINT\\s+" + ID);
    private static final Pattern SET_NOT_NULL = Pattern.compile("(?is)\\bALTER\\s+(?:COLUMN\\s+)?" + ID + "\\s+SET\\s+NOT\\s+NULL\\b");
    private static final Pattern ADD_UNIQUE = Pattern.compile("(?is)\\bADD\\b(?:\\s+CONSTRAINT\\s+\\S+)?\\s+UNIQUE\\b(?!\\s+USING\\s+INDEX)");
    private static final Pattern ADD_PK = Pattern.compile("(?is)\\bADD\\b(?:\\s+CONSTRAINT\\s+\\S+)?\\s+PRIMARY\\s+KEY\\b(?!\\s+USING\\s+INDEX)");
    private static final Pattern ALTER_TYPE = Pattern.compile("(?is)\\bALTER\\s+(?:COLUMN\\s+)?" + ID + "\\s+(?:SET\\s+DATA\\s+)?TYPE\\b");
    private static final Pattern ADD_COLUMN = Pattern.compile("(?is)^\\s*ADD\\s+(?!CONSTRAINT\\b|FOREIGN\\b|CHECK\\b|UNIQUE\\b|PRIMARY\\b)(?:COLUMN\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?" + ID + "\\s+(.*)$");
    private static final Pattern VOLATILE = Pattern.compile("(?is)\\bDEFAULT\\b.*\\b(random|gen_random_uuid|uuid_generate_v1|uuid_generate_v1mc"
            + "|uuid_generate_v4|clock_timestamp|timeofday|nextval|setseed)\\s*\\(|\\b(?:big|small)?serial\\b|\\bGENERATED\\b.*\\bAS\\s+IDENTITY\\b");

    // the current file
    private String file = "";
    private final Set<String> newTables = new HashSet<>();
    private final Set<String> newIndexes = new HashSet<>();
    // across the changelog: CHECK (column IS NOT NULL) constraints added NOT VALID, and the columns whose check is valid
    private final Map<String, String> notNullChecks = new HashMap<>();
    private final Set<String> validNotNull = new HashSet<>();
    // the current changeset
    private String changeSet = "";
    private boolean inTransaction;
    private boolean lockTimeout;
    private boolean timeoutReported;
    private final Set<String> notValidHere = new HashSet<>();

    /** Starts a changeset of {@code file}; a new file forgets the tables and indexes the previous one created. */
    public void beginChangeSet(String file, String id, boolean runInTransaction) {
        if (!file.equals(this.file)) {
            this.file = file;
            newTables.clear();
            newIndexes.clear();
        }
        changeSet = file + "::" + id;
        inTransaction = runInTransaction;
        lockTimeout = false;
        timeoutReported = false;
        notValidHere.clear();
    }

    /** Whether {@code table} existed before the current file. */
    public boolean existing(String table) {
        return !newTables.contains(table);
    }

    /** Records a table the current file creates (for changes whose SQL is not read here). */
    public void created(String table) {
        newTables.add(table);
    }

    /** A hazard of the current changeset, for rules the caller applies (types). */
    public Hazard hazard(HazardCode code, String table, String statement) {
        return new Hazard(code, changeSet, table, oneLine(statement));
    }

    /**
     * The hazards of one statement of the current changeset.
     *
     * @param tableOfIndex the table an index belongs to, as far as the caller knows
     */
    public List<Hazard> check(String sql, Function<String, Optional<String>> tableOfIndex) {
        String st = stripComments(sql);
        List<Hazard> out = new ArrayList<>();
        if (st.isEmpty()) return out;
        Matcher m;
        if ((m = SET_TIMEOUT.matcher(st)).matches()) {
            lockTimeout = !m.group(1).equals("0");
            return out;
        }
        if (CREATE_TABLE.matcher(st).matches()) {
            m = CREATE_TABLE.matcher(st);
            m.matches();
            newTables.add(ident(m.group(1)));
            return out;
        }
        if ((m = CREATE_INDEX.matcher(st)).matches()) {
            boolean concurrently = m.group(2) != null;
            String table = ident(m.group(4));
            if (m.group(3) != null) newIndexes.add(ident(m.group(3)));
            if (concurrently && inTransaction) out.add(hazard(HazardCode.MS103, table, st));
            if (existing(table)) {
                if (!concurrently) out.add(hazard(HazardCode.MS101, table, st));
                timeout(out, table, st);
            }
            return out;
        }
        if ((m = DROP_INDEX.matcher(st)).matches()) {
            boolean concurrently = m.group(1) != null;
            String index = ident(m.group(2));
            String table = tableOfIndex.apply(index).orElse("");
            if (concurrently && inTransaction) out.add(hazard(HazardCode.MS103, table, st));
            if (!newIndexes.contains(index) && (table.isEmpty() || existing(table))) {
                if (!concurrently) out.add(hazard(HazardCode.MS102, table, st));
                timeout(out, table, st);
            }
            return out;
        }
        if ((m = DROP_TABLE.matcher(st)).matches()) {
            String table = ident(m.group(1));
            if (existing(table)) timeout(out, table, st);
            return out;
        }
        if ((m = ALTER_TABLE.matcher(st)).matches()) {
            alterTable(ident(m.group(1)), m.group(2), st, out);
            return out;
        }
        if (CONCURRENTLY.matcher(st).find() && inTransaction && !st.regionMatches(true, 0, "DO", 0, 2)) {
            out.add(hazard(HazardCode.MS103, "", st));
        }
        return out;
    }

    private void alterTable(String table, String rest, String st, List<Hazard> out) {
        Matcher m;
        // constraints added NOT VALID here, and checks that carry a NOT NULL (new tables too: they may be validated later)
        boolean notValid = NOT_VALID.matcher(rest).find();
        if ((m = ADD_NAMED.matcher(rest)).find() && notValid) notValidHere.add(ident(m.group(1)));
        if ((m = ADD_CHECK.matcher(rest)).find() && m.group(3) != null && m.group(1) != null) {
            Matcher nn = NOT_NULL_CHECK.matcher(m.group(2));
            if (nn.matches()) notNullChecks.put(ident(m.group(1)), table + "\u0000" + ident(nn.group(1)));
        }
        if ((m = VALIDATE.matcher(rest)).find()) {
            String name = ident(m.group(1));
            String column = notNullChecks.get(name);
            if (column != null) validNotNull.add(column);
            if (notValidHere.contains(name) && existing(table)) out.add(hazard(HazardCode.MS112, table, st));
        }
        if (!existing(table)) return;
        if (ADD_FK.matcher(rest).find() && !notValid) out.add(hazard(HazardCode.MS104, table, st));
        if ((m = ADD_CHECK.matcher(rest)).find() && m.group(3) == null) out.add(hazard(HazardCode.MS105, table, st));
        if ((m = SET_NOT_NULL.matcher(rest)).find() && !validNotNull.contains(table + "\u0000" + ident(m.group(1)))) {
            out.add(hazard(HazardCode.MS106, table, st));
        }
        if (ADD_UNIQUE.matcher(rest).find() && !ADD_FK.matcher(rest).find()) out.add(hazard(HazardCode.MS107, table, st));
        if (ADD_PK.matcher(rest).find()) out.add(hazard(HazardCode.MS108, table, st));
        if ((m = ADD_COLUMN.matcher(rest)).find() && VOLATILE.matcher(m.group(2)).find()) {
            out.add(hazard(HazardCode.MS110, table, st));
        }
        timeout(out, table, st);
    }

    /** MariaDB/MySQL: an ALTER TABLE of a table (backquoted or plain name, maybe after its database's). */
    private static final Pattern MARIADB_ALTER = p("ALTER (?:ONLINE |IGNORE )*TABLE (?:IF EXISTS )?(?:(?:`(?:[^`]|``)+`|\\w+)\\.)?"
            + "(`(?:[^`]|``)+`|\\w+) (.*)");
    /** What copies a MariaDB/MySQL table: a new engine, a new character set or collation (of the table or a column). */
    private static final Pattern TABLE_COPY = Pattern.compile("(?is)\\bENGINE\\s*=|\\bCONVERT\\s+TO\\b|\\bCHARACTER\\s+SET\\b|\\bCHARSET\\b|\\bCOLLATE\\b");
    /** An ALTER that refuses to copy (the server fails it instead) or to block writes. */
    private static final Pattern NO_COPY = Pattern.compile("(?is)\\bALGORITHM\\s*=?\\s*(?:INPLACE|INSTANT|NOCOPY)\\b|\\bLOCK\\s*=?\\s*NONE\\b");

    /** The hazards of one MariaDB/MySQL statement of the current changeset ({@link HazardCode#MS113}). */
    public List<Hazard> checkMariaDb(String sql) {
        String st = stripComments(sql);
        Matcher m = MARIADB_ALTER.matcher(st);
        if (!m.matches()) return List.of();
        String name = m.group(1);
        String table = name.startsWith("`") ? name.substring(1, name.length() - 1).replace("``", "`") : name;
        if (!existing(table) || !TABLE_COPY.matcher(m.group(2)).find() || NO_COPY.matcher(m.group(2)).find()) return List.of();
        return List.of(hazard(HazardCode.MS113, table, st));
    }

    /** Whether a statement changes a column's type (the caller decides whether that rewrites). */
    public static boolean altersType(String sql) {
        Matcher m = ALTER_TABLE.matcher(stripComments(sql));
        return m.matches() && ALTER_TYPE.matcher(m.group(2)).find();
    }

    private void timeout(List<Hazard> out, String table, String st) {
        if (lockTimeout || timeoutReported) return;
        timeoutReported = true;
        out.add(hazard(HazardCode.MS111, table, st));
    }

    /**
     * Whether PostgreSQL rewrites the table to change a column from one type to the other: not for a
     * longer VARCHAR, VARCHAR to TEXT, a DECIMAL with more digits and the same scale, or a timestamp with as
     * many fractional seconds or more.
     */
    public static boolean rewrites(ColumnType from, ColumnType to) {
        if (from.equals(to)) return false;
        if (from.kind() == ColumnType.Kind.VARCHAR && to.kind() == ColumnType.Kind.VARCHAR) return to.length() < from.length();
        if (from.kind() == ColumnType.Kind.VARCHAR && to.kind() == ColumnType.Kind.TEXT) return false;
        if (from.kind() == ColumnType.Kind.DECIMAL && to.kind() == ColumnType.Kind.DECIMAL) {
            return to.scale() != from.scale() || to.precision() < from.precision();
        }
        if (from.kind() == ColumnType.Kind.TIMESTAMPTZ && to.kind() == ColumnType.Kind.TIMESTAMPTZ) {
            return to.fractionDigits() < from.fractionDigits();
        }
        return true;
    }

    private static Pattern p(String regex) {
        return Pattern.compile("^\\s*" + regex.replace(" ", "\\s+") + "\\s*;?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    private static String ident(String token) {
        if (token.startsWith("\"")) return token.substring(1, token.length() - 1).replace("\"\"", "\"");
        return token.toLowerCase(Locale.ROOT);
    }

    /** The statement without leading comment lines and surrounding blanks. */
    static String stripComments(String sql) {
        StringBuilder b = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            if (b.length() == 0 && (line.isBlank() || line.trim().startsWith("--"))) continue;
            b.append(line).append('\n');
        }
        return b.toString().trim();
    }

    private static String oneLine(String st) {
        String one = st.replaceAll("\\s+", " ").trim();
        return one.length() > 160 ? one.substring(0, 157) + "..." : one;
    }
}
