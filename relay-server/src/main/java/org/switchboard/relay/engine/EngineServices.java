package org.switchboard.relay.engine;

import org.switchboard.relay.accounts.AccountDirectory;
import org.switchboard.relay.agents.SessionTokens;
import org.switchboard.relay.chat.Conversations;
import org.switchboard.relay.inbox.StoredInbox;
import org.switchboard.relay.media.MediaFetcher;
import org.switchboard.relay.media.MediaStore;
import org.switchboard.relay.outbox.OutboxStore;
import org.switchboard.relay.profiles.ProfileService;
import org.switchboard.relay.store.Database;

/** The stores and outside services the engine works with, built by the composition root. */
public record EngineServices(Database database, AccountDirectory accounts, Conversations conversations,
                             OutboxStore outbox, Runnable outboxWake, SenderActions senderActions,
                             ProfileService profiles, MediaStore mediaStore, MediaFetcher media, SessionTokens tokens,
                             StoredInbox storedInbox) {
}
