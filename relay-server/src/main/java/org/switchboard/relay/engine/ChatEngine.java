package org.switchboard.relay.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.AgentState;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.Customer;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.protocol.PhoneDevice;
import org.switchboard.protocol.ServerMessage;
import org.switchboard.protocol.ProtocolVersion;
import org.switchboard.relay.accounts.AccountDirectory;
import org.switchboard.relay.agents.AgentAccount;
import org.switchboard.relay.agents.AgentConnection;
import org.switchboard.relay.agents.AgentEvents;
import org.switchboard.relay.agents.Role;
import org.switchboard.relay.chat.Conversation;
import org.switchboard.relay.chat.Conversations;
import org.switchboard.relay.inbox.InboxRow;
import org.switchboard.relay.messenger.WindowPolicy;
import org.switchboard.relay.outbox.OutboxListener;
import org.switchboard.relay.outbox.OutboxStore;
import org.switchboard.relay.store.Database;

/**
 * The relay's single-threaded heart: stored webhook events, agent commands, outbox results and timers all
 * become tasks on one engine thread, which owns every live chat and the ACD, so nothing races and each
 * conversation is processed in order. Threads: public methods may be called from any thread; they only queue.
 */
public final class ChatEngine implements AgentEvents, OutboxListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChatEngine.class);
    private static final int PROCESS_CHUNK = 500;

    private final Database database;
    private final Clock clock;
    private final Conversations conversations;
    private final OutboxStore outbox;
    private final Runnable outboxWake;
    private final AccountDirectory accounts;
    private final ScenarioWalk scenario;
    private final InboxProcessor inbox;
    private final OfferQueue acd;
    private final AgentDesks desks = new AgentDesks();
    private final Map<Long, ChatRun> chats = new HashMap<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "chat-engine"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "chat-timer"));
    private ScheduledFuture<?> offerTimer;

    public ChatEngine(Database database, Clock clock, AccountDirectory accounts, Conversations conversations,
                      OutboxStore outbox, Runnable outboxWake, ChatSettings settings) {
        this.database = database;
        this.clock = clock;
        this.accounts = accounts;
        this.conversations = conversations;
        this.outbox = outbox;
        this.outboxWake = outboxWake;
        this.acd = new OfferQueue(clock, settings.offerTimeout());
        this.scenario = new ScenarioWalk(settings.scenario(), clock, new LiveQueueStats(acd));
        this.inbox = new InboxProcessor(conversations, outbox);
    }

    /**
     * Stored events to process, in inbox order (called after their commit, and at start for leftovers). Each
     * chunk's effects commit in one transaction together with the rows' processed marks.
     */
    public void process(List<InboxRow> rows) {
        for (int from = 0; from < rows.size(); from += PROCESS_CHUNK) {
            List<InboxRow> chunk = rows.subList(from, Math.min(rows.size(), from + PROCESS_CHUNK));
            submit(() -> processChunk(chunk));
        }
    }

    @Override
    public void loggedIn(AgentConnection connection, AgentAccount agent, String loginId, PhoneDevice device) {
        submit(() -> login(connection, agent, loginId));
    }

    @Override
    public void command(AgentConnection connection, ClientMessage command) {
        submit(() -> {
            if (desks.isCurrent(connection)) {
                new AgentCommandHandler(this, connection).handle(command);
            }
        });
    }

    @Override
    public void disconnected(AgentConnection connection) {
        submit(() -> {
            if (desks.logout(connection)) {
                LOG.info("agent {} disconnected", connection.username());
                acd.agentLoggedOut(connection.username());
                matchOffers();
            }
        });
    }

    @Override
    public void statusChanged(long conversationId, long messageId, DeliveryStatus status, String detail) {
        submit(() -> pushStatus(conversationId, String.valueOf(messageId), status, detail));
    }

    private void submit(Runnable task) {
        thread.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("engine task failed", e);
            }
        });
    }

    // ---- inbound events ----

    private void processChunk(List<InboxRow> rows) {
        Instant now = clock.instant();
        List<InboxOutcome> outcomes = database.write(c -> {
            List<InboxOutcome> applied = new ArrayList<>(rows.size());
            for (InboxRow row : rows) {
                applied.add(inbox.apply(c, row, now));
            }
            return applied;
        });
        outcomes.forEach(this::act);
    }

    private void act(InboxOutcome outcome) {
        if (outcome instanceof InboxOutcome.CustomerLine line) {
            customerLine(line);
        } else if (outcome instanceof InboxOutcome.PageLine page) {
            pushLine(page.conversation().id(), page.line());
        } else if (outcome instanceof InboxOutcome.Statuses statuses) {
            statuses.messageIds().forEach(id -> pushStatus(statuses.conversationId(), id, statuses.status(), null));
        }
    }

    private void customerLine(InboxOutcome.CustomerLine line) {
        Conversation conversation = line.conversation();
        ChatRun run = chats.get(conversation.id());
        if (run == null) {
            run = new ChatRun(conversation.id(), customer(conversation));
            chats.put(conversation.id(), run);
            run.lastCustomerText = line.line().text();
            LOG.info("chat {} opened for page {}", run.chatId, conversation.pageId());
            apply(run, scenario.start(run));
            return;
        }
        run.lastCustomerText = line.line().text();
        pushLine(run.chatId, line.line());
    }

    private Customer customer(Conversation conversation) {
        String pageName = accounts.byPageId(conversation.pageId()).map(a -> a.name()).orElse(conversation.pageId());
        return new Customer(conversation.customerId(), null, conversation.pageId(), pageName);
    }

    // ---- scenario steps ----

    private void apply(ChatRun run, List<ScenarioWalk.Step> steps) {
        for (ScenarioWalk.Step step : steps) {
            if (step instanceof ScenarioWalk.Step.Send send) {
                sendToCustomer(run, ChatLine.Author.SCENARIO, null, send.text(), WindowPolicy.Sender.AUTOMATION);
            } else if (step instanceof ScenarioWalk.Step.Queue queue) {
                run.phase = ChatRun.Phase.QUEUED;
                acd.enqueue(run.chatId, queue.service(), queue.priority());
                matchOffers();
            } else if (step instanceof ScenarioWalk.Step.Connect connect) {
                connect(run, connect.agent());
            } else if (step instanceof ScenarioWalk.Step.End end) {
                end(run, end.reason());
            }
        }
    }

    /** Stores the line and its outbox row in one transaction, then wakes the sender; returns the message id. */
    long sendToCustomer(ChatRun run, ChatLine.Author author, String authorName, String text, WindowPolicy.Sender sender) {
        Instant now = clock.instant();
        long messageId = database.write(c -> {
            long id = conversations.addMessage(c, run.chatId, author, authorName, null, text, now, DeliveryStatus.QUEUED);
            outbox.enqueue(c, id, run.customer.pageId(), run.customer.id(), sender, now);
            return id;
        });
        outboxWake.run();
        if (author != ChatLine.Author.AGENT) {
            // The agent's own desktop shows its line already and learns the id from the ack.
            pushLine(run.chatId, new ChatLine(String.valueOf(messageId), author, authorName, text, now, DeliveryStatus.QUEUED));
        }
        return messageId;
    }

    private void connect(ChatRun run, String agent) {
        run.phase = ChatRun.Phase.CONNECTED;
        run.agent = agent;
        database.write(c -> {
            conversations.assign(c, run.chatId, agent);
            return null;
        });
        List<ChatLine> transcript = database.read(c -> conversations.transcript(c, run.chatId));
        desks.push(agent, seq -> new ServerMessage.ChatStarted(seq, run.chatKey(), run.customer, transcript, null));
        setAgentState(agent, AgentState.BUSY, null);
    }

    void end(ChatRun run, String reason) {
        if (run.phase == ChatRun.Phase.ENDED) {
            return;
        }
        ChatRun.Phase previous = run.phase;
        run.phase = ChatRun.Phase.ENDED;
        acd.cancel(run.chatId);
        database.write(c -> {
            conversations.close(c, run.chatId, clock.instant());
            return null;
        });
        chats.remove(run.chatId);
        if (run.agent != null && previous == ChatRun.Phase.CONNECTED) {
            desks.push(run.agent, seq -> new ServerMessage.ChatEnded(seq, run.chatKey(), reason));
        }
        LOG.info("chat {} ended: {}", run.chatId, reason);
    }

    /** The agent ended the chat: the scenario continues after Connect Chat (goodbye, survey, exit). */
    void agentEnded(ChatRun run) {
        String agent = run.agent;
        desks.push(agent, seq -> new ServerMessage.ChatEnded(seq, run.chatKey(), "ended by agent"));
        run.phase = ChatRun.Phase.SCENARIO;
        acd.chatFinished(agent);
        run.agent = null;
        apply(run, scenario.resume(run, "next"));
        setAgentState(agent, stateAfterChat(agent), null);
        matchOffers();
    }

    // ---- routing ----

    void matchOffers() {
        for (OfferQueue.PendingOffer offer : acd.match()) {
            ChatRun run = chats.get(offer.chatId());
            desks.push(offer.agent(), seq -> new ServerMessage.Offer(seq, run.chatKey(), run.customer, "Support",
                    run.lastCustomerText, offer.expiresAt(), null));
            setAgentState(offer.agent(), AgentState.RINGING, null);
        }
        scheduleOfferExpiry();
    }

    void accepted(ChatRun run, String agent) {
        acd.accepted(run.chatId, agent);
        run.variables.put("destination", agent);
        run.variables.put("agent.name", agentDisplayName(agent));
        run.agent = agent;
        apply(run, scenario.resume(run, "found"));
    }

    void declined(String agent, String reason) {
        OfferQueue.PendingOffer offer = acd.declined(agent);
        desks.push(agent, seq -> new ServerMessage.OfferRevoked(seq, String.valueOf(offer.chatId()), reason));
        setAgentState(agent, AgentState.NOT_READY, reason);
        matchOffers();
    }

    private void scheduleOfferExpiry() {
        if (offerTimer != null) {
            offerTimer.cancel(false);
        }
        Optional<Instant> next = acd.nextExpiry();
        if (next.isPresent()) {
            long delay = Math.max(0, Duration.between(clock.instant(), next.get()).toMillis());
            offerTimer = timer.schedule(() -> submit(this::expireOffers), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void expireOffers() {
        for (OfferQueue.PendingOffer offer : acd.expired(clock.instant())) {
            LOG.info("offer of chat {} to {} timed out", offer.chatId(), offer.agent());
            declined(offer.agent(), "missed");
        }
        scheduleOfferExpiry();
    }

    // ---- agents ----

    private void login(AgentConnection connection, AgentAccount agent, String loginId) {
        desks.login(agent, connection).ifPresent(old -> {
            old.connection().push(seq -> new ServerMessage.Error(seq, null, "replaced", "Logged in from another place."));
            old.connection().close();
        });
        List<ChatRun> held = chats.values().stream().filter(r -> agent.username().equals(r.agent)
                && r.phase == ChatRun.Phase.CONNECTED).toList();
        acd.agentLoggedIn(agent.username(), agent.maxChats(), held.size());
        AgentState state = held.isEmpty() ? AgentState.NOT_READY : AgentState.BUSY;
        connection.push(seq -> new ServerMessage.LoginOk(seq, loginId, ProtocolVersion.CURRENT, agent.username(),
                agent.displayName(), agent.roles().stream().map(Role::wire).sorted().toList(), state));
        for (ChatRun run : held) {
            List<ChatLine> transcript = database.read(c -> conversations.transcript(c, run.chatId));
            connection.push(seq -> new ServerMessage.ChatStarted(seq, run.chatKey(), run.customer, transcript, null));
        }
    }

    void setAgentState(String agent, AgentState state, String reason) {
        desks.push(agent, seq -> new ServerMessage.StateChanged(seq, state, reason));
    }

    AgentState stateAfterChat(String agent) {
        boolean holdsChats = chats.values().stream().anyMatch(r -> agent.equals(r.agent) && r.phase == ChatRun.Phase.CONNECTED);
        return holdsChats ? AgentState.BUSY : AgentState.READY;
    }

    private String agentDisplayName(String agent) {
        return desks.desk(agent).map(d -> d.account().displayName()).orElse(agent);
    }

    private void pushLine(long chatId, ChatLine line) {
        ChatRun run = chats.get(chatId);
        if (run != null && run.agent != null && run.phase == ChatRun.Phase.CONNECTED) {
            desks.push(run.agent, seq -> new ServerMessage.ChatMessage(seq, run.chatKey(), line));
        }
    }

    private void pushStatus(long chatId, String messageId, DeliveryStatus status, String detail) {
        ChatRun run = chats.get(chatId);
        if (run != null && run.agent != null) {
            desks.push(run.agent, seq -> new ServerMessage.MessageStatus(seq, run.chatKey(), messageId, status, detail));
        }
    }

    // ---- accessors for the command handler (engine thread) ----

    AgentDesks desks() {
        return desks;
    }

    OfferQueue acd() {
        return acd;
    }

    Optional<ChatRun> chat(String chatId) {
        try {
            return Optional.ofNullable(chats.get(Long.parseLong(chatId)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
