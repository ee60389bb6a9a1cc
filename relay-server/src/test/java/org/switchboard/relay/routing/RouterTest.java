package org.switchboard.relay.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.protocol.AgentState;
import org.switchboard.relay.FakeClock;
import org.switchboard.relay.routing.RoutingDecision.AgentStateChanged;
import org.switchboard.relay.routing.RoutingDecision.ChatAssigned;
import org.switchboard.relay.routing.RoutingDecision.ChatClosed;
import org.switchboard.relay.routing.RoutingDecision.ChatRequeued;
import org.switchboard.relay.routing.RoutingDecision.OfferChat;
import org.switchboard.relay.routing.RoutingDecision.OfferKind;
import org.switchboard.relay.routing.RoutingDecision.OfferWithdrawn;
import org.switchboard.relay.routing.RoutingDecision.ParticipantJoined;
import org.switchboard.relay.routing.RoutingDecision.ParticipantLeft;
import org.switchboard.relay.routing.RoutingDecision.TransferFailed;
import org.switchboard.relay.routing.RoutingEvent.AgentDisconnected;
import org.switchboard.relay.routing.RoutingEvent.AgentLoggedIn;
import org.switchboard.relay.routing.RoutingEvent.AgentLoggedOut;
import org.switchboard.relay.routing.RoutingEvent.AgentNotReady;
import org.switchboard.relay.routing.RoutingEvent.AgentReady;
import org.switchboard.relay.routing.RoutingEvent.AgentReconnected;
import org.switchboard.relay.routing.RoutingEvent.ChatCancelled;
import org.switchboard.relay.routing.RoutingEvent.ChatEnded;
import org.switchboard.relay.routing.RoutingEvent.ChatQueued;
import org.switchboard.relay.routing.RoutingEvent.ConferenceAdd;
import org.switchboard.relay.routing.RoutingEvent.OfferAccepted;
import org.switchboard.relay.routing.RoutingEvent.OfferRejected;
import org.switchboard.relay.routing.RoutingEvent.PriorityChanged;
import org.switchboard.relay.routing.RoutingEvent.SkillsChanged;
import org.switchboard.relay.routing.RoutingEvent.Tick;
import org.switchboard.relay.routing.RoutingEvent.TransferToAgent;
import org.switchboard.relay.routing.RoutingEvent.TransferToService;
import org.switchboard.relay.routing.RoutingEvent.WrapUpDone;

class RouterTest {
    private static final Requirement SUPPORT = new Requirement("Support", Map.of());
    private static final Requirement SPANISH = new Requirement("Support", Map.of("spanish", 3));

    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final Router router = new Router(clock, RoutingSettings.DEFAULTS);

    private List<RoutingDecision> on(RoutingEvent event) {
        return router.on(event);
    }

    private void readyAgent(String name, Map<String, Integer> skills, int capacity) {
        on(new AgentLoggedIn(name, Set.of("Support"), skills, capacity));
        on(new AgentReady(name));
    }

    private void readyAgent(String name) {
        readyAgent(name, Map.of(), 0);
    }

    private OfferChat offer(String chat, String agent) {
        return new OfferChat(chat, agent, OfferKind.QUEUE, clock.instant().plusSeconds(10));
    }

    private void connect(String chat, String agent) {
        on(new ChatQueued(chat, SUPPORT, 1));
        on(new OfferAccepted(chat, agent));
    }

    private List<RoutingDecision> tickAfter(Duration wait) {
        clock.advance(wait);
        return on(new Tick());
    }

    @Test
    void agentLogsInNotReadyThenBecomesReady() {
        assertThat(on(new AgentLoggedIn("alice", Set.of("Support"), Map.of(), 0)))
                .containsExactly(new AgentStateChanged("alice", AgentState.NOT_READY, "logged in"));
        assertThat(on(new AgentReady("alice"))).containsExactly(new AgentStateChanged("alice", AgentState.READY, null));
    }

    @Test
    void chatIsOfferedToAReadyAgentAndAssignedOnAccept() {
        readyAgent("alice");

        assertThat(on(new ChatQueued("c1", SUPPORT, 1))).containsExactly(offer("c1", "alice"),
                new AgentStateChanged("alice", AgentState.RINGING, null));
        assertThat(on(new OfferAccepted("c1", "alice"))).containsExactly(new ChatAssigned("c1", "alice"),
                new AgentStateChanged("alice", AgentState.BUSY, null));
        assertThat(router.participants("c1")).containsExactly("alice");
    }

