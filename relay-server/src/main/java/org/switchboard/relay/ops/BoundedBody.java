package org.switchboard.relay.ops;

import io.undertow.server.HttpServerExchange;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.Executor;

/**
 * Reads a request body without blocking the I/O thread and refuses it past a limit, whatever the headers
 * claimed (a missing or wrong Content-Length included); a body that fits is handed on through an executor.
 */
public final class BoundedBody {
    /** Gets a complete body that fits, on the executor given to {@link #receive}; the exchange stays open. */
    @FunctionalInterface
    public interface Handler {
        void body(HttpServerExchange exchange, byte[] bytes);
    }

    /** Answers a body that was too large (413) or could not be read (400); {@code reason} is for the log. */
    @FunctionalInterface
    public interface Refusal {
        void refuse(HttpServerExchange exchange, int status, String reason);
    }

    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private BoundedBody(int limit) {
        this.limit = limit;
    }

    /** {@code executor} is a worker pool, or {@code SameThreadExecutor.INSTANCE} for a handler that never blocks. */
    public static void receive(HttpServerExchange exchange, int limit, Executor executor, Handler handler, Refusal refusal) {
        long declared = exchange.getRequestContentLength();
        if (declared > limit) {
            refusal.refuse(exchange, 413, "declared " + declared + " bytes > limit " + limit);
            return;
        }
        BoundedBody body = new BoundedBody(limit);
        exchange.getRequestReceiver().receivePartialBytes((ex, chunk, last) -> {
            if (!body.append(chunk)) {
                ex.getRequestReceiver().pause();
                ex.setPersistent(false);
                refusal.refuse(ex, 413, "over the limit of " + limit + " bytes (no or wrong Content-Length)");
            } else if (last) {
                byte[] complete = body.bytes.toByteArray();
                ex.dispatch(executor, () -> handler.body(ex, complete));
            }
        }, (ex, error) -> refusal.refuse(ex, 400, error.getClass().getSimpleName() + ": " + error.getMessage()));
    }

    /** Adds the chunk; false once the body is over the limit (the chunk is then dropped). */
    private boolean append(byte[] chunk) {
        if (bytes.size() + chunk.length > limit) {
            return false;
        }
        bytes.write(chunk, 0, chunk.length);
        return true;
    }
}
