package org.switchboard.bench.webhook;

import static org.switchboard.bench.webhook.AsciiBuffer.ascii;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One non-blocking HTTP/1.1 keep-alive connection to the webhook on loopback with at most one POST in flight (no
 * pipelining: Facebook does not pipeline), driven by its client thread's selector. Knows the events in flight, when
 * the POST was meant to go and when it went; reports each answer or failure to the thread's results, and reconnects
 * on the next send after a failure or {@code Connection: close}. Threads: its client thread only.
 */
final class WebhookConnection {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookConnection.class);
    private static final long RESPONSE_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final byte[] CONTENT_LENGTH = ascii("\r\nContent-Length: ");
    private static final byte[] END_OF_HEAD = ascii("\r\n\r\n");

    private final InetSocketAddress address;
    private final byte[] head;
    private final LoadScenario scenario;
    private final SendSchedule schedule;
    private final WebhookBodies bodies;
    private final ClientResults results;
    private final Selector selector;
    private final AsciiBuffer request = new AsciiBuffer(1024);
    private final HttpResponseParser response = new HttpResponseParser();
    private final long[] sequences;
    private SocketChannel channel;
    private SelectionKey key;
    private ByteBuffer unsent;
    private boolean inFlight;
    private int events;
    private long intended;
    private long sentAt;

    WebhookConnection(InetSocketAddress address, String path, LoadScenario scenario, SendSchedule schedule,
                      WebhookBodies bodies, ClientResults results, Selector selector) {
        this.address = address;
        this.head = ascii("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + address.getPort()
                + "\r\nContent-Type: application/json\r\nUser-Agent: switchboard-webhook-load\r\nX-Hub-Signature-256: ");
        this.scenario = scenario;
        this.schedule = schedule;
        this.bodies = bodies;
        this.results = results;
        this.selector = selector;
        this.sequences = new long[scenario.eventsPerPost()];
    }

    boolean inFlight() {
        return inFlight;
    }

    /** Whether a POST should start now: none is in flight and the schedule says so. */
    boolean due(long now) {
        return !inFlight && schedule.due(now);
    }

    /** When this connection's next POST is due if it is idle: {@code now} or later. */
    long nextSend(long now) {
        return schedule.due(now) ? now : schedule.next();
    }

    /** When the POST in flight times out. */
    long deadline() {
        return sentAt + RESPONSE_TIMEOUT_NANOS;
    }

    /** Fails the POST in flight if it has waited longer than 30 s for its response. */
    void timeOutIfLate(long now) {
        if (inFlight && now - deadline() >= 0) {
            fail(new SocketTimeoutException("no response within 30 s"));
        }
    }

    /** Builds, signs and starts the next POST (connecting first if needed); the rest happens in {@link #ready}. */
    void send() {
        intended = schedule.take(System.nanoTime());
        WebhookBodies.SignedBody body = bodies.next(scenario.eventsPerPost(), scenario.pagesPerPost(),
                System.currentTimeMillis(), sequences);
        events = body.events();
        results.sent(sequences, events);
        sentAt = System.nanoTime();
        inFlight = true;
        unsent = request.clear().append(head).append(body.signature()).append(CONTENT_LENGTH)
                .append(body.json().length()).append(END_OF_HEAD).append(body.json().array(), 0, body.json().length())
                .flip();
        response.reset();
        try {
            if (channel == null) {
                connect();
            } else {
                write();
            }
        } catch (IOException e) {
            fail(e);
        }
    }

    /** Goes on with whatever the selector found ready: the connect, the rest of the request, or response bytes. */
    void ready(ByteBuffer readBuffer) {
        try {
            if (key.isConnectable()) {
                channel.finishConnect();
                key.interestOps(SelectionKey.OP_READ);
                write();
            } else if (key.isWritable()) {
                write();
            }
            if (key.isReadable()) {
                read(readBuffer);
            }
        } catch (IOException e) {
            fail(e);
        }
    }

    void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("closing a webhook connection failed: {}", e.getMessage());
            }
            channel = null;
            key = null;
        }
    }

    private void connect() throws IOException {
        channel = SocketChannel.open();
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        boolean connected = channel.connect(address);
        key = channel.register(selector, connected ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT, this);
        if (connected) {
            write();
        }
    }

    private void write() throws IOException {
        channel.write(unsent);
        int ops = unsent.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ;
        if (key.interestOps() != ops) {
            key.interestOps(ops);
        }
    }

    private void read(ByteBuffer readBuffer) throws IOException {
        readBuffer.clear();
        int read = channel.read(readBuffer);
        if (read < 0 && !inFlight) {
            close(); // the webhook closed an idle keep-alive connection: the next send reconnects
            return;
        }
        if (read < 0) {
            throw new EOFException("webhook closed the connection inside a response");
        }
        readBuffer.flip();
        if (!inFlight && readBuffer.hasRemaining()) {
            throw new IOException("webhook sent " + read + " bytes while no request was in flight");
        }
        if (!inFlight || !response.parse(readBuffer)) {
            return;
        }
        if (readBuffer.hasRemaining()) {
            throw new IOException("webhook sent bytes after a complete response");
        }
        long done = System.nanoTime();
        inFlight = false;
        results.answered(response.status(), sequences, events, intended, sentAt, done);
        if (!response.keepAlive() || unsent.hasRemaining()) {
            close();
        }
    }

    private void fail(IOException e) {
        results.error(e.getClass().getSimpleName());
        inFlight = false;
        close();
    }
}
