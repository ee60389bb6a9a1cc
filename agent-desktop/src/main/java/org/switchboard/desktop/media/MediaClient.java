package org.switchboard.desktop.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Talks to the relay's media store over HTTP: downloads {@code /media/<id>} files and uploads the agent's
 * files, both with the session's media token. Blocking: call it off the EDT. The token is set on the EDT
 * after each login and read by worker threads, hence volatile.
 */
public final class MediaClient {
    /** The relay refuses bodies past this; checked before a byte is sent. */
    public static final long MAX_UPLOAD_BYTES = 25L * 1024 * 1024;
    private static final String MEDIA_PATH = "/media/";

    private final HttpClient http;
    private final URI base;
    private final ObjectMapper json = new ObjectMapper();
    private volatile String token;

    /** {@code base} is the relay's HTTP base without a trailing slash, e.g. {@code https://relay.example.com}. */
    public MediaClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    public static MediaClient create(URI base) {
        return new MediaClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build(), base);
    }

    /** The media token of the current login; null until one is known. */
    public void authorize(String mediaToken) {
        token = mediaToken;
    }

    /** Whether {@code url} names a file in the relay's store (downloaded with the token) rather than a web link. */
    public static boolean isStored(String url) {
        return url != null && url.startsWith(MEDIA_PATH);
    }

    /** Whether {@code url} is a web address to hand to the browser. */
    public static boolean isWebLink(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** @throws MediaException when the relay refuses; IOException when it cannot be reached */
    public Download download(String url) throws IOException, InterruptedException {
        if (!isStored(url)) {
            throw new IllegalArgumentException("media client: only relay paths " + MEDIA_PATH + "… are downloaded, not '" + url + "'");
        }
        HttpRequest request = authorized(HttpRequest.newBuilder(base.resolve(base.getRawPath() + url)))
                .timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw MediaException.forStatus(response.statusCode(), "download " + url);
        }
        return new Download(response.body(), response.headers().firstValue("Content-Type").orElse(null));
    }

    /**
     * Uploads {@code file} as {@code contentType}; {@code progress} hears the bytes sent so far on an HTTP thread.
     *
     * @throws MediaException TOO_LARGE before sending anything when the file is over {@link #MAX_UPLOAD_BYTES}
     */
    public Uploaded upload(Path file, String contentType, LongConsumer progress) throws IOException, InterruptedException {
        long size = Files.size(file);
        String name = file.getFileName().toString();
        if (size > MAX_UPLOAD_BYTES) {
            throw new MediaException(MediaException.Problem.TOO_LARGE,
                    "upload '" + name + "': " + size + " bytes is over the limit of " + MAX_UPLOAD_BYTES);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> counting(file, progress)), size);
        HttpRequest request = authorized(HttpRequest.newBuilder(base.resolve(base.getRawPath() + "/media")))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", contentType == null ? "application/octet-stream" : contentType)
                .header("X-File-Name", URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .POST(body).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 201) {
            throw MediaException.forStatus(response.statusCode(), "upload '" + name + "'");
        }
        JsonNode answer = json.readTree(response.body());
        return new Uploaded(answer.path("id").asText(null), answer.path("contentType").asText(null),
                answer.path("size").asLong(size));
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder builder) {
        String current = token;
        return current == null ? builder : builder.header("Authorization", "Bearer " + current);
    }

    private static InputStream counting(Path file, LongConsumer progress) {
        try {
            return new FilterInputStream(Files.newInputStream(file)) {
                private long sent;

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int read = super.read(buffer, offset, length);
                    if (read > 0) {
                        sent += read;
                        progress.accept(sent);
                    }
                    return read;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("upload: cannot read " + file, e);
        }
    }

    @Override
    public String toString() {
        return "MediaClient[" + base + "]";
    }
}
