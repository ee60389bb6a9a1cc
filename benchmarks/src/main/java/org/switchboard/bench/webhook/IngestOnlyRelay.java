package org.switchboard.bench.webhook;

import io.undertow.Handlers;
import io.undertow.Undertow;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.switchboard.relay.Relay;
import org.switchboard.relay.accounts.AccountDirectory;
import org.switchboard.relay.agents.PasswordHasher;
import org.switchboard.relay.config.SeedLoader;
import org.switchboard.relay.inbox.Inbox;
import org.switchboard.relay.messenger.WebhookParser;
import org.switchboard.relay.ops.Metrics;
import org.switchboard.relay.store.Database;
import org.switchboard.relay.store.Schema;
import org.switchboard.relay.store.SqliteAccountStore;
import org.switchboard.relay.store.SqliteAgentStore;
import org.switchboard.relay.store.SqliteScenarioStore;
import org.switchboard.relay.webhook.WebhookHandler;

/**
 * The relay's ingestion path alone, wired like {@code Relay} wires it (same WebhookHandler, Inbox, Database, worker
 * pool size and Undertow defaults) but with nothing processing rows after commit: what the webhook alone can do
 * when processing does not compete for the CPU. {@code workerThreads} 0 means the relay's own pool size (the
 * workers only parse bodies over 16 KiB; smaller ones are handled on the I/O threads). A diagnostic, not a product
 * configuration.
 */
final class IngestOnlyRelay implements RelayUnderTest {
    private final BenchData data;
    private final Database database;
    private final Database inboxDatabase;
    private final Inbox inbox;
    private final ExecutorService workers;
    private final Undertow server;

    IngestOnlyRelay(BenchData data, boolean durableCommits, int workerThreads) {
        this.data = data;
        Clock clock = Clock.systemUTC();
        database = Database.open(data.databaseFile(), durableCommits);
        var accountStore = new SqliteAccountStore(database, clock);
        new SeedLoader(accountStore, new SqliteAgentStore(database, clock), new SqliteScenarioStore(database, clock),
                new PasswordHasher(10), List.of())
                .apply(SeedLoader.read(data.seedFile()), data.seedFile().toString());
        inboxDatabase = Database.open(data.inboxFile(), durableCommits, Schema.INBOX);
        inbox = new Inbox(inboxDatabase, clock, 0, rows -> { });
        int poolSize = workerThreads > 0 ? workerThreads : Math.max(8, Runtime.getRuntime().availableProcessors() * 4);
        workers = Executors.newFixedThreadPool(poolSize, r -> {
            Thread thread = new Thread(r, "relay-worker");
            thread.setDaemon(true);
            return thread;
        });
        var handler = new WebhookHandler(new AccountDirectory(accountStore), new WebhookParser(), inbox, workers,
                new Metrics(), BenchData.MAX_BODY_BYTES);
        server = Undertow.builder().addHttpListener(0, "127.0.0.1")
                .setHandler(Handlers.path().addExactPath(Relay.WEBHOOK_PATH, handler)).build();
        server.start();
    }

    @Override
    public InetSocketAddress address() {
        return (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
    }

    @Override
    public BenchData data() {
        return data;
    }

    @Override
    public int graphSends() {
        return 0;
    }

    @Override
    public void close() {
        try {
            server.stop();
            workers.shutdown();
            inbox.close();
            inboxDatabase.close();
            database.close();
        } finally {
            data.close();
        }
    }
}
