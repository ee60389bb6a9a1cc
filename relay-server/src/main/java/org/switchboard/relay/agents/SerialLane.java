package org.switchboard.relay.agents;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a shared executor one at a time in submission order (Smack's AsyncButOrdered, for one key):
 * one connection's frames are handled in order without a thread of their own.
 */
final class SerialLane {
    private static final Logger LOG = LoggerFactory.getLogger(SerialLane.class);

    private final Executor executor;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;

    SerialLane(Executor executor) {
        this.executor = executor;
    }

    void run(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        executor.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (tasks) {
                next = tasks.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                LOG.error("task failed", e);
            }
        }
    }
}
