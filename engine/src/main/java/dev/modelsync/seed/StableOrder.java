package dev.modelsync.seed;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The stable order of items by a non-negative int key (a row's sequence number): a counting sort,
 * linear in the items, when the keys span a range of the order of the items; else a sort of
 * (key, index) pairs (sequence numbers run over the whole seed, so a few items may carry keys far
 * apart).
 */
public final class StableOrder {
    private StableOrder() {
    }

    /** The indexes of {@code items} in ascending key order; equal keys keep their order. */
    public static <T> int[] of(List<T> items, ToIntFunction<T> key) {
        int n = items.size();
        int[] order = new int[n];
        if (n == 0) return order;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (T item : items) {
            int k = key.applyAsInt(item);
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        long range = (long) max - min + 2;
        if (range > 8L * n + 1024) {
            long[] keyed = new long[n];
            for (int i = 0; i < n; i++) keyed[i] = (long) (key.applyAsInt(items.get(i)) - min) << 32 | i;
            Arrays.sort(keyed);
            for (int i = 0; i < n; i++) order[i] = (int) keyed[i];
            return order;
        }
        int[] start = new int[(int) range];
        for (T item : items) start[key.applyAsInt(item) - min + 1]++;
        for (int i = 1; i < start.length; i++) start[i] += start[i - 1];
        for (int i = 0; i < n; i++) order[start[key.applyAsInt(items.get(i)) - min]++] = i;
        return order;
    }
}
