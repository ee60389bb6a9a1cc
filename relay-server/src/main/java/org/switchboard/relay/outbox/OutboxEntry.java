package org.switchboard.relay.outbox;

import java.time.Instant;
import java.util.List;
import org.switchboard.relay.messenger.WindowPolicy;

/**
 * A stored outbound message at the head of its recipient's line, with what the sender needs to decide;
 * {@code mediaId} names a file in the media store sent instead of the text.
 */
record OutboxEntry(long id, long messageId, long conversationId, String pageId, String recipientId,
                   WindowPolicy.Sender sender, String text, List<String> quickReplies, String mediaId, int attempts,
                   Instant lastCustomerMessageAt) {
    /** Metadata passed to Facebook and echoed back, to reconcile a send whose outcome was unknown. */
    String metadata() {
        return "sb:" + messageId;
    }
}
