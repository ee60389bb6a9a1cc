package org.switchboard.relay.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.switchboard.relay.routing.ServiceStats;

/**
 * {@code /stats}: live figures per service as JSON — waiting chats, longest wait, estimated wait, service level
 * and occupancy — for wallboards and supervisors. Like {@code /metrics}, keep it behind the reverse proxy.
 */
public final class StatsHandler implements HttpHandler {
    private final ObjectMapper json = new ObjectMapper();
    private final Supplier<CompletableFuture<List<ServiceStats>>> stats;
    private final Executor workers;

    public StatsHandler(Supplier<CompletableFuture<List<ServiceStats>>> stats, Executor workers) {
        this.stats = stats;
        this.workers = workers;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        exchange.dispatch(workers, () -> stats.get().orTimeout(5, TimeUnit.SECONDS).whenComplete((list, error) -> {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            if (error != null) {
                exchange.setStatusCode(503);
                exchange.getResponseSender().send("{\"error\":\"statistics not available right now\"}");
                return;
            }
            ArrayNode services = json.createArrayNode();
            for (ServiceStats s : list) {
                services.addObject().put("service", s.service()).put("waiting", s.waiting())
                        .put("longestWaitSeconds", s.longestWait().toSeconds())
                        .put("estimatedWaitSeconds", s.estimatedWait().toSeconds())
                        .put("serviceLevelPercent", s.serviceLevelPercent())
                        .put("occupancyPercent", s.occupancyPercent());
            }
            exchange.getResponseSender().send(json.createObjectNode().set("services", services).toString());
        }));
    }

    @Override
    public String toString() {
        return "stats()";
    }
}
