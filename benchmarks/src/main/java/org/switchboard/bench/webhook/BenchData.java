package org.switchboard.bench.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A fresh temp directory for one run: the seed file (pages of one Facebook app, so one POST may carry several
 * pages), the data directory the relay writes its SQLite files into, and the read-back of its inbox.
 */
final class BenchData implements AutoCloseable {
    static final String APP_SECRET = "bench-app-secret-0123456789abcdef";
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final int PAGES = 4;

    private final Path root;
    private final List<String> pageIds = IntStream.rangeClosed(1, PAGES).mapToObj(i -> "10000000000000" + i).toList();

    BenchData() {
        try {
            root = Files.createTempDirectory("switchboard-webhook-bench");
            new ObjectMapper().writeValue(seedFile().toFile(), Map.of("accounts", pageIds.stream().map(id -> Map.of(
                    "name", "Bench page " + id, "pageId", id, "pageUsername", "bench" + id,
                    "pageAccessToken", "bench-token-" + id, "appSecret", APP_SECRET, "verifyToken", "bench-verify"))
                    .toList()));
        } catch (IOException e) {
            throw new UncheckedIOException("bench data: cannot prepare a temp directory", e);
        }
    }

    Path seedFile() {
        return root.resolve("seed.json");
    }

    Path dataDirectory() {
        return root.resolve("data");
    }

    Path databaseFile() {
        return dataDirectory().resolve("switchboard.db");
    }

    List<String> pageIds() {
        return pageIds;
    }

    Path inboxFile() {
        return dataDirectory().resolve("inbox.db");
    }

    /** Each inbox row's event sequence number, and how many rows are after the engine's processing cursor. */
    StoredEvents storedEvents() {
        try (Connection relay = DriverManager.getConnection("jdbc:sqlite:" + databaseFile());
             Connection inbox = DriverManager.getConnection("jdbc:sqlite:" + inboxFile());
             Statement cursorQuery = relay.createStatement();
             Statement select = inbox.createStatement()) {
            long cursor;
            try (ResultSet rs = cursorQuery.executeQuery("SELECT processed_through FROM inbox_progress")) {
                cursor = rs.next() ? rs.getLong(1) : 0;
            }
            BitSet sequences = new BitSet();
            long rows = 0;
            long unprocessed = 0;
            try (ResultSet rs = select.executeQuery("SELECT dedupe_key, seq FROM inbox")) {
                while (rs.next()) {
                    rows++;
                    sequences.set(Math.toIntExact(WebhookBodies.sequenceOf(rs.getString(1))));
                    unprocessed += rs.getLong(2) > cursor ? 1 : 0;
                }
            }
            return new StoredEvents(rows, sequences, unprocessed);
        } catch (SQLException e) {
            throw new IllegalStateException("bench data: cannot read the inbox of " + inboxFile(), e);
        }
    }

    /** Deletes the whole temp directory. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("bench data: cannot delete " + root, e);
        }
    }

    /** The inbox as read back from SQLite after a run. */
    record StoredEvents(long rows, BitSet sequences, long unprocessed) {
    }
}
