package dev.modelsync.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English inflection exactly as Sequelize does it. Sequelize 6 and 7 name tables and keys with
 * the npm package {@code inflection} (1.x); its rule table is reproduced here so that table and
 * key names are the ones Sequelize creates (Person → People, Status → Statuses, Users → Users,
 * Equipment → Equipment). A general-purpose inflector (evo-inflector) gives different answers
 * for several common model names (Persons, Equipments, Userses), which would break existing
 * databases; see docs/resolution.md. Port of inflection 1.13 (MIT, (c) dreamerslab).
 */
public final class Inflection {
    private Inflection() {
    }

    private static final Set<String> UNCOUNTABLE = Set.of(("accommodation adulthood advertising advice aggression aid "
            + "air aircraft alcohol anger applause arithmetic assistance athletics bacon baggage beef biology blood "
            + "botany bread butter carbon cardboard cash chalk chaos chess crossroads countryside dancing deer dignity "
            + "dirt dust economics education electricity engineering enjoyment envy equipment ethics evidence "
            + "evolution fame fiction flour flu food fuel fun furniture gallows garbage garlic genetics gold golf "
            + "gossip gratitude grief guilt gymnastics happiness hardware harm hate hatred health heat help homework "
            + "honesty honey hospitality housework humour hunger hydrogen ice importance inflation information "
            + "innocence iron irony jam jewelry judo karate knowledge lack laughter lava leather leisure lightning "
            + "linguine linguini linguistics literature litter livestock logic loneliness luck luggage macaroni "
            + "machinery magic management mankind marble mathematics mayonnaise measles methane milk minus money mud "
            + "music mumps nature news nitrogen nonsense nurture nutrition obedience obesity oxygen pasta patience "
            + "physics poetry pollution poverty pride psychology publicity punctuation quartz racism relaxation "
            + "reliability research respect revenge rice rubbish rum safety scenery seafood seaside series shame "
            + "sheep shopping sleep smoke smoking snow soap software soil spaghetti species steam stuff stupidity "
            + "sunshine symmetry tennis thirst thunder timber traffic transportation trust underwear unemployment "
            + "unity validity veal vegetation vegetarianism vengeance violence vitality warmth wealth weather "
            + "welfare wheat wildlife wisdom yoga zinc zoology").split(" "));

