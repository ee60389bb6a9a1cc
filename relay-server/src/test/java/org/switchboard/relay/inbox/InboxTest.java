package org.switchboard.relay.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.relay.messenger.MessengerEvent;
import org.switchboard.relay.messenger.WebhookParser;
import org.switchboard.relay.store.Database;
import org.switchboard.relay.store.Schema;
import org.switchboard.sim.MessengerEvents;

/** The durable inbox on a real SQLite file: many rows per statement, duplicates ignored and counted, order kept. */
class InboxTest {
    private static final String PAGE = "1000001";
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void duplicatesInAndAcrossAppendsAreCountedAndStoredOnce() throws Exception {
        List<MessengerEvent> first = events(0, 120);
        first.add(first.get(7));
        List<MessengerEvent> second = events(100, 130);
        List<InboxRow> handedOn = new CopyOnWriteArrayList<>();
        try (Database database = Database.open(dir.resolve("inbox.db"), false, Schema.INBOX);
             Inbox inbox = new Inbox(database, Clock.systemUTC(), 0, handedOn::addAll)) {
            AppendResult one = inbox.append(first).get(10, TimeUnit.SECONDS);
            AppendResult two = inbox.append(second).get(10, TimeUnit.SECONDS);

            assertThat(one.stored()).hasSize(120);
            assertThat(one.duplicates()).isEqualTo(1);
            assertThat(two.stored()).hasSize(10);
            assertThat(two.duplicates()).isEqualTo(20);
            assertThat(one.stored().get(0).seq()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> handedOn.size() == 130);
            List<Long> seqs = handedOn.stream().map(InboxRow::seq).toList();
            assertThat(seqs).isSorted().doesNotHaveDuplicates().hasSize(130);
            assertThat(Inbox.after(database, 0, (page, time, standby, raw) -> null, 1_000)).hasSize(130);
        }
        try (Database database = Database.open(dir.resolve("inbox.db"), false, Schema.INBOX);
             Inbox reopened = new Inbox(database, Clock.systemUTC(), 0, rows -> { })) {
            AppendResult next = reopened.append(events(500, 501)).get(10, TimeUnit.SECONDS);
            assertThat(next.stored().get(0).seq()).as("numbered after everything given out before").isGreaterThan(131);
        }
    }

    private static List<MessengerEvent> events(int from, int to) throws Exception {
        List<MessengerEvent> events = new ArrayList<>();
        WebhookParser parser = new WebhookParser();
        for (int i = from; i < to; i++) {
            String body = MessengerEvents.envelope(MessengerEvents.entry(PAGE, AT,
                    MessengerEvents.text(PAGE, "u" + i % 7, "m_" + i, "text " + i, AT)));
            events.addAll(parser.parse(body.getBytes(StandardCharsets.UTF_8)).events());
        }
        return events;
    }
}
