package org.switchboard.relay.testing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.relay.Relay;
import org.switchboard.relay.routing.RoutingSettings;
import org.switchboard.sim.FakeGraphApi;
import org.switchboard.sim.FakeMessenger;

/**
 * Base of the tests that run a real relay: a fresh one per test on a free port with its own SQLite file, a fake
 * Graph API, and Facebook's side of the webhook signed with the test page's app secret.
 */
public abstract class RelayTest {
    @TempDir
    protected Path data;
    protected FakeGraphApi graph;
    protected Relay relay;
    protected FakeMessenger facebook;

    /** The ACD settings the relay starts with; tests that need short timeouts override it. */
    protected RoutingSettings routing() {
        return RoutingSettings.DEFAULTS;
    }

    @BeforeEach
    void startRelay() {
        graph = FakeGraphApi.start();
        relay = Relay.start(TestRelay.config(data, graph.baseUrl(), routing()), Clock.systemUTC());
        facebook = new FakeMessenger(webhook(), TestRelay.APP_SECRET);
    }

    @AfterEach
    void stopRelay() {
        relay.close();
        graph.close();
    }

    protected URI webhook() {
        return URI.create(relay.localUrl() + Relay.WEBHOOK_PATH);
    }
}
