package org.switchboard.relay.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.switchboard.relay.inbox.InboxRow;
import org.switchboard.relay.messenger.MessengerEvent;

/** Inbox rows reach the engine in order, and a backlog gives way to a busy webhook; no threads, fake clocks. */
class InboxFeedTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Deque<Runnable> engineQueue = new ArrayDeque<>();
    private final List<Long> rests = new ArrayList<>();
    private final Deque<Runnable> rested = new ArrayDeque<>();
    private final List<List<Long>> processed = new ArrayList<>();
    private long now = 1_000 * MS;
    private long cpu;
    private long chunkTakes = 10 * MS;
    private boolean refuseLater;
    /** The inbox file: every row that arrived (or was there before a start). */
    private final java.util.TreeMap<Long, InboxRow> file = new java.util.TreeMap<>();

    private final InboxFeed feed = new InboxFeed(engineQueue::addLast, (delay, task) -> {
        if (refuseLater) {
            throw new RejectedExecutionException("stopping");
        }
        rests.add(delay);
        rested.addLast(task);
    }, () -> now, () -> cpu, chunk -> {
        processed.add(chunk.stream().map(InboxRow::seq).toList());
        now += chunkTakes;
        cpu += chunkTakes;
    }, this::stored, 1_000_000);

    @Test
    void aBacklogIsFedInOrderInChunksAtFullSpeedWhenNothingNewArrives() {
        feed.arrived(rows(1, 1_200));
        now += 100 * MS;
        runEngine();

        assertThat(processed).extracting(List::size).containsExactly(500, 500, 200);
        assertThat(processed.stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 1_200).boxed().toList());
        assertThat(rests).isEmpty();
    }

    @Test
    void whileEventsKeepArrivingTheEngineRestsToUseAtMostAThirdOfACore() {
        feed.arrived(rows(1, 1_000));
        runEngine();
        assertThat(processed).hasSize(1);
        assertThat(rests).containsExactly(20 * MS);

        now += 5 * MS;
        feed.arrived(rows(1_001, 10));
        runEngine();
        assertThat(processed).as("nothing runs before the rest is over").hasSize(1);

        chunkTakes = 2 * MS;
        now += 15 * MS;
        rested.removeFirst().run();
        runEngine();
        assertThat(processed).hasSize(2);
        assertThat(rests).as("3 x CPU used - time elapsed").containsExactly(20 * MS, 4 * MS);
        rested.removeFirst().run();
        runEngine();
        assertThat(processed.stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 1_010).boxed().toList());
    }

    @Test
    void aFailingChunkDoesNotStopTheFeed() {
        List<List<Long>> seen = new ArrayList<>();
        InboxFeed failing = new InboxFeed(engineQueue::addLast, (delay, task) -> rested.addLast(task), () -> now, () -> now, chunk -> {
            seen.add(chunk.stream().map(InboxRow::seq).toList());
            now += MS;
            if (seen.size() == 1) {
                throw new IllegalStateException("disk full");
            }
        }, this::stored, 1_000_000);
        failing.arrived(rows(1, 600));
        while (!engineQueue.isEmpty() || !rested.isEmpty()) {
            try {
                (engineQueue.isEmpty() ? rested : engineQueue).removeFirst().run();
            } catch (IllegalStateException expected) {
                // the engine logs a failed task and goes on
            }
        }
        assertThat(seen).extracting(List::size).containsExactly(500, 100);
    }

    @Test
    void whenTheRelayStopsDuringARestTheRestIsLeftForTheNextStart() {
        refuseLater = true;
        feed.arrived(rows(1, 1_000));
        runEngine();
        assertThat(processed).hasSize(1);
        refuseLater = false;
        now += 100 * MS;
        feed.arrived(rows(1_001, 1));
        runEngine();
        rested.removeFirst().run();
        runEngine();
        assertThat(processed).as("a later arrival starts feeding again").extracting(List::size).containsExactly(500, 500, 1);
    }

    private void runEngine() {
        while (!engineQueue.isEmpty()) {
            engineQueue.removeFirst().run();
        }
    }

    private static List<InboxRow> rows(long firstSeq, int count) {
        return LongStream.range(firstSeq, firstSeq + count).mapToObj(seq -> new InboxRow(seq,
                new MessengerEvent.Unknown("p1", "u1", Instant.EPOCH, false, "{}", "test"))).toList();
    }

    @Test
    void smallCommitsAreGatheredIntoChunks() {
        feed.arrived(rows(1, 600));
        for (int i = 0; i < 30; i++) {
            feed.arrived(rows(601 + 10L * i, 10));
        }
        chunkTakes = 10 * MS;
        runEngine();
        assertThat(processed).extracting(List::size).containsExactly(500);
        now += 40 * MS;
        feed.arrived(rows(901, 1));
        rested.removeFirst().run();
        runEngine();
        assertThat(processed).as("400 rows gathered in one chunk, then the last").extracting(List::size)
                .containsExactly(500, 401);
    }

    @Test
    void anEngineThatGotLessThanAThirdOfACoreDoesNotRest() {
        InboxFeed contended = new InboxFeed(engineQueue::addLast, (delay, task) -> rests.add(delay), () -> now, () -> cpu,
                chunk -> {
                    processed.add(chunk.stream().map(InboxRow::seq).toList());
                    now += 10 * MS;
                    cpu += 3 * MS;
                }, this::stored, 1_000_000);
        contended.arrived(rows(1, 1_500));
        runEngine();
        assertThat(processed).hasSize(3);
        assertThat(rests).isEmpty();
    }

    @Test
    void aBacklogBeyondTheMemoryLimitIsReadBackFromTheFileInOrder() {
        InboxFeed small = new InboxFeed(engineQueue::addLast, (delay, task) -> rested.addLast(task), () -> now, () -> cpu,
                chunk -> processed.add(chunk.stream().map(InboxRow::seq).toList()), this::stored, 600);
        now += 100 * MS;
        small.arrived(committed(1, 500));
        small.arrived(committed(501, 500));
        small.arrived(committed(1_001, 1_000));
        runEngine();
        small.arrived(committed(2_001, 10));
        runEngine();

        assertThat(processed.stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 2_010).boxed().toList());
    }

    @Test
    void atStartEverythingAfterTheCursorIsReadFromTheFile() {
        committed(1, 1_200);
        now += 100 * MS;
        feed.catchUp(200);
        runEngine();
        feed.arrived(committed(1_201, 10));
        runEngine();

        assertThat(processed.stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(LongStream.rangeClosed(201, 1_210).boxed().toList());
        assertThat(processed).extracting(List::size).containsExactly(500, 500, 10);
    }

    private List<InboxRow> committed(long firstSeq, int count) {
        List<InboxRow> rows = rows(firstSeq, count);
        rows.forEach(row -> file.put(row.seq(), row));
        return rows;
    }

    private List<InboxRow> stored(long afterSeq, int limit) {
        return file.tailMap(afterSeq, false).values().stream().limit(limit).toList();
    }
}
