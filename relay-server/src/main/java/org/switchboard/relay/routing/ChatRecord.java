package org.switchboard.relay.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The router's mutable view of one chat. {@code queuedAt} and {@code seq} fix its place in the queue and survive
 * offers, rejects and re-queues, so a chat keeps its place. Owned by the engine thread.
 */
final class ChatRecord {
    enum Status { WAITING, OFFERED, CONNECTED }

    /** Within one priority: first come, first served. */
    static final Comparator<ChatRecord> ARRIVAL_ORDER = Comparator.<ChatRecord, Instant>comparing(c -> c.queuedAt)
            .thenComparingLong(c -> c.seq);

    final String id;
    final long seq;
    Requirement requirement;
    QueueGroup group;
    int priority;
    Instant queuedAt;
    Status status = Status.WAITING;
    /** Agent holding the pending offer: the queue offer, or a transfer/conference target while connected. */
    String offeredTo;
    RoutingDecision.OfferKind offerKind;
    String transferFrom;
    final Set<String> participants = new LinkedHashSet<>();
    Instant connectedAt;

    ChatRecord(String id, long seq, Requirement requirement, int priority, Instant queuedAt) {
        this.id = id;
        this.seq = seq;
        this.requirement = requirement;
        this.priority = priority;
        this.queuedAt = queuedAt;
    }

    /** priority × time waited, in priority-milliseconds. */
    long score(Instant now) {
        return priority * Math.max(0, now.toEpochMilli() - queuedAt.toEpochMilli());
    }

    /** True when this chat should be served before {@code other} at {@code now}. */
    boolean before(ChatRecord other, Instant now) {
        int byScore = Long.compare(score(now), other.score(now));
        if (byScore != 0) {
            return byScore > 0;
        }
        if (priority != other.priority) {
            return priority > other.priority;
        }
        return ARRIVAL_ORDER.compare(this, other) < 0;
    }
}
