package org.switchboard.relay.engine;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.relay.scenario.Block;
import org.switchboard.relay.scenario.ConditionContext;
import org.switchboard.relay.scenario.QueueStats;
import org.switchboard.relay.scenario.ScenarioDefinition;

/**
 * Runs a chat's scenario blocks from where it stands until a block has to wait for the outside world
 * (an agent, the end of the chat), returning what the engine must do. Walking-skeleton subset: Send Message,
 * If, Find Agent, Connect Chat, Set Variable, Exit; other blocks pass through their first exit.
 */
final class ScenarioWalk {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\(([A-Za-z0-9_.]+)\\)");
    private static final int MAX_STEPS = 100;

    /** What the walk asks the engine to do. */
    sealed interface Step {
        record Send(String text, List<String> quickReplies) implements Step {
        }

        record Queue(String service, int priority) implements Step {
        }

        record Connect(String agent) implements Step {
        }

        record End(String reason) implements Step {
        }
    }

    private final ScenarioDefinition scenario;
    private final Clock clock;
    private final QueueStats queues;

    ScenarioWalk(ScenarioDefinition scenario, Clock clock, QueueStats queues) {
        this.scenario = scenario;
        this.clock = clock;
        this.queues = queues;
    }

    ScenarioDefinition scenario() {
        return scenario;
    }

    List<Step> start(ChatRun run) {
        run.blockId = scenario.first().id();
        return walk(run);
    }

    /** Leaves the current (waiting) block by {@code exit} and walks on. */
    List<Step> resume(ChatRun run, String exit) {
        Block current = scenario.block(run.blockId);
        run.blockId = current.exits().get(exit);
        if (run.blockId == null) {
            return List.of(new Step.End("scenario '" + scenario.name() + "' block '" + current.id() + "' has no exit '" + exit + "'"));
        }
        return walk(run);
    }

    private List<Step> walk(ChatRun run) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < MAX_STEPS; i++) {
            Block block = scenario.block(run.blockId);
            String next;
            if (block instanceof Block.SendMessage send) {
                steps.add(new Step.Send(expand(send.text(), run), send.quickReplies()));
                next = send.next();
            } else if (block instanceof Block.If choice) {
                next = branch(choice, run);
            } else if (block instanceof Block.FindAgent find) {
                steps.add(new Step.Queue(find.service(), find.priority()));
                return steps;
            } else if (block instanceof Block.ConnectChat connect) {
                steps.add(new Step.Connect(expand(connect.destination(), run)));
                return steps;
            } else if (block instanceof Block.SetVariable set) {
                run.variables.put(set.variable(), expand(set.value(), run));
                next = set.next();
            } else if (block instanceof Block.Exit) {
                steps.add(new Step.End("scenario finished"));
                return steps;
            } else {
                next = block.exits().values().stream().filter(target -> target != null).findFirst().orElse(null);
            }
            if (next == null) {
                steps.add(new Step.End("scenario block '" + block.id() + "' has no next block"));
                return steps;
            }
            run.blockId = next;
        }
        steps.add(new Step.End("scenario '" + scenario.name() + "' ran " + MAX_STEPS + " blocks without waiting; stopped"));
        return steps;
    }

    private String branch(Block.If choice, ChatRun run) {
        ConditionContext context = new ConditionContext(ZonedDateTime.now(clock.withZone(scenario.timeZone())),
                run.variables, queues);
        return choice.branches().stream().filter(b -> b.when().test(context)).map(Block.Branch::next).findFirst()
                .orElse(choice.otherwise());
    }

    static String expand(String text, ChatRun run) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(run.variables.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString().replaceAll(" +([,.!?])", "$1").trim();
    }
}
