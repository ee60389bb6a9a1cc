package org.switchboard.relay.profiles;

import java.util.Optional;

/** Where customer profiles are kept between fetches, so SQL stays behind it (SQLite now, PostgreSQL later). */
public interface ProfileStore {
    Optional<CustomerProfileRecord> find(String pageId, String psid);

    /** Inserts or replaces the record of {@code (pageId, psid)}. */
    void save(CustomerProfileRecord record);
}
