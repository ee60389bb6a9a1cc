package org.switchboard.protocol;

/** Argument checks whose messages name the owner and the field, shared by every record of the protocol. */
final class Require {
    private Require() {
    }

    static String text(String value, String owner, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(owner + ": " + field + " is missing");
        }
        return value;
    }

    static <T> T present(T value, String owner, String field) {
        if (value == null) {
            throw new IllegalArgumentException(owner + ": " + field + " is missing");
        }
        return value;
    }
}
