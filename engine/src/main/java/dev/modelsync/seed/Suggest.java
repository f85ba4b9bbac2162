package dev.modelsync.seed;

import java.util.Collection;
import java.util.Locale;

/** "did you mean" hints: the closest name by edit distance, when close enough. */
final class Suggest {
    private Suggest() {
    }

    static String hint(String given, Collection<String> names) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String n : names) {
            int d = distance(given.toLowerCase(Locale.ROOT), n.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = n;
            }
        }
        if (best == null) return "";
        int limit = Math.max(2, given.length() / 3);
        return bestD <= limit ? " (did you mean '" + best + "'?)" : "";
    }

    static String list(Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
