package org.switchboard.bench.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives a client thread against a loopback webhook that splits its responses and sometimes closes connections. */
class LoadClientTest {
    private static final List<String> PAGES = List.of("100000000000001", "100000000000002");

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger malformed = new AtomicInteger();
    private ServerSocket server;

    @BeforeEach
    void startWebhook() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    socket.setTcpNoDelay(true);
                    Thread handler = new Thread(() -> answer(socket), "fake-webhook");
                    handler.setDaemon(true);
                    handler.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "fake-webhook-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stopWebhook() throws IOException {
        server.close();
    }

    @Test
    void closedLoopGetsEveryPostAnsweredThroughSplitResponsesAndReconnects() throws Exception {
        var scenario = new LoadScenario("test", 3, 2, 4, 0, 10, Duration.ZERO, Duration.ofSeconds(1));

        ClientResults results = run(scenario, List.of(0, 1, 2, 3), false);

        assertThat(results.errors).isEmpty();
        assertThat(malformed).hasValue(0);
        assertThat(results.acknowledged).isEqualTo(results.sent);
        assertThat(results.sent.cardinality()).isEqualTo(3 * requests.get());
        assertThat(results.measuredPosts).isGreaterThan(20);
        assertThat(results.measuredEvents).isEqualTo(3 * results.measuredPosts);
        assertThat(results.latencies.count()).isEqualTo((int) results.measuredPosts);
    }

    @Test
    void fixedRateSendsOnItsScheduleWithAPacer() throws Exception {
        var scenario = new LoadScenario("test", 1, 1, 2, 200, 10, Duration.ZERO, Duration.ofSeconds(1));

        ClientResults results = run(scenario, List.of(0, 1), true);

        assertThat(results.errors).isEmpty();
        assertThat(results.acknowledged).isEqualTo(results.sent);
        assertThat(requests.get()).isBetween(190, 201);
        assertThat(results.measuredPosts).isBetween(150L, 201L);
    }

    private ClientResults run(LoadScenario scenario, List<Integer> connections, boolean paced) throws Exception {
        long start = System.nanoTime();
        var clock = new RunClock(start, start, start + scenario.measure().toNanos());
        var bodies = new WebhookBodies(PAGES, "secret", 10, 10, new AtomicLong(), 1);
        var client = new LoadClient(scenario, clock, (InetSocketAddress) server.getLocalSocketAddress(), "/webhook",
                bodies, connections);
        Thread thread = new Thread(client, "webhook-client-0");
        thread.start();
        if (paced) {
            Thread pacer = new Thread(new SendPacer(client.selector(), connections.stream()
                    .map(i -> SendSchedule.of(scenario, clock, i)).toList(), clock), "webhook-client-pacer-0");
            pacer.setDaemon(true);
            pacer.start();
        }
        thread.join(TimeUnit.SECONDS.toMillis(20));
        assertThat(thread.isAlive()).isFalse();
        return client.results;
    }

    /** Answers each request 200; every 3rd in pieces, every 7th with Connection: close (then closes). */
    private void answer(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            for (int n = 1; ; n++) {
                int length = -1;
                boolean signed = false;
                for (String line = line(in); !line.isEmpty(); line = line(in)) {
                    if (line.startsWith("Content-Length: ")) {
                        length = Integer.parseInt(line.substring(16));
                    }
                    signed |= line.startsWith("X-Hub-Signature-256: sha256=");
                }
                if (length < 0 || !signed || in.readNBytes(length).length != length) {
                    malformed.incrementAndGet();
                    return;
                }
                requests.incrementAndGet();
                boolean close = n % 7 == 0;
                byte[] response = ("HTTP/1.1 200 OK\r\n" + (close ? "Connection: close\r\n" : "")
                        + "Content-Length: 14\r\n\r\nEVENT_RECEIVED").getBytes(StandardCharsets.US_ASCII);
                if (n % 3 == 0) {
                    for (int at = 0; at < response.length; at += 10) {
                        out.write(response, at, Math.min(10, response.length - at));
                        out.flush();
                        Thread.sleep(1);
                    }
                } else {
                    out.write(response);
                    out.flush();
                }
                if (close) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client closed at the end of its run
        }
    }

    private static String line(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("client closed");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
