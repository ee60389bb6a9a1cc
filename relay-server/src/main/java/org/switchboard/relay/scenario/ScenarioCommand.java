package org.switchboard.relay.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a conversation asks the engine to do, in order; the interpreter itself never performs I/O. */
public sealed interface ScenarioCommand {
    /** An automated message to the customer (never tagged HUMAN_AGENT). */
    record SendMessage(String text, List<String> quickReplies, boolean automated) implements ScenarioCommand {
        public SendMessage {
            Checks.text(text, "text");
            quickReplies = List.copyOf(quickReplies);
        }
    }

    record FindAgent(FindRequest request) implements ScenarioCommand {
    }

    /** An escalation step: from now on the chat needs only these skills (it keeps its place in the queue). */
    record RelaxSkills(int step, Map<String, Integer> skills) implements ScenarioCommand {
        public RelaxSkills {
            skills = Map.copyOf(skills);
        }
    }

    /** Set Priority ran; the router re-orders the chat if it is queued. */
    record ChangePriority(int priority) implements ScenarioCommand {
    }

    record CancelFind(String reason) implements ScenarioCommand {
    }

    record ConnectChat(String destination) implements ScenarioCommand {
        public ConnectChat {
            Checks.text(destination, "destination");
        }
    }

    /** Deliver a WakeUp at this instant; a later request supersedes an earlier one. */
    record ScheduleWakeUp(Instant at) implements ScenarioCommand {
    }

    record EndInteraction(String reason) implements ScenarioCommand {
    }

    /** Survey result to store with the interaction; {@code rating} 1..5 or null when the customer gave none. */
    record SaveSurvey(String surveyBlock, Integer rating, String comment) implements ScenarioCommand {
    }
}
