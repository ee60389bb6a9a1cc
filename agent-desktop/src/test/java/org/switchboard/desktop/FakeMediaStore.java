package org.switchboard.desktop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The relay's media endpoints on 127.0.0.1 for GUI tests: serves files put in it at {@code /media/<sha-256>} to
 * requests with {@link FakeRelay#MEDIA_TOKEN}, and stores {@code POST /media} uploads the same way.
 * The JDK server calls it on its own thread, hence the concurrent collections.
 */
final class FakeMediaStore {
    /** A stored file. */
    record File(byte[] bytes, String contentType) {
    }

    private final HttpServer server;
    private final Map<String, File> files = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private FakeMediaStore(HttpServer server) {
        this.server = server;
    }

    static FakeMediaStore start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeMediaStore store = new FakeMediaStore(server);
        server.createContext("/media", store::handle);
        server.start();
        return store;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Stores {@code bytes} and returns its relay path {@code /media/<id>}. */
    String put(byte[] bytes, String contentType) {
        String id = sha256(bytes);
        files.put(id, new File(bytes, contentType));
        return "/media/" + id;
    }

    /** "METHOD path authorization" of every request so far. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path + " " + authorization);
            if (!("Bearer " + FakeRelay.MEDIA_TOKEN).equals(authorization)) {
                exchange.sendResponseHeaders(401, -1);
            } else if ("POST".equals(exchange.getRequestMethod())) {
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                String id = put(body, type).substring("/media/".length());
                byte[] answer = ("{\"id\":\"" + id + "\",\"contentType\":\"" + type + "\",\"size\":" + body.length + "}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(201, answer.length);
                exchange.getResponseBody().write(answer);
            } else {
                File file = files.get(path.substring(path.lastIndexOf('/') + 1));
                if (file == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", file.contentType());
                exchange.sendResponseHeaders(200, file.bytes().length);
                exchange.getResponseBody().write(file.bytes());
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
