package org.switchboard.relay.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.Handlers;
import io.undertow.Undertow;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaHandlerTest {
    private static final String TOKEN = "agent-session-token";
    private static final String UNKNOWN_ID = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private MediaStore store;
    private MediaHandler handler;
    private Undertow server;
    private URI base;

    @BeforeEach
    void start() {
        store = new MediaStore(dataDir.resolve("media"), MediaStore.DEFAULT_MAX_BYTES);
        handler = new MediaHandler(store, TOKEN::equals);
        server = Undertow.builder().addHttpListener(0, "127.0.0.1")
                .setHandler(Handlers.path().addPrefixPath("/media", handler)).build();
        server.start();
        int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        base = URI.create("http://127.0.0.1:" + port + "/media/");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void anAuthorizedAgentGetsTheFileWithTypeLengthCachingAndEtag() throws Exception {
        StoredMedia media = store.save(MediaSamples.JPEG, "image/jpeg");

        HttpResponse<byte[]> response = get(media.id(), "Bearer " + TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(MediaSamples.JPEG);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(MediaSamples.JPEG.length);
        assertThat(response.headers().firstValue("Cache-Control")).contains("private, max-age=31536000, immutable");
        assertThat(response.headers().firstValue("ETag")).contains("\"" + media.id() + "\"");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void theTokenMayComeInTheQueryForImageLoads() throws Exception {
        StoredMedia media = store.save(MediaSamples.PNG, "image/png");

        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(base.resolve(media.id() + "?token=" + TOKEN)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(MediaSamples.PNG);
    }

    @Test
    void withoutAValidTokenTheAnswerIs401AndRevealsNothing() throws Exception {
        StoredMedia media = store.save(MediaSamples.PNG, "image/png");

        HttpResponse<byte[]> missing = get(media.id(), null);
        HttpResponse<byte[]> wrong = get(media.id(), "Bearer someone-else");
        HttpResponse<byte[]> wrongQuery = send(HttpRequest.newBuilder(base.resolve(media.id() + "?token=guess")));
        HttpResponse<byte[]> unknownId = get(UNKNOWN_ID, "Basic " + TOKEN);

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"media\"");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrongQuery.statusCode()).isEqualTo(401);
        assertThat(unknownId.statusCode()).as("existence is not revealed before authorization").isEqualTo(401);
        assertThat(new String(missing.body())).doesNotContain(media.id());
    }

    @Test
    void anUnknownIdIs404() throws Exception {
        assertThat(get(UNKNOWN_ID, "Bearer " + TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    void aMalformedIdIs400() throws Exception {
        assertThat(get("not-a-media-id", "Bearer " + TOKEN).statusCode()).isEqualTo(400);
        assertThat(get("..%2F..%2Fetc%2Fpasswd", "Bearer " + TOKEN).statusCode()).isEqualTo(400);
        assertThat(get(UNKNOWN_ID.toUpperCase(), "Bearer " + TOKEN).statusCode()).isEqualTo(400);
    }

    @Test
    void aMatchingEtagIs304WithoutABody() throws Exception {
        StoredMedia media = store.save(MediaSamples.PNG, "image/png");

        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(base.resolve(media.id()))
                .header("Authorization", "Bearer " + TOKEN).header("If-None-Match", "\"" + media.id() + "\""));

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        StoredMedia media = store.save(MediaSamples.PNG, "image/png");

        HttpResponse<byte[]> head = send(HttpRequest.newBuilder(base.resolve(media.id()))
                .header("Authorization", "Bearer " + TOKEN).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<byte[]> delete = send(HttpRequest.newBuilder(base.resolve(media.id()))
                .header("Authorization", "Bearer " + TOKEN).DELETE());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(MediaSamples.PNG.length);
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).contains("GET, HEAD");
    }

    @Test
    void describesItself() {
        assertThat(handler.toString()).startsWith("media(MediaStore[").contains(dataDir.toString());
    }

    private HttpResponse<byte[]> get(String id, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(id));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
