package org.switchboard.desktop.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.protocol.ChatAttachment;

class MediaClientTest {
    private static final String ID = "0123456789abcdef".repeat(4);
    private static final String TOKEN = "media-token-1";

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private MediaClient client;

    @TempDir
    Path dir;

    /** What the fake relay saw; the body only for uploads. */
    record Request(String method, String path, String authorization, String contentType, String fileName, byte[] body) {
    }

    @BeforeEach
    void startFakeRelay() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sb/media", this::handle);
        server.start();
        client = MediaClient.create(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sb"));
    }

    @AfterEach
    void stopFakeRelay() {
        server.stop(0);
    }

    @Test
    void downloadsAStoredFileWithTheSessionToken() throws Exception {
        client.authorize(TOKEN);

        Download download = client.download("/media/" + ID);

        assertThat(new String(download.bytes(), StandardCharsets.UTF_8)).isEqualTo("PNGDATA");
        assertThat(download.contentType()).isEqualTo("image/png");
        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/sb/media/" + ID);
            assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN);
        });
    }

    @Test
    void saysWhyTheRelayRefusedADownload() {
        client.authorize("stale");
        assertThatExceptionOfType(MediaException.class).isThrownBy(() -> client.download("/media/" + ID))
                .satisfies(e -> assertThat(e.problem()).isEqualTo(MediaException.Problem.UNAUTHORIZED))
                .withMessageContaining("401");

        client.authorize(TOKEN);
        assertThatExceptionOfType(MediaException.class).isThrownBy(() -> client.download("/media/" + "f".repeat(64)))
                .satisfies(e -> assertThat(e.problem()).isEqualTo(MediaException.Problem.NOT_FOUND));
    }

    @Test
    void neverSendsTheTokenToAnotherSite() {
        client.authorize(TOKEN);

        assertThatIllegalArgumentException().isThrownBy(() -> client.download("https://evil.example.com/media/x"))
                .withMessageContaining("https://evil.example.com/media/x");
        assertThat(requests).isEmpty();
    }

    @Test
    void uploadsTheFileWithItsTypeAndNameAndReportsProgress() throws Exception {
        client.authorize(TOKEN);
        Path file = Files.write(dir.resolve("Rechnung März.pdf"), new byte[100_000]);
        List<Long> progress = new CopyOnWriteArrayList<>();

        Uploaded uploaded = client.upload(file, "application/pdf", progress::add);

        assertThat(uploaded).isEqualTo(new Uploaded(ID, "application/pdf", 100_000));
        assertThat(uploaded.url()).isEqualTo("/media/" + ID);
        assertThat(uploaded.kind()).isEqualTo(ChatAttachment.Kind.FILE);
        assertThat(progress).isNotEmpty().isSorted().endsWith(100_000L);
        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/sb/media");
            assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(r.contentType()).isEqualTo("application/pdf");
            assertThat(r.fileName()).isEqualTo("Rechnung%20M%C3%A4rz.pdf");
            assertThat(r.body()).hasSize(100_000);
        });
    }

    @Test
    void refusesAFileOverTwentyFiveMegabytesBeforeSendingAByte() throws Exception {
        client.authorize(TOKEN);
        Path big = dir.resolve("video.mp4");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(MediaClient.MAX_UPLOAD_BYTES + 1);
        }

        assertThatExceptionOfType(MediaException.class).isThrownBy(() -> client.upload(big, "video/mp4", sent -> { }))
                .satisfies(e -> assertThat(e.problem()).isEqualTo(MediaException.Problem.TOO_LARGE))
                .withMessageContaining("video.mp4").withMessageContaining(Long.toString(MediaClient.MAX_UPLOAD_BYTES + 1));
        assertThat(requests).isEmpty();
    }

    @Test
    void aRelayRefusalOfAnUploadNamesTheProblem() throws Exception {
        client.authorize(TOKEN);
        Path file = Files.write(dir.resolve("too-big-for-relay.bin"), "413".getBytes(StandardCharsets.UTF_8));

        assertThatExceptionOfType(MediaException.class).isThrownBy(() -> client.upload(file, null, sent -> { }))
                .satisfies(e -> assertThat(e.problem()).isEqualTo(MediaException.Problem.TOO_LARGE));
    }

    @Test
    void theKindOfAnUploadFollowsItsType() {
        assertThat(new Uploaded(ID, "image/jpeg", 1).kind()).isEqualTo(ChatAttachment.Kind.IMAGE);
        assertThat(new Uploaded(ID, "video/mp4", 1).kind()).isEqualTo(ChatAttachment.Kind.VIDEO);
        assertThat(new Uploaded(ID, "audio/ogg", 1).kind()).isEqualTo(ChatAttachment.Kind.AUDIO);
        assertThat(new Uploaded(ID, null, 1).kind()).isEqualTo(ChatAttachment.Kind.FILE);
        assertThatIllegalArgumentException().isThrownBy(() -> new Uploaded("../etc", "x/y", 1)).withMessageContaining("../etc");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), authorization,
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("X-File-Name"), body));
            if (!("Bearer " + TOKEN).equals(authorization)) {
                exchange.sendResponseHeaders(401, -1);
            } else if ("POST".equals(exchange.getRequestMethod())) {
                if ("413".equals(new String(body, StandardCharsets.UTF_8))) {
                    exchange.sendResponseHeaders(413, -1);
                    return;
                }
                byte[] answer = ("{\"id\":\"" + ID + "\",\"contentType\":\"application/pdf\",\"size\":" + body.length + "}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(201, answer.length);
                exchange.getResponseBody().write(answer);
            } else if (exchange.getRequestURI().getPath().equals("/sb/media/" + ID)) {
                byte[] answer = "PNGDATA".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "image/png");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }
}
