package org.switchboard.relay.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.relay.chat.Attachments;
import org.switchboard.relay.chat.Conversation;
import org.switchboard.relay.chat.Conversations;
import org.switchboard.relay.messenger.Attachment;
import org.switchboard.relay.messenger.MessengerEvent;
import org.switchboard.relay.outbox.OutboxStore;
import org.switchboard.relay.store.Sql;

/**
 * Applies one stored webhook event to conversations and messages, inside the caller's transaction (which also
 * moves the inbox cursor past it, see {@link InboxBatches}).
 */
final class InboxProcessor {
    private static final String ECHO_PREFIX = "sb:";

    private final Conversations conversations;
    private final OutboxStore outbox;

    InboxProcessor(Conversations conversations, OutboxStore outbox) {
        this.conversations = conversations;
        this.outbox = outbox;
    }

    InboxOutcome apply(Connection c, MessengerEvent event) throws SQLException {
        if (event.customerId() == null || event.standby()) {
            return new InboxOutcome.Recorded();
        }
        if (event instanceof MessengerEvent.Message message) {
            return customerLine(c, event, message.mid(), message.text() == null ? "" : message.text(), message.attachments());
        } else if (event instanceof MessengerEvent.Echo echo) {
            return echo(c, echo);
        } else if (event instanceof MessengerEvent.Delivery delivery) {
            return watermark(c, event, delivery.watermark(), DeliveryStatus.DELIVERED);
        } else if (event instanceof MessengerEvent.Read read) {
            return watermark(c, event, read.watermark(), DeliveryStatus.READ);
        } else if (event instanceof MessengerEvent.Postback postback) {
            return customerLine(c, event, postback.mid(), postback.title() == null ? postback.payload() : postback.title(),
                    List.of());
        } else if (event instanceof MessengerEvent.Reaction reaction) {
            String what = reaction.emoji() == null ? reaction.reaction() : reaction.emoji();
            return customerLine(c, event, null, "UNREACT".equals(String.valueOf(reaction.action()))
                    ? "(removed the reaction " + what + ")" : "(reacted " + what + ")", List.of());
        } else if (event instanceof MessengerEvent.MessageEdit edit) {
            return customerLine(c, event, null, "(edited a message) " + edit.text(), List.of());
        }
        return new InboxOutcome.Recorded();
    }

    private InboxOutcome customerLine(Connection c, MessengerEvent event, String mid, String text,
                                      List<Attachment> attachments) throws SQLException {
        if (mid != null && conversations.hasMessageWithMid(c, mid)) {
            return new InboxOutcome.Recorded();
        }
        Optional<Long> existing = conversations.openId(c, event.pageId(), event.customerId());
        long conversationId = existing.isPresent() ? existing.get()
                : conversations.open(c, event.pageId(), event.customerId(), event.timestamp()).id();
        Conversation conversation = conversations.customerWrote(c, conversationId, event.timestamp());
        long id = conversations.addMessage(c, conversationId, ChatLine.Author.CUSTOMER, null, mid, text,
                event.timestamp(), DeliveryStatus.NONE);
        List<Attachments.Download> downloads = conversations.attachments().add(c, id, attachments);
        // What was just written, without reading it back; only attachments are shown in a form read from the store.
        ChatLine line = attachments.isEmpty() ? new ChatLine(String.valueOf(id), ChatLine.Author.CUSTOMER, null, text,
                Instant.ofEpochMilli(event.timestamp().toEpochMilli()), DeliveryStatus.NONE) : conversations.line(c, id);
        return new InboxOutcome.CustomerLine(conversation, existing.isEmpty(), line, downloads);
    }

    private InboxOutcome echo(Connection c, MessengerEvent.Echo echo) throws SQLException {
        String metadata = echo.metadata();
        if (metadata != null && metadata.startsWith(ECHO_PREFIX)) {
            long messageId = Long.parseLong(metadata.substring(ECHO_PREFIX.length()));
            if (outbox.confirmByEcho(c, messageId, echo.mid())) {
                long conversationId = Sql.one(c, "SELECT conversation_id FROM messages WHERE id = ?",
                        r -> r.getLong(1), messageId).orElseThrow();
                return new InboxOutcome.Statuses(conversationId, List.of(String.valueOf(messageId)), DeliveryStatus.SENT);
            }
            return new InboxOutcome.Recorded();
        }
        if (conversations.hasMessageWithMid(c, echo.mid())) {
            return new InboxOutcome.Recorded();
        }
        Optional<Long> open = conversations.openId(c, echo.pageId(), echo.customerId());
        if (open.isEmpty()) {
            return new InboxOutcome.Recorded();
        }
        String text = echo.text() != null ? echo.text() : describe(echo.attachments());
        long id = conversations.addMessage(c, open.get(), ChatLine.Author.PAGE_INBOX, "Page inbox", echo.mid(), text,
                echo.timestamp(), DeliveryStatus.SENT);
        return new InboxOutcome.PageLine(open.get(), new ChatLine(String.valueOf(id), ChatLine.Author.PAGE_INBOX,
                "Page inbox", text, echo.timestamp(), DeliveryStatus.SENT));
    }

    /** Marks every outbound line of the open conversation sent before the watermark as delivered/read. */
    private InboxOutcome watermark(Connection c, MessengerEvent event, Instant watermark, DeliveryStatus status)
            throws SQLException {
        Optional<Long> open = conversations.openId(c, event.pageId(), event.customerId());
        if (open.isEmpty()) {
            return new InboxOutcome.Recorded();
        }
        // The first status term is the partial index's own (messages_awaiting_receipt), so SQLite can use it.
        String where = " WHERE conversation_id = ? AND status IN ('SENT', 'DELIVERED') AND at <= ?"
                + " AND author IN ('AGENT', 'SCENARIO', 'PAGE_INBOX')"
                + (status == DeliveryStatus.READ ? "" : " AND status = 'SENT'");
        List<String> ids = Sql.list(c, "SELECT id FROM messages" + where, r -> r.getString(1), open.get(),
                watermark.toEpochMilli());
        if (ids.isEmpty()) {
            return new InboxOutcome.Recorded();
        }
        Sql.update(c, "UPDATE messages SET status = ?" + where, status.name(), open.get(), watermark.toEpochMilli());
        return new InboxOutcome.Statuses(open.get(), ids, status);
    }

    private static String describe(List<Attachment> attachments) {
        return String.join("\n", attachments.stream().map(a -> {
            ChatAttachment shown = Attachments.describe(a);
            return "[" + shown.title() + "] " + (shown.url() == null ? "" : shown.url());
        }).toList());
    }
}
