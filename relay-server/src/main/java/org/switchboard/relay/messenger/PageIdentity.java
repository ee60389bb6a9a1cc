package org.switchboard.relay.messenger;

/** The page a token belongs to, as "Test Connection" shows it. */
public record PageIdentity(String id, String name) {
    public PageIdentity {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("page identity: id is missing");
        }
    }
}
