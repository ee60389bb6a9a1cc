package org.switchboard.relay.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.store.Database;
import org.switchboard.relay.store.Sql;

/**
 * One-time upgrade of a data directory from before the inbox had its own file: copies the rows of the relay
 * database's old {@code inbox} table into the inbox database, sets the processing cursor before the first row
 * that was not processed, then drops the old table. Every step can be repeated, so a crash halfway is harmless.
 */
public final class LegacyInboxMove {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyInboxMove.class);
    private static final int PAGE = 1_000;

    private LegacyInboxMove() {
    }

    public static void run(Database relay, Database inbox) {
        boolean present = relay.read(c -> Sql.one(c, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'inbox'",
                r -> r.getInt(1)).isPresent());
        if (!present) {
            return;
        }
        long moved = 0;
        for (long after = 0; ; ) {
            List<Object[]> rows = page(relay, after);
            if (rows.isEmpty()) {
                break;
            }
            inbox.write(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO inbox (" + Inbox.COLUMNS
                        + ") VALUES " + Inbox.ROW)) {
                    for (Object[] row : rows) {
                        for (int i = 0; i < row.length; i++) {
                            insert.setObject(i + 1, row[i]);
                        }
                        insert.executeUpdate();
                    }
                }
                return null;
            });
            after = (Long) rows.get(rows.size() - 1)[0];
            moved += rows.size();
        }
        relay.write(c -> {
            long cursor = Sql.one(c, "SELECT COALESCE((SELECT MIN(seq) - 1 FROM inbox WHERE processed_at IS NULL),"
                    + " (SELECT MAX(seq) FROM inbox), 0)", r -> r.getLong(1)).orElse(0L);
            InboxProgress.advance(c, cursor);
            return Sql.update(c, "DROP TABLE inbox");
        });
        if (moved > 0) {
            LOG.info("moved {} inbox row(s) from the relay database into the inbox database", moved);
        }
    }

    private static List<Object[]> page(Database relay, long after) {
        return relay.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + Inbox.COLUMNS
                    + " FROM inbox WHERE seq > ? ORDER BY seq LIMIT ?")) {
                select.setLong(1, after);
                select.setInt(2, PAGE);
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[9];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        row[0] = rs.getLong(1);
                        rows.add(row);
                    }
                }
                return rows;
            }
        });
    }
}
