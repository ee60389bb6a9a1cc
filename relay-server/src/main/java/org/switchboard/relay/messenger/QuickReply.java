package org.switchboard.relay.messenger;

/** A text quick-reply button under a message; Facebook limits the title to 20 characters and the payload to 1000. */
public record QuickReply(String title, String payload) {
    public QuickReply {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("quick reply: title is missing");
        }
        if (title.codePointCount(0, title.length()) > 20) {
            throw new IllegalArgumentException("quick reply '" + title + "': title is longer than 20 characters");
        }
        if (payload == null || payload.isBlank()) {
            throw new IllegalArgumentException("quick reply '" + title + "': payload is missing");
        }
        if (payload.length() > 1000) {
            throw new IllegalArgumentException("quick reply '" + title + "': payload is longer than 1000 characters");
        }
    }
}
