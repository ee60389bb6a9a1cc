package org.switchboard.bench.webhook;

import java.io.IOException;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * One client thread with its own keep-alive connection: posts signed bodies back to back (closed loop) or on a fixed
 * schedule (open loop, latency measured from the intended send time so a stalled relay cannot hide its delay), until
 * the run's end. Records which event sequence numbers were sent and which were acknowledged with 200.
 * Threads: runs on its own thread; its fields are read by the run after {@link Thread#join}.
 */
final class LoadClient implements Runnable {
    private final LoadScenario scenario;
    private final WebhookBodies bodies;
    private final WebhookConnection connection;
    private final RunClock clock;
    private final long intervalNanos;
    private final long firstSendNanos;

    final BitSet sent = new BitSet();
    final BitSet acknowledged = new BitSet();
    final Latencies latencies = new Latencies();
    final Latencies serviceTimes = new Latencies();
    final Map<String, Integer> errors = new TreeMap<>();
    long measuredPosts;
    long measuredEvents;

    LoadClient(LoadScenario scenario, WebhookBodies bodies, WebhookConnection connection, RunClock clock, int index) {
        this.scenario = scenario;
        this.bodies = bodies;
        this.connection = connection;
        this.clock = clock;
        if (scenario.fixedRate()) {
            intervalNanos = Math.round(1e9 * scenario.connections() * scenario.eventsPerPost() / scenario.eventsPerSecond());
            firstSendNanos = clock.start() + intervalNanos * index / scenario.connections();
        } else {
            intervalNanos = 0;
            firstSendNanos = clock.start();
        }
    }

    @Override
    public void run() {
        long[] sequences = new long[scenario.eventsPerPost()];
        long intended = firstSendNanos;
        try (connection) {
            // Bounded by the run's end: every iteration first checks the time.
            while (true) {
                if (scenario.fixedRate()) {
                    RunClock.sleepUntil(intended);
                } else {
                    intended = System.nanoTime();
                }
                if (System.nanoTime() - clock.end() >= 0) {
                    return;
                }
                post(sequences, intended);
                intended += intervalNanos;
            }
        }
    }

    private void post(long[] sequences, long intended) {
        WebhookBodies.SignedBody body = bodies.next(scenario.eventsPerPost(), scenario.pagesPerPost(),
                System.currentTimeMillis(), sequences);
        for (int i = 0; i < body.events(); i++) {
            sent.set(Math.toIntExact(sequences[i]));
        }
        long start = System.nanoTime();
        int status;
        try {
            status = connection.post(body);
        } catch (IOException e) {
            errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            return;
        }
        long done = System.nanoTime();
        if (status != 200) {
            errors.merge("HTTP " + status, 1, Integer::sum);
            return;
        }
        for (int i = 0; i < body.events(); i++) {
            acknowledged.set(Math.toIntExact(sequences[i]));
        }
        if (clock.measures(done)) {
            measuredPosts++;
            measuredEvents += body.events();
            latencies.record(done - intended);
            serviceTimes.record(done - start);
        }
    }

    /** The run's timeline in {@link System#nanoTime()} units: start, end of warmup, end. */
    record RunClock(long start, long measureStart, long end) {
        boolean measures(long nanos) {
            return nanos - measureStart >= 0 && nanos - end <= 0;
        }

        /** Parks until {@link System#nanoTime()} reaches {@code deadline} (parkNanos may return early). */
        static void sleepUntil(long deadline) {
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }
    }
}
