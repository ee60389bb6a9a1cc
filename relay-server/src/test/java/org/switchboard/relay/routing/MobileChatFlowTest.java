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
import org.switchboard.relay.scenario.ConversationState;
import org.switchboard.relay.scenario.ScenarioParser;
import org.switchboard.relay.scenario.ScenarioTemplates;

/** The Mobile Chat template and the router wired together the way the engine does it. */
class MobileChatFlowTest {
    private static final String CHAT = "chat-1";

    private final ContactCenterHarness center = new ContactCenterHarness(new FakeClock(Instant.parse("2026-11-23T10:00:00Z")),
            RoutingSettings.DEFAULTS, new ScenarioTemplates(new ScenarioParser()).mobileChat());

    private List<String> toCustomer() {
        return center.toCustomer.get(CHAT);
    }

    private ConversationState conversation() {
        return center.conversations.get(CHAT);
    }

    @Test
    void customerIsGreetedQueuedConnectedAndSaidGoodbye() {
        center.customerArrives(CHAT, Map.of("item.firstName", "Ana"));
        assertThat(toCustomer()).containsExactly("Hi Ana, thanks for contacting us.", "An agent will be with you shortly.");
        assertThat(center.router.stats("Support").waiting()).isEqualTo(1);

        center.advance(Duration.ofSeconds(60));
        assertThat(toCustomer()).last().isEqualTo("You are number 1 in line. Estimated wait: 5 minutes.");

        center.routing(new RoutingEvent.AgentLoggedIn("alice", Set.of("Support"), Map.of(), 0));
        center.routing(new RoutingEvent.AgentReady("alice"));
        assertThat(center.offers).containsEntry("alice", CHAT);
        center.routing(new RoutingEvent.OfferAccepted(CHAT, "alice"));
        assertThat(toCustomer()).last().isEqualTo("You are now connected to alice.");
        assertThat(conversation().phase()).isEqualTo(new ConversationState.Phase.Connected(List.of("alice")));

        center.routing(new RoutingEvent.ChatEnded(CHAT, "alice"));
        assertThat(toCustomer()).last().isEqualTo("Thank you for contacting us. Goodbye!");
        assertThat(conversation().ended()).isTrue();
        assertThat(center.router.state("alice")).isEqualTo(AgentState.AFTER_CHAT_WORK);
    }

    @Test
    void nobodyAvailableForFifteenMinutesEndsPolitely() {
        center.customerArrives(CHAT, Map.of("item.firstName", "Ana"));

        center.advance(Duration.ofMinutes(15));

        assertThat(toCustomer()).filteredOn(text -> text.startsWith("You are number")).hasSize(14);
        assertThat(toCustomer()).last().isEqualTo("Thank you for contacting us. Goodbye!");
        assertThat(conversation().ended()).isTrue();
        assertThat(center.router.stats("Support").waiting()).isZero();
    }

    @Test
    void agentLogoutReoffersTheChatToAnotherAgentInsideConnectChat() {
        center.customerArrives(CHAT, Map.of("item.firstName", "Ana"));
        center.routing(new RoutingEvent.AgentLoggedIn("alice", Set.of("Support"), Map.of(), 0));
        center.routing(new RoutingEvent.AgentReady("alice"));
        center.routing(new RoutingEvent.OfferAccepted(CHAT, "alice"));
        center.routing(new RoutingEvent.AgentLoggedIn("bob", Set.of("Support"), Map.of(), 0));
        center.routing(new RoutingEvent.AgentReady("bob"));

        center.routing(new RoutingEvent.AgentLoggedOut("alice"));
        center.routing(new RoutingEvent.OfferAccepted(CHAT, "bob"));

        assertThat(conversation().phase()).isEqualTo(new ConversationState.Phase.Connected(List.of("bob")));
        assertThat(conversation().variables()).containsEntry("destination", "bob");
    }
}
