package org.switchboard.relay.chat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.relay.store.Sql;

/**
 * Conversations and their messages in SQL. Every method runs inside the caller's transaction (the connection
 * lent by {@code Database.write/read}), so a message, its conversation and its inbox row commit together.
 */
public final class Conversations {
    /** What a Conversation is made of, by position (never the large scenario_state). */
    private static final String CONVERSATION_COLUMNS = "id, page_id, customer_id, status, opened_at,"
            + " last_customer_message_at, agent";
    private static final String CONVERSATION = "SELECT " + CONVERSATION_COLUMNS + " FROM conversations";
    private static final String LINE = "SELECT id, author, author_name, text, at, status FROM messages";

    private final Attachments attachments = new Attachments();

    /** The customer's open conversation with the page, if any (read from the index alone). */
    public Optional<Long> openId(Connection c, String pageId, String customerId) throws SQLException {
        long id = Sql.one(c, "SELECT MAX(id) FROM conversations WHERE page_id = ? AND customer_id = ? AND status = 'OPEN'",
                row -> row.getLong(1), pageId, customerId).orElse(0L);
        return id == 0 ? Optional.empty() : Optional.of(id);
    }

    public Optional<Conversation> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, CONVERSATION + " WHERE id = ?", Conversations::map, id);
    }

    /** Every open conversation: what a restarted relay resumes. */
    public List<Conversation> allOpen(Connection c) throws SQLException {
        return Sql.list(c, CONVERSATION + " WHERE status = 'OPEN' ORDER BY id", Conversations::map);
    }

    public Conversation open(Connection c, String pageId, String customerId, Instant now) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO conversations (page_id, customer_id, status, opened_at) VALUES (?, ?, 'OPEN', ?)",
                pageId, customerId, now.toEpochMilli());
        return byId(c, id).orElseThrow();
    }

    /** Records a customer message sent at {@code at} (the latest one counts); returns the conversation after it. */
    public Conversation customerWrote(Connection c, long conversationId, Instant at) throws SQLException {
        return Sql.one(c, "UPDATE conversations SET last_customer_message_at = MAX(COALESCE(last_customer_message_at, 0), ?)"
                + " WHERE id = ? RETURNING " + CONVERSATION_COLUMNS, Conversations::map, at.toEpochMilli(), conversationId)
                .orElseThrow(() -> new SQLException("conversation " + conversationId + " does not exist"));
    }

    public void assign(Connection c, long conversationId, String agent) throws SQLException {
        Sql.update(c, "UPDATE conversations SET agent = ? WHERE id = ?", agent, conversationId);
    }

    public void close(Connection c, long conversationId, Instant at) throws SQLException {
        Sql.update(c, "UPDATE conversations SET status = 'CLOSED', closed_at = ? WHERE id = ?", at.toEpochMilli(), conversationId);
    }

    public void saveScenario(Connection c, long conversationId, String name, int version, String stateJson) throws SQLException {
        Sql.update(c, "UPDATE conversations SET scenario_name = ?, scenario_version = ?, scenario_state = ? WHERE id = ?",
                name, version, stateJson, conversationId);
    }

    public Optional<String> scenarioState(Connection c, long conversationId) throws SQLException {
        return Sql.one(c, "SELECT scenario_state FROM conversations WHERE id = ? AND scenario_state IS NOT NULL",
                row -> row.getString(1), conversationId);
    }

    /** Stores a post-chat survey answer with the interaction; {@code rating} null when the customer gave none. */
    public void saveSurvey(Connection c, long conversationId, String block, Integer rating, String comment, Instant at)
            throws SQLException {
        Sql.update(c, "INSERT INTO surveys (conversation_id, block, rating, comment, at) VALUES (?, ?, ?, ?, ?)",
                conversationId, block, rating, comment, at.toEpochMilli());
    }

    /** Adds a transcript line; returns the relay's message id. */
    public long addMessage(Connection c, long conversationId, ChatLine.Author author, String authorName, String mid,
                           String text, Instant at, DeliveryStatus status) throws SQLException {
        return Sql.insert(c, "INSERT INTO messages (conversation_id, author, author_name, mid, text, at, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                conversationId, author.name(), authorName, mid, text, at.toEpochMilli(), status.name());
    }

    /** Marks the message as the one an agent's command produced, so a replayed command finds it. */
    public void setClientRef(Connection c, long messageId, String clientRef) throws SQLException {
        Sql.update(c, "UPDATE messages SET client_ref = ? WHERE id = ?", clientRef, messageId);
    }

    public Optional<Long> messageByClientRef(Connection c, String clientRef) throws SQLException {
        return Sql.one(c, "SELECT id FROM messages WHERE client_ref = ?", row -> row.getLong(1), clientRef);
    }

    public boolean hasMessageWithMid(Connection c, String mid) throws SQLException {
        return Sql.one(c, "SELECT 1 FROM messages WHERE mid = ?", row -> true, mid).isPresent();
    }

    /** The conversation's lines in order, each with its attachments. */
    public List<ChatLine> transcript(Connection c, long conversationId) throws SQLException {
        List<ChatLine> lines = Sql.list(c, LINE + " WHERE conversation_id = ? ORDER BY at, id",
                Conversations::line, conversationId);
        Map<Long, List<ChatAttachment>> attached = attachments.ofConversation(c, conversationId);
        return lines.stream().map(line -> withAttachments(line, attached.getOrDefault(Long.parseLong(line.messageId()), List.of())))
                .toList();
    }

    /** One stored line with its attachments, e.g. after its files were downloaded. */
    public ChatLine line(Connection c, long messageId) throws SQLException {
        ChatLine line = Sql.one(c, LINE + " WHERE id = ?", Conversations::line, messageId).orElseThrow();
        return withAttachments(line, attachments.ofMessage(c, messageId));
    }

    public Attachments attachments() {
        return attachments;
    }

    private static ChatLine withAttachments(ChatLine line, List<ChatAttachment> files) {
        return files.isEmpty() ? line : new ChatLine(line.messageId(), line.author(), line.authorName(), line.text(),
                line.at(), line.status(), files);
    }

    private static Conversation map(ResultSet row) throws SQLException {
        long last = row.getLong(6);
        Instant lastCustomerMessageAt = row.wasNull() ? null : Instant.ofEpochMilli(last);
        return new Conversation(row.getLong(1), row.getString(2), row.getString(3), "OPEN".equals(row.getString(4)),
                Instant.ofEpochMilli(row.getLong(5)), lastCustomerMessageAt, row.getString(7));
    }

    private static ChatLine line(ResultSet row) throws SQLException {
        return new ChatLine(row.getString(1), ChatLine.Author.valueOf(row.getString(2)), row.getString(3), row.getString(4),
                Instant.ofEpochMilli(row.getLong(5)), DeliveryStatus.valueOf(row.getString(6)));
    }
}
