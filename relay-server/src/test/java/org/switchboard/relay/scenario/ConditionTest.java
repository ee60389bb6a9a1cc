package org.switchboard.relay.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final ScenarioInterpreterTest.FakeQueues queues = new ScenarioInterpreterTest.FakeQueues();

    private ConditionContext at(String localParis, Map<String, String> variables) {
        return new ConditionContext(ZonedDateTime.of(java.time.LocalDateTime.parse(localParis), PARIS), variables, queues);
    }

    private ConditionContext at(String localParis) {
        return at(localParis, Map.of());
    }

    @Test
    void timeOfDayIncludesStartExcludesEndAndMayWrapMidnight() {
        Condition day = new Condition.TimeOfDay(LocalTime.of(9, 0), LocalTime.of(17, 0));
        Condition night = new Condition.TimeOfDay(LocalTime.of(22, 0), LocalTime.of(6, 0));

        assertThat(day.test(at("2026-11-23T09:00"))).isTrue();
        assertThat(day.test(at("2026-11-23T17:00"))).isFalse();
        assertThat(night.test(at("2026-11-23T23:30"))).isTrue();
        assertThat(night.test(at("2026-11-23T05:59"))).isTrue();
        assertThat(night.test(at("2026-11-23T12:00"))).isFalse();
    }

    @Test
    void dayOfWeek() {
        Condition weekend = new Condition.DaysOfWeek(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

        assertThat(weekend.test(at("2026-11-28T10:00"))).isTrue();
        assertThat(weekend.test(at("2026-11-23T10:00"))).isFalse();
    }

    @Test
    void businessHoursUseTheirOwnZoneAndHolidays() {
        BusinessHours newYork = new BusinessHours(ZoneId.of("America/New_York"),
                Map.of(DayOfWeek.MONDAY, List.of(new BusinessHours.Hours(LocalTime.of(9, 0), LocalTime.of(17, 0)))),
                Set.of(LocalDate.parse("2026-12-28")));
        Condition open = new Condition.OpenHours(newYork);

        assertThat(open.test(at("2026-11-23T15:30"))).as("09:30 in New York").isTrue();
        assertThat(open.test(at("2026-11-23T14:30"))).as("08:30 in New York").isFalse();
        assertThat(open.test(at("2026-12-28T18:00"))).as("holiday").isFalse();
        assertThat(open.test(at("2026-11-24T18:00"))).as("Tuesday has no hours").isFalse();
    }

    @Test
    void variablesCompareAsNumbersWhenBothAreNumbers() {
        Map<String, String> vars = Map.of("age", "9", "lang", "ES", "text", "I want a refund");

        assertThat(new Condition.VariableCompare("age", Comparison.LT, "10").test(at("2026-11-23T10:00", vars))).isTrue();
        assertThat(new Condition.VariableCompare("lang", Comparison.EQ, "es").test(at("2026-11-23T10:00", vars))).isTrue();
        assertThat(new Condition.VariableCompare("text", Comparison.CONTAINS, "REFUND").test(at("2026-11-23T10:00", vars))).isTrue();
        assertThat(new Condition.VariableCompare("missing", Comparison.NE, "").test(at("2026-11-23T10:00", vars))).isFalse();
    }

    @Test
    void queueSizeAndEstimatedWait() {
        queues.waiting = 12;
        queues.wait = Duration.ofMinutes(6);

        assertThat(new Condition.QueueSize("Support", Comparison.GT, 10).test(at("2026-11-23T10:00"))).isTrue();
        assertThat(new Condition.EstimatedWait("Support", Comparison.GE, Duration.ofMinutes(5)).test(at("2026-11-23T10:00"))).isTrue();
        assertThat(new Condition.EstimatedWait("Support", Comparison.LT, Duration.ofMinutes(5)).test(at("2026-11-23T10:00"))).isFalse();
    }

    @Test
    void allAnyAndNotCombine() {
        Condition yes = new Condition.VariableCompare("v", Comparison.EQ, "1");
        Condition no = new Condition.Not(yes);
        ConditionContext context = at("2026-11-23T10:00", Map.of("v", "1"));

        assertThat(new Condition.All(List.of(yes, no)).test(context)).isFalse();
        assertThat(new Condition.Any(List.of(no, yes)).test(context)).isTrue();
        assertThat(new Condition.Not(new Condition.All(List.of(yes, yes))).test(context)).isFalse();
    }
}
