package org.switchboard.relay.scenario;

import java.time.Duration;
import java.time.Instant;

/** What the engine tells a running conversation. Events that do not concern the current block are ignored. */
public sealed interface ScenarioEvent {
    record CustomerMessage(String text) implements ScenarioEvent {
        public CustomerMessage {
            text = text == null ? "" : text;
        }
    }

    /**
     * The router assigned the chat (the agent accepted); ends Find Agent through its {@code found} exit.
     * Sets {@code $(destination)} to the username and {@code $(destination.name)} to the name customers see.
     */
    record AgentFound(String agent, String displayName) implements ScenarioEvent {
        public AgentFound {
            Checks.text(agent, "agent");
            displayName = displayName == null || displayName.isBlank() ? agent : displayName;
        }

        public AgentFound(String agent) {
            this(agent, agent);
        }
    }

    record QueueUpdate(int position, Duration estimatedWait) implements ScenarioEvent {
        public QueueUpdate {
            if (position < 1 || estimatedWait == null || estimatedWait.isNegative()) {
                throw new IllegalArgumentException("queue update: position " + position + " ewt " + estimatedWait);
            }
        }
    }

    /** Delivered by the engine at (or after) an instant the conversation asked for with ScheduleWakeUp. */
    record WakeUp(Instant at) implements ScenarioEvent {
    }

    record ChatConnected(String agent) implements ScenarioEvent {
        public ChatConnected {
            Checks.text(agent, "agent");
        }
    }

    /** The destination could not take the chat (offer missed, rejected or not possible). */
    record ConnectNoAnswer(String reason) implements ScenarioEvent {
    }

    /** An agent joined through a transfer or conference; becomes {@code $(destination)}. */
    record AgentJoined(String agent) implements ScenarioEvent {
        public AgentJoined {
            Checks.text(agent, "agent");
        }
    }

    record AgentLeft(String agent) implements ScenarioEvent {
        public AgentLeft {
            Checks.text(agent, "agent");
        }
    }

    /** An agent wrote to the customer; starts the customer-inactivity clock. */
    record AgentMessage(String agent) implements ScenarioEvent {
    }

    /** The chat ended: normally when the last agent left, otherwise with a cause for Target Disconnected. */
    record ChatDisconnected(DisconnectCause cause) implements ScenarioEvent {
        public ChatDisconnected {
            if (cause == null) {
                throw new IllegalArgumentException("chat disconnected: cause is missing");
            }
        }
    }

    /** An event from a newer engine this interpreter does not know; ignored. */
    record Unknown(String type) implements ScenarioEvent {
    }
}
