package org.switchboard.desktop;

import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.AgentState;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.ProtocolCodec;
import org.switchboard.protocol.ServerMessage;

/**
 * A scripted relay on 127.0.0.1: answers login itself (password "secret" passes), records every command
 * and lets a test push any server message. Java-WebSocket calls it on its own threads, hence the
 * concurrent collections.
 */
final class FakeRelay extends WebSocketServer {
    private static final Logger LOG = LoggerFactory.getLogger(FakeRelay.class);
    static final String PASSWORD = "secret";
    static final String MEDIA_TOKEN = "media-token-for-alice";

    private final ProtocolCodec codec = new ProtocolCodec();
    private final List<ClientMessage> received = new CopyOnWriteArrayList<>();
    private final AtomicLong seq = new AtomicLong();
    private final CountDownLatch started = new CountDownLatch(1);

    private FakeRelay(int port) {
        super(new InetSocketAddress("127.0.0.1", port));
        setReuseAddr(true);
    }

    /** Starts on a free port ({@code 0}) or on the port of a relay that stopped. */
    static FakeRelay start(int port) throws InterruptedException {
        FakeRelay relay = new FakeRelay(port);
        relay.start();
        if (!relay.started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake relay did not start on 127.0.0.1:" + port);
        }
        return relay;
    }

    String url() {
        return "http://127.0.0.1:" + getPort();
    }

    long seq() {
        return seq.incrementAndGet();
    }

    void push(ServerMessage message) {
        broadcast(codec.encode(message));
    }

    List<ClientMessage> received() {
        return List.copyOf(received);
    }

    /** Waits for the {@code index}-th command (from 0) of {@code type}. */
    <T extends ClientMessage> T awaitCommand(Class<T> type, int index) {
        await().atMost(Duration.ofSeconds(10)).until(() -> commands(type).size() > index);
        return commands(type).get(index);
    }

    <T extends ClientMessage> List<T> commands(Class<T> type) {
        return received.stream().filter(type::isInstance).map(type::cast).toList();
    }

    void shutDown() throws InterruptedException {
        stop(2_000);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        if (!"/agent/ws".equals(handshake.getResourceDescriptor())) {
            conn.close(1008, "no agent endpoint at " + handshake.getResourceDescriptor());
        }
    }

    @Override
    public void onMessage(WebSocket conn, String frame) {
        ClientMessage message = codec.decodeClient(frame);
        received.add(message);
        if (message instanceof ClientMessage.Login login) {
            conn.send(codec.encode(PASSWORD.equals(login.password())
                    ? new ServerMessage.LoginOk(seq(), login.id(), 1, login.username(), "Alice Agent", List.of("agent"),
                    AgentState.NOT_READY, MEDIA_TOKEN)
                    : new ServerMessage.LoginFailed(seq(), login.id(), "Wrong username or password")));
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        LOG.info("fake relay: desktop disconnected, code {}", code);
    }

    @Override
    public void onError(WebSocket conn, Exception e) {
        LOG.warn("fake relay error", e);
    }
}
