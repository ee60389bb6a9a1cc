package org.switchboard.relay.ops;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.function.BooleanSupplier;

/** {@code /healthz}: 200 once the relay accepts events, 503 while starting or stopping. */
public final class HealthHandler implements HttpHandler {
    private final BooleanSupplier ready;

    public HealthHandler(BooleanSupplier ready) {
        this.ready = ready;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        boolean up = ready.getAsBoolean();
        exchange.setStatusCode(up ? 200 : 503);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
        exchange.getResponseSender().send(up ? "ok" : "starting");
    }

    @Override
    public String toString() {
        return "healthz()";
    }
}
