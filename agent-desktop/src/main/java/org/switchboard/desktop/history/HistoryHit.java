package org.switchboard.desktop.history;

import java.time.Instant;

/** A search result: the conversation, when its matching (or latest) line was written and that line's text. */
public record HistoryHit(HistoryChat chat, String messageId, Instant at, String excerpt) {
}
