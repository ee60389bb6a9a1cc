package org.switchboard.desktop.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.DeliveryStatus;

/**
 * One line of a chat as the Chat Panel shows it. {@code key} is the relay's message id, or our command id
 * until the relay acknowledges a send; {@code detail} says why a line failed.
 */
public record TranscriptLine(String key, ChatLine.Author author, String authorName, String text, Instant at,
                             DeliveryStatus status, String detail, List<ChatAttachment> attachments) {
    public TranscriptLine {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("transcript line: key is missing");
        }
        Objects.requireNonNull(author, () -> "transcript line " + key + ": author is missing");
        Objects.requireNonNull(at, () -> "transcript line " + key + ": at is missing");
        text = text == null ? "" : text;
        authorName = authorName == null ? "" : authorName;
        status = status == null ? DeliveryStatus.NONE : status;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A line without attachments. */
    public TranscriptLine(String key, ChatLine.Author author, String authorName, String text, Instant at,
                          DeliveryStatus status, String detail) {
        this(key, author, authorName, text, at, status, detail, List.of());
    }

    public static TranscriptLine from(ChatLine line) {
        return new TranscriptLine(line.messageId(), line.author(), line.authorName(), line.text(), line.at(),
                line.status(), null, line.attachments());
    }

    /** Lines the agent side wrote are shown on the right. */
    public boolean outbound() {
        return author == ChatLine.Author.AGENT;
    }

    TranscriptLine withKey(String newKey, DeliveryStatus newStatus) {
        return new TranscriptLine(newKey, author, authorName, text, at, newStatus, detail, attachments);
    }

    TranscriptLine withStatus(DeliveryStatus newStatus, String newDetail) {
        return new TranscriptLine(key, author, authorName, text, at, newStatus, newDetail, attachments);
    }
}
