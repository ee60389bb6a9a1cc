package org.switchboard.bench.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.switchboard.relay.Relay;
import org.switchboard.relay.config.RelayConfig;
import org.switchboard.sim.FakeGraphApi;

/**
 * A real relay started in this JVM on 127.0.0.1, port 0, with a fresh data directory, a seed of pages that share one
 * Facebook app (so one POST may carry several pages), and a local fake Graph API so scenario greetings never leave
 * the machine. Reads the SQLite file directly to check what was stored. Deletes its data directory on close.
 */
final class BenchRelay implements AutoCloseable {
    static final String APP_SECRET = "bench-app-secret-0123456789abcdef";
    private static final int PAGES = 4;
    private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    private final Path dataDir;
    private final FakeGraphApi graph;
    private final Relay relay;
    private final List<String> pageIds = IntStream.rangeClosed(1, PAGES).mapToObj(i -> "10000000000000" + i).toList();

    BenchRelay(boolean durableCommits) {
        try {
            dataDir = Files.createTempDirectory("switchboard-webhook-bench");
            Path seed = dataDir.resolve("seed.json");
            new ObjectMapper().writeValue(seed.toFile(), Map.of("accounts", pageIds.stream().map(id -> Map.of(
                    "name", "Bench page " + id, "pageId", id, "pageUsername", "bench" + id,
                    "pageAccessToken", "bench-token-" + id, "appSecret", APP_SECRET, "verifyToken", "bench-verify"))
                    .toList()));
            graph = FakeGraphApi.start();
            relay = Relay.start(new RelayConfig("127.0.0.1", 0, dataDir.resolve("data"), null, graph.baseUrl(), "v21.0",
                    "WARN", seed, MAX_BODY_BYTES, durableCommits), Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException("bench relay: cannot prepare its data directory", e);
        }
    }

    InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", relay.port());
    }

    List<String> pageIds() {
        return pageIds;
    }

    Path dataDirectory() {
        return dataDir.resolve("data");
    }

    /** What the inbox table holds: each row's event sequence number, and rows not yet processed by the engine. */
    StoredEvents storedEvents() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDirectory().resolve("switchboard.db"));
             Statement select = c.createStatement()) {
            BitSet sequences = new BitSet();
            long rows = 0;
            long unprocessed = 0;
            try (ResultSet rs = select.executeQuery("SELECT dedupe_key, processed_at IS NULL FROM inbox")) {
                while (rs.next()) {
                    rows++;
                    sequences.set(Math.toIntExact(WebhookBodies.sequenceOf(rs.getString(1))));
                    unprocessed += rs.getInt(2);
                }
            }
            return new StoredEvents(rows, sequences, unprocessed);
        } catch (SQLException e) {
            throw new IllegalStateException("bench relay: cannot read the inbox of " + dataDirectory(), e);
        }
    }

    /** How many outbound Send API calls the fake Graph API got (scenario greetings of new conversations). */
    int graphSends() {
        return graph.sends().size();
    }

    @Override
    public void close() {
        relay.close();
        graph.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("bench relay: cannot delete " + dataDir, e);
        }
    }

    /** The inbox as read back from SQLite after a run. */
    record StoredEvents(long rows, BitSet sequences, long unprocessed) {
    }
}
