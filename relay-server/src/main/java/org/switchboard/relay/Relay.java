package org.switchboard.relay;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.handlers.PathHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.accounts.AccountDirectory;
import org.switchboard.relay.agents.AgentGateway;
import org.switchboard.relay.agents.PasswordHasher;
import org.switchboard.relay.agents.SessionTokens;
import org.switchboard.relay.chat.Conversations;
import org.switchboard.relay.config.RelayConfig;
import org.switchboard.relay.config.SeedLoader;
import org.switchboard.relay.engine.ChatEngine;
import org.switchboard.relay.engine.EngineServices;
import org.switchboard.relay.engine.EngineSettings;
import org.switchboard.relay.engine.SenderActions;
import org.switchboard.relay.inbox.Inbox;
import org.switchboard.relay.inbox.InboxProgress;
import org.switchboard.relay.inbox.LegacyInboxMove;
import org.switchboard.relay.media.MediaFetcher;
import org.switchboard.relay.media.MediaHandler;
import org.switchboard.relay.media.MediaRoutes;
import org.switchboard.relay.media.MediaStore;
import org.switchboard.relay.media.MediaUploadHandler;
import org.switchboard.relay.messenger.GraphApi;
import org.switchboard.relay.messenger.HttpGraphClient;
import org.switchboard.relay.messenger.WebhookParser;
import org.switchboard.relay.messenger.WindowPolicy;
import org.switchboard.relay.ops.HealthHandler;
import org.switchboard.relay.ops.Metrics;
import org.switchboard.relay.ops.MetricsHandler;
import org.switchboard.relay.ops.WorkThreads;
import org.switchboard.relay.ops.StatsHandler;
import org.switchboard.relay.outbox.OutboxSender;
import org.switchboard.relay.outbox.OutboxStore;
import org.switchboard.relay.profiles.ProfileService;
import org.switchboard.relay.profiles.SqliteProfileStore;
import org.switchboard.relay.scenario.ScenarioCatalog;
import org.switchboard.relay.scenario.ScenarioParser;
import org.switchboard.relay.scenario.ScenarioSelector;
import org.switchboard.relay.scenario.ScenarioTemplates;
import org.switchboard.relay.store.Database;
import org.switchboard.relay.store.Schema;
import org.switchboard.relay.store.SqliteAccountStore;
import org.switchboard.relay.store.SqliteAgentStore;
import org.switchboard.relay.store.SqliteScenarioStore;
import org.switchboard.relay.webhook.WebhookHandler;

/**
 * The composition root: builds every part of the relay from one {@link RelayConfig}, starts them in order
 * (database, engine, leftover inbox rows, outbox, HTTP) and stops them in reverse. Tests start it on port 0.
 */
