package org.switchboard.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.switchboard.relay.Relay;
import org.switchboard.relay.config.RelayConfig;
import org.switchboard.sim.FakeGraphApi;

/**
 * Everything the demo runs besides the desktop: a local fake Graph API, a relay on embedded SQLite seeded with
 * a demo page and demo agents, and a simulated Messenger customer. The end-to-end tests start the same stack.
 */
public final class DemoStack implements AutoCloseable {
    public static final String PAGE_ID = "1000001";
    public static final String PAGE_NAME = "Switchboard Demo Page";
    public static final String APP_SECRET = "demo-app-secret";
    public static final String APP_ID = "1234567890";
    public static final String VERIFY_TOKEN = "demo-verify-token";
    public static final String PAGE_TOKEN = "demo-page-access-token";
    public static final String CUSTOMER_PSID = "7000000000000001";

    private final FakeGraphApi graph;
    private final Relay relay;
    private final CustomerSimulator customer;

    private DemoStack(FakeGraphApi graph, Relay relay) {
        this.graph = graph;
        this.relay = relay;
        this.customer = new CustomerSimulator(graph, URI.create(relay.localUrl() + Relay.WEBHOOK_PATH), PAGE_ID,
                CUSTOMER_PSID, APP_SECRET, APP_ID);
    }

    /** Starts the stack with its data in {@code dataDir}, the relay on {@code port} (0 = any free port). */
    public static DemoStack start(Path dataDir, int port) {
        FakeGraphApi graph = FakeGraphApi.start();
        try {
            graph.setPage(PAGE_ID, PAGE_NAME, PAGE_TOKEN);
            graph.setProfile(CUSTOMER_PSID, "Maria", "Garcia", null);
            Relay relay = Relay.start(config(dataDir, port, graph.baseUrl()), Clock.systemUTC());
            return new DemoStack(graph, relay);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    private static RelayConfig config(Path dataDir, int port, URI graphUrl) {
        try {
            Files.createDirectories(dataDir);
            Path seed = dataDir.resolve("demo-seed.json");
            try (var in = DemoStack.class.getResourceAsStream("demo-seed.json")) {
                Files.write(seed, in.readAllBytes());
            }
            return new RelayConfig("127.0.0.1", port, dataDir, null, graphUrl, "v21.0", "INFO", seed, 4 * 1024 * 1024, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare demo data directory " + dataDir, e);
        }
    }

    public FakeGraphApi graph() {
        return graph;
    }

    public Relay relay() {
        return relay;
    }

    public CustomerSimulator customer() {
        return customer;
    }

    @Override
    public void close() {
        customer.close();
        relay.close();
        graph.close();
    }
}
