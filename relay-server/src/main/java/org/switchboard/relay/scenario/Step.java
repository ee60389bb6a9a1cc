package org.switchboard.relay.scenario;

import java.util.List;

/** The result of feeding a conversation: its new state (to store) and the commands to execute, in order. */
public record Step(ConversationState state, List<ScenarioCommand> commands) {
    public Step {
        commands = List.copyOf(commands);
    }
}
