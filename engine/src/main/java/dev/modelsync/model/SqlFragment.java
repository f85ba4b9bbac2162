package dev.modelsync.model;

import java.util.Optional;

/**
 * Checks that a raw SQL fragment of a model (an index {@code where}, a {@code { sql: }} default)
 * is one expression: no {@code ;} outside quotes and comments, every quote ({@code '...'},
 * {@code E'...'}, {@code "..."}, {@code $$...$$}, {@code $tag$...$tag$}), block comment and
 * parenthesis closed, no nested block comment (H2 and PostgreSQL read those differently), and no
 * {@code --} comment that runs to the end of the fragment (it would swallow the rest of the
 * statement the fragment is put into). It does not parse SQL: an invalid expression is still
 * the database's to refuse, but it can no longer end the statement and start another.
 */
public final class SqlFragment {
    private SqlFragment() {
    }

    /** Empty when {@code sql} is one expression; else why not, naming the 1-based character. */
    public static Optional<String> problem(String sql) {
        int depth = 0;
        int openParen = -1;
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char c = sql.charAt(i);
            int start = i;
            switch (c) {
                case ';' -> {
                    return at(start, "';' ends the statement; a raw SQL fragment must be one expression, "
                            + "not several statements");
                }
                case '(' -> {
                    if (depth++ == 0) openParen = i;
                }
                case ')' -> {
                    if (--depth < 0) return at(start, "')' closes a parenthesis that was not opened");
                }
                case '\'' -> {
                    boolean backslashes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                            && (i < 2 || !identifierPart(sql.charAt(i - 2)));
                    i = closeQuote(sql, i, '\'', backslashes);
                    if (i < 0) return at(start, "the quote ' is not closed");
                }
                case '"' -> {
                    i = closeQuote(sql, i, '"', false);
                    if (i < 0) return at(start, "the quote \" is not closed");
                }
                case '$' -> {
                    int tagEnd = dollarTagEnd(sql, i);
                    if (tagEnd > 0) {
                        String tag = sql.substring(i, tagEnd + 1);
                        int close = sql.indexOf(tag, tagEnd + 1);
                        if (close < 0) return at(start, "the dollar quote " + tag + " is not closed");
                        i = close + tag.length() - 1;
                    }
                }
                case '-' -> {
                    if (i + 1 < n && sql.charAt(i + 1) == '-') {
                        int eol = sql.indexOf('\n', i);
                        if (eol < 0) return at(start, "the -- comment runs to the end of the fragment and would "
                                + "hide the rest of the statement; end it with a line break or use /* ... */");
                        i = eol;
                    }
                }
                case '/' -> {
                    if (i + 1 < n && sql.charAt(i + 1) == '*') {
                        int close = sql.indexOf("*/", i + 2);
                        if (close < 0) return at(start, "the comment /* is not closed");
                        int nested = sql.indexOf("/*", i + 2);
                        if (nested >= 0 && nested < close) {
                            return at(nested, "nested comments (/* inside /* ... */) are not allowed");
                        }
                        i = close + 1;
                    }
                }
                default -> {
                    // any other character
                }
            }
        }
        if (depth > 0) return at(openParen, "the parenthesis ( is not closed");
        return Optional.empty();
    }

    /** The index of the closing quote, or -1; a doubled quote stays inside, as does a backslash escape when allowed. */
    private static int closeQuote(String sql, int open, char quote, boolean backslashes) {
        for (int j = open + 1; j < sql.length(); j++) {
            char c = sql.charAt(j);
            if (backslashes && c == '\\') {
                j++;
            } else if (c == quote) {
                if (j + 1 < sql.length() && sql.charAt(j + 1) == quote) j++;
                else return j;
            }
        }
        return -1;
    }

    /** The index of the second '$' of a dollar-quote tag starting at {@code i} ($$ or $tag$), or -1 when none starts there. */
    private static int dollarTagEnd(String sql, int i) {
        if (i > 0 && identifierPart(sql.charAt(i - 1))) return -1; // a$b is a name
        int j = i + 1;
        if (j < sql.length() && Character.isDigit(sql.charAt(j))) return -1; // $1 is a parameter
        while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) j++;
        return j < sql.length() && sql.charAt(j) == '$' ? j : -1;
    }

    private static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static Optional<String> at(int index, String message) {
        return Optional.of(message + " (at character " + (index + 1) + ")");
    }
}
