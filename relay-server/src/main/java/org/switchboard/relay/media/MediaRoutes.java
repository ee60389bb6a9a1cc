package org.switchboard.relay.media;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Methods;

/** {@code /media}: POST uploads a file, anything else is a download of {@code /media/<id>}. */
public final class MediaRoutes implements HttpHandler {
    private final HttpHandler downloads;
    private final HttpHandler uploads;

    public MediaRoutes(HttpHandler downloads, HttpHandler uploads) {
        this.downloads = downloads;
        this.uploads = uploads;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        boolean upload = Methods.POST.equals(exchange.getRequestMethod())
                && (exchange.getRelativePath().isEmpty() || "/".equals(exchange.getRelativePath()));
        (upload ? uploads : downloads).handleRequest(exchange);
    }

    @Override
    public String toString() {
        return "media(get=" + downloads + ", post=" + uploads + ")";
    }
}
