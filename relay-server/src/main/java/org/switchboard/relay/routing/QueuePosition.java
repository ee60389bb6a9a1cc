package org.switchboard.relay.routing;

import java.time.Duration;

/** Where a waiting chat stands: 1 is next; the estimate feeds the scenario's $(queue.ewt). */
public record QueuePosition(int position, Duration estimatedWait) {
}
