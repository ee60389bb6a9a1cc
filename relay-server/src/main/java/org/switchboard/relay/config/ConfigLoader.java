package org.switchboard.relay.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds {@link RelayConfig} from defaults, then an optional properties file, then SWITCHBOARD_* environment
 * variables (highest precedence), so systemd units and containers can override single values.
 */
public final class ConfigLoader {
    /** Properties keys and the environment variable overriding each. */
    public static final Map<String, String> ENVIRONMENT_NAMES = Map.of(
            "bind", "SWITCHBOARD_BIND",
            "port", "SWITCHBOARD_PORT",
            "dataDir", "SWITCHBOARD_DATA_DIR",
            "publicUrl", "SWITCHBOARD_PUBLIC_URL",
            "graphUrl", "SWITCHBOARD_GRAPH_URL",
            "graphVersion", "SWITCHBOARD_GRAPH_VERSION",
            "logLevel", "SWITCHBOARD_LOG_LEVEL",
            "seed", "SWITCHBOARD_SEED",
            "webhookMaxBytes", "SWITCHBOARD_WEBHOOK_MAX_BYTES",
            "durableCommits", "SWITCHBOARD_DURABLE_COMMITS");

    private static final Map<String, String> DEFAULTS = Map.of(
            "bind", "0.0.0.0",
            "port", "8080",
            "dataDir", "data",
            "graphUrl", "https://graph.facebook.com",
            "graphVersion", "v21.0",
            "logLevel", "INFO",
            "webhookMaxBytes", String.valueOf(4 * 1024 * 1024),
            "durableCommits", "true");

    private ConfigLoader() {
    }

    /** Loads the optional file (null = none) and applies {@code environment} on top. */
    public static RelayConfig load(Path propertiesFile, Map<String, String> environment) {
        Properties values = new Properties();
        values.putAll(DEFAULTS);
        if (propertiesFile != null) {
            values.putAll(readFile(propertiesFile));
        }
        ENVIRONMENT_NAMES.forEach((key, variable) -> {
            String override = environment.get(variable);
            if (override != null && !override.isBlank()) {
                values.setProperty(key, override.trim());
            }
        });
        return toConfig(values);
    }

    private static Properties readFile(Path file) {
        Properties fromFile = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            fromFile.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        Set<String> unknown = new TreeSet<>(fromFile.stringPropertyNames());
        unknown.removeAll(ENVIRONMENT_NAMES.keySet());
        if (!unknown.isEmpty()) {
            throw new ConfigException("config file " + file + ": unknown key(s) " + unknown
                    + "; known keys are " + new TreeSet<>(ENVIRONMENT_NAMES.keySet()));
        }
        return fromFile;
    }

    private static RelayConfig toConfig(Properties values) {
        String seed = values.getProperty("seed");
        String publicUrl = values.getProperty("publicUrl");
        return new RelayConfig(
                values.getProperty("bind"),
                integer(values, "port"),
                Path.of(values.getProperty("dataDir")),
                publicUrl == null || publicUrl.isBlank() ? null : uri(publicUrl, "publicUrl"),
                uri(values.getProperty("graphUrl"), "graphUrl"),
                values.getProperty("graphVersion"),
                values.getProperty("logLevel"),
                seed == null || seed.isBlank() ? null : Path.of(seed),
                integer(values, "webhookMaxBytes"),
                bool(values, "durableCommits"));
    }

    private static int integer(Properties values, String key) {
        String raw = values.getProperty(key);
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException("config '" + key + "' = '" + raw + "': expected a whole number", e);
        }
    }

    private static boolean bool(Properties values, String key) {
        String raw = values.getProperty(key).trim();
        if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
            throw new ConfigException("config '" + key + "' = '" + raw + "': expected true or false");
        }
        return Boolean.parseBoolean(raw);
    }

    private static URI uri(String raw, String key) {
        try {
            URI uri = new URI(raw.trim());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new ConfigException("config '" + key + "' = '" + raw + "': expected an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException("config '" + key + "' = '" + raw + "': not a URL (" + e.getReason() + ")", e);
        }
    }
}
