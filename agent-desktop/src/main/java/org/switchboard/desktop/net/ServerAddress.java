package org.switchboard.desktop.net;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The relay's agent WebSocket address, normalized from what an agent types: {@code http://h:p},
 * {@code https://h}, {@code ws://h:p}, {@code wss://h} or {@code h:p} all become a ws/wss URI ending in
 * {@code /agent/ws} (http→ws, https→wss, no scheme→ws).
 */
public record ServerAddress(URI uri) {
    static final String AGENT_PATH = "/agent/ws";

    public ServerAddress {
        if (uri == null || !("ws".equals(uri.getScheme()) || "wss".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("server address: a ws or wss URI is required, not " + uri);
        }
    }

    /** @throws IllegalArgumentException naming the value and what is wrong with it */
    public static ServerAddress parse(String typed) {
        String raw = typed == null ? "" : typed.strip();
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("Server address is empty; enter e.g. https://relay.example.com or localhost:8080");
        }
        int schemeEnd = raw.indexOf("://");
        String scheme = schemeEnd < 0 ? "ws" : raw.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = schemeEnd < 0 ? raw : raw.substring(schemeEnd + 3);
        String wsScheme = switch (scheme) {
            case "ws", "http" -> "ws";
            case "wss", "https" -> "wss";
            default -> throw new IllegalArgumentException("Server address '" + raw + "' has scheme '" + scheme
                    + "'; use http, https, ws or wss");
        };
        URI parsed;
        try {
            parsed = new URI(wsScheme + "://" + rest);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Server address '" + raw + "' is not a valid address: " + e.getReason(), e);
        }
        if (parsed.getHost() == null || parsed.getHost().isBlank()) {
            throw new IllegalArgumentException("Server address '" + raw + "' has no valid host name");
        }
        if (parsed.getPort() > 65_535) {
            throw new IllegalArgumentException("Server address '" + raw + "' has port " + parsed.getPort()
                    + "; ports go from 1 to 65535");
        }
        if (parsed.getQuery() != null || parsed.getFragment() != null || parsed.getUserInfo() != null) {
            throw new IllegalArgumentException("Server address '" + raw + "' must be only scheme, host, port and path");
        }
        String path = parsed.getPath() == null ? "" : parsed.getPath().replaceAll("/+$", "");
        if (!path.endsWith(AGENT_PATH)) {
            path = path + AGENT_PATH;
        }
        try {
            return new ServerAddress(new URI(wsScheme, null, parsed.getHost(), parsed.getPort(), path, null, null));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Server address '" + raw + "' is not a valid address: " + e.getReason(), e);
        }
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
