package org.switchboard.relay.routing;

/** Argument checks of the routing records; messages name the owner, the field and the value. */
final class Names {
    private Names() {
    }

    static void require(String value, String owner, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(owner + ": " + field + " is missing");
        }
    }

    static void priority(int priority, String chatId) {
        if (priority < 1 || priority > 100) {
            throw new IllegalArgumentException("chat " + chatId + ": priority " + priority + " is outside 1..100");
        }
    }
}
