package org.switchboard.relay.messenger;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One webhook POST: every entry, possibly from several pages, each with all its events in arrival order. */
public record WebhookBatch(String object, List<WebhookEntry> entries) {
    public WebhookBatch {
        object = object == null ? "" : object;
        entries = List.copyOf(Objects.requireNonNull(entries, "webhook batch: entries is missing"));
    }

    /** The page IDs named by the entries, in order of first appearance (used to pick the app secret). */
    public Set<String> pageIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (WebhookEntry entry : entries) {
            ids.add(entry.pageId());
        }
        return Collections.unmodifiableSet(ids);
    }

    /** All events of all entries, flattened in body order. */
    public List<MessengerEvent> events() {
        return entries.stream().flatMap(entry -> entry.events().stream()).toList();
    }
}
