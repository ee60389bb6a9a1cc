package org.switchboard.relay.messenger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One {@code entry[]} item: the page it belongs to and its {@code messaging[]}, {@code standby[]} and {@code changes[]} items. */
public record WebhookEntry(String pageId, Instant time, List<MessengerEvent> events) {
    public WebhookEntry {
        Objects.requireNonNull(pageId, "webhook entry: pageId is missing");
        Objects.requireNonNull(time, () -> "webhook entry of page " + pageId + ": time is missing");
        events = List.copyOf(Objects.requireNonNull(events, () -> "webhook entry of page " + pageId + ": events is missing"));
    }
}
