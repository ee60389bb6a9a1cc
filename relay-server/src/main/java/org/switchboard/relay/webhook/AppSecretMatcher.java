package org.switchboard.relay.webhook;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.switchboard.relay.accounts.AccountDirectory;
import org.switchboard.relay.accounts.MessengerAccount;
import org.switchboard.relay.config.Secret;
import org.switchboard.relay.messenger.SignatureVerifier;

/**
 * Several Facebook apps may point at one relay, each with its own app secret: a body is genuine when its
 * signature matches the secret of one of the pages it names, or, when it names no known page, any secret.
 */
final class AppSecretMatcher {
    private final AccountDirectory accounts;

    AppSecretMatcher(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    boolean verifies(byte[] body, String signatureHeader, Collection<String> pageIds) {
        if (signatureHeader == null) {
            return false;
        }
        Set<Secret> candidates = new LinkedHashSet<>();
        for (String pageId : pageIds) {
            accounts.byPageId(pageId).ifPresent(account -> candidates.add(account.appSecret()));
        }
        if (candidates.isEmpty()) {
            accounts.all().stream().map(MessengerAccount::appSecret).forEach(candidates::add);
        }
        return SignatureVerifier.matchesAny(body, signatureHeader, candidates);
    }
}
