package org.switchboard.relay.messenger;

import java.time.Instant;
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
}
