package org.switchboard.relay.media;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /media/{id}}: serves a stored file to authorized agents only. The token comes from
 * {@code Authorization: Bearer <token>} or, for {@code <img>}-style loads, a {@code ?token=} query parameter; it is
 * never logged. Answers 401 without a valid token, 400 for a malformed id, 404 for an unknown one, 304 when the
 * client's ETag matches. The file is content-addressed, so it is cacheable forever by the one client that fetched it.
 * Threads: dispatches itself from the I/O thread to a worker before the access check and the file read.
 */
public final class MediaHandler implements HttpHandler {
    static final String CACHE_CONTROL = "private, max-age=31536000, immutable";

    private static final String BEARER = "bearer ";
    private static final HttpString NO_SNIFF = HttpString.tryFromString("X-Content-Type-Options");
    private static final HttpString CSP = HttpString.tryFromString("Content-Security-Policy");

    private final MediaStore store;
    private final MediaAccess access;

    public MediaHandler(MediaStore store, MediaAccess access) {
        this.store = Objects.requireNonNull(store, "media handler: store is missing");
        this.access = Objects.requireNonNull(access, "media handler: access is missing");
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        boolean head = Methods.HEAD.equals(exchange.getRequestMethod());
        if (!head && !Methods.GET.equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
            answer(exchange, 405, "media: only GET and HEAD are allowed");
            return;
        }
        String token = token(exchange);
        if (token == null || !access.allows(token)) {
            exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer realm=\"media\"");
            answer(exchange, 401, "media: a valid agent token is required");
            return;
        }
        String id = lastSegment(exchange.getRelativePath());
        if (!StoredMedia.isId(id)) {
            answer(exchange, 400, "media: the id must be 64 lowercase hex characters");
            return;
        }
        Optional<StoredMedia> media = store.find(id);
        if (media.isEmpty()) {
            answer(exchange, 404, "media: no file with this id");
            return;
        }
        serve(exchange, media.get(), head);
    }

    private void serve(HttpServerExchange exchange, StoredMedia media, boolean head) throws Exception {
        String etag = "\"" + media.id() + "\"";
        var headers = exchange.getResponseHeaders();
        headers.put(Headers.ETAG, etag);
        headers.put(Headers.CACHE_CONTROL, CACHE_CONTROL);
        if (etag.equals(exchange.getRequestHeaders().getFirst(Headers.IF_NONE_MATCH))) {
            exchange.setStatusCode(304).endExchange();
            return;
        }
        headers.put(Headers.CONTENT_TYPE, media.contentType());
        headers.put(Headers.CONTENT_LENGTH, media.size());
        headers.put(NO_SNIFF, "nosniff");
        headers.put(CSP, "default-src 'none'; sandbox");
        if (head) {
            exchange.endExchange();
            return;
        }
        exchange.startBlocking();
        try (InputStream in = store.open(media.id()); OutputStream out = exchange.getOutputStream()) {
            in.transferTo(out);
        } catch (NoSuchFileException e) {
            if (exchange.isResponseStarted()) {
                throw e;
            }
            headers.remove(Headers.CONTENT_LENGTH);
            answer(exchange, 404, "media: no file with this id");
        }
    }

    private static String token(HttpServerExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return nonBlank(header.substring(BEARER.length()).strip());
        }
        Deque<String> query = exchange.getQueryParameters().get("token");
        return query == null ? null : nonBlank(query.peekFirst());
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The id is the last path segment, whether the handler is mounted under a {@code /media} prefix or not. */
    private static String lastSegment(String path) {
        return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    }

    private static void answer(HttpServerExchange exchange, int status, String text) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
        exchange.getResponseSender().send(text);
    }

    @Override
    public String toString() {
        return "media(" + store + ")";
    }
}
