package org.switchboard.relay.messenger;

import java.util.Objects;
import org.switchboard.relay.config.Secret;

/** What the Graph client needs to act for one page: its ID, page token, and the app secret when proofs are required. */
public record PageAccess(String pageId, Secret accessToken, Secret appSecret, boolean sendAppSecretProof) {
    public PageAccess {
        if (pageId == null || pageId.isBlank()) {
            throw new IllegalArgumentException("page access: pageId is missing");
        }
        Objects.requireNonNull(accessToken, () -> "page access " + pageId + ": accessToken is missing");
        if (sendAppSecretProof && (appSecret == null || appSecret.isBlank())) {
            throw new IllegalArgumentException("page access " + pageId + ": sendAppSecretProof needs an appSecret");
        }
    }
}
