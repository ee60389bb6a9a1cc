package org.switchboard.relay.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** The router's pending deadlines (offer expiry, end of After-Chat Work, end of disconnect grace), earliest first. */
final class Timers {
    enum Kind { OFFER_EXPIRY, AFTER_CHAT_WORK, DISCONNECT_GRACE }

    record Timer(Instant at, Kind kind, String agent) {
    }

    private final TreeSet<Timer> pending = new TreeSet<>(Comparator.comparing(Timer::at).thenComparing(Timer::kind)
            .thenComparing(Timer::agent));

    void add(Instant at, Kind kind, String agent) {
        pending.add(new Timer(at, kind, agent));
    }

    void cancel(Instant at, Kind kind, String agent) {
        if (at != null) {
            pending.remove(new Timer(at, kind, agent));
        }
    }

    /** Removes and returns the timers due at {@code now}, earliest first. */
    List<Timer> due(Instant now) {
        List<Timer> due = new ArrayList<>();
        while (!pending.isEmpty() && !pending.first().at().isAfter(now)) {
            due.add(pending.pollFirst());
        }
        return due;
    }

    Optional<Instant> next() {
        return pending.isEmpty() ? Optional.empty() : Optional.of(pending.first().at());
    }
}
