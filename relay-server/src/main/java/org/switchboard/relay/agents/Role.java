package org.switchboard.relay.agents;

import java.util.Locale;

/** What a user of the desktop may do; admin configures, supervisor watches, agent chats. */
public enum Role {
    AGENT, SUPERVISOR, ADMIN;

    /** Parses the seed/API spelling ("agent", "supervisor", "admin"). */
    public static Role parse(String value) {
        for (Role role : values()) {
            if (role.wire().equals(value)) {
                return role;
            }
        }
        throw new IllegalArgumentException("role '" + value + "' is not one of agent, supervisor, admin");
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
