package org.switchboard.relay.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migrationsRunOnceAndTheSchemaVersionIsKept() {
        Path file = dir.resolve("sb.db");
        try (Database first = Database.open(file, true)) {
            first.write(c -> Sql.update(c, "INSERT INTO scenario_entries (name, scenario_name) VALUES ('e', 's')"));
        }
        try (Database again = Database.open(file, true)) {
            assertThat(again.read(c -> Sql.one(c, "SELECT MAX(version) FROM schema_version", r -> r.getInt(1))).orElseThrow())
                    .isEqualTo(Schema.RELAY.latestVersion());
            assertThat(again.read(c -> Sql.one(c, "SELECT COUNT(*) FROM scenario_entries", r -> r.getInt(1))).orElseThrow()).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseFromANewerRelayIsRefused() {
        Path file = dir.resolve("sb.db");
        try (Database db = Database.open(file, true)) {
            db.write(c -> Sql.update(c, "INSERT INTO schema_version (version, applied_at) VALUES (99, 'future')"));
        }
        assertThatThrownBy(() -> Database.open(file, true)).hasMessageContaining("v99 is newer than this relay");
    }

    @Test
    void derivedWritesLeaveDurableWritesDurable() {
        try (Database db = Database.open(dir.resolve("sb.db"), true)) {
            db.writeDerived(c -> Sql.update(c, "INSERT INTO scenario_entries (name, scenario_name) VALUES ('e', 's')"));
            int mode = db.write(c -> Sql.one(c, "PRAGMA synchronous", r -> r.getInt(1)).orElseThrow());
            assertThat(mode).as("FULL").isEqualTo(2);
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("sb.db"), true)) {
            assertThatThrownBy(() -> db.write(c -> {
                Sql.update(c, "INSERT INTO scenario_entries (name, scenario_name) VALUES ('e', 's')");
                return Sql.update(c, "INSERT INTO no_such_table VALUES (1)");
            })).isInstanceOf(StoreException.class).hasMessageContaining("no_such_table");
            assertThat(db.read(c -> Sql.one(c, "SELECT COUNT(*) FROM scenario_entries", r -> r.getInt(1))).orElseThrow()).isZero();
        }
    }

    @Test
    void theBackgroundCheckpointerCopiesCommittedPagesIntoTheFile() {
        try (Database db = Database.open(dir.resolve("sb.db"), true, Schema.INBOX)) {
            db.write(c -> Sql.update(c, "INSERT INTO inbox (seq, page_id, dedupe_key, kind, event_time, received_at, raw)"
                    + " VALUES (1, 'p', 'k', 'Message', 0, 0, '{}')"));
            assertThat(db.checkpoint()).as("WAL frames in the file").isPositive();
            long rows = db.read(c -> Sql.one(c, "SELECT COUNT(*) FROM inbox", r -> r.getLong(1)).orElseThrow());
            assertThat(rows).isEqualTo(1);
        }
    }
}
