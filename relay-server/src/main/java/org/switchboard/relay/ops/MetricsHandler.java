package org.switchboard.relay.ops;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

/** {@code /metrics}: the counters in Prometheus text format. */
public final class MetricsHandler implements HttpHandler {
    private final Metrics metrics;

    public MetricsHandler(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; version=0.0.4; charset=UTF-8");
        exchange.getResponseSender().send(metrics.render());
    }

    @Override
    public String toString() {
        return "metrics()";
    }
}
