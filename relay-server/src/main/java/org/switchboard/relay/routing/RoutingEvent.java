package org.switchboard.relay.routing;

import java.util.Map;
import java.util.Set;

/** Everything that can change routing, fed to {@link Router#on} by the engine thread. */
public sealed interface RoutingEvent {
    /** Logs an agent in, Not Ready; {@code capacity} 0 takes the default. */
    record AgentLoggedIn(String agent, Set<String> services, Map<String, Integer> skills, int capacity) implements RoutingEvent {
        public AgentLoggedIn {
            Names.require(agent, "agentLoggedIn", "agent");
            services = Set.copyOf(services);
            skills = Map.copyOf(skills);
            if (capacity < 0) {
                throw new IllegalArgumentException("agentLoggedIn " + agent + ": capacity " + capacity + " < 0");
            }
        }
    }

    record AgentLoggedOut(String agent) implements RoutingEvent {
    }

    /** The agent's connection dropped; their chats are kept for the grace period, then re-queued. */
    record AgentDisconnected(String agent) implements RoutingEvent {
    }

    record AgentReconnected(String agent) implements RoutingEvent {
    }

    record AgentReady(String agent) implements RoutingEvent {
    }

    record AgentNotReady(String agent, String reason) implements RoutingEvent {
    }

    record ChatQueued(String chatId, Requirement requirement, int priority) implements RoutingEvent {
        public ChatQueued {
            Names.require(chatId, "chatQueued", "chatId");
            Names.priority(priority, chatId);
        }
    }

    record PriorityChanged(String chatId, int priority) implements RoutingEvent {
        public PriorityChanged {
            Names.priority(priority, chatId);
        }
    }

    /** An escalation step of Find Agent: new skills, same place in the queue. */
    record SkillsChanged(String chatId, Map<String, Integer> skills) implements RoutingEvent {
        public SkillsChanged {
            skills = Map.copyOf(skills);
        }
    }

    /** The chat leaves routing wherever it is: customer gone, Find Agent timed out, or the scenario ended it. */
    record ChatCancelled(String chatId, String reason) implements RoutingEvent {
    }

    record OfferAccepted(String chatId, String agent) implements RoutingEvent {
    }

    record OfferRejected(String chatId, String agent) implements RoutingEvent {
    }

    /** The agent ends or leaves the chat; the last agent leaving closes it. */
    record ChatEnded(String chatId, String agent) implements RoutingEvent {
    }

    record WrapUpDone(String agent) implements RoutingEvent {
    }

    record TransferToAgent(String chatId, String fromAgent, String toAgent) implements RoutingEvent {
    }

    record TransferToService(String chatId, String fromAgent, Requirement requirement) implements RoutingEvent {
    }

    record ConferenceAdd(String chatId, String byAgent, String agent) implements RoutingEvent {
    }

    /** Sent by the engine at {@link Router#nextWakeUp()}. */
    record Tick() implements RoutingEvent {
    }
}
