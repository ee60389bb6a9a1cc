package org.switchboard.relay.engine;

import java.time.Duration;
import org.switchboard.relay.scenario.QueueStats;

/**
 * Queue figures for scenario conditions, read from the live ACD. The wait estimate is rough (a minute per
 * waiting chat) until the ACD keeps handle-time statistics. Engine thread only.
 */
final class LiveQueueStats implements QueueStats {
    private final OfferQueue acd;

    LiveQueueStats(OfferQueue acd) {
        this.acd = acd;
    }

    @Override
    public int waiting(String service) {
        return acd.waitingCount(service);
    }

    @Override
    public Duration estimatedWait(String service) {
        return Duration.ofMinutes(acd.waitingCount(service));
    }
}
