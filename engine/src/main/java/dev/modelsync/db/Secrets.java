package dev.modelsync.db;
import dev.modelsync.problem.ProblemException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of everything modelsync prints or writes: messages, logs, reports and the
 * exception texts it passes on (a driver's message may echo the URL). {@link #mask(String)} masks
 * the passwords a JDBC URL can carry; an instance also masks every occurrence of the passwords it
 * knows (the configured one and those inside the URL) in any text.
 */
public final class Secrets {
    public static final String MASK = "****";

    /** {@code password=...}, {@code sslpassword=...}, {@code PWD=...}: up to the next ';', '&', quote or space. */
    private static final Pattern PARAM = Pattern.compile("(?i)(\\b[a-z_.]*(?:password|passwd|pwd)\\s*=\\s*)([^;&\\s\"'<>]+)");
    /** {@code //user:secret@host}. */
    private static final Pattern USERINFO = Pattern.compile("(//[^/@:\\s\"'<>]*:)([^@/\\s\"'<>]+)(@)");
    private static final Secrets NONE = new Secrets(List.of());

    private final List<String> known;

    private Secrets(Collection<String> known) {
        // longest first, so that a password containing another is masked whole
        this.known = known.stream().filter(s -> s != null && !s.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Masks the passwords of the given URL and the given password, wherever they appear. */
    public static Secrets of(String url, String password) {
        Set<String> known = new LinkedHashSet<>();
        if (password != null) known.add(password);
        if (url != null) known.addAll(passwordsIn(url));
        return known.isEmpty() ? NONE : new Secrets(known);
    }

    /** {@code url} with every password parameter and user-info password replaced by {@value #MASK}. */
    public static String mask(String url) {
        if (url == null) return null;
        String out = PARAM.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        return USERINFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
    }

    /** The passwords written into a URL (parameters and user info). */
    static List<String> passwordsIn(String url) {
        List<String> out = new ArrayList<>();
        Matcher p = PARAM.matcher(url);
        while (p.find()) out.add(p.group(2));
        Matcher u = USERINFO.matcher(url);
        while (u.find()) out.add(u.group(2));
        return out;
    }

    /** {@code text} with URL passwords and every known password masked. */
    public String apply(String text) {
        if (text == null) return null;
        String out = mask(text);
        for (String secret : known) out = out.replace(secret, MASK);
        return out;
    }

    /** Whether {@code text} holds something {@link #apply} would mask. */
    public boolean exposedIn(String text) {
        return text != null && !apply(text).equals(text);
    }

    /**
     * {@code e} itself when neither its message nor any cause's holds a secret; else a copy whose
     * messages are masked, with the original stack traces: a {@link dev.modelsync.problem.ModelSyncException}
     * for any engine failure (so callers still catch what they expect; a subclass's extra fields,
     * such as a seed failure's problem list, are not kept), else a {@link Masked} that prints as the
     * original class.
     */
    public RuntimeException scrub(RuntimeException e) {
        if (!exposed(e)) return e;
        Throwable copy = copy(e);
        return copy instanceof RuntimeException r ? r : new Masked(e.getClass().getName(), apply(e.getMessage()), copy);
    }

    private boolean exposed(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (exposedIn(c.getMessage())) return true;
            if (c instanceof java.sql.SQLException sql && sql.getNextException() != null
                    && exposedIn(sql.getNextException().getMessage())) return true;
        }
        return false;
    }

    private Throwable copy(Throwable t) {
        Throwable cause = t.getCause() == null || t.getCause() == t ? null : copy(t.getCause());
        String message = apply(t.getMessage());
        Throwable out = t instanceof dev.modelsync.problem.ModelSyncException
                ? new dev.modelsync.problem.ModelSyncException(message, cause)
                : new Masked(t.getClass().getName(), message, cause);
        out.setStackTrace(t.getStackTrace());
        return out;
    }

    /** Stands in for an exception whose message held a secret: prints as the original class and the masked message. */
    public static final class Masked extends RuntimeException {
        private final String originalClass;

        Masked(String originalClass, String message, Throwable cause) {
            super(message, cause);
            this.originalClass = originalClass;
        }

        /** The class of the exception this one stands in for. */
        public String originalClass() {
            return originalClass;
        }

        @Override
        public String toString() {
            return getMessage() == null ? originalClass : originalClass + ": " + getMessage();
        }
    }
}