    @Test
    void chatWaitsForAnAgentWithTheSkillLevel() {
        readyAgent("novice", Map.of("spanish", 2), 0);

        assertThat(on(new ChatQueued("c1", SPANISH, 1))).isEmpty();
        on(new AgentLoggedIn("expert", Set.of("Support"), Map.of("spanish", 3), 0));
        assertThat(on(new AgentReady("expert"))).contains(offer("c1", "expert"));
    }

    @Test
    void agentOutsideTheServiceIsNeverOffered() {
        on(new AgentLoggedIn("bob", Set.of("Sales"), Map.of(), 0));
        on(new AgentReady("bob"));

        assertThat(on(new ChatQueued("c1", SUPPORT, 1))).isEmpty();
    }

    @Test
    void escalationRelaxesSkillsKeepingThePlace() {
        readyAgent("novice", Map.of("spanish", 1), 0);
        on(new ChatQueued("c1", SPANISH, 1));

        assertThat(on(new SkillsChanged("c1", Map.of("spanish", 1)))).contains(offer("c1", "novice"));
    }

    @Test
    void agentHoldsOneOfferAtATimeAndNoMoreChatsThanCapacity() {
        readyAgent("alice", Map.of(), 2);
        on(new ChatQueued("c1", SUPPORT, 1));

        assertThat(on(new ChatQueued("c2", SUPPORT, 1))).as("ringing agent gets no second offer").isEmpty();
        assertThat(on(new OfferAccepted("c1", "alice"))).contains(offer("c2", "alice"));
        on(new OfferAccepted("c2", "alice"));
        assertThat(on(new ChatQueued("c3", SUPPORT, 1))).as("at capacity").isEmpty();
        assertThat(on(new ChatEnded("c1", "alice"))).contains(offer("c3", "alice"));
    }

    @Test
    void higherPriorityTimesWaitIsServedFirst() {
        on(new ChatQueued("old-normal", SUPPORT, 1));
        clock.advance(Duration.ofSeconds(10));
        on(new ChatQueued("new-vip", SUPPORT, 3));
        clock.advance(Duration.ofSeconds(10));

        readyAgent("alice");

        assertThat(router.position("new-vip")).isEmpty();
        assertThat(router.position("old-normal")).map(QueuePosition::position).contains(1);
    }

    @Test
    void equalPriorityIsFirstComeFirstServed() {
        on(new ChatQueued("first", SUPPORT, 5));
        clock.advance(Duration.ofSeconds(1));
        on(new ChatQueued("second", SUPPORT, 5));

        assertThat(router.position("second")).map(QueuePosition::position).contains(2);
        readyAgent("alice");
        assertThat(router.position("second")).map(QueuePosition::position).contains(1);
    }

    @Test
    void priorityChangeReordersTheQueue() {
        on(new ChatQueued("a", SUPPORT, 1));
        on(new ChatQueued("b", SUPPORT, 1));
        clock.advance(Duration.ofSeconds(5));

        on(new PriorityChanged("b", 10));

        assertThat(router.position("b")).map(QueuePosition::position).contains(1);
        assertThat(router.position("a")).map(QueuePosition::position).contains(2);
    }

    @Test
    void theAgentIdleLongestGetsTheChat() {
        readyAgent("early");
        clock.advance(Duration.ofSeconds(5));
        readyAgent("late");

        assertThat(on(new ChatQueued("c1", SUPPORT, 1))).contains(offer("c1", "early"));
    }

    @Test
    void agentWithFewerChatsIsPreferred() {
        readyAgent("alice");
        connect("c1", "alice");
        clock.advance(Duration.ofSeconds(5));
        readyAgent("bob");

        assertThat(on(new ChatQueued("c2", SUPPORT, 1))).contains(offer("c2", "bob"));
    }

    @Test
    void missedOfferMakesTheAgentNotReadyAndTheChatKeepsItsPlace() {
        readyAgent("alice");
        on(new ChatQueued("c1", SUPPORT, 1));
        clock.advance(Duration.ofSeconds(1));
        on(new ChatQueued("c2", SUPPORT, 1));
        assertThat(router.nextWakeUp()).contains(clock.instant().plusSeconds(9));

        List<RoutingDecision> decisions = tickAfter(Duration.ofSeconds(9));

        assertThat(decisions).containsExactly(new OfferWithdrawn("c1", "alice", "missed"),
                new AgentStateChanged("alice", AgentState.NOT_READY, "missed"));
        assertThat(router.position("c1")).map(QueuePosition::position).contains(1);
        readyAgent("bob");
        assertThat(router.participants("c1")).isEmpty();
        assertThat(router.state("bob")).isEqualTo(AgentState.RINGING);
        assertThat(router.position("c2")).map(QueuePosition::position).contains(1);
    }

