package org.switchboard.relay.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.relay.FakeClock;
import org.switchboard.relay.scenario.QueueStats;

class RouterQueueStatsTest {
    @Test
    void scenarioConditionsSeeTheRoutersQueue() {
        Router router = new Router(new FakeClock(Instant.parse("2026-11-23T10:00:00Z")), RoutingSettings.DEFAULTS);
        router.on(new RoutingEvent.ChatQueued("c1", new Requirement("Support", Map.of()), 1));
        router.on(new RoutingEvent.ChatQueued("c2", new Requirement("Support", Map.of()), 1));
        QueueStats stats = new RouterQueueStats(router);

        assertThat(stats.waiting("Support")).isEqualTo(2);
        assertThat(stats.waiting("Sales")).isZero();
        assertThat(stats.estimatedWait("Support")).isEqualTo(Duration.ofMinutes(15));
    }
}
