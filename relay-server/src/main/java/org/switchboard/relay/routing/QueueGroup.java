package org.switchboard.relay.routing;

import java.time.Instant;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * All waiting chats with one {@link Requirement} and all available agents who meet it. Chats sit in one
 * arrival-ordered set per priority, so the best chat is one of the few priority heads and the longest-idle
 * agent is the first of a sorted set: no scan over chats or agents on a routing decision.
 */
final class QueueGroup {
    final Requirement requirement;
    final TreeMap<Integer, NavigableSet<ChatRecord>> waitingByPriority = new TreeMap<>();
    final TreeSet<AgentRecord> availableAgents = new TreeSet<>(AgentRecord.IDLE_ORDER);
    int waiting;

    QueueGroup(Requirement requirement) {
        this.requirement = requirement;
    }

    void add(ChatRecord chat) {
        if (waitingByPriority.computeIfAbsent(chat.priority, p -> new TreeSet<>(ChatRecord.ARRIVAL_ORDER)).add(chat)) {
            waiting++;
        }
    }

    void remove(ChatRecord chat) {
        NavigableSet<ChatRecord> level = waitingByPriority.get(chat.priority);
        if (level != null && level.remove(chat)) {
            waiting--;
            if (level.isEmpty()) {
                waitingByPriority.remove(chat.priority);
            }
        }
    }

    /** The chat to serve first at {@code now}, or null. Looks only at the head of each priority. */
    ChatRecord best(Instant now) {
        ChatRecord best = null;
        for (Map.Entry<Integer, NavigableSet<ChatRecord>> level : waitingByPriority.entrySet()) {
            ChatRecord head = level.getValue().first();
            if (best == null || head.before(best, now)) {
                best = head;
            }
        }
        return best;
    }

    Instant oldestArrival() {
        Instant oldest = null;
        for (NavigableSet<ChatRecord> level : waitingByPriority.values()) {
            Instant head = level.first().queuedAt;
            if (oldest == null || head.isBefore(oldest)) {
                oldest = head;
            }
        }
        return oldest;
    }

    /** Waiting chats of this group served before {@code chat} at {@code now}; linear in the chats ahead. */
    int ahead(ChatRecord chat, Instant now) {
        int ahead = 0;
        for (NavigableSet<ChatRecord> level : waitingByPriority.values()) {
            for (ChatRecord other : level) {
                if (!other.before(chat, now)) {
                    break;
                }
                ahead++;
            }
        }
        return ahead;
    }
}
