package org.switchboard.relay.agents;

import java.util.List;
import java.util.Optional;

/** Where desktop users live; SQL stays behind this so a PostgreSQL store can follow. */
public interface AgentStore {
    Optional<AgentAccount> byUsername(String username);

    List<AgentAccount> all();

    /** Inserts the agent, or updates the one with the same username; returns it as stored. */
    AgentAccount save(AgentAccount agent);
}
