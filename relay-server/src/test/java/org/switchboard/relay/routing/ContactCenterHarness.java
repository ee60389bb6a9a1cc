package org.switchboard.relay.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.switchboard.relay.FakeClock;
import org.switchboard.relay.scenario.ConversationState;
import org.switchboard.relay.scenario.DisconnectCause;
import org.switchboard.relay.scenario.ScenarioCommand;
import org.switchboard.relay.scenario.ScenarioDefinition;
import org.switchboard.relay.scenario.ScenarioEvent;
import org.switchboard.relay.scenario.ScenarioInterpreter;
import org.switchboard.relay.scenario.Step;

/**
 * A test stand-in for the relay's engine thread: one queue of events, each fed to the router or to the
 * conversation it belongs to, commands and decisions translated as package-info describes, timers delivered
 * when the fake clock passes them. Bounded: every drain stops after a fixed number of events.
 */
final class ContactCenterHarness {
    private static final int MAX_EVENTS_PER_DRAIN = 10_000;

    private record ForChat(String chatId, ScenarioEvent event) {
    }

    final FakeClock clock;
    final Router router;
    private final ScenarioInterpreter interpreter;
    private final ScenarioDefinition definition;
    final Map<String, ConversationState> conversations = new HashMap<>();
    final Map<String, List<String>> toCustomer = new HashMap<>();
    final Map<String, String> offers = new TreeMap<>();
    private final Map<String, Instant> wakeUps = new HashMap<>();
    private final Deque<Object> events = new ArrayDeque<>();

    ContactCenterHarness(FakeClock clock, RoutingSettings settings, ScenarioDefinition definition) {
        this.clock = clock;
        this.router = new Router(clock, settings);
        this.interpreter = new ScenarioInterpreter(new RouterQueueStats(router));
        this.definition = definition;
    }

    void customerArrives(String chatId, Map<String, String> item) {
        Step step = interpreter.start(definition, item, clock.instant());
        conversations.put(chatId, step.state());
        toCustomer.put(chatId, new ArrayList<>());
        step.commands().forEach(command -> commanded(chatId, command));
        drain();
    }

    void routing(RoutingEvent event) {
        events.add(event);
        drain();
    }

    void scenario(String chatId, ScenarioEvent event) {
        events.add(new ForChat(chatId, event));
        drain();
    }

    /** Moves the clock, delivering router ticks and conversation wake-ups in time order. */
    void advance(Duration duration) {
        Instant end = clock.instant().plus(duration);
        for (int i = 0; i < MAX_EVENTS_PER_DRAIN; i++) {
            Instant next = end;
            Instant routerAt = router.nextWakeUp().orElse(null);
            if (routerAt != null && routerAt.isBefore(next)) {
                next = routerAt;
            }
            for (Instant at : wakeUps.values()) {
                if (at.isBefore(next)) {
                    next = at;
                }
            }
            if (next.isAfter(clock.instant())) {
                clock.set(next);
            }
            boolean fired = false;
            if (routerAt != null && !routerAt.isAfter(clock.instant())) {
                events.add(new RoutingEvent.Tick());
                fired = true;
            }
            for (Map.Entry<String, Instant> wake : List.copyOf(wakeUps.entrySet())) {
                if (!wake.getValue().isAfter(clock.instant())) {
                    wakeUps.remove(wake.getKey());
                    router.position(wake.getKey()).ifPresent(p -> events.add(new ForChat(wake.getKey(),
                            new ScenarioEvent.QueueUpdate(p.position(), p.estimatedWait()))));
                    events.add(new ForChat(wake.getKey(), new ScenarioEvent.WakeUp(clock.instant())));
                    fired = true;
                }
            }
            drain();
            if (!fired && !clock.instant().isBefore(end)) {
                return;
            }
        }
        throw new IllegalStateException("timers kept firing at " + clock.instant());
    }

    private void drain() {
        for (int i = 0; i < MAX_EVENTS_PER_DRAIN && !events.isEmpty(); i++) {
            Object event = events.poll();
            if (event instanceof RoutingEvent routing) {
                router.on(routing).forEach(this::decided);
            } else if (event instanceof ForChat forChat && conversations.containsKey(forChat.chatId())) {
                Step step = interpreter.on(definition, conversations.get(forChat.chatId()), forChat.event(), clock.instant());
                conversations.put(forChat.chatId(), step.state());
                step.commands().forEach(command -> commanded(forChat.chatId(), command));
            }
        }
        if (!events.isEmpty()) {
            throw new IllegalStateException("engine loop did not settle: " + events.peek());
        }
    }

    private void commanded(String chatId, ScenarioCommand command) {
        if (command instanceof ScenarioCommand.SendMessage m) {
            toCustomer.get(chatId).add(m.text());
        } else if (command instanceof ScenarioCommand.FindAgent f) {
            events.add(new RoutingEvent.ChatQueued(chatId, new Requirement(f.request().service(), f.request().skills()),
                    f.request().priority()));
        } else if (command instanceof ScenarioCommand.RelaxSkills r) {
            events.add(new RoutingEvent.SkillsChanged(chatId, r.skills()));
        } else if (command instanceof ScenarioCommand.ChangePriority p) {
            events.add(new RoutingEvent.PriorityChanged(chatId, p.priority()));
        } else if (command instanceof ScenarioCommand.ConnectChat c) {
            events.add(new ForChat(chatId, router.participants(chatId).contains(c.destination())
                    ? new ScenarioEvent.ChatConnected(c.destination()) : new ScenarioEvent.ConnectNoAnswer("not assigned")));
        } else if (command instanceof ScenarioCommand.CancelFind || command instanceof ScenarioCommand.EndInteraction) {
            events.add(new RoutingEvent.ChatCancelled(chatId, "scenario ended"));
            wakeUps.remove(chatId);
        } else if (command instanceof ScenarioCommand.ScheduleWakeUp w) {
            wakeUps.put(chatId, w.at());
        }
    }

    private void decided(RoutingDecision decision) {
        if (decision instanceof RoutingDecision.OfferChat o) {
            offers.put(o.agent(), o.chatId());
        } else if (decision instanceof RoutingDecision.OfferWithdrawn w) {
            offers.remove(w.agent(), w.chatId());
        } else if (decision instanceof RoutingDecision.TransferFailed f) {
            offers.remove(f.target(), f.chatId());
        } else if (decision instanceof RoutingDecision.ChatAssigned a) {
            offers.remove(a.agent(), a.chatId());
            events.add(new ForChat(a.chatId(), new ScenarioEvent.AgentFound(a.agent())));
        } else if (decision instanceof RoutingDecision.ParticipantJoined j) {
            offers.remove(j.agent(), j.chatId());
            events.add(new ForChat(j.chatId(), new ScenarioEvent.AgentJoined(j.agent())));
        } else if (decision instanceof RoutingDecision.ParticipantLeft l) {
            events.add(new ForChat(l.chatId(), new ScenarioEvent.AgentLeft(l.agent())));
        } else if (decision instanceof RoutingDecision.ChatClosed c && c.reason().equals("agents left")) {
            events.add(new ForChat(c.chatId(), new ScenarioEvent.ChatDisconnected(DisconnectCause.AGENTS_LEFT)));
        }
    }
}
