package org.switchboard.relay.agents;

import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.io.IOException;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.ProtocolCodec;
import org.switchboard.protocol.ServerMessage;

/**
 * One desktop's WebSocket. Numbers every pushed message with the connection's next {@code seq} and writes
 * frames in that order. Threads: {@link #push} from any thread; the lock keeps seq order equal to wire order.
 */
public final class AgentConnection {
    private static final Logger LOG = LoggerFactory.getLogger(AgentConnection.class);

    private final WebSocketChannel channel;
    private final ProtocolCodec codec;
    private final String id;
    private long seq;
    private volatile String username;

    AgentConnection(WebSocketChannel channel, ProtocolCodec codec, String id) {
        this.channel = channel;
        this.codec = codec;
        this.id = id;
    }

    /** Builds the message with the next seq and sends it; a closed connection drops it (the desktop resyncs on login). */
    public synchronized void push(LongFunction<ServerMessage> message) {
        ServerMessage built = message.apply(++seq);
        if (!channel.isOpen()) {
            LOG.debug("connection {} closed; dropped {}", id, built.getClass().getSimpleName());
            return;
        }
        WebSockets.sendText(codec.encode(built), channel, null);
    }

    public void close() {
        try {
            channel.sendClose();
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing connection {}: {}", id, e.getMessage());
        }
    }

    public String id() {
        return id;
    }

    /** The agent logged in on this connection, or null before login. */
    public String username() {
        return username;
    }

    void loggedInAs(String agentUsername) {
        this.username = agentUsername;
    }

    @Override
    public String toString() {
        return "connection " + id + (username == null ? "" : " (" + username + ")");
    }
}
