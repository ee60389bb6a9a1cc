package org.switchboard.relay.accounts;

import java.util.List;

/** Where Messenger accounts live; SQL stays behind this so a PostgreSQL store can follow. */
public interface AccountStore {
    List<MessengerAccount> all();

    /** Inserts the account, or updates the one with the same page ID; returns it as stored. */
    MessengerAccount save(MessengerAccount account);

    void markToken(String pageId, MessengerAccount.TokenStatus status, String detail);
}
