package org.switchboard.relay.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.switchboard.relay.inbox.InboxRow;

/**
 * Feeds stored webhook events to the engine in chunks of up to {@link #CHUNK} rows, in inbox order, each chunk an
 * engine task of its own so that agents' commands and timers interleave with a long backlog. While events keep
 * arriving (the webhook is busy) and a backlog remains, it rests between chunks so that the engine thread uses at
 * most a third of a core (all its work counted, not only the chunks): the rest goes to the webhook, which must
 * answer Facebook in time. The backlog is durable, and it is caught up at full speed once the burst is over.
 * Threads: {@link #arrived} from one thread at a time (the inbox writer, or the start-up); the rest on the engine
 * thread.
 */
final class InboxFeed {
    static final int CHUNK = 500;
    /** Rows arriving within this time count as a busy webhook. */
    private static final long BUSY_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    /** The engine's share of a core while the webhook is busy: 1 / this. */
    private static final int SHARE_DIVISOR = 3;

    private final Consumer<Runnable> engine;
    private final Later later;
    private final LongSupplier nanoTime;
    private final LongSupplier engineCpuNanos;
    private final Consumer<List<InboxRow>> process;
    private final LinkedBlockingQueue<InboxRow> backlog = new LinkedBlockingQueue<>();
    private final AtomicBoolean feeding = new AtomicBoolean();
    private volatile long lastArrival;
    /** Since the end of the last chunk (or rest): wall clock and engine CPU time, to measure the engine's share. */
    private long spanWall;
    private long spanCpu;

    /** Runs a task after a delay (the engine's timer); may refuse when the relay is stopping. */
    @FunctionalInterface
    interface Later {
        void run(long delayNanos, Runnable task) throws RejectedExecutionException;
    }

    /**
     * @param engine         queues a task on the engine thread
     * @param later          runs the next chunk after a rest
     * @param nanoTime       the monotonic clock ({@code System::nanoTime})
     * @param engineCpuNanos CPU time the engine thread has used so far (read on the engine thread)
     * @param process        commits and acts on one chunk (on the engine thread)
     */
    InboxFeed(Consumer<Runnable> engine, Later later, LongSupplier nanoTime, LongSupplier engineCpuNanos,
              Consumer<List<InboxRow>> process) {
        this.engine = engine;
        this.later = later;
        this.nanoTime = nanoTime;
        this.engineCpuNanos = engineCpuNanos;
        this.process = process;
        this.lastArrival = nanoTime.getAsLong() - BUSY_NANOS;
    }

    /** Rows just committed (or left from before a restart), in inbox order. */
    void arrived(List<InboxRow> rows) {
        backlog.addAll(rows);
        lastArrival = nanoTime.getAsLong();
        if (feeding.compareAndSet(false, true)) {
            engine.accept(() -> {
                spanWall = nanoTime.getAsLong();
                spanCpu = engineCpuNanos.getAsLong();
                next();
            });
        }
    }

    private void next() {
        List<InboxRow> chunk = new ArrayList<>(Math.min(CHUNK, backlog.size()));
        backlog.drainTo(chunk, CHUNK);
        if (chunk.isEmpty()) {
            stop();
            return;
        }
        try {
            process.accept(chunk);
        } finally {
            long now = nanoTime.getAsLong();
            long cpu = engineCpuNanos.getAsLong();
            // CPU used since the last chunk beyond its share of the time elapsed: resting that long restores the share.
            long over = SHARE_DIVISOR * (cpu - spanCpu) - (now - spanWall);
            boolean rest = now - lastArrival < BUSY_NANOS && over > 0;
            spanWall = rest ? now + over : now;
            spanCpu = cpu;
            if (backlog.isEmpty()) {
                stop();
            } else if (rest) {
                rest(over);
            } else {
                engine.accept(this::next);
            }
        }
    }

    /** Stops feeding, unless rows arrived meanwhile (their arrival saw the feed still running and left them). */
    private void stop() {
        feeding.set(false);
        if (!backlog.isEmpty() && feeding.compareAndSet(false, true)) {
            engine.accept(this::next);
        }
    }

    private void rest(long nanos) {
        try {
            later.run(nanos, () -> engine.accept(this::next));
        } catch (RejectedExecutionException stopping) {
            // The relay is stopping: the rows left are durable and processed at the next start.
            feeding.set(false);
        }
    }
}
