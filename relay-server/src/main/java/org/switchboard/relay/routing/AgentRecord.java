package org.switchboard.relay.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.protocol.AgentState;

/**
 * The router's mutable view of one logged-in agent. Owned by the engine thread. The {@code key*} fields are the
 * ordering key as of the last time the agent entered the availability indexes, so it can be removed again.
 */
final class AgentRecord {
    /** Fewest chats first, then the longest idle, then by name: the fair choice among eligible agents. */
    static final Comparator<AgentRecord> IDLE_ORDER = Comparator.<AgentRecord>comparingInt(a -> a.keyChats)
            .thenComparing(a -> a.keyIdleSince).thenComparing(a -> a.name);

    final String name;
    final Set<String> services;
    final Map<String, Integer> skills;
    final int capacity;
    final Set<String> chats = new LinkedHashSet<>();
    final List<QueueGroup> groups = new ArrayList<>();
    boolean connected = true;
    boolean ready;
    String notReadyReason = "logged in";
    Instant idleSince;
    Instant afterChatWorkUntil;
    Instant graceUntil;
    String pendingOffer;
    Instant offerExpiresAt;
    AgentState shownState;
    String shownReason;
    boolean indexed;
    int keyChats;
    Instant keyIdleSince;

    AgentRecord(String name, Set<String> services, Map<String, Integer> skills, int capacity, Instant now) {
        this.name = name;
        this.services = services;
        this.skills = skills;
        this.capacity = capacity;
        this.idleSince = now;
        this.keyIdleSince = now;
    }

    boolean available() {
        return connected && ready && afterChatWorkUntil == null && pendingOffer == null && chats.size() < capacity;
    }

    AgentState state() {
        if (pendingOffer != null) {
            return AgentState.RINGING;
        }
        if (!ready) {
            return AgentState.NOT_READY;
        }
        if (afterChatWorkUntil != null) {
            return AgentState.AFTER_CHAT_WORK;
        }
        return chats.isEmpty() ? AgentState.READY : AgentState.BUSY;
    }

    String stateReason() {
        return state() == AgentState.NOT_READY ? notReadyReason : null;
    }
}
