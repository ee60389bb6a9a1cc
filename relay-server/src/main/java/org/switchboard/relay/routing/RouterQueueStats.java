package org.switchboard.relay.routing;

import java.time.Duration;
import org.switchboard.relay.scenario.QueueStats;

/** Gives scenario If conditions (queue size, estimated wait) the router's live figures. Engine thread only. */
public final class RouterQueueStats implements QueueStats {
    private final Router router;

    public RouterQueueStats(Router router) {
        this.router = router;
    }

    @Override
    public int waiting(String service) {
        return router.stats(service).waiting();
    }

    @Override
    public Duration estimatedWait(String service) {
        return router.stats(service).estimatedWait();
    }
}
