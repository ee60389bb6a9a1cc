package org.switchboard.relay;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.config.ConfigException;
import org.switchboard.relay.config.ConfigLoader;
import org.switchboard.relay.config.RelayConfig;

/** {@code java -jar switchboard-relay.jar [--config relay.properties]}: starts the relay until SIGTERM. */
public final class RelayMain {
    private static final Logger LOG = LoggerFactory.getLogger(RelayMain.class);

    private RelayMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        RelayConfig config;
        try {
            config = ConfigLoader.load(configFile(args), System.getenv());
        } catch (ConfigException e) {
            LOG.error("cannot start: {}", e.getMessage());
            System.exit(2);
            return;
        }
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME)
                .setLevel(Level.toLevel(config.logLevel(), Level.INFO));
        Relay relay;
        try {
            relay = Relay.start(config, Clock.systemUTC());
        } catch (RuntimeException e) {
            LOG.error("cannot start: {}", e.getMessage(), e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            relay.close();
            stopped.countDown();
        }, "relay-shutdown"));
        stopped.await();
    }

    private static Path configFile(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if ("--config".equals(args[i]) && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if ("--help".equals(args[i]) || "-h".equals(args[i])) {
                LOG.info("usage: java -jar switchboard-relay.jar [--config relay.properties]; environment overrides: {}",
                        ConfigLoader.ENVIRONMENT_NAMES.values());
                System.exit(0);
            }
        }
        return null;
    }
}
