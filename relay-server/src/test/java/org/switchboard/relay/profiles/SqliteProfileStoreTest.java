package org.switchboard.relay.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.relay.store.Database;

class SqliteProfileStoreTest {
    private static final String PICTURE = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123Z");

    @TempDir
    Path dataDir;

    @Test
    void aSavedProfileIsFoundAgainAfterReopening() {
        CustomerProfileRecord ada = new CustomerProfileRecord("page-1", "psid-1", "Ada", "Lovelace", PICTURE, AT, true);
        try (Database database = Database.open(dataDir.resolve("relay.db"), false)) {
            new SqliteProfileStore(database).save(ada);
        }

        try (Database database = Database.open(dataDir.resolve("relay.db"), false)) {
            SqliteProfileStore store = new SqliteProfileStore(database);
            assertThat(store.find("page-1", "psid-1")).contains(ada);
            assertThat(store.find("page-2", "psid-1")).as("a customer is per page").isEmpty();
        }
    }

    @Test
    void savingAgainReplacesTheRecordOfThatCustomer() {
        try (Database database = Database.open(dataDir.resolve("relay.db"), false)) {
            SqliteProfileStore store = new SqliteProfileStore(database);
            store.save(new CustomerProfileRecord("page-1", "psid-1", "Ada", "Lovelace", PICTURE, AT, true));
            CustomerProfileRecord refused = CustomerProfileRecord.notPermitted("page-1", "psid-1", AT.plusSeconds(60));

            store.save(refused);

            assertThat(store.find("page-1", "psid-1")).contains(refused);
        }
    }
}
