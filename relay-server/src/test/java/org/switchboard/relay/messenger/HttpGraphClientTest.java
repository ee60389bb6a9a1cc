package org.switchboard.relay.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.relay.config.Secret;
import org.switchboard.relay.messenger.GraphException.Kind;
import org.switchboard.sim.FakeGraphApi;
import org.switchboard.sim.FakeGraphError;
import org.switchboard.sim.RecordedRequest;
import org.switchboard.sim.RecordedSend;

class HttpGraphClientTest {
    private static final String PAGE_ID = "106385432189520";
    private static final String TOKEN = "EAAB-page-token-secret";
    private static final PageAccess PAGE = new PageAccess(PAGE_ID, Secret.of(TOKEN), null, false);

    private final FakeGraphApi graph = FakeGraphApi.start();
    private final HttpGraphClient client = new HttpGraphClient(graph.baseUrl(), "v21.0", Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void sendsTheSendApiJsonToThePageAndReturnsTheMessageId() throws Exception {
        SendRequest request = new SendRequest("7428917230587312", MessagingType.RESPONSE, null, "Hello café/€",
                null, List.of(), "sb:out:1");

        SendResult result = client.sendMessage(PAGE, request);

        assertThat(result).isEqualTo(new SendResult("7428917230587312", "m_1"));
        RecordedSend send = graph.sends().get(0);
        assertThat(send.pageId()).isEqualTo(PAGE_ID);
        assertThat(send.accessToken()).isEqualTo(TOKEN);
        assertThat(send.body()).isEqualTo(json("""
                {"recipient":{"id":"7428917230587312"},"messaging_type":"RESPONSE",
                 "message":{"text":"Hello café/€","metadata":"sb:out:1"}}"""));
        RecordedRequest raw = graph.requests().get(0);
        assertThat(raw.method()).isEqualTo("POST");
        assertThat(raw.path()).isEqualTo("/v21.0/" + PAGE_ID + "/messages");
        assertThat(raw.query()).doesNotContainKey("appsecret_proof");
        assertThat(PAGE.toString()).doesNotContain(TOKEN);
    }

    @Test
    void humanAgentTagQuickRepliesAndAttachmentsAreWrittenLikeTheContract() throws Exception {
        client.sendMessage(PAGE, new SendRequest("p1", MessagingType.MESSAGE_TAG, "HUMAN_AGENT", "Still there?", null,
                List.of(new QuickReply("Yes", "YES"), new QuickReply("No", "NO")), null));
        client.sendMessage(PAGE, new SendRequest("p1", MessagingType.RESPONSE, null, null,
                new OutboundAttachment.ByUrl(OutboundAttachment.Type.IMAGE, URI.create("https://example.com/a.png"), true),
                List.of(), null));
        client.sendMessage(PAGE, new SendRequest("p1", MessagingType.RESPONSE, null, null,
                new OutboundAttachment.Saved(OutboundAttachment.Type.FILE, "1857777774821032"), List.of(), null));

        List<RecordedSend> sends = graph.sends();
        assertThat(sends.get(0).messagingType()).isEqualTo("MESSAGE_TAG");
        assertThat(sends.get(0).tag()).isEqualTo("HUMAN_AGENT");
        assertThat(sends.get(0).body()).isEqualTo(json("""
                {"recipient":{"id":"p1"},"messaging_type":"MESSAGE_TAG","tag":"HUMAN_AGENT",
                 "message":{"text":"Still there?","quick_replies":[
                   {"content_type":"text","title":"Yes","payload":"YES"},{"content_type":"text","title":"No","payload":"NO"}]}}"""));
        assertThat(sends.get(1).body().path("message")).isEqualTo(json("""
                {"attachment":{"type":"image","payload":{"url":"https://example.com/a.png","is_reusable":true}}}"""));
        assertThat(sends.get(2).body().path("message")).isEqualTo(json("""
                {"attachment":{"type":"file","payload":{"attachment_id":"1857777774821032"}}}"""));
    }

    @Test
    void sendsTheAppSecretProofWhenThePageRequiresIt() throws Exception {
        PageAccess page = new PageAccess(PAGE_ID, Secret.of(TOKEN), Secret.of("app-secret"), true);

        client.sendMessage(page, SendRequest.text("p1", MessagingType.RESPONSE, "hi"));

        String expected = SignatureVerifier.hex(SignatureVerifier.hmacSha256("app-secret", TOKEN.getBytes(StandardCharsets.UTF_8)));
        assertThat(graph.requests().get(0).query()).containsEntry("appsecret_proof", expected);
    }

    static Stream<Arguments> facebookErrors() {
        return Stream.of(
                Arguments.of(FakeGraphError.unknown(), Kind.TRANSIENT, true),
                Arguments.of(FakeGraphError.serviceUnavailable(), Kind.TRANSIENT, true),
                Arguments.of(FakeGraphError.of(400, 4, null, "Application request limit reached"), Kind.RATE_LIMITED, true),
                Arguments.of(FakeGraphError.of(400, 17, null, "User request limit reached"), Kind.RATE_LIMITED, true),
                Arguments.of(FakeGraphError.of(400, 32, null, "Page request limit reached"), Kind.RATE_LIMITED, true),
                Arguments.of(FakeGraphError.rateLimited(), Kind.RATE_LIMITED, true),
                Arguments.of(FakeGraphError.temporarySendFailure(), Kind.TRANSIENT, true),
                Arguments.of(FakeGraphError.windowClosed(), Kind.WINDOW_CLOSED, false),
                Arguments.of(FakeGraphError.recipientUnavailable(), Kind.RECIPIENT_UNAVAILABLE, false),
                Arguments.of(FakeGraphError.noMatchingUser(), Kind.BAD_REQUEST, false),
                Arguments.of(FakeGraphError.tokenExpired(), Kind.TOKEN_INVALID, false),
                Arguments.of(FakeGraphError.permissionMissing(), Kind.PERMISSION, false),
                Arguments.of(FakeGraphError.of(403, 230, null, "Requires pages_messaging permission"), Kind.PERMISSION, false),
                Arguments.of(FakeGraphError.of(400, 10, 2018065, "This message is sent outside of allowed window"), Kind.PERMISSION, false),
                Arguments.of(FakeGraphError.policyBlocked(), Kind.POLICY_BLOCKED, false),
                Arguments.of(FakeGraphError.bareHttp(500), Kind.UNKNOWN_OUTCOME, false),
                Arguments.of(FakeGraphError.bareHttp(502), Kind.UNKNOWN_OUTCOME, false),
                Arguments.of(FakeGraphError.bareHttp(404), Kind.BAD_REQUEST, false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("facebookErrors")
    void classifiesEachFacebookErrorWithCodesAndNoToken(FakeGraphError error, Kind kind, boolean retryable) {
        graph.failNext(1, error);

        GraphException failure = catchThrowableOfType(GraphException.class,
                () -> client.sendMessage(PAGE, SendRequest.text("p1", MessagingType.RESPONSE, "hi")));

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.retryable()).isEqualTo(retryable);
        assertThat(failure.httpStatus()).isEqualTo(error.httpStatus());
        assertThat(failure.code()).isEqualTo(error.code());
        assertThat(failure.subcode()).isEqualTo(error.subcode());
        assertThat(failure.getMessage()).startsWith("page " + PAGE_ID + ": send to p1 failed").doesNotContain(TOKEN);
        if (error.code() != 0) {
            assertThat(failure.getMessage()).contains(error.message())
                    .contains("(#" + error.code() + (error.subcode() == null ? ")" : "/" + error.subcode() + ")"));
            assertThat(failure.fbtraceId()).startsWith("Fake");
        }
        assertThat(graph.sends()).isEmpty();
    }

    @Test
    void aTimeoutIsAnUnknownOutcomeBecauseFacebookMayHaveSent() {
        HttpGraphClient impatient = new HttpGraphClient(graph.baseUrl(), "v21.0", Duration.ofMillis(300));
        graph.delayNext(1, Duration.ofSeconds(3));

        GraphException failure = catchThrowableOfType(GraphException.class,
                () -> impatient.sendMessage(PAGE, SendRequest.text("p1", MessagingType.RESPONSE, "hi")));

        assertThat(failure.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
        assertThat(failure.getMessage()).contains("no answer within 300 ms").doesNotContain(TOKEN);
        assertThat(graph.sends()).hasSize(1);
    }

    @Test
    void aTimeoutOnAReadIsTransientBecauseItCanSimplyBeRetried() {
        HttpGraphClient impatient = new HttpGraphClient(graph.baseUrl(), "v21.0", Duration.ofMillis(300));
        graph.setProfile("p1", "Ana", "Silva", null);
        graph.delayNext(1, Duration.ofSeconds(3));

        GraphException failure = catchThrowableOfType(GraphException.class, () -> impatient.fetchProfile(PAGE, "p1"));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).isEqualTo("page " + PAGE_ID + ": profile of p1 got no answer within 300 ms");
    }

    @Test
    void aRefusedConnectionIsTransientBecauseNothingWasSent() {
        FakeGraphApi gone = FakeGraphApi.start();
        URI base = gone.baseUrl();
        gone.close();
        HttpGraphClient toNowhere = new HttpGraphClient(base, "v21.0", Duration.ofSeconds(2));

        GraphException failure = catchThrowableOfType(GraphException.class,
                () -> toNowhere.sendMessage(PAGE, SendRequest.text("p1", MessagingType.RESPONSE, "hi")));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.getMessage()).contains("could not connect").doesNotContain(TOKEN);
    }

    @Test
    void senderActionsAreSeparateCallsWithoutAMessage() throws Exception {
        client.senderAction(PAGE, "p1", SenderAction.TYPING_ON);
        client.senderAction(PAGE, "p1", SenderAction.MARK_SEEN);

        assertThat(graph.sends()).isEmpty();
        assertThat(graph.requests()).extracting(RecordedRequest::json).containsExactly(
                json("{\"recipient\":{\"id\":\"p1\"},\"sender_action\":\"typing_on\"}"),
                json("{\"recipient\":{\"id\":\"p1\"},\"sender_action\":\"mark_seen\"}"));
    }

    @Test
    void fetchesTheCustomerProfileAndNamesAMissingOne() throws Exception {
        graph.setProfile("p1", "Zoë", "Martin", "https://platform-lookaside.fbsbx.com/pic.jpg");

        assertThat(client.fetchProfile(PAGE, "p1"))
                .isEqualTo(new CustomerProfile("p1", "Zoë", "Martin", "https://platform-lookaside.fbsbx.com/pic.jpg"));
        assertThat(graph.requests().get(0).query()).containsEntry("fields", "first_name,last_name,profile_pic");
        assertThatThrownBy(() -> client.fetchProfile(PAGE, "p2"))
                .isInstanceOfSatisfying(GraphException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST))
                .hasMessageContaining("page " + PAGE_ID + ": profile of p2 failed");
    }

    @Test
    void aRefusedProfileIsAPermissionErrorTheCallerCanFallBackFrom() {
        graph.setProfileError("p3", FakeGraphError.profileNotPermitted());

        assertThatThrownBy(() -> client.fetchProfile(PAGE, "p3"))
                .isInstanceOfSatisfying(GraphException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.PERMISSION);
                    assertThat(e.retryable()).isFalse();
                })
                .hasMessage("page " + PAGE_ID + ": profile of p3 failed: (#230) Requires pages_messaging permission"
                        + " to manage the object (#230)");
    }

    @Test
    void testConnectionReturnsThePageOrATokenError() throws Exception {
        graph.setPage(PAGE_ID, "Acme Support", TOKEN);

        assertThat(client.testConnection(PAGE)).isEqualTo(new PageIdentity(PAGE_ID, "Acme Support"));
        PageAccess stale = new PageAccess(PAGE_ID, Secret.of("old-token"), null, false);
        assertThatThrownBy(() -> client.testConnection(stale))
                .isInstanceOfSatisfying(GraphException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TOKEN_INVALID))
                .hasMessageContaining("(#190)")
                .hasMessageNotContaining("old-token");
    }

    @Test
    void uploadsAttachmentsByUrlAndAsMultipartBytes() throws Exception {
        String byUrl = client.uploadAttachment(PAGE, new OutboundAttachment.ByUrl(OutboundAttachment.Type.IMAGE,
                URI.create("https://example.com/a.png"), true));
        String byBytes = client.uploadAttachment(PAGE, new OutboundAttachment.Upload(OutboundAttachment.Type.FILE,
                "invoice.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));

        assertThat(byUrl).isNotBlank();
        assertThat(byBytes).isNotBlank().isNotEqualTo(byUrl);
        List<RecordedRequest> requests = graph.requests();
        assertThat(requests).extracting(RecordedRequest::path).containsOnly("/v21.0/" + PAGE_ID + "/message_attachments");
        assertThat(requests.get(0).json()).isEqualTo(json("""
                {"message":{"attachment":{"type":"image","payload":{"is_reusable":true,"url":"https://example.com/a.png"}}}}"""));
        assertThat(requests.get(1).body()).contains("name=\"filedata\"; filename=\"invoice.pdf\"", "%PDF-1.4",
                "{\"attachment\":{\"type\":\"file\",\"payload\":{\"is_reusable\":true}}}");
    }

    @Test
    void downloadsMediaWithinTheLimitAndRefusesMore() throws Exception {
        byte[] picture = new byte[4096];
        picture[0] = (byte) 0x89;
        URI url = graph.serveMedia("pic.png", picture, "image/png");

        assertThat(client.download(url, 4096)).isEqualTo(picture);
        assertThatThrownBy(() -> client.download(url, 4095))
                .isInstanceOfSatisfying(GraphException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST))
                .hasMessageContaining("larger than the limit of 4095 bytes");
        assertThatThrownBy(() -> client.download(graph.baseUrl().resolve("/media/expired.png"), 4096))
                .isInstanceOfSatisfying(GraphException.class, e -> assertThat(e.httpStatus()).isEqualTo(404))
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void invalidSendRequestsAreRefusedBeforeAnyCall() {
        String longText = "é".repeat(2001);
        assertThatThrownBy(() -> SendRequest.text("p1", MessagingType.RESPONSE, longText))
                .hasMessageContaining("2001 characters, over the limit of 2000");
        assertThatThrownBy(() -> SendRequest.text("p1", MessagingType.MESSAGE_TAG, "hi"))
                .hasMessageContaining("MESSAGE_TAG needs a tag");
        assertThatThrownBy(() -> new SendRequest("p1", MessagingType.RESPONSE, null, null, null, List.of(), null))
                .hasMessageContaining("exactly one of text and attachment");
        List<QuickReply> fourteen = Stream.iterate(1, i -> i + 1).limit(14).map(i -> new QuickReply("q" + i, "P" + i)).toList();
        assertThatThrownBy(() -> new SendRequest("p1", MessagingType.RESPONSE, null, "hi", null, fourteen, null))
                .hasMessageContaining("14 quick replies, over the limit of 13");
        assertThat(SendRequest.text("p1", MessagingType.RESPONSE, "é".repeat(2000)).text()).hasSize(2000);
        assertThat(graph.requests()).isEmpty();
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
