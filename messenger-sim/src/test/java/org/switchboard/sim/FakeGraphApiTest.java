package org.switchboard.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeGraphApiTest {
    private final FakeGraphApi graph = FakeGraphApi.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void bindsLoopbackAndAnswersSendsWithIncreasingMessageIds() throws Exception {
        assertThat(graph.baseUrl().getHost()).isEqualTo("127.0.0.1");

        HttpResponse<String> first = post("/v21.0/111/messages?access_token=t",
                "{\"recipient\":{\"id\":\"p1\"},\"messaging_type\":\"RESPONSE\",\"message\":{\"text\":\"hi\",\"metadata\":\"x\"}}");
        HttpResponse<String> second = post("/v21.0/111/messages?access_token=t",
                "{\"recipient\":{\"id\":\"p1\"},\"messaging_type\":\"RESPONSE\",\"message\":{\"text\":\"again\"}}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"recipient_id\":\"p1\",\"message_id\":\"m_1\"}");
        assertThat(second.body()).contains("\"message_id\":\"m_2\"");
        RecordedSend send = graph.awaitSends(2, Duration.ofSeconds(1)).get(0);
        assertThat(send).extracting(RecordedSend::pageId, RecordedSend::recipientId, RecordedSend::messagingType,
                        RecordedSend::text, RecordedSend::metadata, RecordedSend::accessToken, RecordedSend::messageId)
                .containsExactly("111", "p1", "RESPONSE", "hi", "x", "t", "m_1");
    }

    @Test
    void injectedErrorsAnswerFacebookJsonThenSendsSucceedAgain() throws Exception {
        graph.failNext(2, FakeGraphError.recipientUnavailable());

        HttpResponse<String> failed = post("/v21.0/111/messages", "{\"recipient\":{\"id\":\"p1\"},\"message\":{\"text\":\"a\"}}");
        post("/v21.0/111/messages", "{\"recipient\":{\"id\":\"p1\"},\"sender_action\":\"typing_on\"}");
        HttpResponse<String> ok = post("/v21.0/111/messages", "{\"recipient\":{\"id\":\"p1\"},\"message\":{\"text\":\"b\"}}");

        assertThat(failed.statusCode()).isEqualTo(400);
        assertThat(failed.body()).contains("\"code\":551", "\"error_subcode\":1545041", "\"fbtrace_id\":\"Fake");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(graph.sends()).extracting(RecordedSend::text).containsExactly("b");
        assertThat(graph.requests()).hasSize(3);
    }

    @Test
    void listenersSeeEachSendInOrder() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        graph.onSend(send -> seen.add(send.messageId()));

        for (int i = 0; i < 3; i++) {
            post("/v21.0/111/messages", "{\"recipient\":{\"id\":\"p1\"},\"message\":{\"text\":\"" + i + "\"}}");
        }

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> seen.size() == 3);
        assertThat(seen).containsExactly("m_1", "m_2", "m_3");
    }

    @Test
    void awaitSendsFailsNamingWhatArrived() {
        assertThatThrownBy(() -> graph.awaitSends(1, Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected 1 sends within 50 ms, got 0");
    }

    @Test
    void pagesCheckTheirTokenAndMediaIsServed() throws Exception {
        graph.setPage("111", "Acme", "good");
        URI media = graph.serveMedia("a.bin", new byte[] {1, 2, 3}, "application/octet-stream");

        assertThat(get("/v21.0/111?fields=id,name&access_token=good").body()).isEqualTo("{\"id\":\"111\",\"name\":\"Acme\"}");
        assertThat(get("/v21.0/111?fields=id,name&access_token=bad").body()).contains("\"code\":190");
        assertThat(post("/v21.0/111/messages?access_token=bad", "{\"recipient\":{\"id\":\"p\"},\"message\":{\"text\":\"x\"}}")
                .body()).contains("\"code\":190");
        assertThat(http.send(HttpRequest.newBuilder(media).build(), HttpResponse.BodyHandlers.ofByteArray()).body())
                .containsExactly(1, 2, 3);
    }

    @Test
    void meMessagesIsRecordedUnderThePageOwningTheToken() throws Exception {
        graph.setPage("111", "Acme", "good");

        post("/v21.0/me/messages?access_token=good", "{\"recipient\":{\"id\":\"p\"},\"message\":{\"text\":\"x\"}}");

        assertThat(graph.sends()).extracting(RecordedSend::pageId).containsExactly("111");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(graph.baseUrl().resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(graph.baseUrl().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
