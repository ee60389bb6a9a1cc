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
import org.switchboard.relay.inbox.StoredInbox;

/**
 * Feeds stored webhook events to the engine in chunks of up to {@link #CHUNK} rows, in inbox order, each chunk an
 * engine task of its own so that agents' commands and timers interleave with a long backlog. While events keep
 * arriving (the webhook is busy) and a backlog remains, it rests between chunks so that the engine thread uses at
 * most a third of a core (all its work counted, not only the chunks): the rest goes to the webhook, which must
 * answer Facebook in time. The backlog is durable, and it is caught up at full speed once the burst is over.
 * Rows wait in memory only up to a limit: past it (and at start) they are read back from the inbox file in order,
 * so a long burst or a long outage never fills the heap.
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
    private final StoredInbox stored;
    private final int memoryRows;
    private final LinkedBlockingQueue<InboxRow> backlog = new LinkedBlockingQueue<>();
    private final AtomicBoolean feeding = new AtomicBoolean();
    /** Set when rows were left in the file (too many to keep in memory, or at start); cleared once caught up. */
    private final AtomicBoolean spilled = new AtomicBoolean();
    /** The seq of the last row handed to processing (engine thread). */
    private long lastFed;
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
     * @param stored         reads rows back from the inbox file
     * @param memoryRows     how many arrived rows may wait in memory
     */
    InboxFeed(Consumer<Runnable> engine, Later later, LongSupplier nanoTime, LongSupplier engineCpuNanos,
              Consumer<List<InboxRow>> process, StoredInbox stored, int memoryRows) {
        this.engine = engine;
        this.later = later;
        this.nanoTime = nanoTime;
        this.engineCpuNanos = engineCpuNanos;
        this.process = process;
        this.stored = stored;
        this.memoryRows = memoryRows;
        this.lastArrival = nanoTime.getAsLong() - BUSY_NANOS;
    }

    /** Rows just committed (or left from before a restart), in inbox order. */
    void arrived(List<InboxRow> rows) {
        lastArrival = nanoTime.getAsLong();
        if (spilled.get() || backlog.size() + rows.size() > memoryRows) {
            spilled.set(true);
        } else {
            backlog.addAll(rows);
        }
        kick();
    }

    /** At start: every row after the processing cursor is read back from the inbox file. */
    void catchUp(long processedThrough) {
        engine.accept(() -> lastFed = Math.max(lastFed, processedThrough));
        spilled.set(true);
        kick();
    }

    private void kick() {
        if (feeding.compareAndSet(false, true)) {
            engine.accept(() -> {
                spanWall = nanoTime.getAsLong();
                spanCpu = engineCpuNanos.getAsLong();
                next();
            });
        }
    }

    private void next() {
        List<InboxRow> chunk;
        try {
            chunk = take();
        } catch (RuntimeException e) {
            feeding.set(false);
            throw e;
        }
        if (chunk.isEmpty()) {
            stop();
            return;
        }
        lastFed = chunk.get(chunk.size() - 1).seq();
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
            if (!more()) {
                stop();
            } else if (rest) {
                rest(over);
            } else {
                engine.accept(this::next);
            }
        }
    }

    /**
     * The next rows after the last one fed: those waiting in memory (they come before any left in the file), then
     * those in the file. Once the file has nothing more, arrivals wait in memory again; the file is read once more
     * for rows committed meanwhile, and a row met twice that way is skipped by its seq.
     */
    private List<InboxRow> take() {
        List<InboxRow> chunk = new ArrayList<>();
        for (InboxRow row = backlog.poll(); row != null; row = chunk.size() < CHUNK ? backlog.poll() : null) {
            if (row.seq() > lastFed) {
                chunk.add(row);
            }
        }
        if (chunk.isEmpty() && spilled.get()) {
            chunk = stored.after(lastFed, CHUNK);
            if (chunk.isEmpty()) {
                spilled.set(false);
                chunk = stored.after(lastFed, CHUNK);
            }
        }
        return chunk;
    }

    private boolean more() {
        return !backlog.isEmpty() || spilled.get();
    }

    /** Stops feeding, unless rows arrived meanwhile (their arrival saw the feed still running and left them). */
    private void stop() {
        feeding.set(false);
        if (more() && feeding.compareAndSet(false, true)) {
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