    @Test
    void rejectedChatGoesToTheNextAgentAndTheRejecterIsNotReady() {
        readyAgent("alice");
        clock.advance(Duration.ofSeconds(1));
        readyAgent("bob");
        on(new ChatQueued("c1", SUPPORT, 1));

        assertThat(on(new OfferRejected("c1", "alice"))).containsExactly(
                new AgentStateChanged("alice", AgentState.NOT_READY, "rejected"), offer("c1", "bob"),
                new AgentStateChanged("bob", AgentState.RINGING, null));
    }

    @Test
    void staleAcceptIsAnsweredWithAWithdrawal() {
        readyAgent("alice");
        on(new ChatQueued("c1", SUPPORT, 1));
        tickAfter(Duration.ofSeconds(10));

        assertThat(on(new OfferAccepted("c1", "alice"))).containsExactly(
                new OfferWithdrawn("c1", "alice", "offer no longer valid"));
    }

    @Test
    void goingNotReadyWhileRingingWithdrawsTheOffer() {
        readyAgent("alice");
        on(new ChatQueued("c1", SUPPORT, 1));

        assertThat(on(new AgentNotReady("alice", "lunch"))).containsExactly(
                new OfferWithdrawn("c1", "alice", "agent not ready"),
                new AgentStateChanged("alice", AgentState.NOT_READY, "lunch"));
        assertThat(router.position("c1")).isPresent();
    }

    @Test
    void afterChatWorkEndsByTimeoutOrWrapUp() {
        readyAgent("alice");
        connect("c1", "alice");

        assertThat(on(new ChatEnded("c1", "alice"))).containsExactly(new ParticipantLeft("c1", "alice", "ended"),
                new AgentStateChanged("alice", AgentState.AFTER_CHAT_WORK, null), new ChatClosed("c1", "agents left"));
        on(new ChatQueued("c2", SUPPORT, 1));
        assertThat(tickAfter(Duration.ofSeconds(30))).containsExactly(
                new AgentStateChanged("alice", AgentState.READY, null), offer("c2", "alice"),
                new AgentStateChanged("alice", AgentState.RINGING, null));
        on(new OfferAccepted("c2", "alice"));
        on(new ChatEnded("c2", "alice"));
        assertThat(on(new WrapUpDone("alice"))).containsExactly(new AgentStateChanged("alice", AgentState.READY, null));
        assertThat(router.nextWakeUp()).isEmpty();
    }

    @Test
    void disconnectedAgentKeepsChatsWithinGrace() {
        readyAgent("alice");
        connect("c1", "alice");
        on(new AgentDisconnected("alice"));

        assertThat(tickAfter(Duration.ofSeconds(59))).isEmpty();
        on(new AgentReconnected("alice"));
        assertThat(tickAfter(Duration.ofSeconds(10))).isEmpty();
        assertThat(router.participants("c1")).containsExactly("alice");
    }

    @Test
    void afterGraceTheChatsAreReofferedKeepingTheirPlace() {
        readyAgent("alice");
        connect("c1", "alice");
        clock.advance(Duration.ofSeconds(5));
        on(new ChatQueued("c2", SUPPORT, 1));
        on(new AgentDisconnected("alice"));

        assertThat(tickAfter(Duration.ofSeconds(60))).containsExactly(new ParticipantLeft("c1", "alice", "disconnected"),
                new AgentStateChanged("alice", AgentState.LOGGED_OUT, "disconnected"),
                new ChatRequeued("c1", "agent disconnected"));
        assertThat(router.position("c1")).map(QueuePosition::position).contains(1);
        assertThat(router.state("alice")).isEqualTo(AgentState.LOGGED_OUT);
    }

    @Test
    void logoutRequeuesChatsToOtherAgents() {
        readyAgent("alice");
        connect("c1", "alice");
        readyAgent("bob");

        assertThat(on(new AgentLoggedOut("alice"))).containsExactly(new ParticipantLeft("c1", "alice", "logged out"),
                new AgentStateChanged("alice", AgentState.LOGGED_OUT, "logged out"),
                new ChatRequeued("c1", "agent logged out"), offer("c1", "bob"),
                new AgentStateChanged("bob", AgentState.RINGING, null));
    }

    @Test
    void transferToAgentMovesTheChatOnAccept() {
        readyAgent("alice");
        connect("c1", "alice");
        readyAgent("bob");

        assertThat(on(new TransferToAgent("c1", "alice", "bob"))).startsWith(
                new OfferChat("c1", "bob", OfferKind.TRANSFER, clock.instant().plusSeconds(10)));
        assertThat(on(new OfferAccepted("c1", "bob"))).containsSubsequence(
                new ParticipantJoined("c1", "bob", OfferKind.TRANSFER), new ParticipantLeft("c1", "alice", "transferred"));
        assertThat(router.participants("c1")).containsExactly("bob");
    }

