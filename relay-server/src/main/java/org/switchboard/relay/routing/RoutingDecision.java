package org.switchboard.relay.routing;

import java.time.Instant;
import org.switchboard.protocol.AgentState;

/** What the router asks the engine to do or tell, in order. */
public sealed interface RoutingDecision {
    /** A decision about one chat (every kind but an agent's state change). */
    sealed interface ForChat extends RoutingDecision {
        String chatId();
    }

    /** Push an offer to the agent; it expires (agent Not Ready "missed") at {@code expiresAt}. */
    record OfferChat(String chatId, String agent, OfferKind kind, Instant expiresAt) implements ForChat {
    }

    record OfferWithdrawn(String chatId, String agent, String reason) implements ForChat {
    }

    record AgentStateChanged(String agent, AgentState state, String reason) implements RoutingDecision {
    }

    /** The first agent took the chat from the queue (the scenario's Agent Found). */
    record ChatAssigned(String chatId, String agent) implements ForChat {
    }

    /** An agent joined a connected chat through a transfer or conference. */
    record ParticipantJoined(String chatId, String agent, OfferKind via) implements ForChat {
    }

    record ParticipantLeft(String chatId, String agent, String reason) implements ForChat {
    }

    /** The chat is waiting again, keeping its transcript (and its place unless transferred to a new service). */
    record ChatRequeued(String chatId, String reason) implements ForChat {
    }

    record TransferFailed(String chatId, String target, String reason) implements ForChat {
    }

    /** The chat left routing for good: every chat ends with exactly one of these. */
    record ChatClosed(String chatId, String reason) implements ForChat {
    }

    enum OfferKind { QUEUE, TRANSFER, CONFERENCE }
}
