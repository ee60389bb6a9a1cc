package org.switchboard.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Facebook's side of the webhook: POSTs envelopes signed over their exact bytes (X-Hub-Signature-256 and the legacy
 * sha1 X-Hub-Signature) and performs the verification handshake. Build bodies with {@link MessengerEvents}.
 * Thread-safe; each call blocks until the relay answers.
 */
public final class FakeMessenger {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI webhookUrl;
    private final String appSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile String lastResponseBody = "";

    public FakeMessenger(URI webhookUrl, String appSecret) {
        this.webhookUrl = Objects.requireNonNull(webhookUrl, "fake messenger: webhookUrl is missing");
        this.appSecret = Objects.requireNonNull(appSecret, "fake messenger: appSecret is missing");
    }

    /** POSTs the envelope signed like Facebook signs it; returns the HTTP status. */
    public int post(String envelopeJson) {
        byte[] body = envelopeJson.getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(webhookUrl)
                .header("X-Hub-Signature-256", signature256(body, appSecret))
                .header("X-Hub-Signature", "sha1=" + hex(hmac("HmacSHA1", appSecret, body))), body);
    }

    /**
     * Facebook's retries and redeliveries: POSTs the same signed bytes {@code times} times and returns each status,
     * so a test can prove the relay stores the events once.
     */
    public List<Integer> redeliver(String envelopeJson, int times) {
        List<Integer> statuses = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            statuses.add(post(envelopeJson));
        }
        return statuses;
    }

    /**
     * Posts the echo Facebook sends after accepting {@code send} (sender = page, recipient = customer, the send's
     * metadata and {@code appId}); wire it with {@code graph.onSend(send -> messenger.postEcho(send, appId))}.
     */
    public int postEcho(RecordedSend send, String appId) {
        Instant now = Instant.now();
        String text = send.text() == null ? "" : send.text();
        return post(MessengerEvents.envelope(MessengerEvents.entry(send.pageId(), now,
                MessengerEvents.echo(send.pageId(), send.recipientId(), send.messageId(), appId, send.metadata(), text, now))));
    }

    /** POSTs with exactly this X-Hub-Signature-256 header, or none when null (to test rejection). */
    public int postWithSignature(String envelopeJson, String signatureHeaderOrNull) {
        byte[] body = envelopeJson.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(webhookUrl);
        if (signatureHeaderOrNull != null) {
            request.header("X-Hub-Signature-256", signatureHeaderOrNull);
        }
        return send(request, body);
    }

    /** The verification handshake: {@code GET ?hub.mode=subscribe&hub.verify_token=..&hub.challenge=..}. */
    public int verify(String verifyToken, String challenge) {
        String query = "hub.mode=subscribe&hub.verify_token=" + URLEncoder.encode(verifyToken, StandardCharsets.UTF_8)
                + "&hub.challenge=" + URLEncoder.encode(challenge, StandardCharsets.UTF_8);
        URI uri = URI.create(webhookUrl + (webhookUrl.getRawQuery() == null ? "?" : "&") + query);
        return exchange(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build());
    }

    /** The body of the last answer (the echoed challenge after {@link #verify}). */
    public String lastResponseBody() {
        return lastResponseBody;
    }

    /** {@code sha256=<hex HMAC-SHA256(appSecret, body)>}, as Facebook puts in X-Hub-Signature-256. */
    public static String signature256(byte[] body, String appSecret) {
        return "sha256=" + hex(hmac("HmacSHA256", appSecret, body));
    }

    private int send(HttpRequest.Builder request, byte[] body) {
        return exchange(request.timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private int exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            lastResponseBody = response.body();
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + webhookUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request.method() + " " + webhookUrl + " was interrupted", e);
        }
    }

    private static byte[] hmac(String algorithm, String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return out.toString();
    }
}
