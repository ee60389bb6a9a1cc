package org.switchboard.relay.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.switchboard.protocol.ServerMessage;
import org.switchboard.relay.agents.AgentAccount;
import org.switchboard.relay.agents.AgentConnection;

/**
 * The logged-in agents and the connection each one is reachable on. One connection per agent: a second login
 * replaces the first. Threads: engine thread only.
 */
final class AgentDesks {
    private final Map<String, Desk> byUsername = new HashMap<>();

    /** A logged-in agent. */
    record Desk(AgentAccount account, AgentConnection connection) {
        String username() {
            return account.username();
        }
    }

    /** Registers the agent; returns the desk it replaced, if any. */
    Optional<Desk> login(AgentAccount account, AgentConnection connection) {
        return Optional.ofNullable(byUsername.put(account.username(), new Desk(account, connection)));
    }

    /** Forgets the agent if {@code connection} is still theirs (a replaced connection closing changes nothing). */
    boolean logout(AgentConnection connection) {
        Desk desk = byUsername.get(connection.username());
        if (desk != null && desk.connection() == connection) {
            byUsername.remove(connection.username());
            return true;
        }
        return false;
    }

    boolean isCurrent(AgentConnection connection) {
        Desk desk = byUsername.get(connection.username());
        return desk != null && desk.connection() == connection;
    }

    Optional<Desk> desk(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    /** The name customers see for the agent (their username when not logged in). */
    String displayName(String username) {
        return desk(username).map(d -> d.account().displayName()).orElse(username);
    }

    /** Pushes to the agent if logged in; a logged-out agent gets the state again at next login. */
    void push(String username, LongFunction<ServerMessage> message) {
        Desk desk = byUsername.get(username);
        if (desk != null) {
            desk.connection().push(message);
        }
    }
}
