package org.switchboard.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.relay.testing.TestRelay.PAGE_ID;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.switchboard.protocol.AgentState;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.MessagingWindow;
import org.switchboard.protocol.PhoneDevice;
import org.switchboard.protocol.ProtocolVersion;
import org.switchboard.protocol.ServerMessage;
import org.switchboard.relay.routing.RoutingSettings;
import org.switchboard.relay.testing.RelayTest;
import org.switchboard.relay.testing.TestAgent;
import org.switchboard.relay.testing.TestRelay;
import org.switchboard.sim.MessengerEvents;
import org.switchboard.sim.RecordedRequest;

/** A chat's life through the real relay: offers, timeouts, rejections, typing, the end and the goodbye. */
class ChatLifecycleTest extends RelayTest {
    private static final RoutingSettings FAST = new RoutingSettings(4, Duration.ofSeconds(1), Duration.ZERO,
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5));
    private final AtomicInteger customers = new AtomicInteger();




    @Override
    protected RoutingSettings routing() {
        return FAST;
    }

    @Test
    void anUnansweredOfferMakesTheAgentNotReadyAndGoesToTheNextAgent() {
        try (TestAgent alice = readyAgent("alice", "alice-pw"); TestAgent bob = readyAgent("bob", "bob-pw")) {
            customerWrites("is anyone there?");
            TestAgent first = awaitOffer(alice, bob);
            TestAgent second = first == alice ? bob : alice;
            assertThat(first.await(ServerMessage.OfferRevoked.class).reason()).isEqualTo("missed");
            first.await(ServerMessage.StateChanged.class, s -> s.state() == AgentState.NOT_READY && "missed".equals(s.reason()));
            assertThat(second.await(ServerMessage.Offer.class).preview()).isEqualTo("is anyone there?");
        }
    }

    @Test
    void aRejectedOfferKeepsTheChatForTheNextAgent() {
        try (TestAgent alice = readyAgent("alice", "alice-pw"); TestAgent bob = readyAgent("bob", "bob-pw")) {
            customerWrites("hello");
            TestAgent first = awaitOffer(alice, bob);
            ServerMessage.Offer offer = first.await(ServerMessage.Offer.class);
            first.send(id -> new ClientMessage.Reject(id, offer.chatId()));
            first.await(ServerMessage.StateChanged.class, s -> s.state() == AgentState.NOT_READY);
            TestAgent second = first == alice ? bob : alice;
            assertThat(second.await(ServerMessage.Offer.class).chatId()).isEqualTo(offer.chatId());
            String late = first.send(id -> new ClientMessage.Accept(id, offer.chatId()));
            assertThat(first.await(ServerMessage.Error.class).replyTo()).isEqualTo(late);
        }
    }

    @Test
    void endingTheChatSaysGoodbyeClosesTheConversationAndFreesTheAgent() {
        try (TestAgent alice = readyAgent("alice", "alice-pw")) {
            String psid = customerWrites("I need an invoice");
            ServerMessage.ChatStarted chat = accept(alice);
            assertThat(chat.window().phase()).isEqualTo(MessagingWindow.Phase.STANDARD);

            customerWrites(psid, "it's for order 77");
            assertThat(alice.await(ServerMessage.ChatMessage.class).line().text()).isEqualTo("it's for order 77");
            alice.await(ServerMessage.WindowChanged.class);

            alice.send(id -> new ClientMessage.EndChat(id, chat.chatId()));
            assertThat(alice.await(ServerMessage.ChatEnded.class).chatId()).isEqualTo(chat.chatId());
            alice.await(ServerMessage.StateChanged.class, s -> s.state() == AgentState.READY);
            await().atMost(Duration.ofSeconds(10)).until(() -> graph.sends().stream()
                    .anyMatch(send -> "Thank you for contacting us. Goodbye!".equals(send.text())));
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    TestRelay.count(data, "SELECT COUNT(*) FROM conversations WHERE status = 'CLOSED'") == 1);
        }
    }

    @Test
    void aReplyReplayedAfterAReconnectIsSentOnce() {
        try (TestAgent alice = readyAgent("alice", "alice-pw")) {
            customerWrites("hello");
            ServerMessage.ChatStarted chat = accept(alice);
            ClientMessage.Send reply = new ClientMessage.Send("desk-1-7", chat.chatId(), "One moment please");
            alice.send(id -> reply);
            String first = alice.await(ServerMessage.Ack.class, ack -> ack.replyTo().equals("desk-1-7")).messageId();
            alice.send(id -> reply);
            assertThat(alice.await(ServerMessage.Ack.class, ack -> ack.replyTo().equals("desk-1-7")).messageId()).isEqualTo(first);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> graph.sends().stream()
                    .filter(send -> "One moment please".equals(send.text())).count() == 1);
        }
    }

    @Test
    void anAgentSendsAnUploadedFileThroughTheSendApi() throws Exception {
        try (TestAgent alice = TestAgent.connect(relay.localUrl())) {
            alice.send(id -> new ClientMessage.Login(id, ProtocolVersion.CURRENT, "alice", "alice-pw", PhoneDevice.softphone()));
            String token = alice.await(ServerMessage.LoginOk.class).mediaToken();
            alice.send(id -> new ClientMessage.SetState(id, AgentState.READY, null));
            customerWrites("can you send the invoice?");
            ServerMessage.ChatStarted chat = accept(alice);

            byte[] pdf = "%PDF-1.4 invoice".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            HttpClient http = HttpClient.newHttpClient();
            URI media = URI.create(relay.localUrl() + "/media");
            assertThat(http.send(HttpRequest.newBuilder(media).POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("no token").isEqualTo(401);
            HttpResponse<String> upload = http.send(HttpRequest.newBuilder(media).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(upload.statusCode()).isEqualTo(201);
            String mediaId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(upload.body()).path("id").asText();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(media + "/" + mediaId + "?token=" + token)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body()).isEqualTo(pdf);

            alice.send(id -> new ClientMessage.Send(id, chat.chatId(), null, mediaId));
            alice.await(ServerMessage.Ack.class, ack -> ack.messageId() != null);
            await().atMost(Duration.ofSeconds(10)).until(() -> graph.sends().stream()
                    .anyMatch(send -> send.body().path("message").path("attachment").path("payload").has("attachment_id")));
            assertThat(graph.requests()).anyMatch(r -> r.path().endsWith("/message_attachments"));
        }
    }

    @Test
    void liveServiceFiguresShowWaitingChats() throws Exception {
        try (TestAgent alice = TestAgent.connect(relay.localUrl())) {
            alice.send(id -> new ClientMessage.Login(id, ProtocolVersion.CURRENT, "alice", "alice-pw", PhoneDevice.softphone()));
            alice.await(ServerMessage.LoginOk.class);
            customerWrites("nobody is ready");
            URI stats = URI.create(relay.localUrl() + "/stats");
            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(10)).until(() -> http.send(HttpRequest.newBuilder(stats).build(),
                    HttpResponse.BodyHandlers.ofString()).body().contains("\"waiting\":1"));
            String body = http.send(HttpRequest.newBuilder(stats).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(body).contains("\"service\":\"Support\"").contains("serviceLevelPercent").contains("occupancyPercent");
        }
    }

    @Test
    void typingAndReadingAreShownToTheCustomer() {
        try (TestAgent alice = readyAgent("alice", "alice-pw")) {
            customerWrites("hi");
            ServerMessage.ChatStarted chat = accept(alice);
            alice.send(id -> new ClientMessage.Typing(id, chat.chatId(), true));
            alice.send(id -> new ClientMessage.MarkRead(id, chat.chatId()));
            await().atMost(Duration.ofSeconds(10)).until(() -> graph.requests().stream().map(RecordedRequest::body)
                    .filter(body -> body != null && body.contains("sender_action")).count() == 2);
            assertThat(graph.requests().stream().map(RecordedRequest::body).filter(b -> b != null && b.contains("sender_action")))
                    .anyMatch(b -> b.contains("typing_on")).anyMatch(b -> b.contains("mark_seen"));
        }
    }

    @Test
    void commandsForChatsTheAgentIsNotInAreRefusedClearly() {
        try (TestAgent alice = readyAgent("alice", "alice-pw")) {
            String id = alice.send(cid -> new ClientMessage.Send(cid, "424242", "hello?"));
            ServerMessage.Error error = alice.await(ServerMessage.Error.class);
            assertThat(error.replyTo()).isEqualTo(id);
            assertThat(error.message()).contains("not in chat 424242");
        }
    }

    @Test
    void loginsAreCheckedAndASecondLoginReplacesTheFirst() {
        try (TestAgent wrong = TestAgent.connect(relay.localUrl());
             TestAgent old = TestAgent.connect(relay.localUrl());
             TestAgent newer = TestAgent.connect(relay.localUrl());
             TestAgent outdated = TestAgent.connect(relay.localUrl())) {
            wrong.send(id -> new ClientMessage.Login(id, ProtocolVersion.CURRENT, "alice", "nope", PhoneDevice.softphone()));
            assertThat(wrong.await(ServerMessage.LoginFailed.class).reason()).isEqualTo("Wrong username or password.");
            outdated.send(id -> new ClientMessage.Login(id, 99, "alice", "alice-pw", PhoneDevice.softphone()));
            assertThat(outdated.await(ServerMessage.LoginFailed.class).reason()).contains("protocol v99");

            old.send(id -> new ClientMessage.Login(id, ProtocolVersion.CURRENT, "alice", "alice-pw", PhoneDevice.softphone()));
            old.await(ServerMessage.LoginOk.class);
            newer.send(id -> new ClientMessage.Login(id, ProtocolVersion.CURRENT, "alice", "alice-pw", PhoneDevice.softphone()));
            newer.await(ServerMessage.LoginOk.class);
            assertThat(old.await(ServerMessage.Error.class).code()).isEqualTo("replaced");
        }
    }

    private TestAgent readyAgent(String username, String password) {
        return TestAgent.ready(relay.localUrl(), username, password);
    }

    private ServerMessage.ChatStarted accept(TestAgent agent) {
        ServerMessage.Offer offer = agent.await(ServerMessage.Offer.class);
        agent.send(id -> new ClientMessage.Accept(id, offer.chatId()));
        return agent.await(ServerMessage.ChatStarted.class);
    }

    /** The agent who got the first offer (the other one must not have it at the same time). */
    private static TestAgent awaitOffer(TestAgent a, TestAgent b) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> a.hasPending(ServerMessage.Offer.class) || b.hasPending(ServerMessage.Offer.class));
        assertThat(a.hasPending(ServerMessage.Offer.class) && b.hasPending(ServerMessage.Offer.class))
                .as("one chat offered to two agents at once").isFalse();
        return a.hasPending(ServerMessage.Offer.class) ? a : b;
    }

    private String customerWrites(String text) {
        String psid = "cust-" + customers.incrementAndGet();
        customerWrites(psid, text);
        return psid;
    }

    private void customerWrites(String psid, String text) {
        Instant now = Instant.now();
        assertThat(facebook.post(MessengerEvents.envelope(MessengerEvents.entry(PAGE_ID, now,
                MessengerEvents.text(PAGE_ID, psid, "m_" + psid + "_" + now.toEpochMilli() + text.length(), text, now)))))
                .isEqualTo(200);
    }

}
