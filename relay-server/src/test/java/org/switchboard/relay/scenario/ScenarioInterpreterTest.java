package org.switchboard.relay.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.relay.FakeClock;
import org.switchboard.relay.scenario.ConversationState.Phase;
import org.switchboard.relay.scenario.ScenarioCommand.CancelFind;
import org.switchboard.relay.scenario.ScenarioCommand.ChangePriority;
import org.switchboard.relay.scenario.ScenarioCommand.ConnectChat;
import org.switchboard.relay.scenario.ScenarioCommand.EndInteraction;
import org.switchboard.relay.scenario.ScenarioCommand.FindAgent;
import org.switchboard.relay.scenario.ScenarioCommand.RelaxSkills;
import org.switchboard.relay.scenario.ScenarioCommand.SaveSurvey;
import org.switchboard.relay.scenario.ScenarioCommand.ScheduleWakeUp;
import org.switchboard.relay.scenario.ScenarioCommand.SendMessage;

class ScenarioInterpreterTest {
    private static final Map<String, String> ITEM = Map.of("item.firstName", "Ana", "item.lastName", "Silva",
            "item.from", "psid-1", "item.pageId", "page-9");

    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final FakeQueues queues = new FakeQueues();
    private final ScenarioInterpreter interpreter = new ScenarioInterpreter(queues);
    private final ScenarioDefinition scenario = new ScenarioParser().parse("""
            {"name": "Full", "version": 2, "timeZone": "UTC",
             "inactivity": {"timeoutSeconds": 120, "warning": "Still there, $(item.firstName)?"},
             "blocks": [
              {"id": "hello", "type": "SendMessage", "text": "Hi $(item.firstName) $(item.lastName)", "quickReplies": ["Sales", "Help"], "next": "ask"},
              {"id": "ask", "type": "WaitForReply", "variable": "topic", "timeoutSeconds": 60, "next": "route", "timeout": "bye"},
              {"id": "route", "type": "If", "branches": [
                 {"when": {"type": "variable", "name": "topic", "op": "eq", "value": "loop"}, "next": "loop"},
                 {"when": {"type": "variable", "name": "topic", "op": "eq", "value": "vip"}, "next": "vip"},
                 {"when": {"type": "queueSize", "service": "Support", "op": "ge", "value": 50}, "next": "busy"}],
               "default": "find"},
              {"id": "vip", "type": "SetPriority", "priority": 9, "next": "find"},
              {"id": "loop", "type": "SetVariable", "variable": "spin", "value": "$(spin)x", "next": "loop"},
              {"id": "busy", "type": "SendMessage", "text": "We are very busy, sorry.", "next": "bye"},
              {"id": "find", "type": "FindAgent", "service": "Support", "skills": {"english": 3}, "priority": 2,
               "escalation": [{"afterSeconds": 30, "skills": {"english": 1}}, {"afterSeconds": 90, "skills": {}}],
               "updates": {"everySeconds": 40, "text": "You are number $(queue.position), about $(queue.ewt)."},
               "timeoutSeconds": 300, "found": "connected", "timeout": "sorry"},
              {"id": "sorry", "type": "SendMessage", "text": "Nobody is free.", "next": "bye"},
              {"id": "connected", "type": "SendMessage", "text": "You are now connected to $(destination).", "next": "connect"},
              {"id": "connect", "type": "ConnectChat", "destination": "$(destination)", "answerTimeoutSeconds": 20,
               "next": "survey", "noAnswer": "find", "targetDisconnected": "lost"},
              {"id": "lost", "type": "SendMessage", "text": "Disconnected: $(disconnect.cause)", "next": "bye"},
              {"id": "survey", "type": "Survey", "question": "Rate us 1-5", "commentPrompt": "Any comment?",
               "timeoutSeconds": 60, "next": "bye", "timeout": "bye"},
              {"id": "bye", "type": "SendMessage", "text": "Goodbye!", "next": "end"},
              {"id": "end", "type": "Exit"}
             ]}
            """);

    private ConversationState state;

    private List<ScenarioCommand> start() {
        Step step = interpreter.start(scenario, ITEM, clock.instant());
        state = step.state();
        return step.commands();
    }

    private List<ScenarioCommand> on(ScenarioEvent event) {
        Step step = interpreter.on(scenario, state, event, clock.instant());
        state = step.state();
        return step.commands();
    }

    private List<ScenarioCommand> after(Duration wait) {
        clock.advance(wait);
        return on(new ScenarioEvent.WakeUp(clock.instant()));
    }

    private List<ScenarioCommand> queued(String topic) {
        start();
        return on(new ScenarioEvent.CustomerMessage(topic));
    }

