package org.switchboard.relay.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.relay.config.Secret;
import org.switchboard.sim.FakeGraphApi;
import org.switchboard.sim.FakeMessenger;
import org.switchboard.sim.MessengerEvents;

/** The test kit's webhook posts (events, redeliveries, echoes) must pass the relay's verifier and parser exactly as Facebook's would. */
class FakeMessengerSignatureTest {
    private static final String APP_SECRET = "app-secret-1";

    private record Received(byte[] body, String signature256, String signature1, String query) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private Undertow receiver;
    private URI webhook;

    @BeforeEach
    void startReceiver() {
        receiver = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(exchange ->
                exchange.getRequestReceiver().receiveFullBytes((ex, body) -> {
                    received.add(new Received(body, ex.getRequestHeaders().getFirst("X-Hub-Signature-256"),
                            ex.getRequestHeaders().getFirst("X-Hub-Signature"), ex.getQueryString()));
                    String challenge = ex.getQueryParameters().containsKey("hub.challenge")
                            ? ex.getQueryParameters().get("hub.challenge").getFirst() : "";
                    ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
                    ex.getResponseSender().send(challenge);
                })).build();
        receiver.start();
        int port = ((InetSocketAddress) receiver.getListenerInfo().get(0).getAddress()).getPort();
        webhook = URI.create("http://127.0.0.1:" + port + "/clientweb/fb/webhook");
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop();
    }

    @Test
    void signedPostsVerifyAndParseIncludingEscapedNonAscii() throws Exception {
        Instant at = Instant.ofEpochMilli(1732540800000L);
        String envelope = MessengerEvents.envelope(MessengerEvents.entry("111", at,
                MessengerEvents.text("111", "p1", "m_1", "Crème brûlée / ok?", at)));

        int status = new FakeMessenger(webhook, APP_SECRET).post(envelope);

        assertThat(status).isEqualTo(200);
        Received post = received.get(0);
        assertThat(new String(post.body(), StandardCharsets.US_ASCII)).contains("Cr\\u00E8me", "\\/");
        assertThat(SignatureVerifier.matches(post.body(), post.signature256(), Secret.of(APP_SECRET))).isTrue();
        assertThat(SignatureVerifier.matches(post.body(), post.signature256(), Secret.of("other"))).isFalse();
        assertThat(post.signature1()).startsWith("sha1=").hasSize(45);
        MessengerEvent.Message message = (MessengerEvent.Message) new WebhookParser().parse(post.body()).events().get(0);
        assertThat(message.text()).isEqualTo("Crème brûlée / ok?");
    }

    @Test
    void redeliverPostsTheSameSignedBytesAgain() {
        String envelope = MessengerEvents.envelope(MessengerEvents.entry("111", Instant.EPOCH,
                MessengerEvents.text("111", "p1", "m_1", "hi", Instant.EPOCH)));

        List<Integer> statuses = new FakeMessenger(webhook, APP_SECRET).redeliver(envelope, 3);

        assertThat(statuses).containsExactly(200, 200, 200);
        assertThat(received).hasSize(3).allSatisfy(post -> {
            assertThat(post.body()).isEqualTo(received.get(0).body());
            assertThat(SignatureVerifier.matches(post.body(), post.signature256(), Secret.of(APP_SECRET))).isTrue();
        });
    }

    @Test
    void echoesOfAcceptedSendsCarryTheSendsMetadataAndMessageId() throws Exception {
        FakeMessenger messenger = new FakeMessenger(webhook, APP_SECRET);
        PageAccess page = new PageAccess("111", Secret.of("token"), null, false);
        try (FakeGraphApi graph = FakeGraphApi.start()) {
            graph.onSend(send -> messenger.postEcho(send, "1517776481860111"));
            new HttpGraphClient(graph.baseUrl(), "v21.0", Duration.ofSeconds(5))
                    .sendMessage(page, new SendRequest("p1", MessagingType.RESPONSE, null, "hi", null, List.of(), "sb:out:7"));

            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
        }

        Received post = received.get(0);
        assertThat(SignatureVerifier.matches(post.body(), post.signature256(), Secret.of(APP_SECRET))).isTrue();
        MessengerEvent.Echo echo = (MessengerEvent.Echo) new WebhookParser().parse(post.body()).events().get(0);
        assertThat(echo).extracting(MessengerEvent.Echo::pageId, MessengerEvent.Echo::customerId, MessengerEvent.Echo::mid,
                        MessengerEvent.Echo::appId, MessengerEvent.Echo::metadata, MessengerEvent.Echo::text)
                .containsExactly("111", "p1", "m_1", "1517776481860111", "sb:out:7", "hi");
    }

    @Test
    void postWithSignatureSendsExactlyTheGivenHeaderOrNone() {
        FakeMessenger messenger = new FakeMessenger(webhook, APP_SECRET);

        messenger.postWithSignature("{\"object\":\"page\",\"entry\":[]}", "sha256=00");
        messenger.postWithSignature("{\"object\":\"page\",\"entry\":[]}", null);

        assertThat(received).extracting(Received::signature256).containsExactly("sha256=00", null);
        assertThat(received).extracting(Received::signature1).containsOnlyNulls();
    }

    @Test
    void verifySendsTheHandshakeAndKeepsTheAnswer() {
        FakeMessenger messenger = new FakeMessenger(webhook, APP_SECRET);

        int status = messenger.verify("my verify token", "1158201444");

        assertThat(status).isEqualTo(200);
        assertThat(messenger.lastResponseBody()).isEqualTo("1158201444");
        assertThat(received.get(0).query())
                .isEqualTo("hub.mode=subscribe&hub.verify_token=my+verify+token&hub.challenge=1158201444");
    }
}
