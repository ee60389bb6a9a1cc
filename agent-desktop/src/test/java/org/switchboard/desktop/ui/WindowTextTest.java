package org.switchboard.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.switchboard.protocol.MessagingWindow;
import org.switchboard.protocol.MessagingWindow.Phase;

class WindowTextTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final WindowText windowText = new WindowText(new UiText(Locale.ROOT));

    @Test
    void countsDownTheStandardWindowInHoursAndMinutes() {
        MessagingWindow window = new MessagingWindow(Phase.STANDARD, NOW.plus(Duration.ofHours(23).plusMinutes(5)));

        assertThat(windowText.describe(window, NOW)).isEqualTo("Reply window: 23 h 5 min left");
        assertThat(windowText.isOpen(window, NOW)).isTrue();
    }

    @Test
    void countsDownTheHumanAgentWindowInDays() {
        MessagingWindow window = new MessagingWindow(Phase.HUMAN_AGENT, NOW.plus(Duration.ofDays(6).plusHours(4)));

        assertThat(windowText.describe(window, NOW)).isEqualTo("Human-agent window: 6 d 4 h left");
    }

    @Test
    void showsMinutesAndSecondsInTheLastHour() {
        MessagingWindow window = new MessagingWindow(Phase.STANDARD, NOW.plusSeconds(12 * 60 + 5));

        assertThat(windowText.describe(window, NOW)).isEqualTo("Reply window: 12:05 min left");
    }

    @Test
    void aClosedOrRunOutWindowSaysTheCustomerMustWriteFirst() {
        MessagingWindow runOut = new MessagingWindow(Phase.STANDARD, NOW.minusSeconds(1));

        assertThat(windowText.describe(MessagingWindow.closed(), NOW)).startsWith("Messaging window closed");
        assertThat(windowText.describe(runOut, NOW)).startsWith("Messaging window closed");
        assertThat(windowText.isOpen(runOut, NOW)).isFalse();
    }
}
