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

    /** @throws InvalidServerAddress naming the value and what is wrong with it */
    public static ServerAddress parse(String typed) {
        String raw = typed == null ? "" : typed.strip();
        if (raw.isEmpty()) {
            throw new InvalidServerAddress(Problem.EMPTY, raw, "");
        }
        int schemeEnd = raw.indexOf("://");
        String scheme = schemeEnd < 0 ? "ws" : raw.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = schemeEnd < 0 ? raw : raw.substring(schemeEnd + 3);
        String wsScheme = switch (scheme) {
            case "ws", "http" -> "ws";
            case "wss", "https" -> "wss";
            default -> throw new InvalidServerAddress(Problem.SCHEME, raw, scheme);
        };
        URI parsed = uri(raw, wsScheme + "://" + rest);
        if (parsed.getHost() == null || parsed.getHost().isBlank()) {
            throw new InvalidServerAddress(Problem.HOST, raw, "");
        }
        if (parsed.getPort() > 65_535) {
            throw new InvalidServerAddress(Problem.PORT, raw, Integer.toString(parsed.getPort()));
        }
        if (parsed.getQuery() != null || parsed.getFragment() != null || parsed.getUserInfo() != null) {
            throw new InvalidServerAddress(Problem.EXTRA_PARTS, raw, "");
        }
        String path = parsed.getPath() == null ? "" : parsed.getPath().replaceAll("/+$", "");
        if (!path.endsWith(AGENT_PATH)) {
            path = path + AGENT_PATH;
        }
        return new ServerAddress(uri(raw, wsScheme + "://" + parsed.getRawAuthority() + path));
    }

    private static URI uri(String raw, String candidate) {
        try {
            return new URI(candidate);
        } catch (URISyntaxException e) {
            throw new InvalidServerAddress(Problem.SYNTAX, raw, e.getReason());
        }
    }

    /**
     * The relay's HTTP base for media, without a trailing slash: ws→http, wss→https, {@code /agent/ws} removed
     * ({@code wss://h:8443/sb/agent/ws} → {@code https://h:8443/sb}).
     */
    public URI httpBase() {
        String scheme = "wss".equals(uri.getScheme()) ? "https" : "http";
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.endsWith(AGENT_PATH)) {
            path = path.substring(0, path.length() - AGENT_PATH.length());
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path.replaceAll("/+$", ""));
    }

    @Override
    public String toString() {
        return uri.toString();
    }

    /** What is wrong with a typed address; the login window words each one for the agent. */
    public enum Problem { EMPTY, SCHEME, SYNTAX, HOST, PORT, EXTRA_PARTS }

    /** A typed server address that cannot be used; {@code detail} is the bad scheme, port or parser reason. */
    public static final class InvalidServerAddress extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Problem problem;
        private final String value;
        private final String detail;

        InvalidServerAddress(Problem problem, String value, String detail) {
            super("server address '" + value + "': " + problem + (detail.isEmpty() ? "" : " (" + detail + ")"));
            this.problem = problem;
            this.value = value;
            this.detail = detail;
        }

        public Problem problem() {
            return problem;
        }

        public String value() {
            return value;
        }

        public String detail() {
            return detail;
        }
    }
}
