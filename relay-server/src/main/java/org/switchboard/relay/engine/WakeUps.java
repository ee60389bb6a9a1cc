package org.switchboard.relay.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Turns "wake me at" requests of the router and of conversations into timer tasks that come back on the engine
 * thread. One pending timer per key; a new request for a key replaces the old one. Threads: engine thread only;
 * the callback is handed to the engine's executor.
 */
final class WakeUps {
    static final String ROUTER = "router";

    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Consumer<Runnable> engine;
    private final Map<String, ScheduledFuture<?>> pending = new HashMap<>();

    WakeUps(Clock clock, ScheduledExecutorService timer, Consumer<Runnable> engine) {
        this.clock = clock;
        this.timer = timer;
        this.engine = engine;
    }

    /** Runs {@code task} on the engine thread at {@code at} (or never, for an empty {@code at}). */
    void schedule(String key, Optional<Instant> at, Runnable task) {
        ScheduledFuture<?> previous = pending.remove(key);
        if (previous != null) {
            previous.cancel(false);
        }
        if (at.isEmpty() || timer.isShutdown()) {
            return;
        }
        long delay = Math.max(0, Duration.between(clock.instant(), at.get()).toMillis());
        // The task runs on the engine thread, after this method returns, so `mine` is set when it checks it.
        AtomicReference<ScheduledFuture<?>> mine = new AtomicReference<>();
        mine.set(timer.schedule(() -> engine.accept(() -> {
            if (pending.get(key) == mine.get()) {
                pending.remove(key);
                task.run();
            }
        }), delay, TimeUnit.MILLISECONDS));
        pending.put(key, mine.get());
    }

    void cancel(String key) {
        schedule(key, Optional.empty(), () -> { });
    }
}
