package org.switchboard.relay.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where one conversation stands in its scenario: a plain record graph the engine stores (as JSON, see
 * {@link ConversationStateCodec}) after every step, so a restarted relay resumes exactly here.
 * {@code blockId} is the block the conversation waits in; {@code wakeUpAt} the last wake-up requested.
 */
public record ConversationState(String scenario, int version, String blockId, Phase phase, Map<String, String> variables,
                                int priority, Instant inactiveSince, boolean inactivityWarned, Instant wakeUpAt) {
    public ConversationState {
        Checks.text(scenario, "scenario");
        if (phase == null) {
            throw new IllegalArgumentException("conversation in scenario '" + scenario + "': phase is missing");
        }
        variables = Map.copyOf(variables);
    }

    public boolean ended() {
        return phase instanceof Phase.Ended;
    }

    /** What the conversation is waiting for in its current block. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Phase.AwaitingReply.class, name = "awaitingReply"),
            @JsonSubTypes.Type(value = Phase.Queued.class, name = "queued"),
            @JsonSubTypes.Type(value = Phase.Connecting.class, name = "connecting"),
            @JsonSubTypes.Type(value = Phase.Connected.class, name = "connected"),
            @JsonSubTypes.Type(value = Phase.SurveyRating.class, name = "surveyRating"),
            @JsonSubTypes.Type(value = Phase.SurveyComment.class, name = "surveyComment"),
            @JsonSubTypes.Type(value = Phase.Ended.class, name = "ended")})
    public sealed interface Phase {
        record AwaitingReply(Instant deadline) implements Phase {
        }

        /** In Find Agent since {@code since}; {@code escalationStep} steps applied; next position message due. */
        record Queued(Instant since, int escalationStep, Instant nextUpdate, Instant deadline) implements Phase {
        }

        record Connecting(String destination, Instant deadline) implements Phase {
        }

        record Connected(List<String> agents) implements Phase {
            public Connected {
                agents = List.copyOf(agents);
            }
        }

        record SurveyRating(Instant deadline) implements Phase {
        }

        record SurveyComment(int rating, Instant deadline) implements Phase {
        }

        record Ended(String reason) implements Phase {
        }
    }
}
