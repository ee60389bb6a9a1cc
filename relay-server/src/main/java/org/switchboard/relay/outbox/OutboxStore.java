package org.switchboard.relay.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.relay.messenger.WindowPolicy;
import org.switchboard.relay.store.Sql;

/**
 * The durable outbox in SQL: one row per outbound message, PENDING until Facebook took it (SENT), refused it
 * for good (FAILED) or the outcome is unknown (AWAITING_ECHO, settled by the echo or resent after a while).
 */
public final class OutboxStore {
    /** Stores the send in the caller's transaction; the sender picks it up after commit. */
    public void enqueue(Connection c, long messageId, String pageId, String recipientId, WindowPolicy.Sender sender,
                        List<String> quickReplies, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO outbox (message_id, page_id, recipient_id, sender, quick_replies, state, next_attempt_at,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)",
                messageId, pageId, recipientId, sender.name(), quickReplies.isEmpty() ? null : String.join("\n", quickReplies),
                now.toEpochMilli(), now.toEpochMilli());
    }

    /**
     * For each recipient, its oldest unfinished row if it is due: later rows of a recipient wait for the head,
     * which keeps each customer's messages in order.
     */
    List<OutboxEntry> dueHeads(Connection c, Instant now, int limit) throws SQLException {
        return Sql.list(c, "SELECT o.id, o.message_id, m.conversation_id, o.page_id, o.recipient_id, o.sender, m.text,"
                + " o.quick_replies, o.attempts, v.last_customer_message_at,"
                + " (SELECT a.media_id FROM message_attachments a WHERE a.message_id = m.id ORDER BY a.id LIMIT 1) AS media_id"
                + " FROM outbox o JOIN messages m ON m.id = o.message_id JOIN conversations v ON v.id = m.conversation_id"
                + " WHERE o.id IN (SELECT MIN(id) FROM outbox WHERE state IN ('PENDING', 'AWAITING_ECHO')"
                + " GROUP BY page_id, recipient_id) AND o.next_attempt_at <= ? ORDER BY o.id LIMIT ?",
                OutboxStore::entry, now.toEpochMilli(), limit);
    }

    void markSent(Connection c, OutboxEntry entry, String facebookMid) throws SQLException {
        Sql.update(c, "UPDATE outbox SET state = 'SENT', attempts = attempts + 1, last_error = NULL WHERE id = ?", entry.id());
        Sql.update(c, "UPDATE messages SET status = ?, mid = COALESCE(?, mid) WHERE id = ? AND status IN ('QUEUED', 'FAILED')",
                DeliveryStatus.SENT.name(), facebookMid, entry.messageId());
    }

    void markFailed(Connection c, OutboxEntry entry, String reason) throws SQLException {
        Sql.update(c, "UPDATE outbox SET state = 'FAILED', attempts = attempts + 1, last_error = ? WHERE id = ?",
                reason, entry.id());
        Sql.update(c, "UPDATE messages SET status = ?, detail = ? WHERE id = ?", DeliveryStatus.FAILED.name(), reason,
                entry.messageId());
    }

    void retryLater(Connection c, OutboxEntry entry, String state, Instant at, String error) throws SQLException {
        Sql.update(c, "UPDATE outbox SET state = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?",
                state, at.toEpochMilli(), error, entry.id());
    }

    /** The echo of message {@code messageId} arrived: whatever we thought, Facebook has it. */
    public boolean confirmByEcho(Connection c, long messageId, String facebookMid) throws SQLException {
        Sql.update(c, "UPDATE outbox SET state = 'SENT', last_error = NULL WHERE message_id = ? AND state <> 'SENT'", messageId);
        return Sql.update(c, "UPDATE messages SET status = ?, mid = ?, detail = NULL WHERE id = ? AND status IN ('QUEUED', 'FAILED')",
                DeliveryStatus.SENT.name(), facebookMid, messageId) > 0;
    }

    private static OutboxEntry entry(ResultSet row) throws SQLException {
        Long last = Sql.nullableLong(row, "last_customer_message_at");
        return new OutboxEntry(row.getLong("id"), row.getLong("message_id"), row.getLong("conversation_id"),
                row.getString("page_id"), row.getString("recipient_id"), WindowPolicy.Sender.valueOf(row.getString("sender")),
                row.getString("text"), quickReplies(row.getString("quick_replies")), row.getString("media_id"),
                row.getInt("attempts"), last == null ? null : Instant.ofEpochMilli(last));
    }

    private static List<String> quickReplies(String stored) {
        return stored == null ? List.of() : List.of(stored.split("\n"));
    }
}
