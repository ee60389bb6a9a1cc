package org.switchboard.relay.routing;

import java.util.Map;
import java.util.Set;

/** What an agent needs to take a chat: membership of the service and each skill at least at the given level. */
public record Requirement(String service, Map<String, Integer> skills) {
    public Requirement {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("requirement: service is missing");
        }
        skills = skills == null ? Map.of() : Map.copyOf(skills);
        skills.forEach((skill, level) -> {
            if (level < 1) {
                throw new IllegalArgumentException("requirement for '" + service + "': skill '" + skill + "' level " + level + " < 1");
            }
        });
    }

    boolean isMetBy(Set<String> services, Map<String, Integer> agentSkills) {
        if (!services.contains(service)) {
            return false;
        }
        for (Map.Entry<String, Integer> needed : skills.entrySet()) {
            if (agentSkills.getOrDefault(needed.getKey(), 0) < needed.getValue()) {
                return false;
            }
        }
        return true;
    }
}
