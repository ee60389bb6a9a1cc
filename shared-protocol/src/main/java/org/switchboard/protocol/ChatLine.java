package org.switchboard.protocol;

import java.time.Instant;

/** One line of a chat transcript as an agent sees it. */
public record ChatLine(String messageId, Author author, String authorName, String text, Instant at, DeliveryStatus status) {
    /** Who wrote the line. PAGE_INBOX is a human answering from Facebook's own Page inbox. */
    public enum Author { CUSTOMER, AGENT, SCENARIO, PAGE_INBOX, SYSTEM }

    public ChatLine {
        Require.text(messageId, "chat line", "messageId");
        Require.present(author, "chat line " + messageId, "author");
        Require.present(at, "chat line " + messageId, "at");
        text = text == null ? "" : text;
        status = status == null ? DeliveryStatus.NONE : status;
    }
}
