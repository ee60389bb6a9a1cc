package org.switchboard.relay.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Running totals of one service, updated on each change so statistics never scan chats or agents. */
final class ServiceCounters {
    private static final double HANDLE_TIME_WEIGHT = 0.1;

    final String name;
    final List<QueueGroup> groups = new ArrayList<>();
    final Set<AgentRecord> agents = new LinkedHashSet<>();
    long answered;
    long answeredWithinTarget;
    int staffedSlots;
    int busySlots;
    private double handleMillis;

    ServiceCounters(String name, Duration defaultHandleTime) {
        this.name = name;
        this.handleMillis = defaultHandleTime.toMillis();
    }

    void answered(Duration waited, Duration target) {
        answered++;
        if (waited.compareTo(target) <= 0) {
            answeredWithinTarget++;
        }
    }

    void handled(Duration handleTime) {
        handleMillis += HANDLE_TIME_WEIGHT * (handleTime.toMillis() - handleMillis);
    }

    int waiting() {
        int waiting = 0;
        for (QueueGroup group : groups) {
            waiting += group.waiting;
        }
        return waiting;
    }

    /** The wait of the chat at {@code position}: that many average chats shared over the staffed slots. */
    Duration estimatedWait(int position) {
        return Duration.ofMillis((long) (position * handleMillis / Math.max(1, staffedSlots)));
    }

    ServiceStats stats(Instant now) {
        Instant oldest = null;
        for (QueueGroup group : groups) {
            Instant head = group.oldestArrival();
            if (head != null && (oldest == null || head.isBefore(oldest))) {
                oldest = head;
            }
        }
        int waiting = waiting();
        return new ServiceStats(name, waiting, oldest == null ? Duration.ZERO : Duration.between(oldest, now),
                estimatedWait(waiting + 1),
                answered == 0 ? 100.0 : 100.0 * answeredWithinTarget / answered,
                staffedSlots == 0 ? 0.0 : 100.0 * busySlots / staffedSlots);
    }
}
