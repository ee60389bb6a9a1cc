package org.switchboard.relay.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.relay.testing.TestRelay.APP_SECRET;
import static org.switchboard.relay.testing.TestRelay.OTHER_APP_SECRET;
import static org.switchboard.relay.testing.TestRelay.OTHER_PAGE_ID;
import static org.switchboard.relay.testing.TestRelay.PAGE_ID;
import static org.switchboard.sim.MessengerEvents.delivery;
import static org.switchboard.sim.MessengerEvents.entry;
import static org.switchboard.sim.MessengerEvents.envelope;
import static org.switchboard.sim.MessengerEvents.text;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.switchboard.relay.testing.RelayTest;
import org.switchboard.relay.testing.TestRelay;
import org.switchboard.sim.FakeMessenger;

/** Facebook's side of the webhook over real HTTP against a real relay and its SQLite file. */
class WebhookEndpointTest extends RelayTest {
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");




    @Test
    void theVerifyHandshakeEchoesTheChallengeOnlyForAConfiguredToken() {
        assertThat(facebook.verify(TestRelay.VERIFY_TOKEN, "1158201444")).isEqualTo(200);
        assertThat(facebook.lastResponseBody()).isEqualTo("1158201444");
        assertThat(facebook.verify("other-verify", "42")).as("second account's token").isEqualTo(200);
        assertThat(facebook.verify("wrong", "42")).isEqualTo(403);
        assertThat(facebook.lastResponseBody()).doesNotContain("wrong");
    }

    @Test
    void everyEventIsStoredBeforeTheTwoHundred() {
        String body = envelope(
                entry(PAGE_ID, AT, text(PAGE_ID, "u1", "m_1", "one", AT), text(PAGE_ID, "u2", "m_2", "two", AT)),
                entry(PAGE_ID, AT, delivery(PAGE_ID, "u1", AT, AT)));
        assertThat(facebook.post(body)).isEqualTo(200);
        assertThat(facebook.lastResponseBody()).isEqualTo("EVENT_RECEIVED");
        assertThat(inboxRows()).isEqualTo(3);
    }

    @Test
    void redeliveriesOfTheSameMessageAreStoredOnce() {
        String body = envelope(entry(PAGE_ID, AT, text(PAGE_ID, "u1", "m_dup", "only once", AT)));
        for (int i = 0; i < 3; i++) {
            assertThat(facebook.post(body)).isEqualTo(200);
        }
        assertThat(inboxRows()).isEqualTo(1);
        graph.awaitSends(2, Duration.ofSeconds(10));
        assertThat(TestRelay.count(data, "SELECT COUNT(*) FROM messages WHERE mid = 'm_dup'")).isEqualTo(1);
    }

    @Test
    void aRetriedOrOverlappingBatchStoresEachEventOnce() {
        String batch = envelope(entry(PAGE_ID, AT, text(PAGE_ID, "u1", "m_a", "a", AT), text(PAGE_ID, "u2", "m_b", "b", AT)),
                entry(PAGE_ID, AT, text(PAGE_ID, "u3", "m_c", "c", AT)));
        String overlapping = envelope(entry(PAGE_ID, AT, text(PAGE_ID, "u2", "m_b", "b", AT),
                text(PAGE_ID, "u3", "m_c", "c", AT), text(PAGE_ID, "u4", "m_d", "d", AT)));
        assertThat(facebook.post(batch)).isEqualTo(200);
        assertThat(facebook.post(batch)).isEqualTo(200);
        assertThat(facebook.post(overlapping)).isEqualTo(200);
        assertThat(inboxRows()).isEqualTo(4);
        assertThat(TestRelay.countInbox(data, "SELECT COUNT(DISTINCT dedupe_key) FROM inbox")).isEqualTo(4);
    }

    @Test
    void pagesOfAnotherAppAreVerifiedWithThatAppsSecret() {
        FakeMessenger otherApp = new FakeMessenger(webhook(), OTHER_APP_SECRET);
        assertThat(otherApp.post(envelope(entry(OTHER_PAGE_ID, AT, text(OTHER_PAGE_ID, "u9", "m_9", "hi", AT)))))
                .isEqualTo(200);
        assertThat(otherApp.post(envelope(entry(PAGE_ID, AT, text(PAGE_ID, "u9", "m_10", "hi", AT)))))
                .as("signed with the wrong app's secret for this page").isEqualTo(403);
        assertThat(inboxRows()).isEqualTo(1);
    }

    @Test
    void missingOrWrongSignaturesAreRefusedAndNothingIsStored() {
        String body = envelope(entry(PAGE_ID, AT, text(PAGE_ID, "u1", "m_1", "forged", AT)));
        assertThat(facebook.postWithSignature(body, null)).isEqualTo(403);
        assertThat(facebook.postWithSignature(body, "sha256=" + "0".repeat(64))).isEqualTo(403);
        assertThat(facebook.postWithSignature(body, "sha1=abc")).isEqualTo(403);
        assertThat(inboxRows()).isZero();
    }

    @Test
    void malformedBodiesGetFourHundredAndOversizedOnesFourThirteen() throws Exception {
        assertThat(facebook.post("{\"object\":\"page\",\"entry\":[")).isEqualTo(400);
        assertThat(facebook.post("[1,2,3]")).isEqualTo(400);
        String huge = envelope(entry(PAGE_ID, AT, text(PAGE_ID, "u1", "m_big", "x".repeat(1_100_000), AT)));
        assertThat(facebook.post(huge)).isEqualTo(413);
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(webhook())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes())))
                .header("X-Hub-Signature-256", FakeMessenger.signature256(huge.getBytes(), APP_SECRET)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as("no Content-Length, still limited").isEqualTo(413);
        assertThat(inboxRows()).isZero();
    }

    @Test
    void eventsForUnknownPagesAreAcknowledgedButNotStored() throws Exception {
        assertThat(facebook.post(envelope(entry("999999", AT, text("999999", "u1", "m_x", "hello?", AT))))).isEqualTo(200);
        assertThat(inboxRows()).isZero();
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(relay.localUrl() + "/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("switchboard_events_unknown_page_total 1");
    }

    @Test
    void oddButValidPayloadsNeverGetAServerError() {
        assertThat(facebook.post("{\"object\":\"page\",\"entry\":[]}")).isEqualTo(200);
        assertThat(facebook.post("{\"object\":\"page\",\"entry\":[{\"id\":\"" + PAGE_ID
                + "\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u1\"},\"recipient\":{\"id\":\"" + PAGE_ID
                + "\"},\"timestamp\":1,\"brand_new_event\":{\"x\":1}}]}]}")).isEqualTo(200);
        assertThat(facebook.post("{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + PAGE_ID + "\",\"changes\":[{\"field\":\"feed\"}]}]}"))
                .isEqualTo(200);
    }

    private long inboxRows() {
        return TestRelay.countInbox(data, "SELECT COUNT(*) FROM inbox");
    }
}
