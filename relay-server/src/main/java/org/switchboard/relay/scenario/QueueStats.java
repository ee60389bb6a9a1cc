package org.switchboard.relay.scenario;

import java.time.Duration;

/** Port to the live queue figures If conditions test; the router provides them. Called on the engine thread. */
public interface QueueStats {
    int waiting(String service);

    Duration estimatedWait(String service);

    /** For tests and scenarios that never look at queues. */
    QueueStats NONE = new QueueStats() {
        @Override
        public int waiting(String service) {
            return 0;
        }

        @Override
        public Duration estimatedWait(String service) {
            return Duration.ZERO;
        }
    };
}
