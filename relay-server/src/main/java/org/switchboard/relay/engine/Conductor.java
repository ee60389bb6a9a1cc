package org.switchboard.relay.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.protocol.MessagingWindow;
import org.switchboard.protocol.ServerMessage;
import org.switchboard.relay.chat.Conversation;
import org.switchboard.relay.chat.Conversations;
import org.switchboard.relay.media.StoredMedia;
import org.switchboard.relay.messenger.WindowPolicy;
import org.switchboard.relay.outbox.OutboxStore;
import org.switchboard.relay.routing.QueuePosition;
import org.switchboard.relay.routing.Requirement;
import org.switchboard.relay.routing.Router;
import org.switchboard.relay.routing.RoutingDecision;
import org.switchboard.relay.routing.RoutingEvent;
import org.switchboard.relay.scenario.Block;
import org.switchboard.relay.scenario.ConversationState;
import org.switchboard.relay.scenario.ConversationStateCodec;
import org.switchboard.relay.scenario.DisconnectCause;
import org.switchboard.relay.scenario.ScenarioCommand;
import org.switchboard.relay.scenario.ScenarioEvent;
import org.switchboard.relay.scenario.ScenarioInterpreter;
import org.switchboard.relay.scenario.Step;
import org.switchboard.relay.store.Database;

/**
 * Connects the pure scenario interpreter and the pure router to the world: runs the commands of one and the
 * decisions of the other (store a message and queue it for Facebook, push an offer to a desktop, schedule a
 * wake-up) and feeds each one's outcome to the other. Threads: engine thread only.
 */
final class Conductor {
    private static final Logger LOG = LoggerFactory.getLogger(Conductor.class);

    private final Database database;
    private final Clock clock;
    private final Conversations conversations;
    private final OutboxStore outbox;
    private final Runnable outboxWake;
    private final AgentDesks desks;
    private final Router router;
    private final ScenarioInterpreter interpreter;
    private final WakeUps wakeUps;
    private final ConversationStateCodec stateCodec = new ConversationStateCodec();
    private final AgentViews views;
    private final Map<Long, LiveChat> chats = new HashMap<>();
    /** Chats whose scenario state changed since {@link #saveChangedStates}: one transaction per engine task. */
    private final Map<Long, LiveChat> unsavedStates = new LinkedHashMap<>();

    Conductor(Database database, Clock clock, Conversations conversations, OutboxStore outbox, Runnable outboxWake,
              AgentDesks desks, Router router, ScenarioInterpreter interpreter, WakeUps wakeUps) {
        this.database = database;
        this.clock = clock;
        this.conversations = conversations;
        this.outbox = outbox;
        this.outboxWake = outboxWake;
        this.desks = desks;
        this.router = router;
        this.interpreter = interpreter;
        this.wakeUps = wakeUps;
        this.views = new AgentViews(database, conversations, clock, desks, router);
    }

    // ---- conversations ----

