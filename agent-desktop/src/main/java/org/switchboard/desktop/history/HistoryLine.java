package org.switchboard.desktop.history;

import java.time.Instant;
import java.util.List;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.ChatLine;

/** One past line as kept on the agent's machine; {@code messageId} is the relay's, so a line is kept once. */
public record HistoryLine(String messageId, String chatId, ChatLine.Author author, String authorName, String text,
                          Instant at, List<ChatAttachment> attachments) {
    public HistoryLine {
        if (messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("history line in chat " + chatId + ": messageId is missing");
        }
        if (chatId == null || chatId.isBlank()) {
            throw new IllegalArgumentException("history line " + messageId + ": chatId is missing");
        }
        if (author == null || at == null) {
            throw new IllegalArgumentException("history line " + messageId + ": author and at are required");
        }
        authorName = authorName == null ? "" : authorName;
        text = text == null ? "" : text;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
