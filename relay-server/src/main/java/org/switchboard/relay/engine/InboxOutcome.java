package org.switchboard.relay.engine;

import java.util.List;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.relay.chat.Attachments;
import org.switchboard.relay.chat.Conversation;

/** What storing one inbox event changed, for the engine to act on after the commit. */
sealed interface InboxOutcome {
    /** The customer said something (a message, a postback, a reaction, an edit): a new line in the conversation. */
    record CustomerLine(Conversation conversation, boolean opened, ChatLine line, List<Attachments.Download> downloads)
            implements InboxOutcome {
        public CustomerLine {
            downloads = List.copyOf(downloads);
        }
    }

    /** A line the page itself sent outside this relay (a human in the Page inbox, another app). */
    record PageLine(long conversationId, ChatLine line) implements InboxOutcome {
    }

    /** Outbound messages changed status (delivered, read, confirmed by echo). */
    record Statuses(long conversationId, List<String> messageIds, DeliveryStatus status) implements InboxOutcome {
        public Statuses {
            messageIds = List.copyOf(messageIds);
        }
    }

    /** Stored for the record; nothing for agents to see. */
    record Recorded() implements InboxOutcome {
    }
}
