package org.switchboard.relay.chat;

import java.time.Instant;

/**
 * One customer's conversation with one page, from the first message until it ends; new messages after the end
 * open a new conversation. {@code agent} is who it is connected to (null while in the scenario or queue).
 */
public record Conversation(long id, String pageId, String customerId, boolean open, Instant openedAt,
                           Instant lastCustomerMessageAt, String agent) {
    public String chatId() {
        return String.valueOf(id);
    }
}
