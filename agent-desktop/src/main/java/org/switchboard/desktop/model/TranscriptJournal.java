package org.switchboard.desktop.model;

import java.util.List;
import org.switchboard.protocol.Customer;

/**
 * Where the {@link Desk} reports lines that are final (received from the relay, or a reply the relay
 * acknowledged), so they can be kept on the agent's machine. Called on the EDT; must not block.
 */
@FunctionalInterface
public interface TranscriptJournal {
    /** Keeps nothing. */
    TranscriptJournal NONE = (chatId, customer, lines) -> { };

    void record(String chatId, Customer customer, List<TranscriptLine> lines);
}
