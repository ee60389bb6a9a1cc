package org.switchboard.relay.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.sim.MessengerEvents.echo;
import static org.switchboard.sim.MessengerEvents.entry;
import static org.switchboard.sim.MessengerEvents.envelope;
import static org.switchboard.sim.MessengerEvents.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.relay.chat.Conversations;
import org.switchboard.relay.inbox.InboxProgress;
import org.switchboard.relay.inbox.InboxRow;
import org.switchboard.relay.messenger.MalformedWebhookException;
import org.switchboard.relay.messenger.WebhookParser;
import org.switchboard.relay.outbox.OutboxStore;
import org.switchboard.relay.store.Database;
import org.switchboard.relay.store.Sql;

/** The inbox cursor moves with the effects it covers, and one bad event never blocks or loses the others. */
class InboxBatchesTest {
    private static final String PAGE = "1000001";
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;
    private Database database;
    private InboxBatches batches;
    private final WebhookParser parser = new WebhookParser();

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("relay.db"), false);
        batches = new InboxBatches(database, new InboxProcessor(new Conversations(), new OutboxStore()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRunOfRowsCommitsItsEffectsAndTheCursorTogether() {
        List<InboxOutcome> outcomes = batches.commit(rows(1, text(PAGE, "u1", "m1", "hello", T0),
                text(PAGE, "u2", "m2", "hi", T0), text(PAGE, "u1", "m3", "again", T0)), T0);

        assertThat(outcomes).hasSize(3).allMatch(o -> o instanceof InboxOutcome.CustomerLine);
        assertThat(cursor()).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM messages")).isEqualTo(3);
    }

    @Test
    void aRowThatFailsAloneIsSetAsideAndTheOthersAreProcessed() {
        String poisoned = echo(PAGE, "u1", "m_echo", "123", "sb:not-a-message-id", "hi", T0);

        List<InboxOutcome> outcomes = batches.commit(rows(1, text(PAGE, "u1", "m1", "hello", T0), poisoned,
                text(PAGE, "u1", "m3", "still here", T0)), T0);

        assertThat(outcomes).hasSize(2);
        assertThat(cursor()).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM messages")).isEqualTo(2);
        String failure = database.read(c -> Sql.one(c, "SELECT seq || ' ' || error FROM inbox_failures",
                r -> r.getString(1)).orElseThrow());
        assertThat(failure).startsWith("2 Echo of page " + PAGE);
    }

    @Test
    void whenAFailureCannotEvenBeRecordedProcessingStopsBeforeTheRow() {
        database.write(c -> Sql.update(c, "DROP TABLE inbox_failures"));
        String poisoned = echo(PAGE, "u1", "m_echo", "123", "sb:not-a-message-id", "hi", T0);

        List<InboxOutcome> outcomes = batches.commit(rows(1, text(PAGE, "u1", "m1", "hello", T0), poisoned,
                text(PAGE, "u1", "m3", "later", T0)), T0);

        assertThat(outcomes).as("only the row before the bad one").hasSize(1);
        assertThat(cursor()).as("the bad row and the rest wait for the next start").isEqualTo(1);
        assertThat(batches.commit(rows(4, text(PAGE, "u2", "m4", "next", T0)), T0)).isEmpty();
        assertThat(cursor()).isEqualTo(1);
    }

    private List<InboxRow> rows(long firstSeq, String... items) {
        List<InboxRow> rows = new ArrayList<>();
        for (String item : items) {
            try {
                rows.add(new InboxRow(firstSeq + rows.size(), parser.parse(envelope(entry(PAGE, T0, item))
                        .getBytes(StandardCharsets.UTF_8)).events().get(0)));
            } catch (MalformedWebhookException e) {
                throw new AssertionError(e);
            }
        }
        return rows;
    }

    private long cursor() {
        return database.read(InboxProgress::processedThrough);
    }

    private long count(String sql) {
        return database.read(c -> Sql.one(c, sql, r -> r.getLong(1)).orElseThrow());
    }
}
