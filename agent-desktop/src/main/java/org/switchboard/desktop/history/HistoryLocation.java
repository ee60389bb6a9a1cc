package org.switchboard.desktop.history;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where an agent's local history lives: {@code <home>/history/<host>_<port>_<agent>.db}, one file per relay and
 * agent so two logins on one machine never mix. {@code home} is {@code ~/.switchboard} unless the system
 * property {@code switchboard.home} names another folder.
 */
public final class HistoryLocation {
    public static final String HOME_PROPERTY = "switchboard.home";

    private HistoryLocation() {
    }

    public static Path home() {
        String configured = System.getProperty(HOME_PROPERTY);
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".switchboard") : Path.of(configured);
    }

    /** {@code relay} is the agent WebSocket or HTTP address; a missing port is the scheme's default. */
    public static Path of(Path home, URI relay, String agent) {
        int port = relay.getPort() > 0 ? relay.getPort()
                : "wss".equals(relay.getScheme()) || "https".equals(relay.getScheme()) ? 443 : 80;
        String name = safe(relay.getHost()) + "_" + port + "_" + safe(agent) + ".db";
        return home.resolve("history").resolve(name);
    }

    private static String safe(String value) {
        String cleaned = value == null ? "" : value.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return cleaned.isEmpty() ? "_" : cleaned;
    }
}
