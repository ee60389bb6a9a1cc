package org.switchboard.bench.webhook;

import java.util.Map;

/**
 * The outcome of one scenario: throughput in the measure window, latencies (from the intended send time, and the
 * bare service time), errors, the event-by-event check of the inbox, engine progress and where the CPU went.
 * CPU figures are in cores (CPU seconds per second of the measure window); writer states are shares of samples;
 * {@code fsyncs} counts fsync + fdatasync calls in the window (-1 when perf could not count).
 */
record RunResult(LoadScenario scenario, String relay, boolean durable, int cpus, double loadBefore, double loadAfter,
                 double eventsPerSecond, double postsPerSecond, Latencies latency, Latencies serviceTime,
                 Map<String, Integer> errors, long eventsSent, long eventsAcknowledged, long inboxRows,
                 long lost, long duplicated, long unexpected, long storedNotAcknowledged, long unprocessedAtEnd,
                 double engineRowsPerSecond, int graphSends, double processCores, double generatorCores,
                 double gcPauseSeconds, Map<String, Double> cpuSecondsByThread,
                 Map<String, Map<String, Double>> writerStates, long fsyncs, double measureSeconds) {

    boolean verified() {
        return lost == 0 && duplicated == 0 && unexpected == 0;
    }
}
