package org.switchboard.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.relay.inbox.Inbox;
import org.switchboard.relay.inbox.InboxProgress;
import org.switchboard.relay.messenger.MessengerEvent;
import org.switchboard.relay.messenger.WebhookParser;
import org.switchboard.relay.store.Database;
import org.switchboard.relay.store.Schema;
import org.switchboard.protocol.ServerMessage;
import org.switchboard.relay.testing.TestAgent;
import org.switchboard.relay.testing.TestRelay;
import org.switchboard.sim.FakeGraphApi;
import org.switchboard.sim.MessengerEvents;
import org.switchboard.sim.RecordedSend;

/**
 * A relay that died after committing events but before processing them: the next start processes each of them
 * exactly once, and the start after that finds nothing left to do.
 */
class RestartRecoveryTest {
    private static final String PAGE = TestRelay.PAGE_ID;
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path data;
    private final FakeGraphApi graph = FakeGraphApi.start();

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void eventsCommittedBeforeACrashAreProcessedExactlyOnceAfterRestart() throws Exception {
        TestRelay.start(data, graph.baseUrl()).close();
        commitWithoutProcessing(List.of(
                MessengerEvents.text(PAGE, "u1", "m_1", "first customer", Instant.now()),
                MessengerEvents.text(PAGE, "u2", "m_2", "second customer", Instant.now()),
                MessengerEvents.text(PAGE, "u1", "m_3", "first customer again", Instant.now())));
        assertThat(TestRelay.unprocessedInboxRows(data)).isEqualTo(3);

        try (Relay restarted = TestRelay.start(data, graph.baseUrl())) {
            List<RecordedSend> greetings = graph.awaitSends(4, Duration.ofSeconds(10));
            assertThat(greetings).extracting(RecordedSend::recipientId).containsOnly("u1", "u2");
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    TestRelay.unprocessedInboxRows(data) == 0);
        }
        assertThat(TestRelay.count(data, "SELECT COUNT(*) FROM messages WHERE author = 'CUSTOMER'")).isEqualTo(3);
        assertThat(TestRelay.count(data, "SELECT COUNT(*) FROM conversations")).isEqualTo(2);

        int sendsBefore = graph.sends().size();
        try (Relay again = TestRelay.start(data, graph.baseUrl())) {
            await().during(Duration.ofSeconds(1)).atMost(3, TimeUnit.SECONDS)
                    .until(() -> graph.sends().size() == sendsBefore);
        }
        assertThat(TestRelay.count(data, "SELECT COUNT(*) FROM messages WHERE author = 'CUSTOMER'")).isEqualTo(3);
    }

    @Test
    void aChatWaitingInTheQueueIsOfferedAfterARestart() {
        try (Relay first = TestRelay.start(data, graph.baseUrl())) {
            Instant now = Instant.now();
            new org.switchboard.sim.FakeMessenger(java.net.URI.create(first.localUrl() + Relay.WEBHOOK_PATH),
                    TestRelay.APP_SECRET).post(MessengerEvents.envelope(MessengerEvents.entry(PAGE, now,
                    MessengerEvents.text(PAGE, "u7", "m_7", "still waiting", now))));
            graph.awaitSends(2, Duration.ofSeconds(10));
        }
        try (Relay restarted = TestRelay.start(data, graph.baseUrl());
             TestAgent alice = TestAgent.ready(restarted.localUrl(), "alice", "alice-pw")) {
            ServerMessage.Offer offer = alice.await(ServerMessage.Offer.class);
            assertThat(offer.customer().id()).isEqualTo("u7");
        }
        assertThat(graph.sends()).as("the greeting is not sent again").hasSize(2);
    }

    /** What a crash between commit and processing leaves: rows stored in the inbox, nothing else. */
    private void commitWithoutProcessing(List<String> items) throws Exception {
        List<MessengerEvent> events = new ArrayList<>();
        WebhookParser parser = new WebhookParser();
        for (String item : items) {
            String body = MessengerEvents.envelope(MessengerEvents.entry(PAGE, AT, item));
            events.addAll(parser.parse(body.getBytes(StandardCharsets.UTF_8)).events());
        }
        long processedThrough;
        try (Database relayDatabase = Database.open(data.resolve("switchboard.db"), true)) {
            processedThrough = relayDatabase.read(InboxProgress::processedThrough);
        }
        try (Database database = Database.open(data.resolve("inbox.db"), true, Schema.INBOX);
             Inbox inbox = new Inbox(database, Clock.systemUTC(), processedThrough, rows -> { })) {
            assertThat(inbox.append(events).get(10, TimeUnit.SECONDS).stored()).hasSize(3);
        }
    }
}