    private List<ScenarioCommand> connected() {
        queued("help");
        on(new ScenarioEvent.AgentFound("alice"));
        return on(new ScenarioEvent.ChatConnected("alice"));
    }

    private static SendMessage text(String text) {
        return new SendMessage(text, List.of(), true);
    }

    @Test
    void sendMessageRendersItemVariablesWithQuickRepliesThenTakesNext() {
        assertThat(start()).containsExactly(new SendMessage("Hi Ana Silva", List.of("Sales", "Help"), true),
                new ScheduleWakeUp(clock.instant().plusSeconds(60)));
        assertThat(state.blockId()).isEqualTo("ask");
    }

    @Test
    void waitForReplyStoresTheAnswerAndTakesNext() {
        start();

        assertThat(on(new ScenarioEvent.CustomerMessage("help"))).first().isInstanceOf(FindAgent.class);
        assertThat(state.variables()).containsEntry("topic", "help");
        assertThat(state.blockId()).isEqualTo("find");
    }

    @Test
    void waitForReplyTimesOut() {
        start();

        assertThat(after(Duration.ofSeconds(59))).as("an early wake-up asks again")
                .containsExactly(new ScheduleWakeUp(clock.instant().plusSeconds(1)));
        assertThat(after(Duration.ofSeconds(1))).containsExactly(text("Goodbye!"), new EndInteraction("scenario finished"));
        assertThat(state.ended()).isTrue();
    }

    @Test
    void ifTakesTheFirstBranchThatHolds() {
        queues.waiting = 80;

        assertThat(queued("vip")).startsWith(new ChangePriority(9));
        assertThat(state.blockId()).isEqualTo("find");
    }

    @Test
    void ifTestsQueueSize() {
        queues.waiting = 50;

        assertThat(queued("help")).containsExactly(text("We are very busy, sorry."), text("Goodbye!"),
                new EndInteraction("scenario finished"));
    }

    @Test
    void ifFallsBackToDefault() {
        assertThat(queued("help")).first().isEqualTo(new FindAgent(new FindRequest("Support", Map.of("english", 3), 2,
                ((Block.FindAgent) scenario.block("find")).escalation(), Duration.ofSeconds(300))));
    }

    @Test
    void setPriorityRaisesTheFindPriority() {
        List<ScenarioCommand> commands = queued("vip");

        assertThat(commands).filteredOn(FindAgent.class::isInstance).singleElement()
                .extracting(c -> ((FindAgent) c).request().priority()).isEqualTo(9);
        assertThat(state.variables()).containsEntry("priority", "9");
    }

    @Test
    void setVariableLoopIsCutOffInsteadOfSpinningForever() {
        assertThat(queued("loop")).last().isEqualTo(new EndInteraction("scenario loop"));
        assertThat(state.variables().get("spin")).isNotEmpty().hasSizeLessThan(Run.MAX_HOPS);
    }

    @Test
    void findAgentFoundSetsDestination() {
        queued("help");

        assertThat(on(new ScenarioEvent.AgentFound("alice"))).containsExactly(text("You are now connected to alice."),
                new ConnectChat("alice"), new ScheduleWakeUp(clock.instant().plusSeconds(20)));
        assertThat(state.variables()).containsEntry("destination", "alice");
    }

    @Test
    void findAgentEscalatesSkillsAndSendsThrottledPositionUpdates() {
        queued("help");
        on(new ScenarioEvent.QueueUpdate(3, Duration.ofSeconds(150)));

        assertThat(after(Duration.ofSeconds(30))).containsExactly(new RelaxSkills(1, Map.of("english", 1)),
                new ScheduleWakeUp(clock.instant().plusSeconds(10)));
        assertThat(after(Duration.ofSeconds(10))).containsExactly(text("You are number 3, about 3 minutes."),
                new ScheduleWakeUp(clock.instant().plusSeconds(40)));
        on(new ScenarioEvent.QueueUpdate(2, Duration.ofSeconds(20)));
        on(new ScenarioEvent.QueueUpdate(1, Duration.ofSeconds(10)));
        assertThat(after(Duration.ofSeconds(40))).containsExactly(text("You are number 1, about 1 minute."),
                new ScheduleWakeUp(clock.instant().plusSeconds(10)));
        assertThat(after(Duration.ofSeconds(10))).containsExactly(new RelaxSkills(2, Map.of()),
                new ScheduleWakeUp(clock.instant().plusSeconds(30)));
    }

