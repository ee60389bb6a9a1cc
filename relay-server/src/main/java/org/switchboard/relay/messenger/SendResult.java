package org.switchboard.relay.messenger;

/** Facebook accepted a message: {@code messageId} is the {@code mid} the echo and receipts will carry. */
public record SendResult(String recipientId, String messageId) {
    public SendResult {
        if (messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("send result for " + recipientId + ": messageId is missing");
        }
    }
}
