package org.switchboard.desktop.net;

import java.time.Duration;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.ServerMessage;

/** The transport a {@link RelaySession} talks through; {@link RelayConnection} over WebSocket, a recording fake in tests. */
public interface RelayLink {
    /** Told about the link on a socket or I/O thread; implementations hop to the EDT themselves. */
    interface Listener {
        void opened();

        void received(ServerMessage message);

        /** The link dropped; a reconnect follows after {@code retryIn}. */
        void lost(String reason, Duration retryIn);

        /** The link dropped or never opened, and no reconnect follows. */
        void failed(String reason);
    }

    /** Starts connecting; {@code listener} hears about the link from then on. Never blocks. */
    void open(Listener listener);

    /** From now on a lost link is reopened (called once logged in). */
    void keepAlive();

    /** Sends if the link is open; never blocks. */
    void send(ClientMessage message);

    /** Closes for good; no listener call follows. */
    void close();
}
