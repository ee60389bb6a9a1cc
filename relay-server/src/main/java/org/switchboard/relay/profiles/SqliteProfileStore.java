package org.switchboard.relay.profiles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.relay.store.Database;
import org.switchboard.relay.store.Sql;

/** Customer profiles in the {@code customer_profiles} table of the embedded SQLite file. Threads: any (workers only). */
public final class SqliteProfileStore implements ProfileStore {
    private final Database database;

    public SqliteProfileStore(Database database) {
        this.database = Objects.requireNonNull(database, "profile store: database is missing");
    }

    @Override
    public Optional<CustomerProfileRecord> find(String pageId, String psid) {
        return database.read(c -> Sql.one(c, "SELECT page_id, psid, first_name, last_name, picture_media_id, fetched_at,"
                + " permitted FROM customer_profiles WHERE page_id = ? AND psid = ?", SqliteProfileStore::map, pageId, psid));
    }

    @Override
    public void save(CustomerProfileRecord r) {
        database.write(c -> Sql.update(c, "INSERT INTO customer_profiles (page_id, psid, first_name, last_name,"
                        + " picture_media_id, fetched_at, permitted) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (page_id, psid) DO UPDATE SET first_name = excluded.first_name,"
                        + " last_name = excluded.last_name, picture_media_id = excluded.picture_media_id,"
                        + " fetched_at = excluded.fetched_at, permitted = excluded.permitted",
                r.pageId(), r.psid(), r.firstName(), r.lastName(), r.pictureMediaId(), r.fetchedAt().toEpochMilli(),
                r.permitted() ? 1 : 0));
    }

    private static CustomerProfileRecord map(ResultSet row) throws SQLException {
        return new CustomerProfileRecord(row.getString("page_id"), row.getString("psid"), row.getString("first_name"),
                row.getString("last_name"), row.getString("picture_media_id"),
                Instant.ofEpochMilli(row.getLong("fetched_at")), row.getInt("permitted") == 1);
    }
}
