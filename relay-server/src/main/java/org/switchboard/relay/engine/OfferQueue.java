package org.switchboard.relay.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walking-skeleton ACD: waiting chats by priority, then time queued; offers go to the Ready agent with free
 * capacity who has been idle longest; an unanswered or rejected offer puts the chat back at its place.
 * Threads: engine thread only.
 */
final class OfferQueue {
    /** An offer waiting for the agent's answer. */
    record PendingOffer(long chatId, String agent, Instant expiresAt) {
    }

    private record Waiting(long chatId, String service, int priority, Instant queuedAt) {
    }

    private static final class AgentSlot {
        boolean ready;
        int capacity;
        int chats;
        Instant idleSince;
        PendingOffer offer;
    }

    private final Clock clock;
    private final Duration offerTimeout;
    private final Map<Long, Waiting> waiting = new LinkedHashMap<>();
    private final Map<String, AgentSlot> agents = new HashMap<>();

    OfferQueue(Clock clock, Duration offerTimeout) {
        this.clock = clock;
        this.offerTimeout = offerTimeout;
    }

    void agentLoggedIn(String agent, int capacity, int chatsHeld) {
        AgentSlot slot = agents.computeIfAbsent(agent, a -> new AgentSlot());
        slot.capacity = capacity;
        slot.chats = chatsHeld;
        slot.ready = false;
        slot.idleSince = clock.instant();
    }

    /** Returns the agent's pending offer, whose chat stays queued at its place, if any. */
    Optional<PendingOffer> agentLoggedOut(String agent) {
        AgentSlot slot = agents.remove(agent);
        return Optional.ofNullable(slot == null ? null : slot.offer);
    }

    void setReady(String agent, boolean ready) {
        AgentSlot slot = agents.get(agent);
        if (slot != null && slot.ready != ready) {
            slot.ready = ready;
            slot.idleSince = clock.instant();
        }
    }

    void enqueue(long chatId, String service, int priority) {
        waiting.putIfAbsent(chatId, new Waiting(chatId, service, priority, clock.instant()));
    }

    void cancel(long chatId) {
        waiting.remove(chatId);
    }

    /** Pairs waiting chats with free Ready agents; every returned offer is now pending. */
    List<PendingOffer> match() {
        List<PendingOffer> offers = new ArrayList<>();
        List<Waiting> order = waiting.values().stream()
                .sorted(Comparator.comparingInt(Waiting::priority).reversed().thenComparing(Waiting::queuedAt)
                        .thenComparingLong(Waiting::chatId))
                .toList();
        for (Waiting chat : order) {
            if (isOffered(chat.chatId())) {
                continue;
            }
            Optional<Map.Entry<String, AgentSlot>> agent = agents.entrySet().stream()
                    .filter(e -> e.getValue().ready && e.getValue().offer == null && e.getValue().chats < e.getValue().capacity)
                    .min(Comparator.comparing((Map.Entry<String, AgentSlot> e) -> e.getValue().idleSince).thenComparing(Map.Entry::getKey));
            if (agent.isEmpty()) {
                break;
            }
            PendingOffer offer = new PendingOffer(chat.chatId(), agent.get().getKey(), clock.instant().plus(offerTimeout));
            agent.get().getValue().offer = offer;
            offers.add(offer);
        }
        return offers;
    }

    boolean isOfferedTo(long chatId, String agent) {
        AgentSlot slot = agents.get(agent);
        return slot != null && slot.offer != null && slot.offer.chatId() == chatId;
    }

    /** The agent took the chat: it leaves the queue and counts against their capacity. */
    void accepted(long chatId, String agent) {
        AgentSlot slot = agents.get(agent);
        slot.offer = null;
        slot.chats++;
        waiting.remove(chatId);
    }

    /** Rejected or expired: the chat keeps its place, the agent goes Not Ready. */
    PendingOffer declined(String agent) {
        AgentSlot slot = agents.get(agent);
        PendingOffer offer = slot.offer;
        slot.offer = null;
        slot.ready = false;
        return offer;
    }

    void chatFinished(String agent) {
        AgentSlot slot = agents.get(agent);
        if (slot != null && slot.chats > 0) {
            slot.chats--;
            slot.idleSince = clock.instant();
        }
    }

    /** Offers whose time ran out at {@code now}. */
    List<PendingOffer> expired(Instant now) {
        return agents.values().stream().map(slot -> slot.offer)
                .filter(offer -> offer != null && !offer.expiresAt().isAfter(now)).toList();
    }

    Optional<Instant> nextExpiry() {
        return agents.values().stream().map(slot -> slot.offer).filter(o -> o != null).map(PendingOffer::expiresAt)
                .min(Comparator.naturalOrder());
    }

    int position(long chatId) {
        Waiting chat = waiting.get(chatId);
        if (chat == null) {
            return 0;
        }
        return 1 + (int) waiting.values().stream().filter(w -> w.priority() > chat.priority()
                || (w.priority() == chat.priority() && w.queuedAt().isBefore(chat.queuedAt()))).count();
    }

    int waitingCount(String service) {
        return (int) waiting.values().stream().filter(w -> w.service().equals(service)).count();
    }

    private boolean isOffered(long chatId) {
        return agents.values().stream().anyMatch(slot -> slot.offer != null && slot.offer.chatId() == chatId);
    }
}
