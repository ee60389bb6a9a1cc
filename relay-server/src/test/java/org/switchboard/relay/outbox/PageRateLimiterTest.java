package org.switchboard.relay.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.switchboard.relay.FakeClock;

class PageRateLimiterTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final PageRateLimiter limiter = new PageRateLimiter(clock, 10, 3);

    @Test
    void aPageMayBurstThenWaitsForItsRate() {
        assertThat(limiter.tryAcquire("p1")).isTrue();
        assertThat(limiter.tryAcquire("p1")).isTrue();
        assertThat(limiter.tryAcquire("p1")).isTrue();
        assertThat(limiter.tryAcquire("p1")).isFalse();
        assertThat(limiter.millisUntilNext("p1")).isEqualTo(100);
        clock.advance(Duration.ofMillis(100));
        assertThat(limiter.tryAcquire("p1")).isTrue();
        assertThat(limiter.tryAcquire("p1")).isFalse();
    }

    @Test
    void pagesHaveTheirOwnBudgets() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("busy");
        }
        assertThat(limiter.tryAcquire("busy")).isFalse();
        assertThat(limiter.tryAcquire("quiet")).isTrue();
        assertThat(limiter.millisUntilNext("quiet")).isZero();
    }

    @Test
    void idleTimeRefillsNoMoreThanTheBurst() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("p1");
        }
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("p1")).isTrue();
        }
        assertThat(limiter.tryAcquire("p1")).isFalse();
    }
}