    @Test
    void transferToAnUnavailableAgentFails() {
        readyAgent("alice");
        connect("c1", "alice");
        on(new AgentLoggedIn("bob", Set.of("Support"), Map.of(), 0));

        assertThat(on(new TransferToAgent("c1", "alice", "bob"))).containsExactly(
                new TransferFailed("c1", "bob", "bob is not available"));
    }

    @Test
    void rejectedTransferLeavesTheChatWithTheFirstAgent() {
        readyAgent("alice");
        connect("c1", "alice");
        readyAgent("bob");
        on(new TransferToAgent("c1", "alice", "bob"));

        assertThat(on(new OfferRejected("c1", "bob"))).containsExactly(new TransferFailed("c1", "bob", "rejected"),
                new AgentStateChanged("bob", AgentState.READY, null));
        assertThat(router.participants("c1")).containsExactly("alice");
    }

    @Test
    void conferenceKeepsBothAgentsUntilTheLastLeaves() {
        readyAgent("alice");
        connect("c1", "alice");
        readyAgent("bob");
        on(new ConferenceAdd("c1", "alice", "bob"));

        assertThat(on(new OfferAccepted("c1", "bob"))).contains(new ParticipantJoined("c1", "bob", OfferKind.CONFERENCE));
        assertThat(router.participants("c1")).containsExactly("alice", "bob");
        assertThat(on(new ChatEnded("c1", "alice"))).doesNotContain(new ChatClosed("c1", "agents left"));
        assertThat(on(new ChatEnded("c1", "bob"))).contains(new ChatClosed("c1", "agents left"));
    }

    @Test
    void transferToServiceRequeuesForTheNewService() {
        readyAgent("alice");
        connect("c1", "alice");
        on(new AgentLoggedIn("sam", Set.of("Sales"), Map.of(), 0));
        on(new AgentReady("sam"));

        assertThat(on(new TransferToService("c1", "alice", new Requirement("Sales", Map.of())))).containsSubsequence(
                new ParticipantLeft("c1", "alice", "transferred"), new ChatRequeued("c1", "transferred to Sales"),
                offer("c1", "sam"));
    }

    @Test
    void cancellingWithdrawsTheOfferOrEndsTheChat() {
        readyAgent("alice");
        on(new ChatQueued("c1", SUPPORT, 1));
        assertThat(on(new ChatCancelled("c1", "customer left"))).containsExactly(
                new OfferWithdrawn("c1", "alice", "customer left"), new AgentStateChanged("alice", AgentState.READY, null),
                new ChatClosed("c1", "customer left"));

        connect("c2", "alice");
        assertThat(on(new ChatCancelled("c2", "customer left"))).contains(new ParticipantLeft("c2", "alice", "customer left"),
                new ChatClosed("c2", "customer left"));

        on(new AgentNotReady("alice", "break"));
        on(new ChatQueued("c3", SUPPORT, 1));
        assertThat(on(new ChatCancelled("c3", "find agent timeout"))).containsExactly(new ChatClosed("c3", "find agent timeout"));
        assertThat(router.stats("Support").waiting()).isZero();
    }

    @Test
    void liveStatisticsPerService() {
        RoutingSettings settings = new RoutingSettings(2, Duration.ofSeconds(10), Duration.ZERO, Duration.ofSeconds(60),
                Duration.ofSeconds(20), Duration.ofMinutes(4));
        Router stats = new Router(clock, settings);
        stats.on(new AgentLoggedIn("alice", Set.of("Support"), Map.of(), 0));
        stats.on(new ChatQueued("fast", SUPPORT, 1));
        stats.on(new ChatQueued("slow", SUPPORT, 1));
        clock.advance(Duration.ofSeconds(10));
        stats.on(new AgentReady("alice"));
        stats.on(new OfferAccepted("fast", "alice"));
        clock.advance(Duration.ofSeconds(20));
        stats.on(new OfferAccepted("slow", "alice"));
        stats.on(new ChatQueued("waiting", SUPPORT, 1));
        clock.advance(Duration.ofSeconds(15));

        ServiceStats support = stats.stats("Support");

        assertThat(support.waiting()).isEqualTo(1);
        assertThat(support.longestWait()).isEqualTo(Duration.ofSeconds(15));
        assertThat(support.serviceLevelPercent()).isEqualTo(50.0);
        assertThat(support.occupancyPercent()).isEqualTo(100.0);
        assertThat(support.estimatedWait()).isEqualTo(Duration.ofMinutes(4));
        assertThat(stats.position("waiting")).contains(new QueuePosition(1, Duration.ofMinutes(2)));
    }
}
