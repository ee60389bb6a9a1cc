package org.switchboard.relay.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.switchboard.relay.scenario.ConversationState.Phase;

class ConversationStateCodecTest {
    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    private final ConversationStateCodec codec = new ConversationStateCodec();

    static Stream<Phase> phases() {
        return Stream.of(new Phase.AwaitingReply(AT), new Phase.Queued(AT, 1, null, AT.plusSeconds(600)),
                new Phase.Connecting("alice", AT), new Phase.Connected(List.of("alice", "bob")), new Phase.SurveyRating(AT),
                new Phase.SurveyComment(4, AT), new Phase.Ended("scenario finished"));
    }

    @ParameterizedTest
    @MethodSource("phases")
    void everyPhaseSurvivesStorage(Phase phase) {
        ConversationState state = new ConversationState("Mobile Chat", 3, "find", phase,
                Map.of("item.firstName", "Ana", "destination", "alice"), 7, AT, true, AT.plusSeconds(30));

        String json = codec.encode(state);

        assertThat(codec.decode(json)).isEqualTo(state);
        assertThat(json).contains("\"version\":3").contains("2026-11-23T10:00:00Z");
    }

    @Test
    void unreadableStateSaysSo() {
        assertThatThrownBy(() -> codec.decode("{\"scenario\": \"x\", \"phase\": {\"kind\": \"dancing\"}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("stored conversation state is not readable");
    }
}