    Optional<LiveChat> chat(String chatId) {
        try {
            return Optional.ofNullable(chats.get(Long.parseLong(chatId)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    Optional<LiveChat> chat(long chatId) {
        return Optional.ofNullable(chats.get(chatId));
    }

    void track(LiveChat chat) {
        chats.put(chat.id, chat);
    }

    /** Starts the chat's scenario with the customer's item variables. */
    void start(LiveChat chat, Map<String, String> itemVariables) {
        apply(chat, interpreter.start(chat.scenario, itemVariables, clock.instant()));
    }

    /** A restored conversation whose state came from the database: re-enter routing where needed. */
    void resume(LiveChat chat) {
        ConversationState.Phase phase = chat.state.phase();
        if (phase instanceof ConversationState.Phase.Queued
                || phase instanceof ConversationState.Phase.Connected
                || phase instanceof ConversationState.Phase.Connecting) {
            findAgentBlock(chat).ifPresent(find -> queue(chat, find.service(), find.skills(), Math.max(1, chat.state.priority())));
        }
        scheduleWakeUp(chat);
    }

    void customerWrote(LiveChat chat, Conversation conversation, ChatLine line) {
        chat.lastCustomerText = AgentViews.preview(line);
        chat.lastCustomerMessageAt = conversation.lastCustomerMessageAt();
        MessagingWindow window = views.window(chat);
        for (String agent : router.participants(chat.key())) {
            desks.push(agent, seq -> new ServerMessage.ChatMessage(seq, chat.key(), line));
            desks.push(agent, seq -> new ServerMessage.WindowChanged(seq, chat.key(), window));
        }
        if (chat.state != null) {
            feed(chat, new ScenarioEvent.CustomerMessage(line.text()));
        }
    }

    void feed(LiveChat chat, ScenarioEvent event) {
        if (chat.state == null) {
            return;
        }
        apply(chat, interpreter.on(chat.scenario, chat.state, event, clock.instant()));
    }

    /**
     * Stores the scenario state of every chat changed since the last call, in one transaction; the engine calls it
     * at the end of each task. The state is derived (redone from the stored events), so it need not be written
     * before the task's other effects.
     */
    void saveChangedStates() {
        if (unsavedStates.isEmpty()) {
            return;
        }
        List<LiveChat> changed = List.copyOf(unsavedStates.values());
        unsavedStates.clear();
        database.writeDerived(c -> {
            for (LiveChat chat : changed) {
                conversations.saveScenario(c, chat.id, chat.scenario.name(), chat.scenario.version(),
                        stateCodec.encode(chat.state));
            }
            return null;
        });
    }

    private void apply(LiveChat chat, Step step) {
        if (!step.state().equals(chat.state)) {
            unsavedStates.put(chat.id, chat);
        }
        chat.state = step.state();
        for (ScenarioCommand command : step.commands()) {
            if (chats.containsKey(chat.id)) {
                execute(chat, command);
            }
        }
    }

    private void execute(LiveChat chat, ScenarioCommand command) {
        if (command instanceof ScenarioCommand.SendMessage send) {
            sendToCustomer(chat, ChatLine.Author.SCENARIO, null, send.text(), send.quickReplies(), null);
        } else if (command instanceof ScenarioCommand.FindAgent find) {
            queue(chat, find.request().service(), find.request().skills(), find.request().priority());
        } else if (command instanceof ScenarioCommand.RelaxSkills relax) {
            route(new RoutingEvent.SkillsChanged(chat.key(), relax.skills()));
        } else if (command instanceof ScenarioCommand.ChangePriority priority) {
            route(new RoutingEvent.PriorityChanged(chat.key(), priority.priority()));
        } else if (command instanceof ScenarioCommand.CancelFind cancel) {
            route(new RoutingEvent.ChatCancelled(chat.key(), cancel.reason()));
        } else if (command instanceof ScenarioCommand.ConnectChat connect) {
            connect(chat, connect.destination());
        } else if (command instanceof ScenarioCommand.ScheduleWakeUp) {
            scheduleWakeUp(chat);
        } else if (command instanceof ScenarioCommand.EndInteraction end) {
            end(chat, end.reason());
        } else if (command instanceof ScenarioCommand.SaveSurvey survey) {
            database.writeDerived(c -> {
                conversations.saveSurvey(c, chat.id, survey.surveyBlock(), survey.rating(), survey.comment(), clock.instant());
                return null;
            });
        } else {
            LOG.warn("chat {}: scenario command {} is not supported by this relay", chat.id, command.getClass().getSimpleName());
        }
    }

    private void queue(LiveChat chat, String service, Map<String, Integer> skills, int priority) {
        chat.service = service;
        route(new RoutingEvent.ChatQueued(chat.key(), new Requirement(service, skills), priority));
        updateQueuePosition(chat);
    }

    private void updateQueuePosition(LiveChat chat) {
        Optional<QueuePosition> position = router.position(chat.key());
        position.ifPresent(p -> feed(chat, new ScenarioEvent.QueueUpdate(p.position(), p.estimatedWait())));
    }

    private void connect(LiveChat chat, String destination) {
        List<String> participants = router.participants(chat.key());
        if (!participants.contains(destination)) {
            feed(chat, new ScenarioEvent.ConnectNoAnswer(destination + " has not accepted this chat"));
            return;
        }
        views.showChat(chat, destination);
        feed(chat, new ScenarioEvent.ChatConnected(destination));
    }

    private void scheduleWakeUp(LiveChat chat) {
        Optional<Instant> at = Optional.ofNullable(chat.state.wakeUpAt());
        wakeUps.schedule("chat:" + chat.id, at, () -> chat(chat.id).ifPresent(live -> {
            updateQueuePosition(live);
            feed(live, new ScenarioEvent.WakeUp(clock.instant()));
        }));
    }

    private void end(LiveChat chat, String reason) {
        route(new RoutingEvent.ChatCancelled(chat.key(), reason));
        chats.remove(chat.id);
        wakeUps.cancel("chat:" + chat.id);
        database.writeDerived(c -> {
            conversations.close(c, chat.id, clock.instant());
            return null;
        });
        LOG.info("chat {} ended: {}", chat.id, reason);
    }

    /** Stores the line and its outbox row in one transaction, then wakes the sender; returns the message id. */
    long sendToCustomer(LiveChat chat, ChatLine.Author author, String authorName, String text, List<String> quickReplies,
                        String fromAgent) {
        return sendToCustomer(chat, author, authorName, text, quickReplies, fromAgent, null, null);
    }

    /**
     * As above; {@code clientRef} (agent + command id) makes a replayed agent command return the message it
     * already produced instead of sending it twice; {@code file} is an uploaded file sent instead of text.
     */
    long sendToCustomer(LiveChat chat, ChatLine.Author author, String authorName, String text, List<String> quickReplies,
                        String fromAgent, String clientRef, StoredMedia file) {
        WindowPolicy.Sender sender = fromAgent == null ? WindowPolicy.Sender.AUTOMATION : WindowPolicy.Sender.AGENT;
        Instant now = clock.instant();
        if (clientRef != null) {
            Optional<Long> earlier = database.read(c -> conversations.messageByClientRef(c, clientRef));
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        List<ChatAttachment> files = new ArrayList<>();
        // An agent's send is acknowledged, so it must be on disk; a scenario message is redone from the inbox.
        Database.SqlWork<Long> store = c -> {
            long id = conversations.addMessage(c, chat.id, author, authorName, null, text, now, DeliveryStatus.QUEUED);
            if (clientRef != null) {
                conversations.setClientRef(c, id, clientRef);
            }
            if (file != null) {
                files.add(conversations.attachments().addStored(c, id, file.contentType(), file.id()));
            }
            outbox.enqueue(c, id, chat.customer.pageId(), chat.customer.id(), sender, quickReplies, now);
            return id;
        };
        long messageId = fromAgent == null ? database.writeDerived(store) : database.write(store);
        outboxWake.run();
        ChatLine line = new ChatLine(String.valueOf(messageId), author, authorName, text, now, DeliveryStatus.QUEUED, files);
        for (String agent : router.participants(chat.key())) {
            // An agent's own desktop shows its line already and learns the id from the ack.
            if (!agent.equals(fromAgent)) {
                desks.push(agent, seq -> new ServerMessage.ChatMessage(seq, chat.key(), line));
            }
        }
        return messageId;
    }

    void pushToParticipants(long chatId, LongFunction<ServerMessage> message) {
        chat(chatId).ifPresent(chat -> views.toParticipants(chat, message));
    }

    /** Tells the chat's agents that an outbound line changed status. */
    void pushStatus(long chatId, String messageId, DeliveryStatus status, String detail) {
        pushToParticipants(chatId, seq -> new ServerMessage.MessageStatus(seq, String.valueOf(chatId), messageId, status, detail));
    }

    // ---- routing ----

    /** Feeds the router and carries out what it decides; returns the decisions for callers that check them. */
    List<RoutingDecision> route(RoutingEvent event) {
        List<RoutingDecision> decisions = router.on(event);
        decisions.forEach(this::decide);
        wakeUps.schedule(WakeUps.ROUTER, router.nextWakeUp(), () -> route(new RoutingEvent.Tick()));
        return decisions;
    }

    void decide(RoutingDecision decision) {
        if (decision instanceof RoutingDecision.AgentStateChanged changed) {
            desks.push(changed.agent(), seq -> new ServerMessage.StateChanged(seq, changed.state(), changed.reason()));
            return;
        }
        if (decision instanceof RoutingDecision.OfferWithdrawn withdrawn) {
            desks.push(withdrawn.agent(), seq -> new ServerMessage.OfferRevoked(seq, withdrawn.chatId(), withdrawn.reason()));
            return;
        }
        if (!(decision instanceof RoutingDecision.ForChat forChat)) {
            return;
        }
        String chatId = forChat.chatId();
        Optional<LiveChat> found = chat(chatId);
        if (found.isEmpty()) {
            LOG.debug("routing decision {} for chat {} that is no longer live", decision.getClass().getSimpleName(), chatId);
            return;
        }
        LiveChat chat = found.get();
        if (decision instanceof RoutingDecision.OfferChat offer) {
            MessagingWindow window = views.window(chat);
            String via = offer.kind().name().toLowerCase(java.util.Locale.ROOT);
            String from = offer.kind() == RoutingDecision.OfferKind.QUEUE ? null
                    : router.participants(chat.key()).stream().findFirst().orElse(null);
            desks.push(offer.agent(), seq -> new ServerMessage.Offer(seq, chat.key(), chat.customer, chat.service,
                    chat.lastCustomerText, offer.expiresAt(), window, via, from));
        } else if (decision instanceof RoutingDecision.ChatAssigned assigned) {
            database.writeDerived(c -> {
                conversations.assign(c, chat.id, assigned.agent());
                return null;
            });
            if (chat.state.phase() instanceof ConversationState.Phase.Queued) {
                feed(chat, new ScenarioEvent.AgentFound(assigned.agent(), desks.displayName(assigned.agent())));
            } else {
                views.showChat(chat, assigned.agent());
                feed(chat, new ScenarioEvent.AgentJoined(assigned.agent()));
            }
        } else if (decision instanceof RoutingDecision.ParticipantJoined joined) {
            views.showChat(chat, joined.agent());
            feed(chat, new ScenarioEvent.AgentJoined(joined.agent()));
        } else if (decision instanceof RoutingDecision.ParticipantLeft left) {
            desks.push(left.agent(), seq -> new ServerMessage.ChatEnded(seq, chat.key(), left.reason()));
            feed(chat, new ScenarioEvent.AgentLeft(left.agent()));
        } else if (decision instanceof RoutingDecision.ChatClosed closed) {
            feed(chat, new ScenarioEvent.ChatDisconnected(causeOf(closed.reason())));
        } else if (decision instanceof RoutingDecision.ChatRequeued requeued) {
            LOG.info("chat {} is waiting again: {}", chat.id, requeued.reason());
        } else if (decision instanceof RoutingDecision.TransferFailed failed) {
            LOG.info("chat {}: transfer to {} failed: {}", chat.id, failed.target(), failed.reason());
            router.participants(chat.key()).forEach(agent -> desks.push(agent, seq -> new ServerMessage.Error(seq, null,
                    "transfer-failed", "Chat " + chat.key() + " was not handed to " + failed.target() + ": " + failed.reason())));
        }
    }

    /** Re-sends every chat the agent is in (after a login or reconnect). */
    void showChatsOf(String agent) {
        chats.values().stream().filter(chat -> router.participants(chat.key()).contains(agent))
                .forEach(chat -> views.showChat(chat, agent));
    }

    private Optional<Block.FindAgent> findAgentBlock(LiveChat chat) {
        return chat.scenario.blocks().stream().filter(Block.FindAgent.class::isInstance).map(Block.FindAgent.class::cast).findFirst();
    }

    private static DisconnectCause causeOf(String reason) {
        if (reason == null || reason.contains("agents left")) {
            return DisconnectCause.AGENTS_LEFT;
        }
        return reason.contains("logged out") ? DisconnectCause.AGENT_LOGOUT : DisconnectCause.SYSTEM;
    }
}
