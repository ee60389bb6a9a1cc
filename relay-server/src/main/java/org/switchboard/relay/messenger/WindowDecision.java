package org.switchboard.relay.messenger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What {@link WindowPolicy} allows for one outbound message: how to send it, or why it must not be sent. */
public sealed interface WindowDecision {
    String HUMAN_AGENT_TAG = "HUMAN_AGENT";

    /** Inside the 24 h window: send as {@code RESPONSE}. */
    record Response(Instant closesAt) implements WindowDecision {
        public Response {
            Objects.requireNonNull(closesAt, "response window: closesAt is missing");
        }
    }

    /** Between 24 h and 7 days, human-typed only: send as {@code MESSAGE_TAG} with tag {@code HUMAN_AGENT}. */
    record HumanAgentTag(Instant closesAt) implements WindowDecision {
        public HumanAgentTag {
            Objects.requireNonNull(closesAt, "human agent window: closesAt is missing");
        }
    }

    /** Nothing may be sent; {@code reason} is a sentence for the agent. */
    record Closed(String reason) implements WindowDecision {
        public Closed {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("closed window: reason is missing");
            }
        }
    }

    /** A send request for {@code text} as this decision allows it; refused for {@link Closed} with its reason. */
    default SendRequest textRequest(String recipientId, String text, String metadata) {
        if (this instanceof Response) {
            return new SendRequest(recipientId, MessagingType.RESPONSE, null, text, null, List.of(), metadata);
        }
        if (this instanceof HumanAgentTag) {
            return new SendRequest(recipientId, MessagingType.MESSAGE_TAG, HUMAN_AGENT_TAG, text, null,
                    List.of(), metadata);
        }
        if (this instanceof Closed closed) {
            throw new IllegalStateException("message to " + recipientId + " refused: " + closed.reason());
        }
        throw new IllegalStateException("unknown window decision " + this);
    }
}
