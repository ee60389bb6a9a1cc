package org.switchboard.relay.agents;

import java.util.Map;
import java.util.Set;

/** A desktop user: credentials (hashed), roles, chat capacity, skills with levels and the services they serve. */
public record AgentAccount(long id, String username, String passwordHash, String displayName, Set<Role> roles,
                           int maxChats, Map<String, Integer> skills, Set<String> services) {
    public static final int DEFAULT_MAX_CHATS = 4;
    /** The service of the shipped Mobile Chat scenario; agents serve it unless told otherwise. */
    public static final String DEFAULT_SERVICE = "Support";

    public AgentAccount {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("agent username '" + username
                    + "' must be 1-64 letters, digits or . _ @ -");
        }
        if (passwordHash == null || !passwordHash.startsWith("$2")) {
            throw new IllegalArgumentException("agent '" + username + "': password must be stored as a bcrypt hash");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("agent '" + username + "': at least one role is required");
        }
        if (maxChats < 1 || maxChats > 50) {
            throw new IllegalArgumentException("agent '" + username + "': maxChats " + maxChats + " must be 1-50");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        roles = Set.copyOf(roles);
        skills = skills == null ? Map.of() : Map.copyOf(skills);
        services = services == null || services.isEmpty() ? Set.of(DEFAULT_SERVICE) : Set.copyOf(services);
    }
}
