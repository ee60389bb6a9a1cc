package org.switchboard.bench.webhook;

import java.util.Arrays;

/**
 * Response times in nanoseconds, kept whole and sorted once at the end: exact percentiles without a histogram
 * library (a 20 s run holds at most a few hundred thousand values). Threads: one writer, then read after join.
 */
final class Latencies {
    private long[] values = new long[4096];
    private int size;

    void record(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    /** All values of all parts, sorted. */
    static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.record(part.values[i]);
            }
        }
        Arrays.sort(all.values, 0, all.size);
        return all;
    }

    int count() {
        return size;
    }

    /** The value at quantile {@code q} (0..1) of a merged, sorted set, in milliseconds; 0 when empty. */
    double millisAt(double q) {
        if (size == 0) {
            return 0;
        }
        int index = (int) Math.min(size - 1, Math.max(0, Math.ceil(q * size) - 1));
        return values[index] / 1e6;
    }
}
