package org.switchboard.relay.media;

import java.time.Duration;

/** How often and how patiently {@link MediaFetcher} retries a download that failed for a passing reason. */
public record FetchRetries(int maxAttempts, Duration firstBackoff) {
    /** Four attempts, waiting 1 s, 2 s, then 4 s: well inside the hours an attachment URL lives. */
    public static final FetchRetries DEFAULT = new FetchRetries(4, Duration.ofSeconds(1));

    public FetchRetries {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("fetch retries: maxAttempts " + maxAttempts + " is not within 1..20");
        }
        if (firstBackoff == null || firstBackoff.isNegative()) {
            throw new IllegalArgumentException("fetch retries: firstBackoff " + firstBackoff + " is missing or negative");
        }
    }

    /** The wait before attempt {@code attempt} (2 or more): the first backoff, doubled for each later attempt. */
    public Duration backoffBefore(int attempt) {
        return firstBackoff.multipliedBy(1L << Math.max(0, attempt - 2));
    }
}
