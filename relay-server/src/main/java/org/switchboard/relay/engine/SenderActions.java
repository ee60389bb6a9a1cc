package org.switchboard.relay.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.Customer;
import org.switchboard.relay.accounts.AccountDirectory;
import org.switchboard.relay.messenger.GraphApi;
import org.switchboard.relay.messenger.GraphException;
import org.switchboard.relay.messenger.PageAccess;
import org.switchboard.relay.messenger.SenderAction;
import org.switchboard.relay.ops.WorkThreads;

/**
 * Typing indicators and "seen" marks for the customer: best effort, off the engine thread, never stored or
 * retried (a late typing bubble is worse than none). Threads: {@link #send} from the engine; calls run on one
 * background thread in order.
 */
public final class SenderActions implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SenderActions.class);

    private final GraphApi graph;
    private final AccountDirectory accounts;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            WorkThreads.background("sender-actions", false, true));

    public SenderActions(GraphApi graph, AccountDirectory accounts) {
        this.graph = graph;
        this.accounts = accounts;
    }

    void send(Customer customer, SenderAction action) {
        accounts.byPageId(customer.pageId()).ifPresent(account -> executor.execute(() -> {
            try {
                graph.senderAction(new PageAccess(account.pageId(), account.pageAccessToken(), account.appSecret(),
                        account.appSecretProof()), customer.id(), action);
            } catch (GraphException e) {
                LOG.debug("{} to a customer of page {} failed: {}", action, customer.pageId(), e.getMessage());
            }
        }));
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
