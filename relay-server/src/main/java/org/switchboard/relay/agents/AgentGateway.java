package org.switchboard.relay.agents;

import io.undertow.websockets.WebSocketConnectionCallback;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.spi.WebSocketHttpExchange;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.ProtocolCodec;
import org.switchboard.protocol.ProtocolException;
import org.switchboard.protocol.ProtocolVersion;
import org.switchboard.protocol.ServerMessage;

/**
 * The desktops' WebSocket endpoint ({@code /agent/ws}): decodes frames, authenticates the first {@code login}
 * (bcrypt, off the I/O thread) and passes everything else of an authenticated connection to {@link AgentEvents}.
 * Threads: frames arrive on Undertow I/O threads and are handed to {@code workers} in arrival order per connection.
 */
public final class AgentGateway implements WebSocketConnectionCallback {
    private static final Logger LOG = LoggerFactory.getLogger(AgentGateway.class);
    private static final String BAD_LOGIN = "Wrong username or password.";

    private final ProtocolCodec codec = new ProtocolCodec();
    private final AgentStore agents;
    private final PasswordHasher hasher;
    private final AgentEvents events;
    private final ExecutorService workers;
    private final AtomicLong connectionIds = new AtomicLong();

    public AgentGateway(AgentStore agents, PasswordHasher hasher, AgentEvents events, ExecutorService workers) {
        this.agents = agents;
        this.hasher = hasher;
        this.events = events;
        this.workers = workers;
    }

    @Override
    public void onConnect(WebSocketHttpExchange exchange, WebSocketChannel channel) {
        AgentConnection connection = new AgentConnection(channel, codec, "ws-" + connectionIds.incrementAndGet());
        LOG.info("{} opened from {}", connection, channel.getSourceAddress());
        SerialLane lane = new SerialLane(workers);
        channel.getReceiveSetter().set(new AbstractReceiveListener() {
            @Override
            protected void onFullTextMessage(WebSocketChannel ch, BufferedTextMessage message) {
                String frame = message.getData();
                lane.run(() -> receive(connection, frame));
            }

            @Override
            protected void onCloseMessage(io.undertow.websockets.core.CloseMessage cm, WebSocketChannel ch) {
                LOG.info("{} closed by the desktop ({})", connection, cm.getCode());
            }
        });
        channel.addCloseTask(ch -> lane.run(() -> {
            if (connection.username() != null) {
                events.disconnected(connection);
            }
        }));
        channel.resumeReceives();
    }

    private void receive(AgentConnection connection, String frame) {
        ClientMessage message;
        try {
            message = codec.decodeClient(frame);
        } catch (ProtocolException e) {
            LOG.warn("{} sent a bad frame: {}", connection, e.getMessage());
            connection.push(seq -> new ServerMessage.Error(seq, null, "bad-frame", e.getMessage()));
            return;
        }
        if (message instanceof ClientMessage.Login login) {
            login(connection, login);
        } else if (connection.username() == null) {
            connection.push(seq -> new ServerMessage.Error(seq, message.id(), "not-logged-in", "Log in first."));
        } else if (message instanceof ClientMessage.Unknown unknown) {
            connection.push(seq -> new ServerMessage.Error(seq, unknown.id(), "unsupported",
                    "This relay does not support '" + unknown.type() + "'; update the relay or use a matching desktop."));
        } else {
            events.command(connection, message);
        }
    }

    private void login(AgentConnection connection, ClientMessage.Login login) {
        if (connection.username() != null) {
            connection.push(seq -> new ServerMessage.Error(seq, login.id(), "already-logged-in",
                    "Already logged in as " + connection.username() + "."));
            return;
        }
        if (!ProtocolVersion.isCompatible(login.protocolVersion())) {
            refuse(connection, login, "This desktop speaks protocol v" + login.protocolVersion() + " but the relay speaks v"
                    + ProtocolVersion.CURRENT + ". Install the matching Agent Desktop.");
            return;
        }
        var account = agents.byUsername(login.username())
                .filter(agent -> hasher.matches(login.password(), agent.passwordHash()));
        if (account.isEmpty()) {
            LOG.warn("{}: login refused for username '{}'", connection, login.username());
            refuse(connection, login, BAD_LOGIN);
            return;
        }
        connection.loggedInAs(account.get().username());
        LOG.info("{} logged in with {}", connection, login.phoneDevice().kind());
        events.loggedIn(connection, account.get(), login.id(), login.phoneDevice());
    }

    private static void refuse(AgentConnection connection, ClientMessage.Login login, String reason) {
        connection.push(seq -> new ServerMessage.LoginFailed(seq, login.id(), reason));
    }

    @Override
    public String toString() {
        return "agentGateway()";
    }
}
