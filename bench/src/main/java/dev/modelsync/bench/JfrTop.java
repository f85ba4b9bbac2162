package dev.modelsync.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JFR recording and prints where the CPU samples went: the top methods by self time,
 * and the top modelsync / Liquibase / SnakeYAML methods by total (inclusive) time.
 * <pre>
 * java -cp ... dev.modelsync.bench.JfrTop target/bench.jfr [top] [thread-name-filter]
 * </pre>
 */
public final class JfrTop {
    private JfrTop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String threadFilter = args.length > 2 ? args[2] : "";
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
            if (!threadFilter.isEmpty()) {
                var t = e.getThread("sampledThread");
                if (t == null || t.getJavaName() == null || !t.getJavaName().contains(threadFilter)) continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) continue;
            samples++;
            List<RecordedFrame> frames = st.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (interesting(n) && seen.add(n)) total.merge(n, 1, Integer::sum);
            }
        }
        System.out.println(samples + " execution samples");
        print("self", self, samples, top);
        print("total (dev.modelsync, liquibase, snakeyaml, jdbc)", total, samples, top);
    }

    private static boolean interesting(String n) {
        return n.startsWith("dev.modelsync") || n.startsWith("liquibase") || n.startsWith("org.yaml")
                || n.startsWith("org.postgresql") || n.startsWith("org.h2");
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("--- " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(en -> System.out.printf(java.util.Locale.ROOT, "%6.1f%%  %s%n",
                        100.0 * en.getValue() / Math.max(1, samples), en.getKey()));
    }
}
