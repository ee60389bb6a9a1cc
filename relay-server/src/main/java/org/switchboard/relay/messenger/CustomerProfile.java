package org.switchboard.relay.messenger;

/** A customer's public profile as the page may see it; any part can be null when Facebook withholds it. */
public record CustomerProfile(String psid, String firstName, String lastName, String profilePicUrl) {
    public CustomerProfile {
        if (psid == null || psid.isBlank()) {
            throw new IllegalArgumentException("customer profile: psid is missing");
        }
    }
}
