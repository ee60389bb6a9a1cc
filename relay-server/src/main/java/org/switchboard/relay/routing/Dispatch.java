package org.switchboard.relay.routing;

import java.util.ArrayList;
import java.util.List;
import org.switchboard.protocol.AgentState;
import org.switchboard.relay.routing.Router.Session;
import org.switchboard.relay.routing.RoutingDecision.AgentStateChanged;
import org.switchboard.relay.routing.RoutingDecision.ChatAssigned;
import org.switchboard.relay.routing.RoutingDecision.ChatClosed;
import org.switchboard.relay.routing.RoutingDecision.ChatRequeued;
import org.switchboard.relay.routing.RoutingDecision.OfferChat;
import org.switchboard.relay.routing.RoutingDecision.OfferKind;
import org.switchboard.relay.routing.RoutingDecision.OfferWithdrawn;
import org.switchboard.relay.routing.RoutingDecision.ParticipantJoined;
import org.switchboard.relay.routing.RoutingDecision.ParticipantLeft;
import org.switchboard.relay.routing.RoutingDecision.TransferFailed;

/**
 * The routing rules, one method per situation, for {@link Router}. Each method leaves the indexes stable: no
 * waiting chat has an available agent who could take it. Agents and chats are passed in already looked up.
 */
final class Dispatch {
    private final RoutingIndex index;
    private final Timers timers;
    private final RoutingSettings settings;

    Dispatch(RoutingIndex index, Timers timers, RoutingSettings settings) {
        this.index = index;
        this.timers = timers;
        this.settings = settings;
    }

    /** Re-indexes the agent and reports its desktop state if it changed. */
    void show(Session s, AgentRecord agent) {
        index.reindex(agent);
        AgentState state = agent.state();
        String reason = agent.stateReason();
        if (state != agent.shownState || !java.util.Objects.equals(reason, agent.shownReason)) {
            agent.shownState = state;
            agent.shownReason = reason;
            s.out().add(new AgentStateChanged(agent.name, state, reason));
        }
    }

    void routeChat(Session s, ChatRecord chat) {
        AgentRecord agent = index.bestAgentFor(chat);
        if (agent != null) {
            offerFromQueue(s, chat, agent);
        }
    }

    void routeAgent(Session s, AgentRecord agent) {
        if (agent.available()) {
            ChatRecord chat = index.bestChatFor(agent, s.now());
            if (chat != null) {
                offerFromQueue(s, chat, agent);
            }
        }
    }

    private void offerFromQueue(Session s, ChatRecord chat, AgentRecord agent) {
        index.dequeue(chat);
        chat.status = ChatRecord.Status.OFFERED;
        startOffer(s, chat, agent, OfferKind.QUEUE);
    }

    void startOffer(Session s, ChatRecord chat, AgentRecord agent, OfferKind kind) {
        chat.offeredTo = agent.name;
        chat.offerKind = kind;
        agent.pendingOffer = chat.id;
        agent.offerExpiresAt = s.now().plus(settings.offerTimeout());
        timers.add(agent.offerExpiresAt, Timers.Kind.OFFER_EXPIRY, agent.name);
        s.out().add(new OfferChat(chat.id, agent.name, kind, agent.offerExpiresAt));
        show(s, agent);
    }

    private OfferKind clearOffer(AgentRecord agent, ChatRecord chat) {
        OfferKind kind = chat.offerKind;
        timers.cancel(agent.offerExpiresAt, Timers.Kind.OFFER_EXPIRY, agent.name);
        agent.pendingOffer = null;
        agent.offerExpiresAt = null;
        chat.offeredTo = null;
        chat.offerKind = null;
        return kind;
    }

    /** The offer ended without acceptance; a queue offer goes back to its place, a transfer/conference fails. */
    private void offerEnded(Session s, AgentRecord agent, ChatRecord chat, String reason, String notReadyReason) {
        OfferKind kind = clearOffer(agent, chat);
        if (notReadyReason != null) {
            agent.ready = false;
            agent.notReadyReason = notReadyReason;
        }
        if (kind == OfferKind.QUEUE) {
            index.enqueue(chat);
        } else {
            chat.transferFrom = null;
            s.out().add(new TransferFailed(chat.id, agent.name, reason));
        }
        show(s, agent);
        if (kind == OfferKind.QUEUE) {
            routeChat(s, chat);
        }
        routeAgent(s, agent);
    }

