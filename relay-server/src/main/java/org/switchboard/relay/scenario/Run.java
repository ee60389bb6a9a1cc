package org.switchboard.relay.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One step of one conversation in progress: mutable working copies of the state, used by a single call of
 * {@link ScenarioInterpreter} and then frozen into a {@link Step}. Runs blocks until one has to wait.
 */
final class Run {
    private static final Logger log = LoggerFactory.getLogger(Run.class);
    static final int MAX_HOPS = 200;
    static final List<String> RATINGS = IntStream.rangeClosed(1, 5).mapToObj(String::valueOf).toList();

    final ScenarioDefinition definition;
    final Instant now;
    final Map<String, String> variables;
    final List<ScenarioCommand> commands = new ArrayList<>();
    private final QueueStats queues;
    private Instant previousWakeUp;
    String blockId;
    ConversationState.Phase phase;
    int priority;
    Instant inactiveSince;
    boolean inactivityWarned;

    Run(ScenarioDefinition definition, ConversationState state, QueueStats queues, Instant now) {
        this.definition = definition;
        this.queues = queues;
        this.now = now;
        this.variables = new HashMap<>(state.variables());
        this.blockId = state.blockId();
        this.phase = state.phase();
        this.priority = state.priority();
        this.inactiveSince = state.inactiveSince();
        this.inactivityWarned = state.inactivityWarned();
        this.previousWakeUp = state.wakeUpAt();
    }

    /** The requested wake-up has fired (perhaps early): ask again for whatever is still pending. */
    void forgetWakeUp() {
        previousWakeUp = null;
    }

    Block block() {
        return definition.block(blockId);
    }

    void send(String template, List<String> quickReplies) {
        String text = VariableText.render(template, variables);
        if (text.isBlank()) {
            log.warn("scenario '{}' block '{}': message renders empty, not sent", definition.name(), blockId);
            return;
        }
        commands.add(new ScenarioCommand.SendMessage(text, quickReplies, true));
    }

    void end(String reason) {
        phase = new ConversationState.Phase.Ended(reason);
        inactiveSince = null;
        commands.add(new ScenarioCommand.EndInteraction(reason));
    }

    /** Leaves the current block through {@code exit} and runs blocks until one waits or the scenario ends. */
    void exit(String exit) {
        exitTo(block().exits().get(exit));
    }

    /** Runs blocks from {@code next} until one waits or the scenario ends. */
    void exitTo(String next) {
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            blockId = next;
            next = enter(block());
            if (next == null) {
                return;
            }
        }
        log.error("scenario '{}' v{}: more than {} blocks without waiting, last '{}'; ending the interaction",
                definition.name(), definition.version(), MAX_HOPS, blockId);
        end("scenario loop");
    }

    /** Runs one block; returns the next block id, or null when the block waits or ends the scenario. */
    private String enter(Block block) {
        if (block instanceof Block.SendMessage b) {
            send(b.text(), b.quickReplies());
            return b.next();
        } else if (block instanceof Block.If b) {
            ConditionContext context = new ConditionContext(now.atZone(definition.timeZone()), variables, queues);
            return b.branches().stream().filter(branch -> branch.when().test(context)).map(Block.Branch::next)
                    .findFirst().orElse(b.otherwise());
        } else if (block instanceof Block.SetVariable b) {
            variables.put(b.variable(), VariableText.render(b.value(), variables));
            return b.next();
        } else if (block instanceof Block.SetPriority b) {
            priority = b.priority();
            variables.put("priority", String.valueOf(priority));
            commands.add(new ScenarioCommand.ChangePriority(priority));
            return b.next();
        } else if (block instanceof Block.FindAgent b) {
            String service = VariableText.render(b.service(), variables);
            if (service.isBlank()) {
                log.warn("scenario '{}' block '{}': service renders empty, taking exit timeout", definition.name(), b.id());
                return b.timeout();
            }
            commands.add(new ScenarioCommand.FindAgent(new FindRequest(service, b.skills(), Math.max(priority, b.priority()),
                    b.escalation(), b.maxWait())));
            phase = new ConversationState.Phase.Queued(now, 0, b.updates() == null ? null : now.plus(b.updates().every()),
                    now.plus(b.maxWait()));
            return null;
        } else if (block instanceof Block.ConnectChat b) {
            String destination = VariableText.render(b.destination(), variables);
            if (destination.isBlank()) {
                log.warn("scenario '{}' block '{}': destination renders empty, taking exit noAnswer", definition.name(), b.id());
                return b.noAnswer();
            }
            commands.add(new ScenarioCommand.ConnectChat(destination));
            phase = new ConversationState.Phase.Connecting(destination, now.plus(b.answerTimeout()));
            return null;
        } else if (block instanceof Block.WaitForReply b) {
            phase = new ConversationState.Phase.AwaitingReply(now.plus(b.maxWait()));
            return null;
        } else if (block instanceof Block.Survey b) {
            send(b.question(), RATINGS);
            phase = new ConversationState.Phase.SurveyRating(now.plus(b.maxWait()));
            return null;
        } else if (block instanceof Block.Exit) {
            end("scenario finished");
            return null;
        }
        throw new IllegalStateException("block type " + block.type() + " has no interpreter");
    }

    ConversationState freeze() {
        Instant wakeUp = Deadlines.next(this);
        if (wakeUp != null && !wakeUp.equals(previousWakeUp)) {
            commands.add(new ScenarioCommand.ScheduleWakeUp(wakeUp));
        }
        return new ConversationState(definition.name(), definition.version(), blockId, phase, variables, priority,
                inactiveSince, inactivityWarned, wakeUp);
    }
}
