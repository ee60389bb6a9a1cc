package org.switchboard.desktop.net;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.ProtocolCodec;
import org.switchboard.protocol.ProtocolException;
import org.switchboard.protocol.ServerMessage;

/**
 * One WebSocket link to the relay. Connecting, sending and closing run on the {@code io} executor (never
 * the EDT); once {@link #keepAlive()} was called a lost link is reopened after {@link Backoff} delays.
 * {@link RelayLink.Listener} methods run on Java-WebSocket's socket thread or on {@code io}, never on the EDT.
 */
public final class RelayConnection implements RelayLink {
    private static final Logger LOG = LoggerFactory.getLogger(RelayConnection.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final URI uri;
    private final ProtocolCodec codec;
    private final ScheduledExecutorService io;
    private final Backoff backoff;
    private final DoubleSupplier random;
    private volatile Listener listener;
    private volatile Socket socket;
    private volatile boolean keepAlive;
    private volatile boolean closed;
    /** Reconnect attempts since the last open link; touched only on {@code io}. */
    private int attempt;

    public RelayConnection(ServerAddress address, ProtocolCodec codec, ScheduledExecutorService io, Backoff backoff,
                           DoubleSupplier random) {
        this.uri = address.uri();
        this.codec = codec;
        this.io = io;
        this.backoff = backoff;
        this.random = random;
    }

    public URI uri() {
        return uri;
    }

    @Override
    public void open(Listener newListener) {
        listener = newListener;
        onIo(this::connect);
    }

    @Override
    public void keepAlive() {
        keepAlive = true;
    }

    /** Sends if the link is open; otherwise logs and drops it (unacknowledged sends are replayed after re-login). */
    @Override
    public void send(ClientMessage message) {
        onIo(() -> {
            Socket current = socket;
            try {
                if (current == null || !current.isOpen()) {
                    throw new WebsocketNotConnectedException();
                }
                current.send(codec.encode(message));
            } catch (WebsocketNotConnectedException e) {
                LOG.info("not connected to {}; command {} not sent now", uri, message.id());
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        onIo(() -> {
            Socket current = socket;
            if (current != null) {
                current.close();
            }
        });
    }

    private void connect() {
        if (closed) {
            return;
        }
        LOG.info("connecting to {}", uri);
        Socket next = new Socket(uri);
        socket = next;
        next.connect();
    }

    private void dropped(Socket which, String reason) {
        onIo(() -> {
            if (closed || which != socket) {
                return;
            }
            if (!keepAlive) {
                listener.failed(reason);
                return;
            }
            attempt++;
            Optional<Duration> delay = backoff.delayBefore(attempt, random.getAsDouble());
            if (delay.isEmpty()) {
                LOG.warn("giving up on {} after {} reconnect attempts", uri, attempt - 1);
                listener.failed(reason);
                return;
            }
            LOG.info("link to {} lost ({}); reconnect attempt {} in {} ms", uri, reason, attempt, delay.get().toMillis());
            listener.lost(reason, delay.get());
            try {
                io.schedule(logged(this::connect), delay.get().toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                LOG.debug("I/O executor for {} is shut down; no reconnect", uri, e);
            }
        });
    }

    /** Runs {@code task} on {@code io}; once the app has shut {@code io} down there is nothing left to do. */
    private void onIo(Runnable task) {
        try {
            io.execute(logged(task));
        } catch (RejectedExecutionException e) {
            LOG.debug("I/O executor for {} is shut down; task dropped", uri, e);
        }
    }

    /** A scheduled executor keeps a task's exception in a Future nobody reads; log it instead. */
    private Runnable logged(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("relay I/O task for {} failed", uri, e);
            }
        };
    }

    /** Java-WebSocket calls these on its own socket thread. */
    private final class Socket extends WebSocketClient {
        private volatile String lastError;

        Socket(URI target) {
            super(target, new Draft_6455(), null, CONNECT_TIMEOUT_MILLIS);
            setDaemon(true);
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
            LOG.info("connected to {}", uri);
            onIo(() -> attempt = 0);
            listener.opened();
        }

        @Override
        public void onMessage(String frame) {
            ServerMessage message;
            try {
                message = codec.decodeServer(frame);
            } catch (ProtocolException e) {
                LOG.warn("dropping a frame from {}: {}", uri, e.getMessage());
                return;
            }
            listener.received(message);
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            String why = lastError != null ? lastError
                    : reason == null || reason.isBlank() ? "closed (code " + code + ")" : reason;
            LOG.info("link to {} closed: code {}, {}", uri, code, why);
            dropped(this, why);
        }

        @Override
        public void onError(Exception e) {
            lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (isOpen()) {
                LOG.warn("error on the open link to {}", uri, e);
            } else {
                LOG.info("cannot reach {}: {}", uri, lastError);
                LOG.debug("connect failure details", e);
            }
        }
    }
}