    void expired(Session s, AgentRecord agent) {
        ChatRecord chat = agent.pendingOffer == null ? null : index.chats.get(agent.pendingOffer);
        agent.offerExpiresAt = null;
        if (chat == null) {
            return;
        }
        s.out().add(new OfferWithdrawn(chat.id, agent.name, "missed"));
        offerEnded(s, agent, chat, "missed", "missed");
    }

    void rejected(Session s, AgentRecord agent, String chatId) {
        ChatRecord chat = index.chats.get(chatId);
        if (chat == null || !chatId.equals(agent.pendingOffer)) {
            return;
        }
        offerEnded(s, agent, chat, "rejected", chat.offerKind == OfferKind.QUEUE ? "rejected" : null);
    }

    void accepted(Session s, AgentRecord agent, String chatId) {
        ChatRecord chat = index.chats.get(chatId);
        if (chat == null || !chatId.equals(agent.pendingOffer)) {
            s.out().add(new OfferWithdrawn(chatId, agent.name, "offer no longer valid"));
            return;
        }
        String from = chat.transferFrom;
        OfferKind kind = clearOffer(agent, chat);
        chat.transferFrom = null;
        chat.participants.add(agent.name);
        index.addChat(agent, chat.id);
        agent.idleSince = s.now();
        if (kind == OfferKind.QUEUE) {
            chat.status = ChatRecord.Status.CONNECTED;
            if (chat.connectedAt == null) {
                index.service(chat.requirement.service()).answered(s.since(chat.queuedAt), settings.serviceLevelTarget());
            }
            chat.connectedAt = s.now();
            s.out().add(new ChatAssigned(chat.id, agent.name));
        } else {
            s.out().add(new ParticipantJoined(chat.id, agent.name, kind));
        }
        show(s, agent);
        routeAgent(s, agent);
        AgentRecord previous = from == null ? null : index.agents.get(from);
        if (kind == OfferKind.TRANSFER && previous != null && chat.participants.contains(from)) {
            removeParticipant(s, chat, previous, "transferred", true);
        }
    }

    void removeParticipant(Session s, ChatRecord chat, AgentRecord agent, String reason, boolean afterChatWork) {
        chat.participants.remove(agent.name);
        index.removeChat(agent, chat.id);
        s.out().add(new ParticipantLeft(chat.id, agent.name, reason));
        if (afterChatWork && agent.chats.isEmpty() && !settings.afterChatWork().isZero()) {
            timers.cancel(agent.afterChatWorkUntil, Timers.Kind.AFTER_CHAT_WORK, agent.name);
            agent.afterChatWorkUntil = s.now().plus(settings.afterChatWork());
            timers.add(agent.afterChatWorkUntil, Timers.Kind.AFTER_CHAT_WORK, agent.name);
        }
        show(s, agent);
        routeAgent(s, agent);
    }

    void agentEnded(Session s, AgentRecord agent, String chatId) {
        ChatRecord chat = index.chats.get(chatId);
        if (chat == null || !chat.participants.contains(agent.name)) {
            return;
        }
        removeParticipant(s, chat, agent, "ended", true);
        if (chat.participants.isEmpty()) {
            index.service(chat.requirement.service()).handled(s.since(chat.connectedAt));
            close(s, chat, "agents left");
        }
    }

    void afterChatWorkOver(Session s, AgentRecord agent) {
        agent.afterChatWorkUntil = null;
        agent.idleSince = s.now();
        show(s, agent);
        routeAgent(s, agent);
    }

    void wrapUpDone(Session s, AgentRecord agent) {
        if (agent.afterChatWorkUntil != null) {
            timers.cancel(agent.afterChatWorkUntil, Timers.Kind.AFTER_CHAT_WORK, agent.name);
            afterChatWorkOver(s, agent);
        }
    }

