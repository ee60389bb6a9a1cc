package org.switchboard.relay.engine;

import org.switchboard.relay.routing.RoutingSettings;
import org.switchboard.relay.scenario.ScenarioSelector;

/** How the engine runs chats: which scenario a page's new conversations start, and the ACD's tunables. */
public record EngineSettings(ScenarioSelector scenarios, RoutingSettings routing) {
    public EngineSettings {
        if (scenarios == null) {
            throw new IllegalArgumentException("engine settings: scenarios is missing");
        }
        if (routing == null) {
            throw new IllegalArgumentException("engine settings: routing is missing");
        }
    }
}
