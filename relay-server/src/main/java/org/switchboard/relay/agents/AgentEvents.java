package org.switchboard.relay.agents;

import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.PhoneDevice;

/**
 * What the gateway reports about desktops, after authentication. Threads: called from gateway worker threads;
 * implementations hand the events to their own thread.
 */
public interface AgentEvents {
    void loggedIn(AgentConnection connection, AgentAccount agent, String loginId, PhoneDevice device);

    /** Any command but login, from an authenticated connection. */
    void command(AgentConnection connection, ClientMessage command);

    void disconnected(AgentConnection connection);
}
