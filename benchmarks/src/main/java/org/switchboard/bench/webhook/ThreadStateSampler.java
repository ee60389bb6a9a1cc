package org.switchboard.bench.webhook;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Samples what the relay's SQLite users (inbox writer, chat engine, outbox sender) are doing every 10 ms during
 * the measure window: waiting for the database write lock, inside SQLite's native code (by method: {@code step} runs
 * statements, {@code _exec_utf8} runs BEGIN/COMMIT where the fsync happens), other Java work, or idle (waiting
 * for work or a response). Tells whether the one writer connection is the bottleneck and who holds it.
 * Threads: samples on its own daemon thread; read {@link #shares()} after {@link #stop()}.
 */
final class ThreadStateSampler {
    private static final String[] WATCHED = {"inbox-writer", "chat-engine", "outbox-sender"};
    private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
    private final Thread sampler = new Thread(this::loop, "bench-state-sampler");
    private volatile boolean running = true;

    ThreadStateSampler() {
        sampler.setDaemon(true);
    }

    void start() {
        sampler.start();
    }

    void stop() throws InterruptedException {
        running = false;
        sampler.join();
    }

    /** Per watched thread: share of samples (0..1) in each state, largest first. */
    Map<String, Map<String, Double>> shares() {
        Map<String, Map<String, Double>> shares = new TreeMap<>();
        counts.forEach((thread, states) -> {
            double total = states.values().stream().mapToInt(Integer::intValue).sum();
            Map<String, Double> sorted = new LinkedHashMap<>();
            states.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> sorted.put(e.getKey(), e.getValue() / total));
            shares.put(thread, sorted);
        });
        return shares;
    }

    private void loop() {
        long[] ids = Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                .filter(info -> info != null && Arrays.asList(WATCHED).contains(info.getThreadName()))
                .mapToLong(ThreadInfo::getThreadId).toArray();
        while (running) {
            for (ThreadInfo info : threads.getThreadInfo(ids, 2)) {
                if (info != null) {
                    counts.computeIfAbsent(info.getThreadName(), k -> new TreeMap<>())
                            .merge(classify(info), 1, Integer::sum);
                }
            }
            LockSupport.parkNanos(PERIOD_NANOS);
        }
    }

    private static String classify(ThreadInfo info) {
        StackTraceElement[] stack = info.getStackTrace();
        String top = stack.length == 0 ? "" : stack[0].getClassName() + "." + stack[0].getMethodName();
        return switch (info.getThreadState()) {
            case RUNNABLE -> top.startsWith("org.sqlite.core.NativeDB") ? "in SQLite " + stack[0].getMethodName()
                    : "other Java";
            case BLOCKED, WAITING, TIMED_WAITING -> String.valueOf(info.getLockName()).contains("ReentrantLock")
                    ? "waits for the write lock" : "idle or waiting for work";
            default -> "other";
        };
    }
}
