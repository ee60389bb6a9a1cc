package org.switchboard.sim;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.UUID;

/** An HTTP answer of the fake Graph API, decided under its lock and written (maybe later) outside it. */
record FakeGraphAnswer(int status, String contentType, String body) {

    static FakeGraphAnswer json(int status, String body) {
        return new FakeGraphAnswer(status, "application/json; charset=UTF-8", body);
    }

    static FakeGraphAnswer error(FakeGraphError error, FacebookJson json) {
        String body = error.json(json, "Fake" + UUID.randomUUID().toString().substring(0, 8));
        return body == null ? new FakeGraphAnswer(error.httpStatus(), "text/plain", error.message())
                : json(error.httpStatus(), body);
    }

    void writeTo(HttpServerExchange exchange) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        exchange.getResponseSender().send(body);
    }
}
