package org.switchboard.relay.accounts;

import org.switchboard.relay.config.Secret;

/**
 * A Messenger integration account: one Facebook page the relay answers for, with the secrets to verify its
 * webhooks and to call the Send API. Secrets are {@link Secret}s, so printing an account never leaks them.
 */
public record MessengerAccount(long id, String name, String pageId, String pageUsername, Secret pageAccessToken,
                               Secret appSecret, Secret verifyToken, boolean appSecretProof, TokenStatus tokenStatus) {
    /** Whether the page token worked when last used; INVALID pauses sending for the page. */
    public enum TokenStatus { UNKNOWN, VALID, INVALID }

    public MessengerAccount {
        requireText(name, pageId, "name");
        requireText(pageId, pageId, "pageId");
        if (!pageId.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("account '" + name + "': pageId '" + pageId + "' must be the numeric page ID");
        }
        requireSecret(pageAccessToken, name, "pageAccessToken");
        requireSecret(appSecret, name, "appSecret");
        requireSecret(verifyToken, name, "verifyToken");
        tokenStatus = tokenStatus == null ? TokenStatus.UNKNOWN : tokenStatus;
    }

    private static void requireText(String value, String owner, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("account " + (owner == null ? "" : "'" + owner + "'") + ": " + field + " is missing");
        }
    }

    private static void requireSecret(Secret value, String owner, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("account '" + owner + "': " + field + " is missing");
        }
    }
}
