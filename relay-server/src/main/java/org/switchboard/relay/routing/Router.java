package org.switchboard.relay.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.AgentState;
import org.switchboard.relay.routing.RoutingDecision.OfferKind;
import org.switchboard.relay.routing.RoutingEvent.AgentDisconnected;
import org.switchboard.relay.routing.RoutingEvent.AgentLoggedIn;
import org.switchboard.relay.routing.RoutingEvent.AgentLoggedOut;
import org.switchboard.relay.routing.RoutingEvent.AgentNotReady;
import org.switchboard.relay.routing.RoutingEvent.AgentReady;
import org.switchboard.relay.routing.RoutingEvent.AgentReconnected;
import org.switchboard.relay.routing.RoutingEvent.ChatCancelled;
import org.switchboard.relay.routing.RoutingEvent.ChatEnded;
import org.switchboard.relay.routing.RoutingEvent.ChatQueued;
import org.switchboard.relay.routing.RoutingEvent.ConferenceAdd;
import org.switchboard.relay.routing.RoutingEvent.OfferAccepted;
import org.switchboard.relay.routing.RoutingEvent.OfferRejected;
import org.switchboard.relay.routing.RoutingEvent.PriorityChanged;
import org.switchboard.relay.routing.RoutingEvent.SkillsChanged;
import org.switchboard.relay.routing.RoutingEvent.Tick;
import org.switchboard.relay.routing.RoutingEvent.TransferToAgent;
import org.switchboard.relay.routing.RoutingEvent.TransferToService;
import org.switchboard.relay.routing.RoutingEvent.WrapUpDone;

/**
 * Decides who gets a waiting chat; never sends, sleeps or reads anything but the injected clock. Waiting chats
 * are served by priority × time waited, each to the eligible agent idle longest; dispatch expire; rejected and
 * orphaned chats keep their place. After every event no waiting chat has an available eligible agent, so a
 * decision only looks at the one chat or agent that changed. Not thread-safe: one engine thread owns it.
 */
public final class Router {
    private static final Logger log = LoggerFactory.getLogger(Router.class);

    private final Clock clock;
    private final RoutingSettings settings;
    private final RoutingIndex index;
    private final Timers timers = new Timers();
    private final Dispatch dispatch;
    private final ChatChanges changes;
    private long nextSeq;

    public Router(Clock clock, RoutingSettings settings) {
        this.clock = clock;
        this.settings = settings;
        this.index = new RoutingIndex(settings.defaultHandleTime());
        this.dispatch = new Dispatch(index, timers, settings);
        this.changes = new ChatChanges(index, dispatch);
    }

    public List<RoutingDecision> on(RoutingEvent event) {
        Instant now = clock.instant();
        List<RoutingDecision> out = new ArrayList<>();
        Session session = new Session(now, out);
        if (event instanceof AgentLoggedIn e) {
            loggedIn(session, e);
        } else if (event instanceof ChatQueued e) {
            queued(session, e);
        } else if (event instanceof Tick) {
            tick(session);
        } else {
            handle(session, event);
        }
        return out;
    }

    private void handle(Session s, RoutingEvent event) {
        if (event instanceof AgentLoggedOut e) {
            withAgent(e.agent(), event, agent -> dispatch.leave(s, agent, "logged out"));
        } else if (event instanceof AgentDisconnected e) {
            withAgent(e.agent(), event, agent -> dispatch.disconnected(s, agent));
        } else if (event instanceof AgentReconnected e) {
            withAgent(e.agent(), event, agent -> dispatch.reconnected(s, agent));
        } else if (event instanceof AgentReady e) {
            withAgent(e.agent(), event, agent -> dispatch.ready(s, agent));
        } else if (event instanceof AgentNotReady e) {
            withAgent(e.agent(), event, agent -> dispatch.notReady(s, agent, e.reason() == null ? "" : e.reason()));
        } else if (event instanceof WrapUpDone e) {
            withAgent(e.agent(), event, agent -> dispatch.wrapUpDone(s, agent));
        } else if (event instanceof OfferAccepted e) {
            withAgent(e.agent(), event, agent -> dispatch.accepted(s, agent, e.chatId()));
        } else if (event instanceof OfferRejected e) {
            withAgent(e.agent(), event, agent -> dispatch.rejected(s, agent, e.chatId()));
        } else if (event instanceof ChatEnded e) {
            withAgent(e.agent(), event, agent -> dispatch.agentEnded(s, agent, e.chatId()));
        } else if (event instanceof TransferToAgent e) {
            withChat(e.chatId(), event, chat -> changes.offerTo(s, chat, e.fromAgent(), e.toAgent(), OfferKind.TRANSFER));
        } else if (event instanceof ConferenceAdd e) {
            withChat(e.chatId(), event, chat -> changes.offerTo(s, chat, e.byAgent(), e.agent(), OfferKind.CONFERENCE));
        } else if (event instanceof TransferToService e) {
            withChat(e.chatId(), event, chat -> changes.toService(s, chat, e.fromAgent(), e.requirement()));
        } else if (event instanceof PriorityChanged e) {
            withChat(e.chatId(), event, chat -> changes.priority(chat, e.priority()));
        } else if (event instanceof SkillsChanged e) {
            withChat(e.chatId(), event, chat -> changes.requirement(s, chat,
                    new Requirement(chat.requirement.service(), e.skills())));
        } else if (event instanceof ChatCancelled e) {
            withChat(e.chatId(), event, chat -> dispatch.close(s, chat, e.reason() == null ? "cancelled" : e.reason()));
        } else {
            log.warn("routing event {} is not handled", event.getClass().getSimpleName());
        }
    }

