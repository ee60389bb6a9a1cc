package org.switchboard.relay.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.relay.store.Database;
import org.switchboard.relay.store.Schema;
import org.switchboard.relay.store.Sql;

/** A data directory from before the inbox had its own file keeps every event and what was processed. */
class LegacyInboxMoveTest {
    @TempDir
    Path dir;

    @Test
    void oldInboxRowsMoveToTheInboxFileAndTheCursorStopsBeforeTheFirstUnprocessedOne() {
        try (Database relay = Database.open(dir.resolve("switchboard.db"), false);
             Database inbox = Database.open(dir.resolve("inbox.db"), false, Schema.INBOX)) {
            relay.write(c -> {
                for (int seq = 1; seq <= 2_500; seq++) {
                    Sql.update(c, "INSERT INTO inbox (seq, page_id, dedupe_key, kind, event_time, received_at, raw,"
                            + " processed_at) VALUES (?, 'p1', ?, 'Message', 0, 0, '{}', ?)", seq, "m" + seq,
                            seq <= 2_400 ? 1L : null);
                }
                return null;
            });

            LegacyInboxMove.run(relay, inbox);
            LegacyInboxMove.run(relay, inbox);

            String countAndLast = inbox.read(c -> Sql.one(c, "SELECT COUNT(*) || '/' || MAX(seq) FROM inbox",
                    r -> r.getString(1)).orElseThrow());
            assertThat(countAndLast).isEqualTo("2500/2500");
            assertThat(relay.read(InboxProgress::processedThrough)).isEqualTo(2_400);
            boolean oldTable = relay.read(c -> Sql.one(c, "SELECT 1 FROM sqlite_master WHERE name = 'inbox'",
                    r -> r.getInt(1)).isPresent());
            assertThat(oldTable).as("old table dropped").isFalse();
        }
    }

    @Test
    void aFreshDataDirectoryStartsWithAnEmptyInboxAndCursorZero() {
        try (Database relay = Database.open(dir.resolve("switchboard.db"), false);
             Database inbox = Database.open(dir.resolve("inbox.db"), false, Schema.INBOX)) {
            LegacyInboxMove.run(relay, inbox);
            assertThat(relay.read(InboxProgress::processedThrough)).isZero();
            long rows = inbox.read(c -> Sql.one(c, "SELECT COUNT(*) FROM inbox", r -> r.getLong(1)).orElseThrow());
            assertThat(rows).isZero();
        }
    }
}
