package org.switchboard.bench.webhook;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** The run's timeline in {@link System#nanoTime()} units: start, end of warmup, end. */
record RunClock(long start, long measureStart, long end) {
    /** How long generator threads stay after the end: the CPU snapshot taken at the end only sees live threads. */
    private static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(1);

    boolean measures(long nanos) {
        return nanos - measureStart >= 0 && nanos - end <= 0;
    }

    boolean ended(long nanos) {
        return nanos - end >= 0;
    }

    /** When generator threads that have nothing left to do may finish. */
    long release() {
        return end + LINGER_NANOS;
    }

    /** Parks until {@link System#nanoTime()} reaches {@code deadline} (parkNanos may return early). */
    static void sleepUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
