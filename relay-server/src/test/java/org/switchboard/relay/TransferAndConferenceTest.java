package org.switchboard.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.relay.testing.TestRelay.PAGE_ID;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.ServerMessage;
import org.switchboard.relay.routing.RoutingSettings;
import org.switchboard.relay.testing.RelayTest;
import org.switchboard.relay.testing.TestAgent;
import org.switchboard.sim.MessengerEvents;

/** Handing a chat to a colleague, or inviting one in: the transcript follows and the customer notices nothing. */
class TransferAndConferenceTest extends RelayTest {
    private static final RoutingSettings NO_WRAP_UP = new RoutingSettings(4, Duration.ofSeconds(10), Duration.ZERO,
            Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(5));




    @Override
    protected RoutingSettings routing() {
        return NO_WRAP_UP;
    }

    @Test
    void aTransferredChatArrivesWithItsTranscriptAndLeavesTheFirstAgent() {
        try (TestAgent alice = TestAgent.ready(relay.localUrl(), "alice", "alice-pw")) {
            customerWrites("m1", "I want to change my plan");
            String chatId = accept(alice).chatId();
            try (TestAgent bob = TestAgent.ready(relay.localUrl(), "bob", "bob-pw")) {
                alice.send(id -> new ClientMessage.Transfer(id, chatId, "bob", null));
                ServerMessage.Offer offer = bob.await(ServerMessage.Offer.class);
                assertThat(offer.via()).isEqualTo("transfer");
                assertThat(offer.from()).isEqualTo("alice");
                bob.send(id -> new ClientMessage.Accept(id, chatId));
                ServerMessage.ChatStarted started = bob.await(ServerMessage.ChatStarted.class);
                assertThat(started.transcript()).extracting(ChatLine::text).contains("I want to change my plan");
                assertThat(alice.await(ServerMessage.ChatEnded.class).chatId()).isEqualTo(chatId);

                customerWrites("m2", "thanks Bob");
                assertThat(bob.await(ServerMessage.ChatMessage.class, m -> m.line().text().equals("thanks Bob")).chatId())
                        .isEqualTo(chatId);
            }
        }
    }

    @Test
    void aConferenceShowsTheCustomerToBothAgents() {
        try (TestAgent alice = TestAgent.ready(relay.localUrl(), "alice", "alice-pw")) {
            customerWrites("m1", "Is my refund approved?");
            String chatId = accept(alice).chatId();
            try (TestAgent bob = TestAgent.ready(relay.localUrl(), "bob", "bob-pw")) {
                alice.send(id -> new ClientMessage.Conference(id, chatId, "bob"));
                assertThat(bob.await(ServerMessage.Offer.class).via()).isEqualTo("conference");
                bob.send(id -> new ClientMessage.Accept(id, chatId));
                bob.await(ServerMessage.ChatStarted.class);

                customerWrites("m2", "hello both");
                alice.await(ServerMessage.ChatMessage.class, m -> m.line().text().equals("hello both"));
                bob.await(ServerMessage.ChatMessage.class, m -> m.line().text().equals("hello both"));
                bob.send(id -> new ClientMessage.Send(id, chatId, "Approved, from the billing team"));
                assertThat(alice.await(ServerMessage.ChatMessage.class,
                        m -> m.line().text().equals("Approved, from the billing team")).line().authorName()).isEqualTo("Bob");
            }
        }
    }

    @Test
    void aTransferToSomeoneUnavailableIsReportedToTheAgent() {
        try (TestAgent alice = TestAgent.ready(relay.localUrl(), "alice", "alice-pw")) {
            customerWrites("m1", "hi");
            String chatId = accept(alice).chatId();
            alice.send(id -> new ClientMessage.Transfer(id, chatId, "bob", null));
            assertThat(alice.await(ServerMessage.Error.class, e -> e.code().equals("transfer-failed")).message())
                    .contains("bob");
        }
    }

    private ServerMessage.ChatStarted accept(TestAgent agent) {
        ServerMessage.Offer offer = agent.await(ServerMessage.Offer.class);
        agent.send(id -> new ClientMessage.Accept(id, offer.chatId()));
        return agent.await(ServerMessage.ChatStarted.class);
    }

    private void customerWrites(String mid, String text) {
        Instant now = Instant.now();
        assertThat(facebook.post(MessengerEvents.envelope(MessengerEvents.entry(PAGE_ID, now,
                MessengerEvents.text(PAGE_ID, "customer-1", mid, text, now))))).isEqualTo(200);
    }
}
