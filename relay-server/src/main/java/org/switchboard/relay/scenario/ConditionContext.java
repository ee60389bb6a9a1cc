package org.switchboard.relay.scenario;

import java.time.ZonedDateTime;
import java.util.Map;

/** What an If condition may look at: the time in the scenario's zone, the variables and the queues. */
public record ConditionContext(ZonedDateTime now, Map<String, String> variables, QueueStats queues) {
}
