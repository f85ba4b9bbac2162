package dev.modelsync.problem;

import java.util.Locale;

/** Counts in messages, singular or plural as the number asks: "1 link", "2 links", "1,204 rows". */
public final class Words {
    private Words() {
    }

    /** {@code n} and the noun, plural by adding "s" unless {@code n} is 1. */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    /**
     * How a message names the option that changes its outcome: {@code (option allowDestructive=true)},
     * the engine's setting; the Maven plugin shows it as {@code -Dmodel.allowDestructive=true}.
     */
    public static String option(String name, String value) {
        return "(option " + name + "=" + value + ")";
    }

    /** An option named without a value: {@code (option lockWaitSeconds)}. */
    public static String option(String name) {
        return "(option " + name + ")";
    }

    /** Several options that change the outcome together: {@code (options username, password)}. */
    public static String options(String... names) {
        return "(options " + String.join(", ", names) + ")";
    }

    /** {@code n} and the noun in the form {@code n} asks for. */
    public static String count(long n, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }
}
