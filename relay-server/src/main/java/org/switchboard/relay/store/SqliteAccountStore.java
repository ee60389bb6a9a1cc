package org.switchboard.relay.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.switchboard.relay.accounts.AccountStore;
import org.switchboard.relay.accounts.MessengerAccount;
import org.switchboard.relay.config.Secret;

/** Messenger accounts in SQLite. */
public final class SqliteAccountStore implements AccountStore {
    private static final String COLUMNS = "id, name, page_id, page_username, page_access_token, app_secret, verify_token,"
            + " app_secret_proof, token_status";

    private final Database database;
    private final Clock clock;

    public SqliteAccountStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public List<MessengerAccount> all() {
        return database.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM accounts ORDER BY id", SqliteAccountStore::map));
    }

    @Override
    public MessengerAccount save(MessengerAccount account) {
        return database.write(c -> {
            Sql.update(c, "INSERT INTO accounts (name, page_id, page_username, page_access_token, app_secret, verify_token,"
                            + " app_secret_proof, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (page_id) DO UPDATE SET name = excluded.name, page_username = excluded.page_username,"
                            + " token_status = CASE WHEN page_access_token = excluded.page_access_token THEN token_status ELSE 'UNKNOWN' END,"
                            + " page_access_token = excluded.page_access_token, app_secret = excluded.app_secret,"
                            + " verify_token = excluded.verify_token, app_secret_proof = excluded.app_secret_proof,"
                            + " updated_at = excluded.updated_at",
                    account.name(), account.pageId(), account.pageUsername(), account.pageAccessToken().reveal(),
                    account.appSecret().reveal(), account.verifyToken().reveal(), account.appSecretProof() ? 1 : 0,
                    clock.millis());
            return Sql.one(c, "SELECT " + COLUMNS + " FROM accounts WHERE page_id = ?", SqliteAccountStore::map,
                    account.pageId()).orElseThrow();
        });
    }

    @Override
    public void markToken(String pageId, MessengerAccount.TokenStatus status, String detail) {
        database.write(c -> Sql.update(c, "UPDATE accounts SET token_status = ?, token_detail = ?, updated_at = ? WHERE page_id = ?",
                status.name(), detail, clock.millis(), pageId));
    }

    private static MessengerAccount map(ResultSet row) throws SQLException {
        return new MessengerAccount(row.getLong("id"), row.getString("name"), row.getString("page_id"),
                row.getString("page_username"), Secret.of(row.getString("page_access_token")),
                Secret.of(row.getString("app_secret")), Secret.of(row.getString("verify_token")),
                row.getInt("app_secret_proof") == 1, MessengerAccount.TokenStatus.valueOf(row.getString("token_status")));
    }
}
