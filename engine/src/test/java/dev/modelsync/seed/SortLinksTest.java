package dev.modelsync.seed;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Links are ordered by (a, b) in seed order, stably, whether or not they come grouped by a. */
class SortLinksTest {
    private static List<JunctionSpec.JunctionLink> links(Row[] as, Row[] bs, int n, boolean grouped, Random rnd) {
        List<JunctionSpec.JunctionLink> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Row a = grouped ? as[Math.min(as.length - 1, i / 20)] : as[rnd.nextInt(as.length)];
            out.add(new JunctionSpec.JunctionLink(a, bs[rnd.nextInt(bs.length)], null, i)); // pos = input order
        }
        return out;
    }

    private static void assertSortedLikeAStableSort(List<JunctionSpec.JunctionLink> input) {
        List<JunctionSpec.JunctionLink> expected = new ArrayList<>(input);
        expected.sort(Comparator.comparingInt((JunctionSpec.JunctionLink l) -> l.a().seq()).thenComparingInt(l -> l.b().seq()));
        List<JunctionSpec.JunctionLink> actual = new ArrayList<>(input);
        JunctionSpec.sortLinks(actual);
        assertThat(actual).containsExactlyElementsOf(expected); // same objects, same order (ties by input order)
    }

    @Test
    void groupedAndUngroupedLinksEndInTheOrderOfAStableSort() {
        Random rnd = new Random(7);
        Row[] as = new Row[60];
        Row[] bs = new Row[12];
        for (int i = 0; i < as.length; i++) as[i] = new Row(null, i, new Object[0], 0);
        for (int i = 0; i < bs.length; i++) bs[i] = new Row(null, 100 + i, new Object[0], 0);
        for (int round = 0; round < 50; round++) {
            // grouped by a, or in no order; many duplicate pairs (ties keep the input order)
            assertSortedLikeAStableSort(links(as, bs, 1 + rnd.nextInt(3000), true, rnd));
            assertSortedLikeAStableSort(links(as, bs, 1 + rnd.nextInt(3000), false, rnd));
            assertSortedLikeAStableSort(links(bs, as, 1 + rnd.nextInt(3000), true, rnd)); // a after b in seed order
        }
        List<JunctionSpec.JunctionLink> small = new ArrayList<>();
        for (int i = 0; i < 5; i++) small.add(new JunctionSpec.JunctionLink(as[i / 2], bs[4 - i % 3], null, i));
        assertSortedLikeAStableSort(small);
        assertSortedLikeAStableSort(new ArrayList<>());
    }

    @Test
    void rowsNumberedFarApartOrFarFromZeroSortTheSame() {
        Random rnd = new Random(11);
        for (int spread : new int[] {1, 1_000, 100_000}) {
            Row[] as = new Row[40];
            Row[] bs = new Row[15];
            for (int i = 0; i < as.length; i++) as[i] = new Row(null, 5_000_000 + i * spread, new Object[0], 0);
            for (int i = 0; i < bs.length; i++) bs[i] = new Row(null, 7_000_000 + i * spread, new Object[0], 0);
            for (int round = 0; round < 10; round++) {
                List<JunctionSpec.JunctionLink> input = links(as, bs, 1 + rnd.nextInt(2000), rnd.nextBoolean(), rnd);
                assertSortedLikeAStableSort(input);
                assertOrderOfBIsAStableSortByB(input);
            }
        }
        assertThat(JunctionSpec.orderOfB(new ArrayList<>())).isEmpty();
    }

    private static void assertOrderOfBIsAStableSortByB(List<JunctionSpec.JunctionLink> links) {
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) expected.add(i);
        expected.sort(Comparator.comparingInt(i -> links.get(i).b().seq())); // stable: ties keep index order
        assertThat(JunctionSpec.orderOfB(links)).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
}
