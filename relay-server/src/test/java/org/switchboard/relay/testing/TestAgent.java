package org.switchboard.relay.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.switchboard.protocol.AgentState;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.PhoneDevice;
import org.switchboard.protocol.ProtocolVersion;
import org.switchboard.protocol.ProtocolCodec;
import org.switchboard.protocol.ServerMessage;

/** A scripted desktop for relay tests: a real WebSocket client that sends commands and awaits typed messages. */
public final class TestAgent implements AutoCloseable {
    private final ProtocolCodec codec = new ProtocolCodec();
    private final BlockingQueue<ServerMessage> received = new LinkedBlockingQueue<>();
    private final List<ServerMessage> seen = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final WebSocket socket;

    private TestAgent(URI relay) {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://" + relay.getAuthority() + "/agent/ws"), new Collector()).join();
    }

    public static TestAgent connect(URI relay) {
        return new TestAgent(relay);
    }

    /** Connects, logs in and goes Ready; returns the agent once the relay confirms Ready. */
    public static TestAgent ready(URI relay, String username, String password) {
        TestAgent agent = connect(relay);
        agent.send(id -> new ClientMessage.Login(id, ProtocolVersion.CURRENT, username, password, PhoneDevice.softphone()));
        agent.await(ServerMessage.LoginOk.class);
        agent.send(id -> new ClientMessage.SetState(id, AgentState.READY, null));
        agent.await(ServerMessage.StateChanged.class, s -> s.state() == AgentState.READY);
        return agent;
    }

    /** Sends the command built with a fresh id; returns that id. */
    public String send(java.util.function.Function<String, ClientMessage> command) {
        String id = "t" + ids.incrementAndGet();
        socket.sendText(codec.encode(command.apply(id)), true).join();
        return id;
    }

    /** Waits (bounded) for the next message of {@code type}, skipping others. */
    public <T extends ServerMessage> T await(Class<T> type) {
        return await(type, message -> true);
    }

    /** Waits (bounded) for the next message of {@code type} that matches, skipping others. */
    public <T extends ServerMessage> T await(Class<T> type, java.util.function.Predicate<T> matching) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                ServerMessage next = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    break;
                }
                seen.add(next);
                if (type.isInstance(next) && matching.test(type.cast(next))) {
                    return type.cast(next);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within 10 s; got " + seen);
    }

    /** Whether a message of {@code type} has arrived and not been awaited yet. */
    public boolean hasPending(Class<? extends ServerMessage> type) {
        return received.stream().anyMatch(type::isInstance);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(error -> null).join();
        }
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(codec.decodeServer(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
