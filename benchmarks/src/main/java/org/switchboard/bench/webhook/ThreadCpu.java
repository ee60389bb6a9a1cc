package org.switchboard.bench.webhook;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A snapshot of CPU time per live thread, of the whole process and of GC, so that the CPU spent during a measure
 * window can be split between the load generator, the relay's I/O threads, webhook workers, the inbox writer, the
 * chat engine and GC: the poor man's profile of what bounds throughput.
 */
final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> cpu = new HashMap<>();
    private final long processNanos;
    private final long gcMillis;

    private ThreadCpu() {
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                long nanos = THREADS.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    names.put(info.getThreadId(), info.getThreadName());
                    cpu.put(info.getThreadId(), nanos);
                }
            }
        }
        processNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    static ThreadCpu now() {
        return new ThreadCpu();
    }

    /** CPU seconds since {@code before}, by thread group (name without its trailing number), largest first. */
    Map<String, Double> secondsByGroupSince(ThreadCpu before) {
        Map<String, Double> groups = new HashMap<>();
        cpu.forEach((id, nanos) -> {
            long delta = nanos - before.cpu.getOrDefault(id, 0L);
            groups.merge(group(names.get(id)), delta / 1e9, Double::sum);
        });
        Map<String, Double> sorted = new LinkedHashMap<>();
        groups.entrySet().stream().filter(e -> e.getValue() >= 0.005)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    double processSecondsSince(ThreadCpu before) {
        return (processNanos - before.processNanos) / 1e9;
    }

    double gcPauseSecondsSince(ThreadCpu before) {
        return (gcMillis - before.gcMillis) / 1e3;
    }

    private static String group(String threadName) {
        return threadName.replaceFirst("-\\d+$", "");
    }
}
