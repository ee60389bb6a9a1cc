package org.switchboard.relay.engine;

import java.util.HashMap;
import java.util.Map;
import org.switchboard.protocol.Customer;

/**
 * A live conversation as the engine tracks it: where its scenario is, its variables and its agent.
 * Threads: engine thread only (mutable by design, owned by one thread).
 */
final class ChatRun {
    /** Where the chat is in its life. */
    enum Phase { SCENARIO, QUEUED, CONNECTED, ENDED }

    final long chatId;
    final Customer customer;
    final Map<String, String> variables = new HashMap<>();
    String blockId;
    Phase phase = Phase.SCENARIO;
    String agent;
    String lastCustomerText = "";

    ChatRun(long chatId, Customer customer) {
        this.chatId = chatId;
        this.customer = customer;
        variables.put("item.from", customer.id());
        variables.put("item.pageId", customer.pageId());
        variables.put("item.firstName", "");
        variables.put("item.lastName", "");
    }

    String chatKey() {
        return String.valueOf(chatId);
    }
}
