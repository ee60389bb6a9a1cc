package org.switchboard.relay.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.relay.scenario.ConversationState.Phase;
import org.switchboard.relay.scenario.ScenarioEvent.AgentFound;
import org.switchboard.relay.scenario.ScenarioEvent.AgentJoined;
import org.switchboard.relay.scenario.ScenarioEvent.AgentLeft;
import org.switchboard.relay.scenario.ScenarioEvent.AgentMessage;
import org.switchboard.relay.scenario.ScenarioEvent.ChatConnected;
import org.switchboard.relay.scenario.ScenarioEvent.ChatDisconnected;
import org.switchboard.relay.scenario.ScenarioEvent.ConnectNoAnswer;
import org.switchboard.relay.scenario.ScenarioEvent.CustomerMessage;
import org.switchboard.relay.scenario.ScenarioEvent.QueueUpdate;
import org.switchboard.relay.scenario.ScenarioEvent.WakeUp;

/**
 * Runs scenarios as a pure state machine: a conversation's state plus an event and the current instant give the
 * next state and the commands for the engine. No clock reads, threads or I/O, so every exit is tested instantly.
 * Stateless apart from the queue-figures port, so one instance serves every conversation on the engine thread.
 */
public final class ScenarioInterpreter {
    private final QueueStats queues;

    public ScenarioInterpreter(QueueStats queues) {
        this.queues = queues;
    }

    /** Starts a conversation at the first block with the item variables (item.firstName, item.from, …). */
    public Step start(ScenarioDefinition definition, Map<String, String> initialVariables, Instant now) {
        Map<String, String> variables = new HashMap<>(initialVariables);
        ConversationState initial = new ConversationState(definition.name(), definition.version(), definition.first().id(),
                new Phase.Ended("not started"), variables, 0, null, false, null);
        Run run = new Run(definition, initial, queues, now);
        run.exitTo(definition.first().id());
        return new Step(run.freeze(), run.commands);
    }

    /**
     * Feeds one event to a conversation. {@code definition} must be the version the conversation started with
     * ({@link ScenarioCatalog#version}); an ended conversation ignores everything.
     */
    public Step on(ScenarioDefinition definition, ConversationState state, ScenarioEvent event, Instant now) {
        if (!definition.name().equals(state.scenario()) || definition.version() != state.version()) {
            throw new IllegalArgumentException("conversation runs scenario '" + state.scenario() + "' v" + state.version()
                    + ", not '" + definition.name() + "' v" + definition.version());
        }
        Run run = new Run(definition, state, queues, now);
        if (event instanceof WakeUp) {
            run.forgetWakeUp();
        }
        if (!state.ended()) {
            handle(run, event);
        }
        return new Step(run.freeze(), run.commands);
    }

    private void handle(Run run, ScenarioEvent event) {
        Phase phase = run.phase;
        if (event instanceof CustomerMessage m) {
            run.inactiveSince = null;
            run.inactivityWarned = false;
            customerMessage(run, m.text());
        } else if (event instanceof QueueUpdate u) {
            run.variables.put("queue.position", String.valueOf(u.position()));
            run.variables.put("queue.ewt", VariableText.waitText(u.estimatedWait()));
        } else if (event instanceof WakeUp) {
            wakeUp(run);
        } else if (event instanceof AgentFound f && phase instanceof Phase.Queued) {
            run.variables.put("destination", f.agent());
            run.variables.put("destination.name", f.displayName());
            run.exit("found");
        } else if (event instanceof ChatConnected c && phase instanceof Phase.Connecting) {
            run.variables.put("destination", c.agent());
            run.phase = new Phase.Connected(List.of(c.agent()));
        } else if (event instanceof AgentFound f && phase instanceof Phase.Connecting) {
            run.variables.put("destination", f.agent());
            run.variables.put("destination.name", f.displayName());
            run.phase = new Phase.Connected(List.of(f.agent()));
        } else if (event instanceof ConnectNoAnswer && phase instanceof Phase.Connecting) {
            run.exit("noAnswer");
        } else if (event instanceof AgentJoined j && phase instanceof Phase.Connected c) {
            joined(run, c, j.agent());
        } else if (event instanceof AgentFound f && phase instanceof Phase.Connected c) {
            joined(run, c, f.agent());
        } else if (event instanceof AgentLeft l && phase instanceof Phase.Connected c) {
            List<String> agents = new ArrayList<>(c.agents());
            agents.remove(l.agent());
            run.phase = agents.isEmpty()
                    ? new Phase.Connecting(l.agent(), run.now.plus(((Block.ConnectChat) run.block()).answerTimeout()))
                    : new Phase.Connected(agents);
        } else if (event instanceof AgentMessage && phase instanceof Phase.Connected && run.inactiveSince == null) {
            run.inactiveSince = run.now;
            run.inactivityWarned = false;
        } else if (event instanceof ChatDisconnected d) {
            disconnected(run, d.cause());
        }
    }