    private record Rule(Pattern pattern, String replacement) {
        static Rule keep(String regex) {
            return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), null);
        }

        static Rule of(String regex, String replacement) {
            return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement);
        }
    }

    // plural forms (inflection's regex.plural)
    private static final String P_MEN = "^(m|wom)en$", P_PEOPLE = "(pe)ople$", P_CHILDREN = "(child)ren$",
            P_TIA = "([ti])a$", P_ANALYSES = "((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$",
            P_DATABASES = "(database)s$", P_DRIVES = "(drive)s$", P_HIVES = "(hi|ti)ves$", P_CURVES = "(curve)s$",
            P_LRVES = "([lr])ves$", P_AVES = "([a])ves$", P_FOVES = "([^fo])ves$", P_MOVIES = "(m)ovies$",
            P_AEIOUYIES = "([^aeiouy]|qu)ies$", P_SERIES = "(s)eries$", P_XES = "(x|ch|ss|sh)es$",
            P_MICE = "([m|l])ice$", P_BUSES = "(bus)es$", P_OES = "(o)es$", P_SHOES = "(shoe)s$",
            P_CRISES = "(cris|ax|test)es$", P_OCTOPUSES = "(octop|vir)uses$",
            P_ALIASES = "(alias|canvas|status|campus)es$", P_SUMMONSES = "^(summons|bonus)es$", P_OXEN = "^(ox)en",
            P_MATRICES = "(matr)ices$", P_VERTICES = "(vert|ind)ices$", P_FEET = "^feet$", P_TEETH = "^teeth$",
            P_GEESE = "^geese$", P_QUIZZES = "(quiz)zes$", P_WHEREASES = "^(whereas)es$", P_CRITERIA = "^(criteri)a$",
            P_GENERA = "^genera$", P_SS = "ss$", P_S = "s$";
    // singular forms (inflection's regex.singular)
    private static final String S_MAN = "^(m|wom)an$", S_PERSON = "(pe)rson$", S_CHILD = "(child)$",
            S_DRIVE = "(drive)$", S_OX = "^(ox)$", S_AXIS = "(ax|test)is$", S_OCTOPUS = "(octop|vir)us$",
            S_ALIAS = "(alias|status|canvas|campus)$", S_SUMMONS = "^(summons|bonus)$", S_BUS = "(bu)s$",
            S_BUFFALO = "(buffal|tomat|potat)o$", S_TIUM = "([ti])um$", S_SIS = "sis$",
            S_FFE = "(?:([^f])fe|([lr])f)$", S_HIVE = "(hi|ti)ve$", S_AEIOUYY = "([^aeiouy]|qu)y$",
            S_X = "(x|ch|ss|sh)$", S_MATRIX = "(matr)ix$", S_VERTEX = "(vert|ind)ex$", S_MOUSE = "([m|l])ouse$",
            S_FOOT = "^foot$", S_TOOTH = "^tooth$", S_GOOSE = "^goose$", S_QUIZ = "(quiz)$",
            S_WHEREAS = "^(whereas)$", S_CRITERION = "^(criteri)on$", S_GENUS = "^genus$", S_S = "s$",
            S_COMMON = "$";

    private static final List<Rule> PLURAL = List.of(
            Rule.keep(P_MEN), Rule.keep(P_PEOPLE), Rule.keep(P_CHILDREN), Rule.keep(P_TIA), Rule.keep(P_ANALYSES),
            Rule.keep(P_DATABASES), Rule.keep(P_DRIVES), Rule.keep(P_HIVES), Rule.keep(P_CURVES),
            Rule.keep(P_LRVES), Rule.keep(P_FOVES), Rule.keep(P_AEIOUYIES), Rule.keep(P_SERIES),
            Rule.keep(P_MOVIES), Rule.keep(P_XES), Rule.keep(P_MICE), Rule.keep(P_BUSES), Rule.keep(P_OES),
            Rule.keep(P_SHOES), Rule.keep(P_CRISES), Rule.keep(P_OCTOPUSES), Rule.keep(P_ALIASES),
            Rule.keep(P_SUMMONSES), Rule.keep(P_OXEN), Rule.keep(P_MATRICES), Rule.keep(P_FEET),
            Rule.keep(P_TEETH), Rule.keep(P_GEESE), Rule.keep(P_QUIZZES), Rule.keep(P_WHEREASES),
            Rule.keep(P_CRITERIA), Rule.keep(P_GENERA),
            Rule.of(S_MAN, "$1en"), Rule.of(S_PERSON, "$1ople"), Rule.of(S_CHILD, "$1ren"), Rule.of(S_DRIVE, "$1s"),
            Rule.of(S_OX, "$1en"), Rule.of(S_AXIS, "$1es"), Rule.of(S_OCTOPUS, "$1uses"), Rule.of(S_ALIAS, "$1es"),
            Rule.of(S_SUMMONS, "$1es"), Rule.of(S_BUS, "$1ses"), Rule.of(S_BUFFALO, "$1oes"),
            Rule.of(S_TIUM, "$1a"), Rule.of(S_SIS, "ses"), Rule.of(S_FFE, "$1$2ves"), Rule.of(S_HIVE, "$1ves"),
            Rule.of(S_AEIOUYY, "$1ies"), Rule.of(S_MATRIX, "$1ices"), Rule.of(S_VERTEX, "$1ices"),
            Rule.of(S_X, "$1es"), Rule.of(S_MOUSE, "$1ice"), Rule.of(S_FOOT, "feet"), Rule.of(S_TOOTH, "teeth"),
            Rule.of(S_GOOSE, "geese"), Rule.of(S_QUIZ, "$1zes"), Rule.of(S_WHEREAS, "$1es"),
            Rule.of(S_CRITERION, "$1a"), Rule.of(S_GENUS, "genera"), Rule.of(S_S, "s"), Rule.of(S_COMMON, "s"));

    private static final List<Rule> SINGULAR = List.of(
            Rule.keep(S_MAN), Rule.keep(S_PERSON), Rule.keep(S_CHILD), Rule.keep(S_DRIVE), Rule.keep(S_OX),
            Rule.keep(S_AXIS), Rule.keep(S_OCTOPUS), Rule.keep(S_ALIAS), Rule.keep(S_SUMMONS), Rule.keep(S_BUS),
            Rule.keep(S_BUFFALO), Rule.keep(S_TIUM), Rule.keep(S_SIS), Rule.keep(S_FFE), Rule.keep(S_HIVE),
            Rule.keep(S_AEIOUYY), Rule.keep(S_X), Rule.keep(S_MATRIX), Rule.keep(S_MOUSE), Rule.keep(S_FOOT),
            Rule.keep(S_TOOTH), Rule.keep(S_GOOSE), Rule.keep(S_QUIZ), Rule.keep(S_WHEREAS),
            Rule.keep(S_CRITERION), Rule.keep(S_GENUS),
            Rule.of(P_MEN, "$1an"), Rule.of(P_PEOPLE, "$1rson"), Rule.of(P_CHILDREN, "$1"),
            Rule.of(P_DATABASES, "$1"), Rule.of(P_DRIVES, "$1"), Rule.of(P_GENERA, "genus"),
            Rule.of(P_CRITERIA, "$1on"), Rule.of(P_TIA, "$1um"), Rule.of(P_ANALYSES, "$1$2sis"),
            Rule.of(P_HIVES, "$1ve"), Rule.of(P_CURVES, "$1"), Rule.of(P_LRVES, "$1f"), Rule.of(P_AVES, "$1ve"),
            Rule.of(P_FOVES, "$1fe"), Rule.of(P_MOVIES, "$1ovie"), Rule.of(P_AEIOUYIES, "$1y"),
            Rule.of(P_SERIES, "$1eries"), Rule.of(P_XES, "$1"), Rule.of(P_MICE, "$1ouse"), Rule.of(P_BUSES, "$1"),
            Rule.of(P_OES, "$1"), Rule.of(P_SHOES, "$1"), Rule.of(P_CRISES, "$1is"), Rule.of(P_OCTOPUSES, "$1us"),
            Rule.of(P_ALIASES, "$1"), Rule.of(P_SUMMONSES, "$1"), Rule.of(P_OXEN, "$1"),
            Rule.of(P_MATRICES, "$1ix"), Rule.of(P_VERTICES, "$1ex"), Rule.of(P_FEET, "foot"),
            Rule.of(P_TEETH, "tooth"), Rule.of(P_GEESE, "goose"), Rule.of(P_QUIZZES, "$1"),
            Rule.of(P_WHEREASES, "$1"), Rule.of(P_SS, "ss"), Rule.of(P_S, ""));

    private static final Pattern UPPERCASE = Pattern.compile("([A-Z])");
    private static final Pattern CAMELIZE = Pattern.compile("[-_\\s]+(.)?");

    /** Sequelize's {@code Utils.pluralize}: Person → People, Category → Categories, UserRole → UserRoles. */
    static String pluralize(String word) {
        return memo(PLURALS, word, PLURAL);
    }

    /** Sequelize's {@code Utils.singularize}: friends → friend, People → Person, Class → Class. */
    static String singularize(String word) {
        return memo(SINGULARS, word, SINGULAR);
    }

    // the rules are ~100 regular expressions tried in turn; names recur (every association, every run)
    private static final Map<String, String> PLURALS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> SINGULARS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String memo(Map<String, String> memo, String word, List<Rule> rules) {
        String known = memo.get(word);
        if (known != null) return known;
        String result = apply(word, rules);
        if (memo.size() < 50_000) memo.put(word, result);
        return result;
    }

    private static String apply(String word, List<Rule> rules) {
        if (UNCOUNTABLE.contains(word.toLowerCase(Locale.ROOT))) return word;
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(word);
            if (m.find()) {
                return rule.replacement() == null ? word : m.replaceFirst(rule.replacement());
            }
        }
        return word;
    }

    /** Sequelize's {@code Utils.underscore} (inflection.underscore): userRole → user_role, UserId → user_id. */
    public static String underscore(String s) {
        String r = UPPERCASE.matcher(s).replaceAll("_$1");
        if (r.startsWith("_")) r = r.substring(1);
        return r.toLowerCase(Locale.ROOT);
    }

    /** Sequelize 6's {@code Utils.camelize}: Project_id → ProjectId, assignee_id → assigneeId. */
    static String camelize6(String s) {
        Matcher m = CAMELIZE.matcher(s.trim());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String c = m.group(1);
            m.appendReplacement(out, c == null ? "" : Matcher.quoteReplacement(c.toUpperCase(Locale.ROOT)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Sequelize 7's {@code camelize}: the first letter lower-cased, then as Sequelize 6 (Project_id → projectId). */
    static String camelize7(String s) {
        return camelize6(lowerFirst(s.trim()));
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
