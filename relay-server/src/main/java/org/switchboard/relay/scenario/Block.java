package org.switchboard.relay.scenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a scenario. Every block has an id and names its exits explicitly; {@link #exits()} lists them
 * (exit name to target block id) so validation and the interpreter treat all blocks alike.
 * Field checks here name the field and the bad value; {@link ScenarioParser} adds the scenario and block.
 */
public sealed interface Block {
    String id();

    /** Exit name to target block id, in declaration order. */
    Map<String, String> exits();

    /** The block type as written in scenario JSON. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** Sends an automated text with variables and optional quick replies. */
    record SendMessage(String id, String text, List<String> quickReplies, String next) implements Block {
        public SendMessage {
            Checks.text(id, "id");
            Checks.text(text, "text");
            quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
            if (quickReplies.size() > 13) {
                throw new IllegalArgumentException("quickReplies has " + quickReplies.size() + " entries, Messenger allows 13");
            }
        }

        @Override
        public Map<String, String> exits() {
            return Checks.exits("next", next);
        }
    }

    /** Up to 20 branches tried in order; the first whose condition holds wins, else {@code otherwise}. */
    record If(String id, List<Branch> branches, String otherwise) implements Block {
        public static final int MAX_BRANCHES = 20;

        public If {
            Checks.text(id, "id");
            branches = branches == null ? List.of() : List.copyOf(branches);
            if (branches.isEmpty() || branches.size() > MAX_BRANCHES) {
                throw new IllegalArgumentException("branches has " + branches.size() + " entries, allowed 1.." + MAX_BRANCHES);
            }
        }

        @Override
        public Map<String, String> exits() {
            Map<String, String> exits = new LinkedHashMap<>();
            for (int i = 0; i < branches.size(); i++) {
                exits.put("branches[" + i + "].next", branches.get(i).next());
            }
            exits.put("default", otherwise);
            return exits;
        }
    }

    record Branch(Condition when, String next) {
        public Branch {
            if (when == null) {
                throw new IllegalArgumentException("branch condition 'when' is missing");
            }
        }
    }

    /**
     * Queues the chat for a service; exit {@code found} with {@code $(destination)} set to the agent, or
     * {@code timeout} after {@code maxWait}. Escalation steps relax the skills; updates tell the customer
     * their position and wait, at most once per interval.
     */
    record FindAgent(String id, String service, Map<String, Integer> skills, int priority, List<Escalation> escalation,
                     PositionUpdates updates, Duration maxWait, String found, String timeout) implements Block {
        public FindAgent {
            Checks.text(id, "id");
            Checks.text(service, "service");
            skills = Checks.skills(skills, "skills");
            Checks.priority(priority);
            escalation = escalation == null ? List.of() : List.copyOf(escalation);
            Duration previous = Duration.ZERO;
            for (Escalation step : escalation) {
                if (step.after().compareTo(previous) <= 0) {
                    throw new IllegalArgumentException("escalation afterSeconds " + step.after().toSeconds()
                            + " must be greater than the previous step's " + previous.toSeconds());
                }
                previous = step.after();
            }
            Checks.positive(maxWait, "timeoutSeconds");
        }

        @Override
        public Map<String, String> exits() {
            return Checks.exits("found", found, "timeout", timeout);
        }
    }

    /** After {@code after} in the queue, require only {@code skills} (usually fewer or lower levels). */
    record Escalation(Duration after, Map<String, Integer> skills) {
        public Escalation {
            Checks.positive(after, "escalation afterSeconds");
            skills = Checks.skills(skills, "escalation skills");
        }
    }

    /** A position / wait message sent at most once per {@code every}. */
    record PositionUpdates(Duration every, String text) {
        public PositionUpdates {
            Checks.positive(every, "updates everySeconds");
            Checks.text(text, "updates text");
        }
    }

    /**
     * Connects the chat to {@code destination}; transfers and conferences happen inside. Exits {@code next} when
     * the agents end the chat, {@code noAnswer} when nobody takes it in {@code answerTimeout}, and
     * {@code targetDisconnected} (variable {@code disconnect.cause}) on hang-up, logout, system or failure.
     */
    record ConnectChat(String id, String destination, Duration answerTimeout, String next, String noAnswer,
                       String targetDisconnected) implements Block {
        public ConnectChat {
            Checks.text(id, "id");
            Checks.text(destination, "destination");
            Checks.positive(answerTimeout, "answerTimeoutSeconds");
        }

        @Override
        public Map<String, String> exits() {
            return Checks.exits("next", next, "noAnswer", noAnswer, "targetDisconnected", targetDisconnected);
        }
    }

    /** Stores the customer's next message in {@code variable}; {@code timeout} if none comes in time. */
    record WaitForReply(String id, String variable, Duration maxWait, String next, String timeout) implements Block {
        public WaitForReply {
            Checks.text(id, "id");
            Checks.variableName(variable, "variable");
            Checks.positive(maxWait, "timeoutSeconds");
        }

        @Override
        public Map<String, String> exits() {
            return Checks.exits("next", next, "timeout", timeout);
        }
    }

    record SetVariable(String id, String variable, String value, String next) implements Block {
        public SetVariable {
            Checks.text(id, "id");
            Checks.variableName(variable, "variable");
            value = value == null ? "" : value;
        }

        @Override
        public Map<String, String> exits() {
            return Checks.exits("next", next);
        }
    }

    /** Priority 1..100; queue order is priority × time waited. */
    record SetPriority(String id, int priority, String next) implements Block {
        public SetPriority {
            Checks.text(id, "id");
            Checks.priority(priority);
        }

        @Override
        public Map<String, String> exits() {
            return Checks.exits("next", next);
        }
    }

    /** Asks for a 1–5 rating, then a comment; the result is returned as a SaveSurvey command. */
    record Survey(String id, String question, String commentPrompt, Duration maxWait, String next, String timeout)
            implements Block {
        public Survey {
            Checks.text(id, "id");
            Checks.text(question, "question");
            Checks.text(commentPrompt, "commentPrompt");
            Checks.positive(maxWait, "timeoutSeconds");
        }

        @Override
        public Map<String, String> exits() {
            return Checks.exits("next", next, "timeout", timeout);
        }
    }

    /** Ends the interaction. */
    record Exit(String id) implements Block {
        public Exit {
            Checks.text(id, "id");
        }

        @Override
        public Map<String, String> exits() {
            return Map.of();
        }
    }
}