    /** A transfer, conference or re-queue inside Connect Chat brought this agent in. */
    private void joined(Run run, Phase.Connected connected, String agent) {
        List<String> agents = new ArrayList<>(connected.agents());
        agents.remove(agent);
        agents.add(agent);
        run.variables.put("destination", agent);
        run.phase = new Phase.Connected(agents);
    }

    private void customerMessage(Run run, String text) {
        Phase phase = run.phase;
        if (phase instanceof Phase.AwaitingReply) {
            run.variables.put(((Block.WaitForReply) run.block()).variable(), text);
            run.exit("next");
        } else if (phase instanceof Phase.SurveyRating) {
            String answer = text.trim();
            if (Run.RATINGS.contains(answer)) {
                run.phase = new Phase.SurveyComment(Integer.parseInt(answer), run.now.plus(((Block.Survey) run.block()).maxWait()));
                run.send(((Block.Survey) run.block()).commentPrompt(), List.of());
            } else {
                run.send(((Block.Survey) run.block()).question(), Run.RATINGS);
            }
        } else if (phase instanceof Phase.SurveyComment c) {
            run.commands.add(new ScenarioCommand.SaveSurvey(run.blockId, c.rating(), text));
            run.exit("next");
        }
    }

    private void disconnected(Run run, DisconnectCause cause) {
        Phase phase = run.phase;
        if (phase instanceof Phase.Connected || phase instanceof Phase.Connecting) {
            run.inactiveSince = null;
            if (cause == DisconnectCause.AGENTS_LEFT) {
                run.exit("next");
            } else {
                run.variables.put("disconnect.cause", cause.name().toLowerCase(java.util.Locale.ROOT));
                run.exit("targetDisconnected");
            }
        } else if (cause == DisconnectCause.CUSTOMER_HANGUP) {
            if (phase instanceof Phase.Queued) {
                run.commands.add(new ScenarioCommand.CancelFind("customer left"));
            }
            run.end("customer left");
        }
    }

    private void wakeUp(Run run) {
        Phase phase = run.phase;
        if (phase instanceof Phase.AwaitingReply p && !run.now.isBefore(p.deadline())) {
            run.exit("timeout");
        } else if (phase instanceof Phase.Queued q) {
            queuedWakeUp(run, q);
        } else if (phase instanceof Phase.Connecting p && !run.now.isBefore(p.deadline())) {
            run.exit("noAnswer");
        } else if (phase instanceof Phase.Connected && run.inactiveSince != null
                && !run.now.isBefore(Deadlines.inactivityDue(run))) {
            if (run.inactivityWarned) {
                run.end("customer inactive");
            } else {
                run.inactivityWarned = true;
                run.send(run.definition.inactivity().warning(), List.of());
            }
        } else if (phase instanceof Phase.SurveyRating p && !run.now.isBefore(p.deadline())) {
            run.commands.add(new ScenarioCommand.SaveSurvey(run.blockId, null, ""));
            run.exit("timeout");
        } else if (phase instanceof Phase.SurveyComment p && !run.now.isBefore(p.deadline())) {
            run.commands.add(new ScenarioCommand.SaveSurvey(run.blockId, p.rating(), ""));
            run.exit("timeout");
        }
    }

    private void queuedWakeUp(Run run, Phase.Queued queued) {
        Block.FindAgent find = (Block.FindAgent) run.block();
        if (!run.now.isBefore(queued.deadline())) {
            run.commands.add(new ScenarioCommand.CancelFind("find agent timeout"));
            run.exit("timeout");
            return;
        }
        int step = queued.escalationStep();
        while (step < find.escalation().size() && !run.now.isBefore(queued.since().plus(find.escalation().get(step).after()))) {
            run.commands.add(new ScenarioCommand.RelaxSkills(step + 1, find.escalation().get(step).skills()));
            step++;
        }
        Instant nextUpdate = queued.nextUpdate();
        if (nextUpdate != null && !run.now.isBefore(nextUpdate)) {
            if (run.variables.containsKey("queue.position")) {
                run.send(find.updates().text(), List.of());
            }
            nextUpdate = run.now.plus(find.updates().every());
        }
        run.phase = new Phase.Queued(queued.since(), step, nextUpdate, queued.deadline());
    }
}
