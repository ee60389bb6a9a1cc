package org.switchboard.bench.webhook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.store.Database;

/**
 * Measures ways of writing inbox rows on the relay's own schema and {@link Database}, to size the gain of changing
 * {@code Inbox.insertAll}: the current one-row INSERT plus {@code getGeneratedKeys()} per event, the same INSERT
 * with {@code RETURNING seq}, and multi-row INSERTs with {@code RETURNING}. Commits of 500 rows like a batched POST,
 * without fsync (synchronous=NORMAL) so that only the writer thread's CPU is compared. Run:
 * {@code java -cp ... org.switchboard.bench.webhook.InboxInsertProbe}.
 */
public final class InboxInsertProbe {
    private static final Logger LOG = LoggerFactory.getLogger(InboxInsertProbe.class);
    private static final int ROWS_PER_COMMIT = 500;
    private static final int COMMITS = 400;
    private static final int ROUNDS = 3;
    private static final String COLUMNS = "INSERT OR IGNORE INTO inbox (page_id, dedupe_key, customer_id, kind, standby,"
            + " event_time, received_at, raw) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";

    private InboxInsertProbe() {
    }

    public static void main(String[] args) throws IOException {
        int[] strategies = {0, 1, 50};
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < ROUNDS; round++) {
            for (int s = 0; s < strategies.length; s++) {
                best[s] = Math.min(best[s], microsPerRow(strategies[s]));
            }
        }
        for (int s = 0; s < strategies.length; s++) {
            LOG.info("{}: {} µs per row (best of {} fresh databases, {} rows each)", strategies[s] == 0
                            ? "one-row INSERT + getGeneratedKeys (Inbox today)"
                            : strategies[s] + "-row INSERT ... RETURNING seq",
                    String.format("%.1f", best[s]), ROUNDS, COMMITS * ROWS_PER_COMMIT);
        }
    }

    /** Fills a fresh database in commits of {@link #ROWS_PER_COMMIT} rows; mean microseconds per row. */
    private static double microsPerRow(int rowsPerStatement) throws IOException {
        Path dir = Files.createTempDirectory("switchboard-inbox-probe");
        try (Database database = Database.open(dir.resolve("probe.db"), false)) {
            long start = System.nanoTime();
            for (int c = 0; c < COMMITS; c++) {
                long first = (long) c * ROWS_PER_COMMIT;
                database.write(conn -> insert(conn, first, rowsPerStatement));
            }
            return (System.nanoTime() - start) / 1e3 / (COMMITS * ROWS_PER_COMMIT);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** rowsPerStatement 0 is the relay's current way; otherwise INSERT of that many rows with RETURNING. */
    private static long insert(Connection c, long first, int rowsPerStatement) throws SQLException {
        long keys = 0;
        if (rowsPerStatement == 0) {
            try (PreparedStatement insert = c.prepareStatement(COLUMNS + ROW, Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < ROWS_PER_COMMIT; i++) {
                    bind(insert, 0, first + i);
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        keys += key.getLong(1);
                    }
                }
            }
            return keys;
        }
        String sql = COLUMNS + String.join(", ", Collections.nCopies(rowsPerStatement, ROW)) + " RETURNING seq";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 0; i < ROWS_PER_COMMIT; i += rowsPerStatement) {
                for (int r = 0; r < rowsPerStatement; r++) {
                    bind(insert, r * 8, first + i + r);
                }
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        keys += rs.getLong(1);
                    }
                }
            }
        }
        return keys;
    }

    private static void bind(PreparedStatement insert, int offset, long seq) throws SQLException {
        insert.setString(offset + 1, "100000000000001");
        insert.setString(offset + 2, "mid:m_bench_" + seq);
        insert.setString(offset + 3, "701" + (100_000_000L + seq % 5000));
        insert.setString(offset + 4, "Message");
        insert.setInt(offset + 5, 0);
        insert.setLong(offset + 6, 1_700_000_000_000L + seq);
        insert.setLong(offset + 7, 1_700_000_000_000L + seq);
        insert.setString(offset + 8, "{\"sender\":{\"id\":\"701" + seq + "\"},\"recipient\":{\"id\":\"100000000000001\"},"
                + "\"timestamp\":1700000000000,\"message\":{\"mid\":\"m_bench_" + seq + "\",\"text\":\"Hello, where is"
                + " my order " + seq + "? Bonjour, ma commande n\\u00b0 " + seq + " n'est pas arriv\\u00e9e\"}}");
    }
}
