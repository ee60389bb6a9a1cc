package org.switchboard.relay.media;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.ops.BoundedBody;

/**
 * {@code POST /media}: a logged-in desktop uploads a file it wants to send; the answer names the stored file
 * ({@code 201 {"id","contentType","size"}}), which the desktop then sends with {@code send.mediaId}.
 * The body is read without blocking the I/O thread and refused past the store's limit.
 */
public final class MediaUploadHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(MediaUploadHandler.class);

    private final MediaStore store;
    private final MediaAccess access;
    private final Executor workers;

    public MediaUploadHandler(MediaStore store, MediaAccess access, Executor workers) {
        this.store = store;
        this.access = access;
        this.workers = workers;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
        if (!access.allows(token)) {
            respond(exchange, 401, "{\"error\":\"log in first: a valid media token is required\"}");
            return;
        }
        String declaredType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        BoundedBody.receive(exchange, (int) Math.min(Integer.MAX_VALUE, store.maxBytes()), workers,
                (ex, bytes) -> save(ex, bytes, declaredType), (ex, status, reason) -> respond(ex, status, status == 413
                        ? "{\"error\":\"the file is too large: " + reason + "\"}" : "{\"error\":\"upload interrupted\"}"));
    }

    private void save(HttpServerExchange exchange, byte[] bytes, String declaredType) {
        if (bytes.length == 0) {
            respond(exchange, 400, "{\"error\":\"the file is empty\"}");
            return;
        }
        String sniffed = MagicBytes.contentTypeOf(bytes);
        String type = MagicBytes.OCTET_STREAM.equals(sniffed) && declaredType != null && !declaredType.isBlank()
                ? declaredType.split(";")[0].trim() : sniffed;
        try {
            StoredMedia stored = store.save(bytes, type);
            LOG.info("stored upload {} ({} bytes, {})", stored.id(), stored.size(), stored.contentType());
            respond(exchange, 201, "{\"id\":\"" + stored.id() + "\",\"contentType\":\"" + stored.contentType().replace("\"", "")
                    + "\",\"size\":" + stored.size() + "}");
        } catch (MediaTooLargeException e) {
            respond(exchange, 413, "{\"error\":\"" + e.getMessage() + "\"}");
        }
    }

    private static void respond(HttpServerExchange exchange, int status, String json) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(json);
    }

    @Override
    public String toString() {
        return "mediaUpload(" + store + ")";
    }
}