    @Test
    void findAgentSkipsPositionUpdateWhilePositionIsUnknown() {
        queued("help");
        after(Duration.ofSeconds(30));

        assertThat(after(Duration.ofSeconds(10))).isEqualTo(List.of(new ScheduleWakeUp(clock.instant().plusSeconds(40))));
    }

    @Test
    void findAgentTimesOutAndCancelsTheSearch() {
        queued("help");
        clock.advance(Duration.ofSeconds(300));

        assertThat(on(new ScenarioEvent.WakeUp(clock.instant()))).containsExactly(new CancelFind("find agent timeout"),
                text("Nobody is free."), text("Goodbye!"), new EndInteraction("scenario finished"));
    }

    @Test
    void customerLeavingWhileQueuedCancelsTheSearch() {
        queued("help");

        assertThat(on(new ScenarioEvent.ChatDisconnected(DisconnectCause.CUSTOMER_HANGUP)))
                .containsExactly(new CancelFind("customer left"), new EndInteraction("customer left"));
    }

    @Test
    void connectChatEndsThroughNextWhenTheLastAgentLeaves() {
        connected();

        assertThat(on(new ScenarioEvent.ChatDisconnected(DisconnectCause.AGENTS_LEFT)))
                .containsExactly(new SendMessage("Rate us 1-5", Run.RATINGS, true), new ScheduleWakeUp(clock.instant().plusSeconds(60)));
    }

    @Test
    void connectChatNoAnswerWhenTheAgentCannotTakeIt() {
        queued("help");
        on(new ScenarioEvent.AgentFound("alice"));

        assertThat(on(new ScenarioEvent.ConnectNoAnswer("missed"))).first().isInstanceOf(FindAgent.class);
        assertThat(state.phase()).isInstanceOf(Phase.Queued.class);
    }

    @Test
    void connectChatNoAnswerAfterTheAnswerTimeout() {
        queued("help");
        on(new ScenarioEvent.AgentFound("alice"));

        assertThat(after(Duration.ofSeconds(20))).first().isInstanceOf(FindAgent.class);
    }

    @Test
    void connectChatTargetDisconnectedCarriesTheCause() {
        connected();

        assertThat(on(new ScenarioEvent.ChatDisconnected(DisconnectCause.AGENT_LOGOUT)))
                .startsWith(text("Disconnected: agent_logout"));
        assertThat(state.variables()).containsEntry("disconnect.cause", "agent_logout");
    }

    @Test
    void connectChatFollowsTransfersAndConferences() {
        connected();

        on(new ScenarioEvent.AgentJoined("bob"));
        on(new ScenarioEvent.AgentLeft("alice"));

        assertThat(state.phase()).isEqualTo(new Phase.Connected(List.of("bob")));
        assertThat(state.variables()).containsEntry("destination", "bob");
    }

    @Test
    void inactiveCustomerIsWarnedAtHalfTimeThenTheChatEnds() {
        connected();
        on(new ScenarioEvent.AgentMessage("alice"));

        assertThat(after(Duration.ofSeconds(60))).containsExactly(text("Still there, Ana?"),
                new ScheduleWakeUp(clock.instant().plusSeconds(60)));
        assertThat(after(Duration.ofSeconds(60))).containsExactly(new EndInteraction("customer inactive"));
    }

    @Test
    void customerReplyResetsTheInactivityClock() {
        connected();
        on(new ScenarioEvent.AgentMessage("alice"));
        clock.advance(Duration.ofSeconds(50));
        on(new ScenarioEvent.CustomerMessage("still here"));

        assertThat(after(Duration.ofSeconds(20))).isEmpty();
        assertThat(state.inactiveSince()).isNull();
    }

    @Test
    void surveyStoresRatingAndComment() {
        connected();
        on(new ScenarioEvent.ChatDisconnected(DisconnectCause.AGENTS_LEFT));

        assertThat(on(new ScenarioEvent.CustomerMessage("great!"))).startsWith(new SendMessage("Rate us 1-5", Run.RATINGS, true));
        assertThat(on(new ScenarioEvent.CustomerMessage(" 4 "))).startsWith(text("Any comment?"));
        assertThat(on(new ScenarioEvent.CustomerMessage("Fast, thanks"))).containsExactly(
                new SaveSurvey("survey", 4, "Fast, thanks"), text("Goodbye!"), new EndInteraction("scenario finished"));
    }

    @Test
    void surveyTimeoutWithoutRating() {
        connected();
        on(new ScenarioEvent.ChatDisconnected(DisconnectCause.AGENTS_LEFT));

        assertThat(after(Duration.ofSeconds(60))).startsWith(new SaveSurvey("survey", null, ""), text("Goodbye!"));
    }

