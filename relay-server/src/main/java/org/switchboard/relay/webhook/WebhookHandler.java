package org.switchboard.relay.webhook;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.SameThreadExecutor;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.accounts.AccountDirectory;
import org.switchboard.relay.inbox.AppendResult;
import org.switchboard.relay.inbox.Inbox;
import org.switchboard.relay.messenger.MalformedWebhookException;
import org.switchboard.relay.messenger.MessengerEvent;
import org.switchboard.relay.messenger.WebhookBatch;
import org.switchboard.relay.messenger.WebhookParser;
import org.switchboard.relay.ops.BoundedBody;
import org.switchboard.relay.ops.Metrics;

/**
 * Facebook's door at {@code /clientweb/fb/webhook}: GET answers the verify handshake; POST verifies the
 * signature over the raw bytes, stores every event of known pages durably and only then answers 200.
 * Nothing is stored from a request that is refused. Threads: bodies are read without blocking the I/O thread;
 * a small body (Facebook's usual one to a few events) is checked and queued for the inbox right there, a larger
 * one on {@code workers}; the answer is written by the thread that completes the inbox commit, so a request
 * costs no thread hand-off besides the inbox's own.
 */
public final class WebhookHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);
    private static final String METRIC = "switchboard_webhook_requests_total";
    /** Facebook waits about 20 s; answer 503 before that so it retries instead of counting a timeout. */
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(15);
    /** Bodies up to this size are parsed and signature-checked on the I/O thread (tens of microseconds). */
    private static final int INLINE_BODY_BYTES = 16 * 1024;

    private final AccountDirectory accounts;
    private final WebhookParser parser;
    private final Inbox inbox;
    private final ExecutorService workers;
    private final Metrics metrics;
    private final int maxBodyBytes;
    private final AppSecretMatcher secrets;
    private final UnknownPageLog unknownPages;

    public WebhookHandler(AccountDirectory accounts, WebhookParser parser, Inbox inbox, ExecutorService workers,
                          Metrics metrics, int maxBodyBytes) {
        this.accounts = accounts;
        this.parser = parser;
        this.inbox = inbox;
        this.workers = workers;
        this.metrics = metrics;
        this.maxBodyBytes = maxBodyBytes;
        this.secrets = new AppSecretMatcher(accounts);
        this.unknownPages = new UnknownPageLog(metrics);
        metrics.describe(METRIC, "Webhook requests by result");
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        if (Methods.GET.equals(exchange.getRequestMethod())) {
            verify(exchange);
        } else if (Methods.POST.equals(exchange.getRequestMethod())) {
            receive(exchange);
        } else {
            exchange.getResponseHeaders().put(Headers.ALLOW, "GET, POST");
            respond(exchange, 405, "method not allowed");
        }
    }

    private void verify(HttpServerExchange exchange) {
        String mode = query(exchange, "hub.mode");
        String token = query(exchange, "hub.verify_token");
        String challenge = query(exchange, "hub.challenge");
        if ("subscribe".equals(mode) && challenge != null && accounts.hasVerifyToken(token)) {
            LOG.info("webhook verified by Facebook");
            metrics.count(METRIC, "result", "verified");
            respond(exchange, 200, challenge);
        } else {
            LOG.warn("webhook verification refused: mode={}, challenge {}, verify token {}", mode,
                    challenge == null ? "missing" : "present", token == null ? "missing" : "not matching any account");
            metrics.count(METRIC, "result", "verify_refused");
            respond(exchange, 403, "verify token does not match");
        }
    }

    private void receive(HttpServerExchange exchange) {
        BoundedBody.receive(exchange, maxBodyBytes, SameThreadExecutor.INSTANCE, (ex, body) -> {
            if (body.length <= INLINE_BODY_BYTES) {
                store(ex, body);
            } else {
                workers.execute(() -> store(ex, body));
            }
        }, (ex, status, reason) -> refuse(ex, status, status == 413 ? "body too large" : "unreadable body", reason));
    }

    private void store(HttpServerExchange exchange, byte[] body) {
        WebhookBatch batch;
        try {
            batch = parser.parse(body);
        } catch (MalformedWebhookException e) {
            refuse(exchange, 400, "malformed", e.getMessage());
            return;
        }
        String signature = exchange.getRequestHeaders().getFirst("X-Hub-Signature-256");
        if (!secrets.verifies(body, signature, batch.pageIds())) {
            refuse(exchange, 403, "bad signature", signature == null ? "X-Hub-Signature-256 missing"
                    : "X-Hub-Signature-256 does not match the app secret of pages " + batch.pageIds());
            return;
        }
        Set<String> unknown = unknownPages.unknownAmong(batch.pageIds(), accounts);
        List<MessengerEvent> events = batch.events().stream().filter(e -> !unknown.contains(e.pageId())).toList();
        unknownPages.count(batch.events().size() - events.size());
        // This thread is free again at once; the answer is written when the group commit of these events is done.
        inbox.append(events).orTimeout(STORE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((result, error) -> exchange.getIoThread().execute(() -> answer(exchange, result, error)));
    }

    private void answer(HttpServerExchange exchange, AppendResult result, Throwable error) {
        if (error != null) {
            // Not stored: 503 makes Facebook retry later, and dedupe absorbs any part that did get in.
            LOG.error("webhook events not stored ({}); answering 503 so Facebook retries", error.getMessage());
            metrics.count(METRIC, "result", "store_failed");
            respond(exchange, 503, "temporarily unable to store events");
            return;
        }
        metrics.count(METRIC, "result", "stored");
        metrics.add("switchboard_events_stored_total", result.stored().size());
        metrics.add("switchboard_events_duplicate_total", result.duplicates());
        respond(exchange, 200, "EVENT_RECEIVED");
    }

    private void refuse(HttpServerExchange exchange, int status, String result, String reason) {
        LOG.warn("webhook POST refused with {} from {}: {}", status, exchange.getSourceAddress(), reason);
        metrics.count(METRIC, "result", result.replace(' ', '_'));
        respond(exchange, status, result);
    }

    private static void respond(HttpServerExchange exchange, int status, String text) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
        exchange.getResponseSender().send(text);
    }

    private static String query(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return Optional.ofNullable(values).map(Deque::peekFirst).orElse(null);
    }

    @Override
    public String toString() {
        return "messengerWebhook(maxBody=" + maxBodyBytes + ")";
    }
}
