package org.switchboard.relay.routing;

import java.time.Duration;

/**
 * Live figures of one service: chats waiting, the longest current wait, the estimated wait for a new chat,
 * the service level (% of answered chats answered within the target, 100 before any answer) and occupancy
 * (% of the logged-in agents' chat slots in use).
 */
public record ServiceStats(String service, int waiting, Duration longestWait, Duration estimatedWait,
                           double serviceLevelPercent, double occupancyPercent) {
}
