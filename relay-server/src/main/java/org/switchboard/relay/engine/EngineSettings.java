package org.switchboard.relay.engine;

import org.switchboard.relay.routing.RoutingSettings;
import org.switchboard.relay.scenario.ScenarioDefinition;

/** How the engine runs chats: the scenario new conversations start, and the ACD's tunables. */
public record EngineSettings(ScenarioDefinition scenario, RoutingSettings routing) {
    public EngineSettings {
        if (scenario == null) {
            throw new IllegalArgumentException("engine settings: scenario is missing");
        }
        if (routing == null) {
            throw new IllegalArgumentException("engine settings: routing is missing");
        }
    }
}
