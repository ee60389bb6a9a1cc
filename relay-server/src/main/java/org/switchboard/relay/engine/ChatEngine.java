package org.switchboard.relay.engine;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.Customer;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.protocol.PhoneDevice;
import org.switchboard.protocol.ProtocolVersion;
import org.switchboard.protocol.ServerMessage;
import org.switchboard.relay.accounts.AccountDirectory;
import org.switchboard.relay.agents.AgentAccount;
import org.switchboard.relay.agents.AgentConnection;
import org.switchboard.relay.agents.AgentEvents;
import org.switchboard.relay.agents.Role;
import org.switchboard.relay.agents.SessionTokens;
import org.switchboard.relay.chat.Conversation;
import org.switchboard.relay.chat.Conversations;
import org.switchboard.relay.inbox.InboxRow;
import org.switchboard.relay.media.MediaStore;
import org.switchboard.relay.ops.WorkThreads;
import org.switchboard.relay.outbox.OutboxListener;
import org.switchboard.relay.profiles.CustomerProfileRecord;
import org.switchboard.relay.routing.Router;
import org.switchboard.relay.routing.RouterQueueStats;
import org.switchboard.relay.routing.RoutingDecision;
import org.switchboard.relay.routing.RoutingEvent;
import org.switchboard.relay.routing.ServiceStats;
import org.switchboard.relay.scenario.ConversationState;
import org.switchboard.relay.scenario.ConversationStateCodec;
import org.switchboard.relay.scenario.ScenarioDefinition;
import org.switchboard.relay.scenario.ScenarioInterpreter;
import org.switchboard.relay.scenario.ScenarioSelector;
import org.switchboard.relay.store.Database;

/**
 * The relay's single-threaded heart: stored webhook events, agent commands, outbox results and timers all
 * become tasks on one engine thread, which owns every live chat, the scenario runs and the ACD, so nothing
 * races and each conversation is processed in order. Threads: public methods may be called from any thread;
 * they only queue work.
 */
