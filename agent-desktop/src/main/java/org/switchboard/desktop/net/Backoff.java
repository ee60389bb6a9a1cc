package org.switchboard.desktop.net;

import java.time.Duration;
import java.util.Optional;

/**
 * Reconnect delays: doubling from {@code first} up to {@code max}, each jittered into [50 %, 100 %] so a
 * relay restart is not hit by every desktop at once, and no delay after {@code maxAttempts}.
 */
public record Backoff(Duration first, Duration max, int maxAttempts) {
    public Backoff {
        if (first == null || first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("backoff: first delay must be positive, not " + first);
        }
        if (max == null || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff: max delay " + max + " is below first delay " + first);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("backoff: maxAttempts must be at least 1, not " + maxAttempts);
        }
    }

    /** One second doubling to 30 s, for about half an hour. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 60);
    }

    /**
     * @param attempt 1 for the first retry
     * @param random  a value in [0, 1) choosing the jitter
     * @return the delay before that attempt, or empty once attempts are used up
     */
    public Optional<Duration> delayBefore(int attempt, double random) {
        if (attempt < 1 || attempt > maxAttempts) {
            return Optional.empty();
        }
        long firstMillis = first.toMillis();
        int doublings = Math.min(attempt - 1, 30);
        long base = Math.min(max.toMillis(), firstMillis << doublings);
        double jitter = 0.5 + Math.max(0, Math.min(random, 1)) / 2;
        return Optional.of(Duration.ofMillis(Math.max(1, Math.round(base * jitter))));
    }
}
