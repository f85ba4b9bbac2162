package dev.modelsync.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.modelsync.ModelSync;
import dev.modelsync.SeedResult;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * B3's seed side, run in a JVM of its own (forked by {@link B3Seed} with {@code -Xmx512m}), so
 * its heap is its own. Arguments: project directory, JDBC URL, user. Prints the seed's log, then one line
 * {@code RESULT <seed nanos> <peak heap used> <max heap live after GC> <rows inserted> <heap max>}.
 *
 * <p>Peak heap: the highest heap use seen, from the GC beans (heap use just before each
 * collection, summed over the heap pools) and a 10 ms sampler of {@code MemoryMXBean}.
 */
public final class SeedWorker {
    private static final AtomicLong peakUsed = new AtomicLong();
    private static final AtomicLong maxLiveAfterGc = new AtomicLong();

    private SeedWorker() {
    }

    public static void main(String[] args) throws Exception {
        Quiet.liquibase();
        Path dir = Path.of(args[0]);
        String url = args[1];
        String user = args[2];
        listenToGc();
        Thread sampler = new Thread(SeedWorker::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        ModelSync ms = ModelSync.configure().baseDir(dir).url(url).username(user).log(System.out::println).load();
        long t0 = System.nanoTime();
        SeedResult r = ms.seed();
        long nanos = System.nanoTime() - t0;
        sampleOnce();
        System.out.println("RESULT " + nanos + " " + peakUsed.get() + " " + maxLiveAfterGc.get() + " "
                + r.totalInserted() + " " + Runtime.getRuntime().maxMemory());
    }

    private static void listenToGc() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((n, h) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                long before = heapTotal(info.getMemoryUsageBeforeGc());
                long after = heapTotal(info.getMemoryUsageAfterGc());
                peakUsed.accumulateAndGet(before, Math::max);
                maxLiveAfterGc.accumulateAndGet(after, Math::max);
            }, null, null);
        }
    }

    private static long heapTotal(java.util.Map<String, MemoryUsage> byPool) {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) continue;
            MemoryUsage u = byPool.get(pool.getName());
            if (u != null) sum += u.getUsed();
        }
        return sum;
    }

    private static void sample() {
        while (true) {
            sampleOnce();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void sampleOnce() {
        peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    }
}
