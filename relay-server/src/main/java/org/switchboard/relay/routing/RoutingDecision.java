package org.switchboard.relay.routing;

import java.time.Instant;
import org.switchboard.protocol.AgentState;

/** What the router asks the engine to do or tell, in order. */
public sealed interface RoutingDecision {
    /** Push an offer to the agent; it expires (agent Not Ready "missed") at {@code expiresAt}. */
    record OfferChat(String chatId, String agent, OfferKind kind, Instant expiresAt) implements RoutingDecision {
    }

    record OfferWithdrawn(String chatId, String agent, String reason) implements RoutingDecision {
    }

    record AgentStateChanged(String agent, AgentState state, String reason) implements RoutingDecision {
    }

    /** The first agent took the chat from the queue (the scenario's Agent Found). */
    record ChatAssigned(String chatId, String agent) implements RoutingDecision {
    }

    /** An agent joined a connected chat through a transfer or conference. */
    record ParticipantJoined(String chatId, String agent, OfferKind via) implements RoutingDecision {
    }

    record ParticipantLeft(String chatId, String agent, String reason) implements RoutingDecision {
    }

    /** The chat is waiting again, keeping its transcript (and its place unless transferred to a new service). */
    record ChatRequeued(String chatId, String reason) implements RoutingDecision {
    }

    record TransferFailed(String chatId, String target, String reason) implements RoutingDecision {
    }

    /** The chat left routing for good: every chat ends with exactly one of these. */
    record ChatClosed(String chatId, String reason) implements RoutingDecision {
    }

    enum OfferKind { QUEUE, TRANSFER, CONFERENCE }
}
