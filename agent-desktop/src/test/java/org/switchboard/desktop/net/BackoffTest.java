package org.switchboard.desktop.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 5);

    @Test
    void doublesUpToTheMaximumWithoutJitter() {
        assertThat(backoff.delayBefore(1, 1.0)).contains(Duration.ofSeconds(1));
        assertThat(backoff.delayBefore(2, 1.0)).contains(Duration.ofSeconds(2));
        assertThat(backoff.delayBefore(4, 1.0)).contains(Duration.ofSeconds(8));
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 60).delayBefore(40, 1.0))
                .contains(Duration.ofSeconds(30));
    }

    @Test
    void jitterKeepsAtLeastHalfTheDelay() {
        assertThat(backoff.delayBefore(3, 0.0)).contains(Duration.ofSeconds(2));
        assertThat(backoff.delayBefore(3, 0.5)).contains(Duration.ofSeconds(3));
    }

    @Test
    void stopsAfterTheLastAttempt() {
        assertThat(backoff.delayBefore(5, 0.3)).isPresent();
        assertThat(backoff.delayBefore(6, 0.3)).isEmpty();
        assertThat(backoff.delayBefore(0, 0.3)).isEmpty();
    }

    @Test
    void rejectsAMaximumBelowTheFirstDelay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1), 3))
                .withMessage("backoff: max delay PT1S is below first delay PT5S");
    }
}
