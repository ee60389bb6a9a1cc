package org.switchboard.bench.webhook;

import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one client thread observed: which event sequence numbers it sent and which were acknowledged with 200, the
 * latency (from the intended send time) and service time (from the send) of each POST answered in the measure window,
 * and errors by kind. Threads: written by its client thread, read by the run after {@link Thread#join}.
 */
final class ClientResults {
    private final RunClock clock;

    final BitSet sent = new BitSet();
    final BitSet acknowledged = new BitSet();
    final Latencies latencies = new Latencies();
    final Latencies serviceTimes = new Latencies();
    final Map<String, Integer> errors = new TreeMap<>();
    long measuredPosts;
    long measuredEvents;

    ClientResults(RunClock clock) {
        this.clock = clock;
    }

    void sent(long[] sequences, int events) {
        for (int i = 0; i < events; i++) {
            sent.set(Math.toIntExact(sequences[i]));
        }
    }

    /** A response to a POST of these events that was meant to go at {@code intended} and went at {@code sentAt}. */
    void answered(int status, long[] sequences, int events, long intended, long sentAt, long done) {
        if (status != 200) {
            error("HTTP " + status);
            return;
        }
        for (int i = 0; i < events; i++) {
            acknowledged.set(Math.toIntExact(sequences[i]));
        }
        if (clock.measures(done)) {
            measuredPosts++;
            measuredEvents += events;
            latencies.record(done - intended);
            serviceTimes.record(done - sentAt);
        }
    }

    void error(String kind) {
        errors.merge(kind, 1, Integer::sum);
    }
}
