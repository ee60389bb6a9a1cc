package org.switchboard.relay.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerProfileRecordTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    @Test
    void toStringCarriesIdsButNotNames() {
        CustomerProfileRecord record = new CustomerProfileRecord("page-1", "psid-1", "Ada", "Lovelace", null, AT, true);

        assertThat(record.toString()).contains("page-1", "psid-1").doesNotContain("Ada", "Lovelace");
    }

    @Test
    void invalidRecordsAreRefusedNamingTheCustomerAndField() {
        assertThatThrownBy(() -> new CustomerProfileRecord(" ", "psid-1", null, null, null, AT, true))
                .hasMessage("customer profile of psid-1: pageId is missing");
        assertThatThrownBy(() -> new CustomerProfileRecord("page-1", "psid-1", null, null, "../x", AT, true))
                .hasMessage("customer profile page-1/psid-1: pictureMediaId '../x' is not a media id");
        assertThatThrownBy(() -> new CustomerProfileRecord("page-1", "psid-1", null, null, null, null, true))
                .hasMessage("customer profile page-1/psid-1: fetchedAt is missing");
        assertThatThrownBy(() -> new CustomerProfileRecord("page-1", "psid-1", "Ada", null, null, AT, false))
                .hasMessageContaining("a profile Facebook did not permit cannot carry names");
    }
}
