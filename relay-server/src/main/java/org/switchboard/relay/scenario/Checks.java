package org.switchboard.relay.scenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Field checks shared by the scenario records; messages name the field and the bad value. */
final class Checks {
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*");

    private Checks() {
    }

    static void text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
    }

    static void priority(int priority) {
        if (priority < 1 || priority > 100) {
            throw new IllegalArgumentException("priority " + priority + " is outside 1..100");
        }
    }

    static void positive(Duration value, String field) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, was " + (value == null ? null : value.toSeconds()));
        }
    }

    static void variableName(String value, String field) {
        if (value == null || !VARIABLE.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " '" + value + "' is not a variable name");
        }
    }

    static Map<String, Integer> skills(Map<String, Integer> skills, String field) {
        if (skills == null) {
            return Map.of();
        }
        skills.forEach((skill, level) -> {
            if (skill == null || skill.isBlank() || level == null || level < 1 || level > 10) {
                throw new IllegalArgumentException(field + ": skill '" + skill + "' level " + level + " is outside 1..10");
            }
        });
        return Map.copyOf(skills);
    }

    static java.util.List<Condition> conditions(java.util.List<Condition> of, String type) {
        if (of == null || of.isEmpty()) {
            throw new IllegalArgumentException(type + ": 'of' needs at least one condition");
        }
        return java.util.List.copyOf(of);
    }

    /** Exits in declaration order; a null target is kept so validation can report it by name. */
    static Map<String, String> exits(String... namesAndTargets) {
        Map<String, String> exits = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTargets.length; i += 2) {
            exits.put(namesAndTargets[i], namesAndTargets[i + 1]);
        }
        return exits;
    }
}
