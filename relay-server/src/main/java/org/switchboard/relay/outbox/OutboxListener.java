package org.switchboard.relay.outbox;

import org.switchboard.protocol.DeliveryStatus;

/** Told when an outbound message changes status, so agents see it. Called on the outbox thread. */
@FunctionalInterface
public interface OutboxListener {
    void statusChanged(long conversationId, long messageId, DeliveryStatus status, String detail);
}
