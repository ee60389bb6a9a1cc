package org.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.SameThreadExecutor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local Graph API on 127.0.0.1 that speaks Facebook's real JSON: records every request, accepts sends, answers
 * profiles, pages, uploads and media, and injects errors and slow answers on demand, so the relay's Graph client,
 * outbox and demo run without Facebook. Thread-safe.
 */
public final class FakeGraphApi implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FakeGraphApi.class);

    private final Object lock = new Object();
    private final List<RecordedRequest> requests = new ArrayList<>();     // guarded by lock
    private final List<RecordedSend> sends = new ArrayList<>();           // guarded by lock, notifies waiters
    private final Deque<FakeGraphError> failures = new ArrayDeque<>();    // guarded by lock
    private final Deque<Duration> delays = new ArrayDeque<>();            // guarded by lock
    private final FakeGraphState state = new FakeGraphState();
    private final FacebookJson json = new FacebookJson();
    private final List<Consumer<RecordedSend>> listeners = new CopyOnWriteArrayList<>();
    /** Listeners run here, one at a time in send order, so a listener may block (e.g. post an echo). */
    private final ExecutorService listenerThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-graph-listeners");
        thread.setDaemon(true);
        return thread;
    });
    private final Undertow server;
    private final URI baseUrl;

    private FakeGraphApi() {
        server = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(this::receive).build();
        server.start();
        int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        baseUrl = URI.create("http://127.0.0.1:" + port);
        log.info("Fake Graph API listening on {}", baseUrl);
    }

    /** Binds 127.0.0.1 on a free port. */
    public static FakeGraphApi start() {
        return new FakeGraphApi();
    }

    /** e.g. {@code http://127.0.0.1:PORT}; the client appends {@code /v21.0/...}. */
    public URI baseUrl() {
        return baseUrl;
    }

    public List<RecordedRequest> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    /** Messages accepted so far (failed ones are only in {@link #requests()}; delayed ones count as sent). */
    public List<RecordedSend> sends() {
        synchronized (lock) {
            return List.copyOf(sends);
        }
    }

    /** Waits until at least {@code count} messages were accepted; fails naming what did arrive. */
    public List<RecordedSend> awaitSends(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (sends.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " sends within " + timeout.toMillis() + " ms, got "
                            + sends.size() + ": " + sends);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for " + count + " sends, got " + sends.size(), e);
                }
            }
            return List.copyOf(sends);
        }
    }

    /** The next {@code times} POSTs to {@code /messages} (messages and sender actions) answer {@code error}. */
    public void failNext(int times, FakeGraphError error) {
        synchronized (lock) {
            for (int i = 0; i < times; i++) {
                failures.add(error);
            }
        }
    }

    /** The next {@code times} Graph requests (not media) answer only after {@code delay}. */
    public void delayNext(int times, Duration delay) {
        synchronized (lock) {
            for (int i = 0; i < times; i++) {
                delays.add(delay);
            }
        }
    }

    /** Called for each accepted message on one fake-owned thread, in send order, possibly before the HTTP answer arrives. */
    public void onSend(Consumer<RecordedSend> listener) {
        listeners.add(listener);
    }

    public void setProfile(String psid, String firstName, String lastName, String pictureUrl) {
        state.setProfile(psid, firstName, lastName, pictureUrl);
    }

    /** Makes {@code GET /{v}/{psid}} answer {@code error}, e.g. {@link FakeGraphError#profileNotPermitted()}. */
    public void setProfileError(String psid, FakeGraphError error) {
        state.setProfileError(psid, error);
    }

    /** Serves {@code bytes} at {@code {base}/media/{name}}. */
    public URI serveMedia(String name, byte[] bytes, String contentType) {
        state.setMedia(name, bytes, contentType);
        return baseUrl.resolve("/media/" + name);
    }

    /** Makes {@code GET /{v}/{pageId}} answer id and name, and makes sends for that page require {@code validToken}. */
    public void setPage(String pageId, String name, String validToken) {
        state.setPage(pageId, name, validToken);
    }

    @Override
    public void close() {
        server.stop();
        listenerThread.shutdown();
        try {
            if (!listenerThread.awaitTermination(5, TimeUnit.SECONDS)) {
                listenerThread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listenerThread.shutdownNow();
        }
    }

    private void receive(HttpServerExchange exchange) {
        exchange.getRequestReceiver().receiveFullBytes(
                (ex, body) -> ex.dispatch(() -> handle(ex, body)),
                (ex, error) -> {
                    log.warn("Fake Graph API could not read a request body", error);
                    ex.setStatusCode(400).endExchange();
                });
    }

    private void handle(HttpServerExchange exchange, byte[] body) {
        String method = exchange.getRequestMethod().toString();
        String path = exchange.getRequestPath();
        Map<String, String> query = new LinkedHashMap<>();
        exchange.getQueryParameters().forEach((name, values) -> query.put(name, values.peekFirst()));
        String text = new String(body, StandardCharsets.UTF_8);
        JsonNode parsed = parseJson(text);
        RecordedRequest request = new RecordedRequest(method, path, query, text, parsed);
        if (path.startsWith("/media/")) {
            record(request);
            serveMediaFile(exchange, path.substring("/media/".length()));
            return;
        }
        FakeGraphAnswer answer;
        Duration delay;
        synchronized (lock) {
            requests.add(request);
            delay = delays.poll();
            answer = answer(request);
        }
        if (delay == null || delay.isZero()) {
            answer.writeTo(exchange);
        } else {
            exchange.dispatch(SameThreadExecutor.INSTANCE, () -> exchange.getIoThread().executeAfter(
                    () -> answer.writeTo(exchange), delay.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    /** Decides the answer; runs under the lock so failures, ids and recorded sends stay in one order. */
    private FakeGraphAnswer answer(RecordedRequest request) {
        String[] parts = request.path().split("/");
        String token = request.query().get("access_token");
        if (parts.length == 4 && request.method().equals("POST") && parts[3].equals("messages")) {
            return messages(parts[2].equals("me") ? state.pageOfToken(token).orElse("me") : parts[2], token, request);
        }
        if (parts.length == 4 && request.method().equals("POST") && parts[3].equals("message_attachments")) {
            return state.tokenProblem(parts[2], token, json)
                    .orElseGet(() -> FakeGraphAnswer.json(200, "{\"attachment_id\":\"" + state.nextAttachmentId() + "\"}"));
        }
        if (parts.length == 3 && request.method().equals("GET")) {
            return state.lookup(parts[2], token, json);
        }
        return FakeGraphAnswer.error(FakeGraphError.of(400, 100, null, "Unknown path components: " + request.path()), json);
    }

    private FakeGraphAnswer messages(String pageId, String token, RecordedRequest request) {
        var problem = state.tokenProblem(pageId, token, json);
        if (problem.isPresent()) {
            return problem.get();
        }
        FakeGraphError failure = failures.poll();
        if (failure != null) {
            return FakeGraphAnswer.error(failure, json);
        }
        JsonNode body = request.json();
        String recipient = body == null ? null : body.path("recipient").path("id").asText(null);
        if (recipient == null || !(body.has("message") || body.has("sender_action"))) {
            return FakeGraphAnswer.error(FakeGraphError.of(400, 100, null,
                    "(#100) The parameter recipient or message is required"), json);
        }
        if (!body.has("message")) {
            return FakeGraphAnswer.json(200, "{\"recipient_id\":\"" + recipient + "\"}");
        }
        String messageId = state.nextMessageId();
        JsonNode message = body.get("message");
        RecordedSend send = new RecordedSend(pageId, recipient, body.path("messaging_type").asText(null),
                body.path("tag").asText(null), message.path("text").asText(null), message.path("metadata").asText(null),
                body, token, messageId);
        sends.add(send);
        lock.notifyAll();
        listeners.forEach(listener -> listenerThread.execute(() -> listener.accept(send)));
        var answer = json.object().put("recipient_id", recipient).put("message_id", messageId);
        return FakeGraphAnswer.json(200, json.write(answer));
    }

    private void serveMediaFile(HttpServerExchange exchange, String name) {
        FakeGraphState.Media media = state.media(name);
        if (media == null) {
            exchange.setStatusCode(404).endExchange();
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, media.contentType());
        exchange.getResponseSender().send(java.nio.ByteBuffer.wrap(media.bytes()));
    }

    private void record(RecordedRequest request) {
        synchronized (lock) {
            requests.add(request);
        }
    }

    private JsonNode parseJson(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return json.read(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
