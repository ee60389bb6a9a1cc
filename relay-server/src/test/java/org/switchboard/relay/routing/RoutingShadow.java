package org.switchboard.relay.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.switchboard.protocol.AgentState;
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
 * An independent model of what the router's decisions say, rebuilt from the decisions alone, that asserts the
 * routing invariants as each decision arrives: one offer per chat and per agent, capacity, no chat served before
 * a better one the same agent could take, nothing waiting while an eligible agent is free, one close per chat.
 */
final class RoutingShadow {
    static final class Agent {
        Set<String> services;
        Map<String, Integer> skills;
        int capacity;
        boolean connected = true;
        AgentState state = AgentState.NOT_READY;
        String offer;
        final Set<String> chats = new HashSet<>();

        boolean available() {
            return connected && offer == null && chats.size() < capacity
                    && (state == AgentState.READY || state == AgentState.BUSY);
        }

        boolean eligible(Chat chat) {
            return chat.requirement.isMetBy(services, skills);
        }
    }

    static final class Chat {
        Requirement requirement;
        int priority;
        Instant queuedAt;
        long seq;
        boolean waiting = true;
        String offeredTo;
        OfferKind offerKind;
        final Set<String> participants = new LinkedHashSet<>();

        long score(Instant now) {
            return priority * Math.max(0, now.toEpochMilli() - queuedAt.toEpochMilli());
        }

        boolean before(Chat other, Instant now) {
            if (score(now) != other.score(now)) {
                return score(now) > other.score(now);
            }
            if (priority != other.priority) {
                return priority > other.priority;
            }
            return queuedAt.equals(other.queuedAt) ? seq < other.seq : queuedAt.isBefore(other.queuedAt);
        }
    }

    final Map<String, Agent> agents = new HashMap<>();
    final Map<String, Chat> chats = new HashMap<>();
    final Set<String> closed = new HashSet<>();
    final Map<String, Requirement> pendingServiceTransfer = new HashMap<>();
    private long seq;
    long offers;
    long assignments;

    void queued(String id, Requirement requirement, int priority, Instant now) {
        Chat chat = new Chat();
        chat.requirement = requirement;
        chat.priority = priority;
        chat.queuedAt = now;
        chat.seq = seq++;
        chats.put(id, chat);
    }

    void rejected(String chatId) {
        Chat chat = chats.get(chatId);
        if (chat != null && chat.offeredTo != null && chat.offerKind == OfferKind.QUEUE) {
            chat.waiting = true;
        }
        if (chat != null && chat.offeredTo != null) {
            agents.get(chat.offeredTo).offer = null;
            chat.offeredTo = null;
        }
    }

    void apply(RoutingDecision decision, Instant now) {
        if (decision instanceof OfferChat o) {
            Chat chat = chats.get(o.chatId());
            Agent agent = agents.get(o.agent());
            assertThat(chat.offeredTo).as("chat %s offered twice at once", o.chatId()).isNull();
            assertThat(agent.offer).as("agent %s rings twice", o.agent()).isNull();
            assertThat(agent.available()).as("offer to unavailable agent %s", o.agent()).isTrue();
            if (o.kind() == OfferKind.QUEUE) {
                assertThat(chat.waiting).as("queue offer of chat %s that is not waiting", o.chatId()).isTrue();
                assertThat(agent.eligible(chat)).as("agent %s lacks skills for %s", o.agent(), o.chatId()).isTrue();
                chats.forEach((id, other) -> {
                    if (other.waiting && other != chat && agent.eligible(other) && other.before(chat, now)) {
                        throw new AssertionError(o.chatId() + " skipped ahead of " + id + " for " + o.agent());
                    }
                });
                chat.waiting = false;
            }
            chat.offeredTo = o.agent();
            chat.offerKind = o.kind();
            agent.offer = o.chatId();
            offers++;
        } else if (decision instanceof OfferWithdrawn w) {
            Chat chat = chats.get(w.chatId());
            if (chat != null && w.agent().equals(chat.offeredTo)) {
                if (chat.offerKind == OfferKind.QUEUE) {
                    chat.waiting = true;
                }
                chat.offeredTo = null;
                agents.get(w.agent()).offer = null;
            }
        } else if (decision instanceof TransferFailed f) {
            Chat chat = chats.get(f.chatId());
            if (chat.offeredTo != null && chat.offeredTo.equals(f.target()) && chat.offerKind != OfferKind.QUEUE) {
                agents.get(f.target()).offer = null;
                chat.offeredTo = null;
            }
        } else if (decision instanceof ChatAssigned a) {
            join(a.chatId(), a.agent());
            assignments++;
        } else if (decision instanceof ParticipantJoined j) {
            join(j.chatId(), j.agent());
        } else if (decision instanceof ParticipantLeft l) {
            chats.get(l.chatId()).participants.remove(l.agent());
            agents.get(l.agent()).chats.remove(l.chatId());
        } else if (decision instanceof ChatRequeued r) {
            Chat chat = chats.get(r.chatId());
            assertThat(chat.participants).as("requeued chat %s still has agents", r.chatId()).isEmpty();
            Requirement moved = pendingServiceTransfer.remove(r.chatId());
            if (moved != null && r.reason().startsWith("transferred")) {
                chat.requirement = moved;
                chat.queuedAt = now;
            }
            chat.waiting = true;
        } else if (decision instanceof ChatClosed c) {
            Chat chat = chats.remove(c.chatId());
            assertThat(chat).as("chat %s closed twice or never queued", c.chatId()).isNotNull();
            assertThat(chat.participants).as("closed chat %s still has agents", c.chatId()).isEmpty();
            assertThat(chat.offeredTo).as("closed chat %s still offered", c.chatId()).isNull();
            assertThat(closed.add(c.chatId())).isTrue();
        } else if (decision instanceof AgentStateChanged s) {
            if (s.state() == AgentState.LOGGED_OUT) {
                Agent agent = agents.remove(s.agent());
                assertThat(agent.chats).as("logged out agent %s keeps chats", s.agent()).isEmpty();
                assertThat(agent.offer).as("logged out agent %s still ringing", s.agent()).isNull();
            } else {
                Agent agent = agents.get(s.agent());
                agent.state = s.state();
                assertThat(s.state() == AgentState.RINGING).as("%s ringing state vs offer", s.agent())
                        .isEqualTo(agent.offer != null);
            }
        }
    }

    private void join(String chatId, String agentName) {
        Chat chat = chats.get(chatId);
        Agent agent = agents.get(agentName);
        assertThat(chat.offeredTo).as("chat %s joined by %s without its offer", chatId, agentName).isEqualTo(agentName);
        chat.offeredTo = null;
        agent.offer = null;
        chat.participants.add(agentName);
        agent.chats.add(chatId);
        assertThat(agent.chats.size()).as("agent %s over capacity", agentName).isLessThanOrEqualTo(agent.capacity);
    }

    /** After each event: nothing waits while an available agent could take it. */
    void assertStable() {
        chats.forEach((id, chat) -> {
            if (chat.waiting) {
                agents.forEach((name, agent) -> {
                    if (agent.available() && agent.eligible(chat)) {
                        throw new AssertionError("chat " + id + " waits while " + name + " is free for it");
                    }
                });
            }
        });
    }
}
