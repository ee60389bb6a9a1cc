package org.switchboard.relay.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The stored form of a {@link ConversationState}: JSON the engine writes to SQLite after every step. Thread-safe. */
public final class ConversationStateCodec {
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String encode(ConversationState state) {
        try {
            return mapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write conversation state of scenario '" + state.scenario() + "'", e);
        }
    }

    public ConversationState decode(String json) {
        try {
            return mapper.readValue(json, ConversationState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored conversation state is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
