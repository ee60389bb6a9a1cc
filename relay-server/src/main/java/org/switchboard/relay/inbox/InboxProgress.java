package org.switchboard.relay.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import org.switchboard.relay.store.Sql;

/**
 * How far processing of the inbox got, kept in the relay database so that it commits together with the effects
 * of the rows it covers: a crash keeps both or neither, and every row after the cursor is processed at the next
 * start. Rows that failed on their own are set aside with their error, so one bad event never blocks the rest.
 */
public final class InboxProgress {
    private InboxProgress() {
    }

    /** The highest inbox seq whose effects are committed (0 before the first). */
    public static long processedThrough(Connection c) throws SQLException {
        return Sql.one(c, "SELECT processed_through FROM inbox_progress WHERE id = 1", r -> r.getLong(1)).orElse(0L);
    }

    /** Moves the cursor to {@code seq}, inside the transaction that commits the rows' effects. */
    public static void advance(Connection c, long seq) throws SQLException {
        Sql.update(c, "UPDATE inbox_progress SET processed_through = MAX(processed_through, ?) WHERE id = 1", seq);
    }

    /** Sets a row aside as failed (with the reason) and moves the cursor past it. */
    public static void setAside(Connection c, long seq, long nowMillis, String error) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO inbox_failures (seq, failed_at, error) VALUES (?, ?, ?)", seq, nowMillis, error);
        advance(c, seq);
    }
}
