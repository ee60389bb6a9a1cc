package org.switchboard.bench.webhook;

import java.net.InetSocketAddress;
import java.time.Clock;
import org.switchboard.relay.Relay;
import org.switchboard.relay.config.RelayConfig;
import org.switchboard.sim.FakeGraphApi;

/** The real relay from {@code Relay.start}, with a local fake Graph API so scenario greetings stay on loopback. */
final class FullRelay implements RelayUnderTest {
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
        try {
            relay.close();
            graph.close();
        } finally {
            data.close();
        }
    }
}
