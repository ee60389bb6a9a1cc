package org.switchboard.protocol;

import java.time.Instant;
import java.util.List;

/** One line of a chat transcript as an agent sees it, with what it carries besides text. */
public record ChatLine(String messageId, Author author, String authorName, String text, Instant at, DeliveryStatus status,
                       List<ChatAttachment> attachments) {
    /** Who wrote the line. PAGE_INBOX is a human answering from Facebook's own Page inbox. */
    public enum Author { CUSTOMER, AGENT, SCENARIO, PAGE_INBOX, SYSTEM }

    public ChatLine {
        Require.text(messageId, "chat line", "messageId");
        Require.present(author, "chat line " + messageId, "author");
        Require.present(at, "chat line " + messageId, "at");
        text = text == null ? "" : text;
        status = status == null ? DeliveryStatus.NONE : status;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A text-only line. */
    public ChatLine(String messageId, Author author, String authorName, String text, Instant at, DeliveryStatus status) {
        this(messageId, author, authorName, text, at, status, List.of());
    }
}