    private void loggedIn(Session s, AgentLoggedIn e) {
        if (index.agents.containsKey(e.agent())) {
            log.warn("agent {} logged in twice; keeping the first session's skills", e.agent());
            return;
        }
        AgentRecord agent = new AgentRecord(e.agent(), e.services(), e.skills(),
                e.capacity() == 0 ? settings.defaultCapacity() : e.capacity(), s.now());
        index.addAgent(agent);
        dispatch.show(s, agent);
    }

    /** A chat already waiting (Find Agent again after a re-queue) keeps its place and takes the new requirement. */
    private void queued(Session s, ChatQueued e) {
        ChatRecord existing = index.chats.get(e.chatId());
        if (existing != null) {
            if (existing.status == ChatRecord.Status.WAITING) {
                changes.priority(existing, e.priority());
                changes.requirement(s, existing, e.requirement());
            } else {
                log.debug("chat {} queued while {}; ignored", e.chatId(), existing.status);
            }
            return;
        }
        ChatRecord chat = new ChatRecord(e.chatId(), nextSeq++, e.requirement(), e.priority(), s.now());
        index.chats.put(chat.id, chat);
        index.enqueue(chat);
        dispatch.routeChat(s, chat);
    }

    private void tick(Session s) {
        for (Timers.Timer timer : timers.due(s.now())) {
            AgentRecord agent = index.agents.get(timer.agent());
            if (agent == null) {
                continue;
            }
            switch (timer.kind()) {
                case OFFER_EXPIRY -> dispatch.expired(s, agent);
                case AFTER_CHAT_WORK -> dispatch.afterChatWorkOver(s, agent);
                case DISCONNECT_GRACE -> dispatch.leave(s, agent, "disconnected");
            }
        }
    }

    private void withAgent(String name, RoutingEvent event, Consumer<AgentRecord> action) {
        AgentRecord agent = index.agents.get(name);
        if (agent == null) {
            log.debug("routing event {} for agent {} who is not logged in; ignored", event.getClass().getSimpleName(), name);
            return;
        }
        action.accept(agent);
    }

    private void withChat(String chatId, RoutingEvent event, Consumer<ChatRecord> action) {
        ChatRecord chat = index.chats.get(chatId);
        if (chat == null) {
            log.debug("routing event {} for unknown chat {}; ignored", event.getClass().getSimpleName(), chatId);
            return;
        }
        action.accept(chat);
    }

    /** When the engine should send the next {@link Tick}. */
    public Optional<Instant> nextWakeUp() {
        return timers.next();
    }

    public ServiceStats stats(String service) {
        return index.service(service).stats(clock.instant());
    }

    /** Live figures of every service agents or chats have named, by service name. */
    public java.util.List<ServiceStats> allStats() {
        return index.serviceNames().stream().sorted().map(this::stats).toList();
    }

    /** The chat's place in its service's queue, if it is waiting. Linear in the chats ahead of it. */
    public Optional<QueuePosition> position(String chatId) {
        ChatRecord chat = index.chats.get(chatId);
        if (chat == null || chat.status != ChatRecord.Status.WAITING) {
            return Optional.empty();
        }
        return Optional.of(index.position(chat, clock.instant()));
    }

    /** The agents in a connected chat, in joining order. */
    public List<String> participants(String chatId) {
        ChatRecord chat = index.chats.get(chatId);
        return chat == null ? List.of() : List.copyOf(chat.participants);
    }

    /** The chat currently offered to the agent and awaiting their answer, if any. */
    public Optional<String> pendingOffer(String agent) {
        AgentRecord record = index.agents.get(agent);
        return record == null ? Optional.empty() : Optional.ofNullable(record.pendingOffer);
    }

    /** The state the agent's desktop should show. */
    public AgentState state(String agent) {
        AgentRecord record = index.agents.get(agent);
        return record == null ? AgentState.LOGGED_OUT : record.state();
    }

    /** One routing event's clock reading and output. */
    record Session(Instant now, List<RoutingDecision> out) {
        Duration since(Instant then) {
            return Duration.between(then, now);
        }
    }
}
