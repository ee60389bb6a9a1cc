package org.switchboard.bench.webhook;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * What a load run drives: a webhook on loopback, its pages (sharing {@link BenchData#APP_SECRET}), and its inbox
 * read back after the run. Two shapes: the whole relay, or only its ingestion path (to isolate processing costs).
 */
interface RelayUnderTest extends AutoCloseable {
    InetSocketAddress address();

    /** The pages, seed and database file of this relay. */
    BenchData data();

    default List<String> pageIds() {
        return data().pageIds();
    }

    default BenchData.StoredEvents storedEvents() {
        return data().storedEvents();
    }

    /** Send API calls the fake Graph API accepted (scenario greetings); 0 when nothing sends. */
    int graphSends();

    @Override
    void close();

    /** Which relay a run starts. */
    enum Kind {
        /** {@code Relay.start}: webhook, inbox, chat engine, scenario, outbox to a fake Graph API. */
        FULL,
        /** The relay's own WebhookHandler, Inbox and Database, with processing after commit switched off. */
        INGEST;

        /** {@code ingestWorkers} sizes the ingest-only relay's worker pool (0 = as the relay sizes it). */
        RelayUnderTest start(boolean durableCommits, int ingestWorkers) {
            return this == FULL ? new FullRelay(new BenchData(), durableCommits)
                    : new IngestOnlyRelay(new BenchData(), durableCommits, ingestWorkers);
        }
    }
}
