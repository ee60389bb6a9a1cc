package org.switchboard.relay;

import java.nio.charset.StandardCharsets;
import org.switchboard.relay.inbox.Inbox;
import org.switchboard.relay.messenger.MalformedWebhookException;
import org.switchboard.relay.messenger.MessengerEvent;
import org.switchboard.relay.messenger.WebhookBatch;
import org.switchboard.relay.messenger.WebhookParser;
import org.switchboard.relay.store.StoreException;

/** Re-reads a stored messaging item after a restart by wrapping it in the envelope it came in. */
final class StoredEventReader implements Inbox.InboxEventReader {
    private final WebhookParser parser;

    StoredEventReader(WebhookParser parser) {
        this.parser = parser;
    }

    @Override
    public MessengerEvent read(String pageId, long eventTimeMillis, boolean standby, String rawJson) {
        String envelope = "{\"object\":\"page\",\"entry\":[{\"id\":\"" + pageId + "\",\"time\":" + eventTimeMillis + ",\""
                + (standby ? "standby" : "messaging") + "\":[" + rawJson + "]}]}";
        try {
            WebhookBatch batch = parser.parse(envelope.getBytes(StandardCharsets.UTF_8));
            return batch.events().get(0);
        } catch (MalformedWebhookException | IndexOutOfBoundsException e) {
            throw new StoreException("stored inbox event of page " + pageId + " cannot be read again: " + e.getMessage(), e);
        }
    }
}
