package org.switchboard.relay.engine;

import java.time.Duration;
import org.switchboard.relay.scenario.ScenarioDefinition;

/** How the engine runs chats: the scenario every new conversation starts, and the offer timeout. */
public record ChatSettings(ScenarioDefinition scenario, Duration offerTimeout) {
    public static final Duration DEFAULT_OFFER_TIMEOUT = Duration.ofSeconds(10);

    public ChatSettings {
        if (scenario == null) {
            throw new IllegalArgumentException("chat settings: scenario is missing");
        }
        if (offerTimeout == null || offerTimeout.isNegative() || offerTimeout.isZero()) {
            throw new IllegalArgumentException("chat settings: offer timeout " + offerTimeout + " must be positive");
        }
    }
}
