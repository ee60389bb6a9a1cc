package org.switchboard.relay.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accounts the webhook needs on every request, held in memory so the hot path never reads the database.
 * Threads: read by webhook workers, replaced (never mutated) on every change.
 */
public final class AccountDirectory {
    private final AccountStore store;
    private volatile Map<String, MessengerAccount> byPage = Map.of();

    public AccountDirectory(AccountStore store) {
        this.store = store;
        reload();
    }

    /** Records that the page's token was refused (sending pauses) and refreshes the cache. */
    public void markTokenInvalid(String pageId, String detail) {
        store.markToken(pageId, MessengerAccount.TokenStatus.INVALID, detail);
        reload();
    }

    /** Re-reads the store; call after any account change. */
    public void reload() {
        byPage = store.all().stream().collect(Collectors.toUnmodifiableMap(MessengerAccount::pageId, Function.identity()));
    }

    public Optional<MessengerAccount> byPageId(String pageId) {
        return Optional.ofNullable(byPage.get(pageId));
    }

    public Collection<MessengerAccount> all() {
        return byPage.values();
    }

    /** Whether {@code token} is the verify token of some account (Facebook's GET handshake). */
    public boolean hasVerifyToken(String token) {
        if (token == null) {
            return false;
        }
        byte[] offered = token.getBytes(StandardCharsets.UTF_8);
        return byPage.values().stream().anyMatch(account ->
                MessageDigest.isEqual(account.verifyToken().reveal().getBytes(StandardCharsets.UTF_8), offered));
    }
}
