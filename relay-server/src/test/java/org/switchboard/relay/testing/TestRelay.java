package org.switchboard.relay.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.switchboard.relay.Relay;
import org.switchboard.relay.config.RelayConfig;
import org.switchboard.relay.routing.RoutingSettings;

/** Starts a real relay on a free loopback port with a seed file in a temp data directory. */
public final class TestRelay {
    public static final String PAGE_ID = "1000001";
    public static final String APP_SECRET = "test-app-secret";
    public static final String VERIFY_TOKEN = "verify-me";
    public static final String PAGE_TOKEN = "EAAB-page-token";
    /** A second page, of another Facebook app with its own secret, on the same webhook. */
    public static final String OTHER_PAGE_ID = "2000002";
    public static final String OTHER_APP_SECRET = "other-app-secret";

    private TestRelay() {
    }

    public static String seedJson() {
        return seedJson("");
    }

    /** The test seed with {@code extra} (e.g. {@code ,"scenarios":[…],"entries":[…]}) added at its end. */
    public static String seedJson(String extra) {
        return """
                {"accounts":[{"name":"Acme Support","pageId":"%s","pageUsername":"acme","pageAccessToken":"%s",
                  "appSecret":"%s","verifyToken":"%s"},
                 {"name":"Other Brand","pageId":"%s","pageUsername":"other","pageAccessToken":"other-token",
                  "appSecret":"%s","verifyToken":"other-verify"}],
                 "agents":[{"username":"alice","password":"alice-pw","displayName":"Alice Agent","roles":["agent"]},
                           {"username":"bob","password":"bob-pw","displayName":"Bob","roles":["agent","admin"]}]%s}
                """.formatted(PAGE_ID, PAGE_TOKEN, APP_SECRET, VERIFY_TOKEN, OTHER_PAGE_ID, OTHER_APP_SECRET, extra);
    }

    public static RelayConfig config(Path dataDir, URI graph) {
        return config(dataDir, graph, RoutingSettings.DEFAULTS);
    }

    public static RelayConfig config(Path dataDir, URI graph, RoutingSettings routing) {
        return config(dataDir, graph, routing, seedJson());
    }

    public static RelayConfig config(Path dataDir, URI graph, RoutingSettings routing, String seedJson) {
        try {
            Files.createDirectories(dataDir);
            Path seed = dataDir.resolve("seed.json");
            Files.writeString(seed, seedJson);
            return new RelayConfig("127.0.0.1", 0, dataDir, null, graph, "v21.0", "INFO", seed, 1024 * 1024, false, routing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts rows with a fresh connection to the relay's SQLite file, as an outside observer would. */
    public static long count(Path dataDir, String sql) {
        return count(dataDir, "switchboard.db", sql);
    }

    /** Like {@link #count(Path, String)}, on the inbox file. */
    public static long countInbox(Path dataDir, String sql) {
        return count(dataDir, "inbox.db", sql);
    }

    /** Inbox rows after the processing cursor: stored, not yet processed. */
    public static long unprocessedInboxRows(Path dataDir) {
        long cursor = count(dataDir, "SELECT processed_through FROM inbox_progress");
        return countInbox(dataDir, "SELECT COUNT(*) FROM inbox WHERE seq > " + cursor);
    }

    private static long count(Path dataDir, String file, String sql) {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(file));
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static Relay start(Path dataDir, URI graph) {
        return Relay.start(config(dataDir, graph), Clock.systemUTC());
    }
}
