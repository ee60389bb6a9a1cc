package org.switchboard.desktop.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.ChatLine;

/**
 * The agent's past conversations in one SQLite file with an FTS5 index over line text and customer name, so
 * they can be searched and read again after a restart. Not thread-safe: one thread owns a store
 * ({@link HistoryRecorder}'s), never the EDT.
 */
public final class HistoryStore implements AutoCloseable {
    private static final TypeReference<List<ChatAttachment>> ATTACHMENTS = new TypeReference<>() {
    };
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS chats(chat_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL,
                customer_name TEXT NOT NULL, page_name TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS lines(id INTEGER PRIMARY KEY, message_id TEXT NOT NULL UNIQUE,
                chat_id TEXT NOT NULL, author TEXT NOT NULL, author_name TEXT NOT NULL, text TEXT NOT NULL,
                at INTEGER NOT NULL, attachments TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS lines_by_chat ON lines(chat_id, at);
            CREATE VIRTUAL TABLE IF NOT EXISTS lines_fts USING fts5(text, customer,
                tokenize = 'unicode61 remove_diacritics 2');
            """;
    /** One row per conversation: SQLite fills the bare columns from the row that has MAX(at). */
    private static final String HITS = """
            SELECT c.chat_id, c.customer_id, c.customer_name, c.page_name, l.message_id, MAX(l.at) AS at, l.text
            FROM %s
            JOIN chats c ON c.chat_id = l.chat_id
            %s
            GROUP BY l.chat_id ORDER BY at DESC LIMIT ?
            """;

    private final Path file;
    private final Connection connection;
    private final ObjectMapper json = new ObjectMapper();

    private HistoryStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens or creates the file (and its folder). */
    public static HistoryStore open(Path file) throws IOException, SQLException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA busy_timeout=5000");
            for (String ddl : SCHEMA.split(";")) {
                if (!ddl.isBlank()) {
                    statement.execute(ddl);
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw new SQLException("history " + file + ": cannot create the schema: " + e.getMessage(), e);
        }
        return new HistoryStore(file, connection);
    }

    /** Keeps the chat's header and the lines not kept before (by message id), in one transaction; returns how many were new. */
    public int record(HistoryChat chat, List<HistoryLine> lines) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement upsertChat = connection.prepareStatement("""
                INSERT INTO chats(chat_id, customer_id, customer_name, page_name) VALUES (?, ?, ?, ?)
                ON CONFLICT(chat_id) DO UPDATE SET customer_name = excluded.customer_name, page_name = excluded.page_name""");
             PreparedStatement insertLine = connection.prepareStatement("""
                     INSERT OR IGNORE INTO lines(message_id, chat_id, author, author_name, text, at, attachments)
                     VALUES (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement index = connection.prepareStatement(
                     "INSERT INTO lines_fts(rowid, text, customer) VALUES (last_insert_rowid(), ?, ?)")) {
            upsertChat.setString(1, chat.chatId());
            upsertChat.setString(2, chat.customerId());
            upsertChat.setString(3, chat.customerName());
            upsertChat.setString(4, chat.pageName());
            upsertChat.executeUpdate();
            int added = 0;
            for (HistoryLine line : lines) {
                insertLine.setString(1, line.messageId());
                insertLine.setString(2, chat.chatId());
                insertLine.setString(3, line.author().name());
                insertLine.setString(4, line.authorName());
                insertLine.setString(5, line.text());
                insertLine.setLong(6, line.at().toEpochMilli());
                insertLine.setString(7, attachments(line.attachments()));
                if (insertLine.executeUpdate() == 1) {
                    index.setString(1, searchable(line));
                    index.setString(2, chat.customerName());
                    index.executeUpdate();
                    added++;
                }
            }
            connection.commit();
            return added;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Conversations whose lines or customer name contain every word of {@code query} (as word prefixes, ignoring
     * case and accents), newest first; all conversations when the query has no words.
     */
    public List<HistoryHit> search(String query, int limit) throws SQLException {
        String match = matchExpression(query);
        String sql = match.isEmpty()
                ? HITS.formatted("lines l", "")
                : HITS.formatted("lines_fts f JOIN lines l ON l.id = f.rowid", "WHERE lines_fts MATCH ?");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            if (!match.isEmpty()) {
                statement.setString(parameter++, match);
            }
            statement.setInt(parameter, limit);
            List<HistoryHit> hits = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    hits.add(new HistoryHit(new HistoryChat(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4)), rows.getString(5), Instant.ofEpochMilli(rows.getLong(6)), rows.getString(7)));
                }
            }
            return hits;
        }
    }

    /** Every kept line of one conversation, oldest first. */
    public List<HistoryLine> conversation(String chatId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT message_id, author, author_name, text, at, attachments FROM lines
                WHERE chat_id = ? ORDER BY at, id""")) {
            statement.setString(1, chatId);
            List<HistoryLine> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(new HistoryLine(rows.getString(1), chatId, author(rows.getString(2)), rows.getString(3),
                            rows.getString(4), Instant.ofEpochMilli(rows.getLong(5)), attachments(rows.getString(6))));
                }
            }
            return lines;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    @Override
    public String toString() {
        return "HistoryStore[" + file + "]";
    }

    /** Each word becomes a quoted prefix term, so what the agent types can never be FTS syntax. */
    static String matchExpression(String query) {
        StringBuilder match = new StringBuilder();
        for (String word : (query == null ? "" : query).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                match.append(match.length() == 0 ? "" : " ").append('"').append(word).append("\"*");
            }
        }
        return match.toString();
    }

    private static String searchable(HistoryLine line) {
        StringBuilder text = new StringBuilder(line.text());
        line.attachments().forEach(attachment -> text.append(' ').append(attachment.title()));
        return text.toString();
    }

    private static ChatLine.Author author(String stored) {
        try {
            return ChatLine.Author.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return ChatLine.Author.SYSTEM;
        }
    }

    private String attachments(List<ChatAttachment> attachments) throws SQLException {
        try {
            return json.writeValueAsString(attachments);
        } catch (JsonProcessingException e) {
            throw new SQLException("history " + file + ": cannot encode " + attachments.size() + " attachments", e);
        }
    }

    private List<ChatAttachment> attachments(String stored) throws SQLException {
        try {
            return json.readValue(stored, ATTACHMENTS);
        } catch (JsonProcessingException e) {
            throw new SQLException("history " + file + ": unreadable attachments '" + stored + "'", e);
        }
    }
}
