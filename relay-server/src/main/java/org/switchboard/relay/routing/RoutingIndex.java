package org.switchboard.relay.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The router's indexes: agents, chats, one {@link QueueGroup} per distinct requirement, and per-service counters.
 * Availability changes touch only the groups an agent is eligible for; a group is matched against the agents of
 * its service once, when the first chat with that requirement appears. Owned by the engine thread.
 */
final class RoutingIndex {
    final Map<String, AgentRecord> agents = new HashMap<>();
    final Map<String, ChatRecord> chats = new HashMap<>();
    private final Map<Requirement, QueueGroup> groups = new HashMap<>();
    private final Map<String, ServiceCounters> services = new HashMap<>();

    /** Every service an agent or a chat has named so far. */
    java.util.Set<String> serviceNames() {
        return java.util.Set.copyOf(services.keySet());
    }
    private final Duration defaultHandleTime;

    RoutingIndex(Duration defaultHandleTime) {
        this.defaultHandleTime = defaultHandleTime;
    }

    ServiceCounters service(String name) {
        return services.computeIfAbsent(name, n -> new ServiceCounters(n, defaultHandleTime));
    }

    QueueGroup group(Requirement requirement) {
        QueueGroup existing = groups.get(requirement);
        if (existing != null) {
            return existing;
        }
        QueueGroup group = new QueueGroup(requirement);
        groups.put(requirement, group);
        ServiceCounters service = service(requirement.service());
        service.groups.add(group);
        for (AgentRecord agent : service.agents) {
            if (requirement.isMetBy(agent.services, agent.skills)) {
                agent.groups.add(group);
                if (agent.indexed) {
                    group.availableAgents.add(agent);
                }
            }
        }
        return group;
    }

    void addAgent(AgentRecord agent) {
        agents.put(agent.name, agent);
        for (String name : agent.services) {
            ServiceCounters service = service(name);
            service.agents.add(agent);
            service.staffedSlots += agent.capacity;
            for (QueueGroup group : service.groups) {
                if (group.requirement.isMetBy(agent.services, agent.skills)) {
                    agent.groups.add(group);
                }
            }
        }
        reindex(agent);
    }

    void removeAgent(AgentRecord agent) {
        unindex(agent);
        agents.remove(agent.name);
        for (String name : agent.services) {
            ServiceCounters service = service(name);
            service.agents.remove(agent);
            service.staffedSlots -= agent.capacity;
            service.busySlots -= agent.chats.size();
        }
    }

    /** Call after any change to the agent's availability, chat count or idle time. */
    void reindex(AgentRecord agent) {
        unindex(agent);
        if (agent.available()) {
            agent.keyChats = agent.chats.size();
            agent.keyIdleSince = agent.idleSince;
            for (QueueGroup group : agent.groups) {
                group.availableAgents.add(agent);
            }
            agent.indexed = true;
        }
    }

    private void unindex(AgentRecord agent) {
        if (agent.indexed) {
            for (QueueGroup group : agent.groups) {
                group.availableAgents.remove(agent);
            }
            agent.indexed = false;
        }
    }

    void addChat(AgentRecord agent, String chatId) {
        if (agent.chats.add(chatId)) {
            agent.services.forEach(name -> service(name).busySlots++);
        }
    }

    void removeChat(AgentRecord agent, String chatId) {
        if (agent.chats.remove(chatId)) {
            agent.services.forEach(name -> service(name).busySlots--);
        }
    }

    void enqueue(ChatRecord chat) {
        chat.status = ChatRecord.Status.WAITING;
        chat.group = group(chat.requirement);
        chat.group.add(chat);
    }

    void dequeue(ChatRecord chat) {
        if (chat.group != null) {
            chat.group.remove(chat);
        }
    }

    /** The best waiting chat this agent may take, over the heads of the agent's groups. */
    ChatRecord bestChatFor(AgentRecord agent, Instant now) {
        ChatRecord best = null;
        for (QueueGroup group : agent.groups) {
            ChatRecord candidate = group.best(now);
            if (candidate != null && (best == null || candidate.before(best, now))) {
                best = candidate;
            }
        }
        return best;
    }

    /** The longest-idle available agent who meets the chat's requirement, or null. */
    AgentRecord bestAgentFor(ChatRecord chat) {
        return chat.group.availableAgents.isEmpty() ? null : chat.group.availableAgents.first();
    }

    QueuePosition position(ChatRecord chat, Instant now) {
        int ahead = 0;
        ServiceCounters service = service(chat.requirement.service());
        for (QueueGroup group : service.groups) {
            ahead += group.ahead(chat, now);
        }
        return new QueuePosition(ahead + 1, service.estimatedWait(ahead + 1));
    }
}
