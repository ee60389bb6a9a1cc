package org.switchboard.bench.webhook;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.Relay;
import org.switchboard.relay.config.RelayConfig;
import org.switchboard.relay.engine.ChatEngine;
import org.switchboard.sim.FakeGraphApi;

/** The real relay from {@code Relay.start}, with a local fake Graph API so scenario greetings stay on loopback. */
final class FullRelay implements RelayUnderTest {
    private static final Duration ENGINE_DRAIN = Duration.ofSeconds(60);

    private final BenchData data;
    private final FakeGraphApi graph;
    private final Relay relay;

    FullRelay(BenchData data, boolean durableCommits) {
        this.data = data;
        graph = FakeGraphApi.start();
        relay = Relay.start(new RelayConfig("127.0.0.1", 0, data.dataDirectory(), null, graph.baseUrl(), "v21.0",
                "WARN", data.seedFile(), BenchData.MAX_BODY_BYTES, durableCommits, null), Clock.systemUTC());
    }

    @Override
    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", relay.port());
    }

    @Override
    public BenchData data() {
        return data;
    }

    @Override
    public int graphSends() {
        return graph.sends().size();
    }

    @Override
    public void close() {
        // Relay.close() closes the database while the engine may still hold a backlog of rows; each then fails with
        // a stack trace (the rows stay unprocessed in the inbox for the next start, and the report counts them).
        // So the engine's log is muted until its thread has run through that backlog.
        var engineLog = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(ChatEngine.class);
        engineLog.setLevel(Level.OFF);
        List<Thread> engineThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("chat-engine")).toList();
        try {
            relay.close();
            graph.close();
            for (Thread engine : engineThreads) {
                engine.join(ENGINE_DRAIN.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            engineLog.setLevel(null);
            data.close();
        }
    }
}
