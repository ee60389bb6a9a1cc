package org.switchboard.relay.ops;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread factories that say how urgent a thread's work is. The webhook's threads must answer Facebook in time, so
 * everything that works after the durable inbox commit (chat engine, outbox, media and profile fetches, Graph
 * calls) runs at the lowest Java priority. The JVM turns that into a higher nice value when started with
 * {@code -XX:ThreadPriorityPolicy=1}, as the relay's start script does: on a busy machine the webhook gets the CPU
 * first and processing catches up after the burst. Without the flag every thread runs at the same priority.
 */
public final class WorkThreads {
    private WorkThreads() {
    }

    /** Daemon threads named {@code name-1, name-2, …} at the priority of request handling. */
    public static ThreadFactory urgent(String name) {
        return factory(name, true, Thread.NORM_PRIORITY, true);
    }

    /** Threads for work that can wait behind request handling, named {@code name} or {@code name-1, name-2, …}. */
    public static ThreadFactory background(String name, boolean numbered, boolean daemon) {
        return factory(name, numbered, Thread.MIN_PRIORITY, daemon);
    }

    private static ThreadFactory factory(String name, boolean numbered, int priority, boolean daemon) {
        AtomicInteger counter = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, numbered ? name + "-" + counter.incrementAndGet() : name);
            thread.setPriority(priority);
            thread.setDaemon(daemon);
            return thread;
        };
    }
}
