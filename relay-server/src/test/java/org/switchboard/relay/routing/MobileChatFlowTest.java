package org.switchboard.relay.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.relay.FakeClock;
import org.switchboard.relay.scenario.ConversationState;
import org.switchboard.relay.scenario.DisconnectCause;
import org.switchboard.relay.scenario.ScenarioCommand;
import org.switchboard.relay.scenario.ScenarioDefinition;
import org.switchboard.relay.scenario.ScenarioEvent;
import org.switchboard.relay.scenario.ScenarioInterpreter;
import org.switchboard.relay.scenario.ScenarioParser;
import org.switchboard.relay.scenario.ScenarioTemplates;
import org.switchboard.relay.scenario.Step;

/**
 * The Mobile Chat template and the router wired together the way the engine does it (see package-info): one
 * queue of events, each fed to its owner, commands and decisions turned into events for the other.
 */
class MobileChatFlowTest {
    private static final String CHAT = "chat-1";

    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final Router router = new Router(clock, RoutingSettings.DEFAULTS);
    private final ScenarioInterpreter interpreter = new ScenarioInterpreter(new RouterQueueStats(router));
    private final ScenarioDefinition mobileChat = new ScenarioTemplates(new ScenarioParser()).mobileChat();
    private final Deque<Object> events = new ArrayDeque<>();
    private final List<String> toCustomer = new ArrayList<>();
    private final List<RoutingDecision> toAgents = new ArrayList<>();
    private ConversationState conversation;
    private Instant scenarioWakeUp;

    private void run(Object first) {
        events.add(first);
        for (int i = 0; i < 1_000 && !events.isEmpty(); i++) {
            Object event = events.poll();
            if (event instanceof RoutingEvent routing) {
                router.on(routing).forEach(this::decided);
            } else {
                Step step = interpreter.on(mobileChat, conversation, (ScenarioEvent) event, clock.instant());
                conversation = step.state();
                step.commands().forEach(this::commanded);
            }
        }
        assertThat(events).as("engine loop settled").isEmpty();
    }

    private void start() {
        Step step = interpreter.start(mobileChat, Map.of("item.firstName", "Ana"), clock.instant());
        conversation = step.state();
        step.commands().forEach(this::commanded);
        while (!events.isEmpty()) {
            run(events.poll());
        }
    }

    private void commanded(ScenarioCommand command) {
        if (command instanceof ScenarioCommand.SendMessage m) {
            toCustomer.add(m.text());
        } else if (command instanceof ScenarioCommand.FindAgent f) {
            events.add(new RoutingEvent.ChatQueued(CHAT, new Requirement(f.request().service(), f.request().skills()),
                    f.request().priority()));
        } else if (command instanceof ScenarioCommand.ConnectChat c) {
            events.add(router.participants(CHAT).contains(c.destination())
                    ? new ScenarioEvent.ChatConnected(c.destination()) : new ScenarioEvent.ConnectNoAnswer("not assigned"));
        } else if (command instanceof ScenarioCommand.CancelFind || command instanceof ScenarioCommand.EndInteraction) {
            events.add(new RoutingEvent.ChatCancelled(CHAT, "scenario ended"));
        } else if (command instanceof ScenarioCommand.ScheduleWakeUp w) {
            scenarioWakeUp = w.at();
        }
    }

    private void decided(RoutingDecision decision) {
        if (decision instanceof RoutingDecision.ChatAssigned a) {
            events.add(new ScenarioEvent.AgentFound(a.agent()));
        } else if (decision instanceof RoutingDecision.ChatClosed c && c.reason().equals("agents left")) {
            events.add(new ScenarioEvent.ChatDisconnected(DisconnectCause.AGENTS_LEFT));
        } else if (decision instanceof RoutingDecision.OfferChat) {
            toAgents.add(decision);
        }
    }

    private void scenarioWakesUpAfter(Duration wait) {
        clock.advance(wait);
        assertThat(scenarioWakeUp).isEqualTo(clock.instant());
        router.position(CHAT).ifPresent(p -> run(new ScenarioEvent.QueueUpdate(p.position(), p.estimatedWait())));
        run(new ScenarioEvent.WakeUp(clock.instant()));
    }

    @Test
    void customerIsGreetedQueuedConnectedAndSaidGoodbye() {
        start();
        assertThat(toCustomer).containsExactly("Hi Ana, thanks for contacting us.", "An agent will be with you shortly.");
        assertThat(router.stats("Support").waiting()).isEqualTo(1);

        scenarioWakesUpAfter(Duration.ofSeconds(60));
        assertThat(toCustomer).last().isEqualTo("You are number 1 in line. Estimated wait: 5 minutes.");

        run(new RoutingEvent.AgentLoggedIn("alice", Set.of("Support"), Map.of(), 0));
        run(new RoutingEvent.AgentReady("alice"));
        assertThat(toAgents).hasSize(1);
        run(new RoutingEvent.OfferAccepted(CHAT, "alice"));
        assertThat(toCustomer).last().isEqualTo("You are now connected to alice.");
        assertThat(conversation.phase()).isEqualTo(new ConversationState.Phase.Connected(List.of("alice")));

        run(new RoutingEvent.ChatEnded(CHAT, "alice"));
        assertThat(toCustomer).last().isEqualTo("Thank you for contacting us. Goodbye!");
        assertThat(conversation.ended()).isTrue();
        assertThat(router.state("alice")).isEqualTo(org.switchboard.protocol.AgentState.AFTER_CHAT_WORK);
    }

    @Test
    void nobodyAvailableForFifteenMinutesEndsPolitely() {
        start();
        for (int minute = 1; minute < 15; minute++) {
            scenarioWakesUpAfter(Duration.ofSeconds(60));
        }
        scenarioWakesUpAfter(Duration.ofSeconds(60));

        assertThat(toCustomer).last().isEqualTo("Thank you for contacting us. Goodbye!");
        assertThat(conversation.ended()).isTrue();
        assertThat(router.stats("Support").waiting()).isZero();
    }
}