    @Test
    void surveyTimeoutKeepsTheRating() {
        connected();
        on(new ScenarioEvent.ChatDisconnected(DisconnectCause.AGENTS_LEFT));
        on(new ScenarioEvent.CustomerMessage("5"));

        assertThat(after(Duration.ofSeconds(60))).startsWith(new SaveSurvey("survey", 5, ""));
    }

    @Test
    void endedConversationIgnoresEvents() {
        start();
        after(Duration.ofSeconds(60));

        assertThat(on(new ScenarioEvent.CustomerMessage("hello?"))).isEmpty();
        assertThat(on(new ScenarioEvent.Unknown("reaction"))).isEmpty();
    }

    @Test
    void unrelatedEventsAreIgnored() {
        start();

        assertThat(on(new ScenarioEvent.AgentFound("alice"))).isEmpty();
        assertThat(on(new ScenarioEvent.ChatConnected("alice"))).isEmpty();
        assertThat(state.blockId()).isEqualTo("ask");
    }

    @Test
    void stateSurvivesAStoreAndRestore() {
        queued("help");
        on(new ScenarioEvent.QueueUpdate(2, Duration.ofSeconds(30)));
        ConversationStateCodec codec = new ConversationStateCodec();

        state = codec.decode(codec.encode(state));

        assertThat(state.phase()).isInstanceOf(Phase.Queued.class);
        assertThat(on(new ScenarioEvent.AgentFound("bob"))).contains(new ConnectChat("bob"));
    }

    @Test
    void aConversationRunsOnlyWithTheVersionItStartedWith() {
        start();
        ScenarioDefinition other = new ScenarioDefinition("Full", 3, null, null, List.of(new Block.Exit("end")));

        assertThatThrownBy(() -> interpreter.on(other, state, new ScenarioEvent.WakeUp(clock.instant()), clock.instant()))
                .hasMessage("conversation runs scenario 'Full' v2, not 'Full' v3");
    }

    @Test
    void blankDestinationTakesNoAnswerAndBlankServiceTakesTimeout() {
        ScenarioDefinition blanks = new ScenarioParser().parse("""
                {"name": "Blanks", "version": 1, "blocks": [
                  {"id": "connect", "type": "ConnectChat", "destination": "$(destination)", "next": "end",
                   "noAnswer": "find", "targetDisconnected": "end"},
                  {"id": "find", "type": "FindAgent", "service": "$(service)", "found": "end", "timeout": "sorry"},
                  {"id": "sorry", "type": "SendMessage", "text": "Sorry", "next": "end"},
                  {"id": "end", "type": "Exit"}]}
                """);

        assertThat(interpreter.start(blanks, Map.of(), clock.instant()).commands())
                .containsExactly(text("Sorry"), new EndInteraction("scenario finished"));
    }

    @Test
    void exitEndsTheInteraction() {
        ScenarioDefinition exitOnly = new ScenarioDefinition("E", 1, null, null, List.of(new Block.Exit("end")));

        Step step = interpreter.start(exitOnly, Map.of(), clock.instant());

        assertThat(step.commands()).containsExactly(new EndInteraction("scenario finished"));
        assertThat(step.state().ended()).isTrue();
    }

    @Test
    void mobileChatRunsFromGreetingToGoodbye() {
        ScenarioDefinition mobile = new ScenarioTemplates(new ScenarioParser()).mobileChat();
        Step step = interpreter.start(mobile, ITEM, clock.instant());
        assertThat(step.commands()).startsWith(text("Hi Ana, thanks for contacting us."),
                text("An agent will be with you shortly."));
        assertThat(step.commands().get(2)).isInstanceOf(FindAgent.class);

        step = interpreter.on(mobile, step.state(), new ScenarioEvent.AgentFound("alice"), clock.instant());
        assertThat(step.commands()).startsWith(text("You are now connected to alice."), new ConnectChat("alice"));
        step = interpreter.on(mobile, step.state(), new ScenarioEvent.ChatConnected("alice"), clock.instant());
        step = interpreter.on(mobile, step.state(), new ScenarioEvent.ChatDisconnected(DisconnectCause.AGENTS_LEFT), clock.instant());
        assertThat(step.commands()).containsExactly(text("Thank you for contacting us. Goodbye!"),
                new EndInteraction("scenario finished"));
    }

    /** Queue figures a test sets by hand. */
    static final class FakeQueues implements QueueStats {
        int waiting;
        Duration wait = Duration.ZERO;

        @Override
        public int waiting(String service) {
            return waiting;
        }

        @Override
        public Duration estimatedWait(String service) {
            return wait;
        }
    }
}
