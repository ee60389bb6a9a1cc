package org.switchboard.relay.routing;

import java.time.Duration;

/**
 * The ACD's tunables. {@code afterChatWork} zero means agents go straight back to Ready; {@code serviceLevelTarget}
 * is the N of "% answered within N seconds"; {@code defaultHandleTime} seeds the wait estimate until chats end.
 */
public record RoutingSettings(int defaultCapacity, Duration offerTimeout, Duration afterChatWork, Duration disconnectGrace,
                              Duration serviceLevelTarget, Duration defaultHandleTime) {
    public static final RoutingSettings DEFAULTS = new RoutingSettings(4, Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofMinutes(5));

    public RoutingSettings {
        if (defaultCapacity < 1) {
            throw new IllegalArgumentException("routing settings: defaultCapacity " + defaultCapacity + " must be >= 1");
        }
        positive(offerTimeout, "offerTimeout");
        positive(disconnectGrace, "disconnectGrace");
        positive(serviceLevelTarget, "serviceLevelTarget");
        positive(defaultHandleTime, "defaultHandleTime");
        if (afterChatWork == null || afterChatWork.isNegative()) {
            throw new IllegalArgumentException("routing settings: afterChatWork " + afterChatWork + " must be >= 0");
        }
    }

    private static void positive(Duration value, String field) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("routing settings: " + field + " " + value + " must be positive");
        }
    }
}