    void ready(Session s, AgentRecord agent) {
        if (!agent.ready) {
            agent.ready = true;
            agent.idleSince = s.now();
        }
        wrapUpDone(s, agent);
        show(s, agent);
        routeAgent(s, agent);
    }

    void notReady(Session s, AgentRecord agent, String reason) {
        agent.ready = false;
        agent.notReadyReason = reason;
        withdrawOffer(s, agent, "agent not ready");
        show(s, agent);
    }

    private void withdrawOffer(Session s, AgentRecord agent, String reason) {
        if (agent.pendingOffer != null) {
            ChatRecord chat = index.chats.get(agent.pendingOffer);
            s.out().add(new OfferWithdrawn(chat.id, agent.name, reason));
            offerEnded(s, agent, chat, reason, null);
        }
    }

    void disconnected(Session s, AgentRecord agent) {
        if (!agent.connected) {
            return;
        }
        agent.connected = false;
        agent.graceUntil = s.now().plus(settings.disconnectGrace());
        timers.add(agent.graceUntil, Timers.Kind.DISCONNECT_GRACE, agent.name);
        withdrawOffer(s, agent, "agent disconnected");
        show(s, agent);
    }

    void reconnected(Session s, AgentRecord agent) {
        if (agent.connected) {
            return;
        }
        timers.cancel(agent.graceUntil, Timers.Kind.DISCONNECT_GRACE, agent.name);
        agent.graceUntil = null;
        agent.connected = true;
        show(s, agent);
        routeAgent(s, agent);
    }

    /** Logout or end of disconnect grace: the agent's offer and chats go back to the queue at their places. */
    void leave(Session s, AgentRecord agent, String reason) {
        agent.ready = false;
        agent.connected = false;
        agent.notReadyReason = reason;
        agent.shownState = AgentState.NOT_READY;
        agent.shownReason = reason;
        timers.cancel(agent.graceUntil, Timers.Kind.DISCONNECT_GRACE, agent.name);
        timers.cancel(agent.afterChatWorkUntil, Timers.Kind.AFTER_CHAT_WORK, agent.name);
        withdrawOffer(s, agent, "agent " + reason);
        List<ChatRecord> orphans = new ArrayList<>();
        for (String chatId : List.copyOf(agent.chats)) {
            ChatRecord chat = index.chats.get(chatId);
            removeParticipant(s, chat, agent, reason, false);
            if (chat.participants.isEmpty()) {
                orphans.add(chat);
            }
        }
        index.removeAgent(agent);
        s.out().add(new AgentStateChanged(agent.name, AgentState.LOGGED_OUT, reason));
        orphans.sort((a, b) -> a == b ? 0 : a.before(b, s.now()) ? -1 : 1);
        for (ChatRecord chat : orphans) {
            requeue(s, chat, "agent " + reason);
        }
    }

    void requeue(Session s, ChatRecord chat, String reason) {
        if (chat.offeredTo != null) {
            AgentRecord target = index.agents.get(chat.offeredTo);
            s.out().add(new OfferWithdrawn(chat.id, target.name, "chat requeued"));
            offerEnded(s, target, chat, "chat requeued", null);
        }
        index.enqueue(chat);
        s.out().add(new ChatRequeued(chat.id, reason));
        routeChat(s, chat);
    }

    /** The chat leaves routing: its offer is withdrawn and its agents leave (into After-Chat Work). */
    void close(Session s, ChatRecord chat, String reason) {
        index.chats.remove(chat.id);
        if (chat.status == ChatRecord.Status.WAITING) {
            index.dequeue(chat);
        }
        AgentRecord offered = chat.offeredTo == null ? null : index.agents.get(chat.offeredTo);
        if (offered != null) {
            clearOffer(offered, chat);
            s.out().add(new OfferWithdrawn(chat.id, offered.name, reason));
            show(s, offered);
        }
        for (String name : List.copyOf(chat.participants)) {
            removeParticipant(s, chat, index.agents.get(name), reason, true);
        }
        s.out().add(new ChatClosed(chat.id, reason));
        if (offered != null) {
            routeAgent(s, offered);
        }
    }
}
