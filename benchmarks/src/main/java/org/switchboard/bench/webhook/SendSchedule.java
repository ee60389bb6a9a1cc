package org.switchboard.bench.webhook;

/**
 * When one connection's next POST is due and which send time it is measured from: at once, measured from the send
 * (closed loop), or on a fixed grid of {@code 1e9 * connections * eventsPerPost / eventsPerSecond} ns staggered across
 * the connections (open loop), measured from the grid even when the previous response made it late.
 * Threads: one owner thread.
 */
final class SendSchedule {
    private final long intervalNanos;
    private long next;

    private SendSchedule(long intervalNanos, long first) {
        this.intervalNanos = intervalNanos;
        this.next = first;
    }

    /** The schedule of connection {@code index} of the scenario. */
    static SendSchedule of(LoadScenario scenario, RunClock clock, int index) {
        if (!scenario.fixedRate()) {
            return new SendSchedule(0, clock.start());
        }
        long interval = Math.round(1e9 * scenario.connections() * scenario.eventsPerPost() / scenario.eventsPerSecond());
        return new SendSchedule(interval, clock.start() + interval * index / scenario.connections());
    }

    boolean due(long now) {
        return intervalNanos == 0 || now - next >= 0;
    }

    /** The next intended send time; meaningful on a fixed rate only. */
    long next() {
        return next;
    }

    /** The intended time of a send starting {@code now}; moves a fixed-rate schedule one interval on. */
    long take(long now) {
        if (intervalNanos == 0) {
            return now;
        }
        long intended = next;
        next += intervalNanos;
        return intended;
    }
}
