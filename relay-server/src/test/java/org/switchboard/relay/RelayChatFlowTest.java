package org.switchboard.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.relay.testing.TestRelay.PAGE_ID;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.ServerMessage;
import org.switchboard.relay.testing.RelayTest;
import org.switchboard.relay.testing.TestAgent;
import org.switchboard.sim.MessengerEvents;
import org.switchboard.sim.RecordedSend;

class RelayChatFlowTest extends RelayTest {
    private static final String PSID = "24001234567";




    @Test
    void aCustomerMessageIsGreetedOfferedAcceptedAndAnswered() {
        try (TestAgent alice = TestAgent.ready(relay.localUrl(), "alice", "alice-pw")) {

            int status = facebook.post(MessengerEvents.envelope(MessengerEvents.entry(PAGE_ID, Instant.now(),
                    MessengerEvents.text(PAGE_ID, PSID, "m_customer_1", "Hello, I need help", Instant.now()))));
            assertThat(status).isEqualTo(200);

            List<RecordedSend> greetings = graph.awaitSends(2, Duration.ofSeconds(10));
            assertThat(greetings).extracting(RecordedSend::text)
                    .containsExactly("Hi, thanks for contacting us.", "An agent will be with you shortly.");
            assertThat(greetings).allSatisfy(send -> assertThat(send.messagingType()).isEqualTo("RESPONSE"));

            ServerMessage.Offer offer = alice.await(ServerMessage.Offer.class);
            assertThat(offer.preview()).isEqualTo("Hello, I need help");
            alice.send(id -> new ClientMessage.Accept(id, offer.chatId()));
            ServerMessage.ChatStarted started = alice.await(ServerMessage.ChatStarted.class);
            assertThat(started.transcript()).extracting(ChatLine::text).contains("Hello, I need help");

            String sendId = alice.send(id -> new ClientMessage.Send(id, offer.chatId(), "Hi! How can I help?"));
            assertThat(alice.await(ServerMessage.Ack.class).replyTo()).isNotNull();
            RecordedSend reply = graph.awaitSends(4, Duration.ofSeconds(10)).get(3);
            assertThat(reply.pageId()).isEqualTo(PAGE_ID);
            assertThat(reply.recipientId()).isEqualTo(PSID);
            assertThat(reply.text()).isEqualTo("Hi! How can I help?");
            assertThat(reply.messagingType()).isEqualTo("RESPONSE");
            assertThat(sendId).isNotBlank();
        }
    }

    @Test
    void aForgedWebhookIsRefusedAndNothingIsOffered() {
        int status = facebook.postWithSignature(MessengerEvents.envelope(MessengerEvents.entry(PAGE_ID, Instant.now(),
                MessengerEvents.text(PAGE_ID, PSID, "m_forged", "fake", Instant.now()))), "sha256=00");
        assertThat(status).isEqualTo(403);
        assertThat(graph.sends()).isEmpty();
    }
}
