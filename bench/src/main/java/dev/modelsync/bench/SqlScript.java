package dev.modelsync.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits an SQL script into statements: {@code ;} ends one, outside quotes, comments and dollar quotes. */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
                cur.append('\n');
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                cur.append(' ');
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < n) {
                    if (script.charAt(end) == c) {
                        if (end + 1 < n && script.charAt(end + 1) == c) end += 2;
                        else break;
                    } else {
                        end++;
                    }
                }
                cur.append(script, i, Math.min(n, end + 1));
                i = end + 1;
            } else if (c == '$' && dollarTag(script, i) != null) {
                String tag = dollarTag(script, i);
                int end = script.indexOf(tag, i + tag.length());
                int stop = end < 0 ? n : end + tag.length();
                cur.append(script, i, stop);
                i = stop;
            } else if (c == ';') {
                add(out, cur);
                i++;
            } else {
                cur.append(c);
                i++;
            }
        }
        add(out, cur);
        return out;
    }

    /** True for statements that only keep Liquibase's own books (DATABASECHANGELOG and its lock). */
    static boolean isLiquibaseBookkeeping(String statement) {
        return statement.toLowerCase(Locale.ROOT).contains("databasechangelog");
    }

    private static String dollarTag(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
        if (j < s.length() && s.charAt(j) == '$') return s.substring(i, j + 1);
        return null;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) out.add(s);
        cur.setLength(0);
    }
}
