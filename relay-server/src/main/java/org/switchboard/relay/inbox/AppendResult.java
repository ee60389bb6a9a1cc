package org.switchboard.relay.inbox;

import java.util.List;

/** What one append stored: the new rows (duplicates of earlier deliveries are not among them). */
public record AppendResult(List<InboxRow> stored, int duplicates) {
    public AppendResult {
        stored = List.copyOf(stored);
    }
}