public final class Relay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Relay.class);
    public static final String WEBHOOK_PATH = "/clientweb/fb/webhook";
    public static final String AGENT_PATH = "/agent/ws";
    private static final int BCRYPT_COST = 10;
    private static final Duration PROFILE_REFRESH = Duration.ofDays(7);

    private final Database database;
    private final Database inboxDatabase;
    private final Inbox inbox;
    private final ChatEngine engine;
    private final OutboxSender outboxSender;
    private final SenderActions senderActions;
    private final ExecutorService workers;
    private final ExecutorService mediaWorkers;
    private final Undertow server;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final int port;

    private Relay(RelayConfig config, Clock clock) {
        database = Database.open(config.databaseFile(), config.durableCommits());
        inboxDatabase = Database.open(config.inboxFile(), config.durableCommits(), Schema.INBOX);
        LegacyInboxMove.run(database, inboxDatabase);
        var accountStore = new SqliteAccountStore(database, clock);
        var agentStore = new SqliteAgentStore(database, clock);
        var hasher = new PasswordHasher(BCRYPT_COST);
        var scenarioStore = new SqliteScenarioStore(database, clock);
        var mobileChat = new ScenarioTemplates(new ScenarioParser()).mobileChat();
        if (config.seedFile() != null) {
            new SeedLoader(accountStore, agentStore, scenarioStore, hasher, List.of(mobileChat))
                    .apply(SeedLoader.read(config.seedFile()), config.seedFile().toString());
        }
        var accounts = new AccountDirectory(accountStore);
        var conversations = new Conversations();
        var outboxStore = new OutboxStore();
        GraphApi graph = new HttpGraphClient(config.graphBaseUrl(), config.graphApiVersion(), Duration.ofSeconds(20));
        var metrics = new Metrics();
        var scenarios = new ScenarioCatalog();
        scenarios.add(mobileChat);
        scenarioStore.all().forEach(scenarios::add);
        var outboxWake = new OutboxWake();
        senderActions = new SenderActions(graph, accounts);
        mediaWorkers = Executors.newFixedThreadPool(2, WorkThreads.background("media", true, true));
        var mediaStore = new MediaStore(config.mediaDirectory(), MediaStore.DEFAULT_MAX_BYTES);
        var mediaFetcher = new MediaFetcher(graph, mediaStore, mediaWorkers);
        var profiles = new ProfileService(graph, new SqliteProfileStore(database), mediaFetcher, clock, mediaWorkers,
                PROFILE_REFRESH);
        var tokens = new SessionTokens();
        var parser = new WebhookParser();
        var storedEvents = new StoredEventReader(parser);
        engine = new ChatEngine(clock, new EngineServices(database, accounts, conversations, outboxStore, outboxWake,
                senderActions, profiles, mediaStore, mediaFetcher, tokens,
                (after, limit) -> Inbox.after(inboxDatabase, after, storedEvents, limit)),
                new EngineSettings(new ScenarioSelector(scenarios, scenarioStore.entries(), mobileChat), config.routing()));
        engine.restoreOpenConversations();
        outboxSender = new OutboxSender(database, outboxStore, clock, graph, accounts, new WindowPolicy(), mediaStore, engine);
        outboxWake.target = outboxSender;
        long processedThrough = database.read(InboxProgress::processedThrough);
        inbox = new Inbox(inboxDatabase, clock, processedThrough, engine::process);
        engine.catchUp(processedThrough);
        outboxSender.start();

        workers = Executors.newFixedThreadPool(Math.max(8, Runtime.getRuntime().availableProcessors() * 4),
                WorkThreads.urgent("relay-worker"));
        PathHandler routes = Handlers.path()
                .addExactPath(WEBHOOK_PATH, new WebhookHandler(accounts, parser, inbox, workers, metrics, config.webhookMaxBytes()))
                .addExactPath(AGENT_PATH, Handlers.websocket(new AgentGateway(agentStore, hasher, engine, workers)))
                .addPrefixPath("/media", new MediaRoutes(new MediaHandler(mediaStore, tokens),
                        new MediaUploadHandler(mediaStore, tokens, workers)))
                .addExactPath("/healthz", new HealthHandler(ready::get))
                .addExactPath("/metrics", new MetricsHandler(metrics))
                .addExactPath("/stats", new StatsHandler(engine::serviceStats, workers));
        server = Undertow.builder().addHttpListener(config.port(), config.bindAddress()).setHandler(routes).build();
        server.start();
        port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        ready.set(true);
        LOG.info("relay listening on {}:{}; webhook {}{}, agents ws://…:{}{}", config.bindAddress(), port,
                config.publicBaseUrl() == null ? "" : config.publicBaseUrl(), WEBHOOK_PATH, port, AGENT_PATH);
    }

    public static Relay start(RelayConfig config, Clock clock) {
        return new Relay(config, clock);
    }

    public int port() {
        return port;
    }

    /** http://127.0.0.1:port, for tests and the demo on the same machine. */
    public URI localUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        ready.set(false);
        server.stop();
        workers.shutdown();
        inbox.close();
        outboxSender.close();
        engine.close();
        senderActions.close();
        mediaWorkers.shutdownNow();
        inboxDatabase.close();
        database.close();
        LOG.info("relay stopped");
    }

    /** Lets the engine wake the outbox sender, which is built after it. */
    private static final class OutboxWake implements Runnable {
        private volatile OutboxSender target;

        @Override
        public void run() {
            if (target != null) {
                target.wake();
            }
        }
    }
}
