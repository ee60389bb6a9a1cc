package org.switchboard.relay.engine;

import java.time.Instant;
import org.switchboard.protocol.Customer;
import org.switchboard.relay.scenario.ConversationState;
import org.switchboard.relay.scenario.ScenarioDefinition;

/**
 * A conversation the engine is running: its customer, the scenario version it started with and where it stands
 * in it. Threads: engine thread only (mutable by design, one owner).
 */
final class LiveChat {
    final long id;
    final Customer customer;
    final ScenarioDefinition scenario;
    ConversationState state;
    String lastCustomerText = "";
    Instant lastCustomerMessageAt;
    /** The service Find Agent queued the chat for, shown on offers. */
    String service = "";

    LiveChat(long id, Customer customer, ScenarioDefinition scenario) {
        this.id = id;
        this.customer = customer;
        this.scenario = scenario;
    }

    String key() {
        return String.valueOf(id);
    }
}