public final class ChatEngine implements AgentEvents, OutboxListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChatEngine.class);

    /** Inbox rows that may wait in memory for processing; more are read back from the inbox file. */
    private static final int MEMORY_ROWS = 20_000;

    private final Database database;
    private final Clock clock;
    private final AccountDirectory accounts;
    private final Conversations conversations;
    private final ScenarioSelector scenarios;
    private final SenderActions senderActions;
    private final SessionTokens tokens;
    private final MediaStore mediaStore;
    private final CustomerArrivals arrivals;
    private final InboxBatches inbox;
    private final AgentDesks desks = new AgentDesks();
    private final Router router;
    private final Conductor conductor;
    private final InboxFeed feed;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(WorkThreads.background("chat-engine", false, false));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            WorkThreads.background("chat-timer", false, true));

    public ChatEngine(Clock clock, EngineServices services, EngineSettings settings) {
        this.database = services.database();
        this.clock = clock;
        this.accounts = services.accounts();
        this.conversations = services.conversations();
        this.scenarios = settings.scenarios();
        this.senderActions = services.senderActions();
        this.tokens = services.tokens();
        this.mediaStore = services.mediaStore();
        this.inbox = new InboxBatches(database, new InboxProcessor(conversations, services.outbox()));
        this.router = new Router(clock, settings.routing());
        WakeUps wakeUps = new WakeUps(clock, timer, this::submit);
        this.conductor = new Conductor(database, clock, conversations, services.outbox(), services.outboxWake(), desks,
                router, new ScenarioInterpreter(new RouterQueueStats(router)), wakeUps);
        this.arrivals = new CustomerArrivals(this::submit, database, conversations, accounts, services.profiles(),
                services.media());
        this.feed = new InboxFeed(this::submit, (delay, task) -> timer.schedule(task, delay, TimeUnit.NANOSECONDS),
                System::nanoTime, ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime, this::processChunk,
                services.storedInbox(), MEMORY_ROWS);
    }

    /** Brings back the open conversations of a previous run (their scenario state is in the database). */
    public void restoreOpenConversations() {
        submit(() -> {
            ConversationStateCodec codec = new ConversationStateCodec();
            for (Conversation conversation : database.read(conversations::allOpen)) {
                database.read(c -> conversations.scenarioState(c, conversation.id())).ifPresent(json -> {
                    LiveChat chat = newChat(conversation, codec.decode(json));
                    conductor.resume(chat);
                });
            }
        });
    }

    /**
     * Stored events to process, in inbox order (called after their commit), fed by {@link InboxFeed}. Each chunk's
     * effects commit in one transaction together with the inbox cursor.
     */
    public void process(List<InboxRow> rows) {
        feed.arrived(rows);
    }

    /** At start: processes every stored row after the cursor, read back from the inbox file in chunks. */
    public void catchUp(long processedThrough) {
        feed.catchUp(processedThrough);
    }

    /** The ACD's live figures per service, read on the engine thread. */
    public CompletableFuture<List<ServiceStats>> serviceStats() {
        CompletableFuture<List<ServiceStats>> stats = new CompletableFuture<>();
        submit(() -> stats.complete(router.allStats()));
        return stats;
    }

    @Override
    public void loggedIn(AgentConnection connection, AgentAccount agent, String loginId, PhoneDevice device) {
        submit(() -> login(connection, agent, loginId));
    }

    @Override
    public void command(AgentConnection connection, ClientMessage command) {
        submit(() -> {
            if (desks.isCurrent(connection)) {
                new AgentCommandHandler(conductor, router, desks, senderActions, tokens, mediaStore, connection)
                        .handle(command);
            }
        });
    }

    @Override
    public void disconnected(AgentConnection connection) {
        submit(() -> {
            if (desks.logout(connection)) {
                LOG.info("agent {} disconnected", connection.username());
                conductor.route(new RoutingEvent.AgentDisconnected(connection.username()));
            }
        });
    }

    @Override
    public void statusChanged(long conversationId, long messageId, DeliveryStatus status, String detail) {
        submit(() -> conductor.pushStatus(conversationId, String.valueOf(messageId), status, detail));
    }

    private void submit(Runnable task) {
        try {
            thread.execute(() -> {
                try {
                    task.run();
                    conductor.saveChangedStates();
                } catch (RuntimeException e) {
                    LOG.error("engine task failed", e);
                }
            });
        } catch (RejectedExecutionException stopped) {
            // The engine is closing: stored events not processed yet are processed at the next start.
            LOG.debug("engine stopped; a task submitted meanwhile was dropped");
        }
    }

    private void processChunk(List<InboxRow> rows) {
        inbox.commit(rows, clock.instant()).forEach(this::act);
    }

    private void act(InboxOutcome outcome) {
        if (outcome instanceof InboxOutcome.CustomerLine line) {
            Optional<LiveChat> live = conductor.chat(line.conversation().id());
            LiveChat chat = live.orElseGet(() -> newChat(line.conversation(), null));
            arrivals.line(chat, line.line(), line.downloads(),
                    delivered -> conductor.customerWrote(chat, line.conversation(), delivered));
            if (live.isEmpty()) {
                LOG.info("chat {} opened for page {}", chat.id, chat.customer.pageId());
                arrivals.newChat(chat, profile -> {
                    profile.ifPresent(p -> chat.customer = withProfile(chat.customer, p));
                    conductor.start(chat, itemVariables(chat.customer, profile));
                });
            }
        } else if (outcome instanceof InboxOutcome.PageLine page) {
            conductor.pushToParticipants(page.conversationId(),
                    seq -> new ServerMessage.ChatMessage(seq, String.valueOf(page.conversationId()), page.line()));
        } else if (outcome instanceof InboxOutcome.Statuses statuses) {
            statuses.messageIds().forEach(id -> conductor.pushStatus(statuses.conversationId(), id, statuses.status(), null));
        }
    }

    private LiveChat newChat(Conversation conversation, ConversationState state) {
        ScenarioDefinition scenario = state == null ? scenarios.forPage(conversation.pageId())
                : scenarios.version(state.scenario(), state.version(), conversation.pageId());
        String pageName = accounts.byPageId(conversation.pageId()).map(a -> a.name()).orElse(conversation.pageId());
        LiveChat chat = new LiveChat(conversation.id(), new Customer(conversation.customerId(), null, conversation.pageId(),
                pageName), scenario);
        chat.state = state;
        chat.lastCustomerMessageAt = conversation.lastCustomerMessageAt();
        conductor.track(chat);
        return chat;
    }

    private static Map<String, String> itemVariables(Customer customer, Optional<CustomerProfileRecord> profile) {
        Map<String, String> variables = new HashMap<>();
        variables.put("item.from", customer.id());
        variables.put("item.pageId", customer.pageId());
        variables.put("item.firstName", profile.map(CustomerProfileRecord::firstName).orElse(""));
        variables.put("item.lastName", profile.map(CustomerProfileRecord::lastName).orElse(""));
        return variables;
    }

    private static Customer withProfile(Customer customer, CustomerProfileRecord profile) {
        String name = String.join(" ", java.util.stream.Stream.of(profile.firstName(), profile.lastName())
                .filter(part -> part != null && !part.isBlank()).toList());
        return new Customer(customer.id(), name, customer.pageId(), customer.pageName(),
                profile.pictureMediaId() == null ? null : "/media/" + profile.pictureMediaId());
    }

    private void login(AgentConnection connection, AgentAccount agent, String loginId) {
        desks.login(agent, connection).ifPresent(old -> {
            old.connection().push(seq -> new ServerMessage.Error(seq, null, "replaced", "Logged in from another place."));
            old.connection().close();
        });
        boolean returning = router.state(agent.username()) != org.switchboard.protocol.AgentState.LOGGED_OUT;
        RoutingEvent event = returning ? new RoutingEvent.AgentReconnected(agent.username())
                : new RoutingEvent.AgentLoggedIn(agent.username(), agent.services(), agent.skills(), agent.maxChats());
        // The login answer goes first: decide the routing change, answer, then carry out the decisions.
        List<RoutingDecision> decisions = router.on(event);
        String mediaToken = tokens.issue(agent.username());
        connection.push(seq -> new ServerMessage.LoginOk(seq, loginId, ProtocolVersion.CURRENT, agent.username(),
                agent.displayName(), agent.roles().stream().map(Role::wire).sorted().toList(), router.state(agent.username()),
                mediaToken));
        conductor.showChatsOf(agent.username());
        decisions.forEach(conductor::decide);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        // Queued inbox rows are durable: what is not processed now is processed at the next start.
        List<Runnable> dropped = thread.shutdownNow();
        if (!dropped.isEmpty()) {
            LOG.info("engine stopping; {} queued task(s) left for the next start", dropped.size());
        }
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("engine did not finish its current task within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
