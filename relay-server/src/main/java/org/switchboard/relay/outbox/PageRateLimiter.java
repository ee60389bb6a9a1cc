package org.switchboard.relay.outbox;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A token bucket per page, so one busy page cannot burst past what Facebook tolerates (a few hundred text
 * messages per second per page) and starve the others. Threads: the outbox sender thread only.
 */
final class PageRateLimiter {
    private final Clock clock;
    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new HashMap<>();

    private static final class Bucket {
        double tokens;
        long refilledAtMillis;
    }

    PageRateLimiter(Clock clock, double perSecond, double burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("page rate " + perSecond + "/s with burst " + burst + " must be positive");
        }
        this.clock = clock;
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Takes one send from the page's budget; false when the page must wait. */
    boolean tryAcquire(String pageId) {
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(pageId, id -> {
            Bucket fresh = new Bucket();
            fresh.tokens = burst;
            fresh.refilledAtMillis = now;
            return fresh;
        });
        bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.refilledAtMillis) * perSecond / 1000.0);
        bucket.refilledAtMillis = now;
        if (bucket.tokens < 1) {
            return false;
        }
        bucket.tokens -= 1;
        return true;
    }

    /** Milliseconds until the page has a send again (0 when it has one now). */
    long millisUntilNext(String pageId) {
        Bucket bucket = buckets.get(pageId);
        return bucket == null || bucket.tokens >= 1 ? 0 : (long) Math.ceil((1 - bucket.tokens) * 1000.0 / perSecond);
    }
}
