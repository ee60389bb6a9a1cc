package org.switchboard.relay.config;

import java.net.URI;
import java.nio.file.Path;
import org.switchboard.relay.routing.RoutingSettings;

/**
 * Everything the relay needs to start, validated once; passed down from the composition root.
 *
 * @param bindAddress      interface to listen on (0.0.0.0 behind a reverse proxy, 127.0.0.1 for tests)
 * @param port             HTTP port; 0 picks a free one (tests)
 * @param dataDirectory    holds the SQLite file and downloaded media
 * @param publicBaseUrl    how Facebook reaches us (shown to admins as the webhook URL)
 * @param graphBaseUrl     Graph API root, a local fake in tests and in the demo
 * @param graphApiVersion  e.g. v21.0
 * @param logLevel         root log level
 * @param seedFile         optional JSON seed of accounts and agents, applied idempotently at start
 * @param webhookMaxBytes  larger webhook bodies are refused with 413
 * @param durableCommits   fsync every commit (SQLite synchronous=FULL); off only trades power-loss safety for speed
 * @param routing          the ACD's tunables (offer timeout, after-chat work, disconnect grace, …)
 */
public record RelayConfig(String bindAddress, int port, Path dataDirectory, URI publicBaseUrl, URI graphBaseUrl,
                          String graphApiVersion, String logLevel, Path seedFile, int webhookMaxBytes,
                          boolean durableCommits, RoutingSettings routing) {
    public RelayConfig {
        require(bindAddress != null && !bindAddress.isBlank(), "bind", bindAddress, "an interface address such as 0.0.0.0");
        require(port >= 0 && port <= 65535, "port", port, "a TCP port 0-65535");
        require(dataDirectory != null, "dataDir", dataDirectory, "a directory path");
        require(graphBaseUrl != null && graphBaseUrl.getScheme() != null && graphBaseUrl.getHost() != null,
                "graphUrl", graphBaseUrl, "an absolute http(s) URL");
        require(graphApiVersion != null && graphApiVersion.matches("v\\d+\\.\\d+"), "graphVersion", graphApiVersion,
                "a Graph API version such as v21.0");
        require(webhookMaxBytes >= 1024, "webhookMaxBytes", webhookMaxBytes, "at least 1024");
        routing = routing == null ? RoutingSettings.DEFAULTS : routing;
        logLevel = logLevel == null || logLevel.isBlank() ? "INFO" : logLevel.toUpperCase(java.util.Locale.ROOT);
    }

    public Path databaseFile() {
        return dataDirectory.resolve("switchboard.db");
    }

    /** The durable webhook inbox, a file of its own so that storing events never waits for their processing. */
    public Path inboxFile() {
        return dataDirectory.resolve("inbox.db");
    }

    public Path mediaDirectory() {
        return dataDirectory.resolve("media");
    }

    private static void require(boolean ok, String key, Object value, String expected) {
        if (!ok) {
            throw new ConfigException("config '" + key + "' = '" + value + "': expected " + expected);
        }
    }
}
