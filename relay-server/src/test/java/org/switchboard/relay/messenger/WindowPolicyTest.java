package org.switchboard.relay.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.switchboard.relay.FakeClock;
import org.switchboard.relay.messenger.WindowPolicy.Sender;

class WindowPolicyTest {
    private static final Instant LAST = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant DAY_END = LAST.plus(Duration.ofHours(24));
    private static final Instant WEEK_END = LAST.plus(Duration.ofDays(7));

    private final WindowPolicy policy = new WindowPolicy();
    private final FakeClock clock = new FakeClock(LAST);

    @Test
    void insideTwentyFourHoursEveryoneSendsAsResponse() {
        clock.advance(Duration.ofHours(24).minusMillis(1));

        assertThat(policy.decide(LAST, clock.instant(), Sender.AGENT)).isEqualTo(new WindowDecision.Response(DAY_END));
        assertThat(policy.decide(LAST, clock.instant(), Sender.AUTOMATION)).isEqualTo(new WindowDecision.Response(DAY_END));
        assertThat(policy.decide(LAST, LAST, Sender.AUTOMATION)).isEqualTo(new WindowDecision.Response(DAY_END));
    }

    @Test
    void atExactlyTwentyFourHoursOnlyAnAgentMaySendWithTheHumanAgentTag() {
        clock.set(DAY_END);

        assertThat(policy.decide(LAST, clock.instant(), Sender.AGENT)).isEqualTo(new WindowDecision.HumanAgentTag(WEEK_END));
        WindowDecision automation = policy.decide(LAST, clock.instant(), Sender.AUTOMATION);
        assertThat(automation).isInstanceOf(WindowDecision.Closed.class);
        assertThat(((WindowDecision.Closed) automation).reason())
                .contains("24-hour window closed at 2026-11-21 10:00 UTC")
                .contains("Automated messages may not use the human agent tag")
                .contains("until 2026-11-27 10:00 UTC");
    }

    @Test
    void justBeforeSevenDaysAnAgentStillSendsTagged() {
        clock.set(WEEK_END.minusMillis(1));

        assertThat(policy.decide(LAST, clock.instant(), Sender.AGENT)).isEqualTo(new WindowDecision.HumanAgentTag(WEEK_END));
        assertThat(policy.decide(LAST, clock.instant(), Sender.AUTOMATION)).isInstanceOf(WindowDecision.Closed.class);
    }

    @Test
    void atExactlySevenDaysNobodyMaySend() {
        clock.set(WEEK_END);

        for (Sender sender : Sender.values()) {
            WindowDecision decision = policy.decide(LAST, clock.instant(), sender);
            assertThat(decision).isInstanceOf(WindowDecision.Closed.class);
            assertThat(((WindowDecision.Closed) decision).reason())
                    .isEqualTo("The 7-day window closed at 2026-11-27 10:00 UTC. Nothing can be sent until the customer writes again.");
        }
    }

    @Test
    void aCustomerWhoNeverWroteCannotBeMessaged() {
        WindowDecision decision = policy.decide(null, LAST, Sender.AGENT);

        assertThat(decision).isInstanceOf(WindowDecision.Closed.class);
        assertThat(((WindowDecision.Closed) decision).reason()).contains("has not written to this page yet");
    }

    @Test
    void countdownLabelsForTheDesktop() {
        assertThat(WindowState.at(LAST, LAST.plus(Duration.ofMinutes(20 * 60 + 48))).label()).isEqualTo("24h window: 3h12m left");
        assertThat(WindowState.at(LAST, DAY_END.minus(Duration.ofMinutes(42))).label()).isEqualTo("24h window: 42m left");
        assertThat(WindowState.at(LAST, DAY_END.minusSeconds(30)).label()).isEqualTo("24h window: less than a minute left");
        assertThat(WindowState.at(LAST, DAY_END).label()).isEqualTo("Human agent window: 6 days left");
        assertThat(WindowState.at(LAST, WEEK_END.minus(Duration.ofDays(5)).minus(Duration.ofHours(3))).label())
                .isEqualTo("Human agent window: 5 days left");
        assertThat(WindowState.at(LAST, WEEK_END.minus(Duration.ofHours(30))).label()).isEqualTo("Human agent window: 1 day left");
        assertThat(WindowState.at(LAST, WEEK_END.minus(Duration.ofMinutes(65))).label()).isEqualTo("Human agent window: 1h05m left");
        assertThat(WindowState.at(LAST, WEEK_END).label()).isEqualTo("Closed \u2014 the customer must write first");
        assertThat(WindowState.at(null, LAST).phase()).isEqualTo(WindowState.Phase.CLOSED);
    }

    @Test
    void stateExposesPhaseDeadlineAndRemainingTime() {
        WindowState state = WindowState.at(LAST, LAST.plus(Duration.ofHours(1)));

        assertThat(state.phase()).isEqualTo(WindowState.Phase.STANDARD);
        assertThat(state.closesAt()).isEqualTo(DAY_END);
        assertThat(state.remaining()).isEqualTo(Duration.ofHours(23));
        assertThat(WindowState.at(LAST, WEEK_END.plusSeconds(1)).remaining()).isZero();
    }
}
