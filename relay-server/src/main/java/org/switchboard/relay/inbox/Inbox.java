package org.switchboard.relay.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.messenger.MessengerEvent;
import org.switchboard.relay.store.Database;
import org.switchboard.relay.store.Sql;
import org.switchboard.relay.store.StoreException;

/**
 * The durable inbox of webhook events, in its own database file that nothing else writes, so storing events
 * never waits for the work done after them. Appends from many webhook requests are grouped into one SQLite
 * transaction (group commit), so each request waits for one fsync shared with its neighbours; a request's
 * future completes only after its rows are committed. Dedupe is the UNIQUE (page_id, dedupe_key) constraint.
 * Rows are never changed: how far processing got is the caller's {@link InboxProgress}.
 * Threads: {@link #append} from any thread; one writer thread owns the batching; the appends' futures complete
 * and {@code onCommitted} runs on it, so both must be quick.
 */
public final class Inbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
    private static final int MAX_REQUESTS_PER_COMMIT = 256;
    /** Rows per INSERT statement: one statement for many rows costs about half as much per row as one per row. */
    private static final int ROWS_PER_INSERT = 50;
    /** The columns of an inbox row, in the order of {@link #ROW}'s placeholders. */
    static final String COLUMNS = "seq, page_id, dedupe_key, customer_id, kind, standby, event_time, received_at, raw";
    private static final String INSERT = "INSERT OR IGNORE INTO inbox (" + COLUMNS + ") VALUES ";
    static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database database;
    private final Clock clock;
    private final Consumer<List<InboxRow>> onCommitted;
    private final BlockingQueue<PendingAppend> queue = new ArrayBlockingQueue<>(10_000);
    private final Thread writer;
    /**
     * The last seq given out; the writer thread is the only one inserting, so it numbers rows itself (no key
     * lookups). A duplicate's number stays unused, so seqs are ordered but may have gaps.
     */
    private long lastSeq;
    private volatile boolean running = true;

    /**
     * @param database         the inbox database ({@code Schema.INBOX})
     * @param processedThrough the processing cursor: new rows are numbered after it even if the inbox file was
     *                         replaced by an older or empty one, so no new event is ever taken for processed
     */
    public Inbox(Database database, Clock clock, long processedThrough, Consumer<List<InboxRow>> onCommitted) {
        this.database = database;
        this.clock = clock;
        this.onCommitted = onCommitted;
        long stored = database.read(c -> Sql.one(c, "SELECT COALESCE(MAX(seq), 0) FROM inbox", row -> row.getLong(1)).orElse(0L));
        this.lastSeq = Math.max(stored, processedThrough);
        this.writer = new Thread(this::writeLoop, "inbox-writer");
        writer.start();
    }

    /** Queues the events for the next commit; the future completes once they are durable (or failed). */
    public CompletableFuture<AppendResult> append(List<MessengerEvent> events) {
        PendingAppend pending = new PendingAppend(List.copyOf(events), new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            pending.done().completeExceptionally(new StoreException("inbox is " + (running ? "full" : "closed")));
        }
        return pending.done();
    }

    /** Rows with a seq above {@code processedThrough} in the inbox database, oldest first. */
    public static List<InboxRow> after(Database database, long processedThrough, InboxEventReader reader, int limit) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT seq, page_id, standby, event_time, raw FROM inbox"
                    + " WHERE seq > ? ORDER BY seq LIMIT ?")) {
                select.setLong(1, processedThrough);
                select.setInt(2, limit);
                List<InboxRow> rows = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new InboxRow(rs.getLong("seq"), reader.read(rs.getString("page_id"),
                                rs.getLong("event_time"), rs.getInt("standby") == 1, rs.getString("raw"))));
                    }
                }
                return rows;
            }
        });
    }

    private void writeLoop() {
        List<PendingAppend> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                PendingAppend first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_REQUESTS_PER_COMMIT - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<PendingAppend> batch) {
        List<AppendResult> results;
        long seqBefore = lastSeq;
        try {
            results = database.write(c -> insertAll(c, batch));
        } catch (RuntimeException e) {
            lastSeq = seqBefore;
            LOG.error("inbox commit of {} request(s) failed: {}", batch.size(), e.getMessage());
            batch.forEach(p -> p.done().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(results.get(i));
        }
        List<InboxRow> stored = results.stream().flatMap(r -> r.stored().stream()).toList();
        if (!stored.isEmpty()) {
            try {
                onCommitted.accept(stored);
            } catch (RuntimeException e) {
                LOG.error("handing {} committed inbox row(s) to processing failed; they are processed at next start",
                        stored.size(), e);
            }
        }
    }

    /**
     * Inserts every event of the batch, numbered in order, {@link #ROWS_PER_INSERT} rows per statement; a duplicate
     * of a stored event is ignored by the UNIQUE constraint and is not RETURNed (its number stays unused).
     */
    private List<AppendResult> insertAll(Connection c, List<PendingAppend> batch) throws SQLException {
        long now = clock.millis();
        List<MessengerEvent> events = batch.stream().flatMap(p -> p.events().stream()).toList();
        long firstSeq = lastSeq + 1;
        Set<Long> inserted = new HashSet<>();
        for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
            List<MessengerEvent> slice = events.subList(from, Math.min(events.size(), from + ROWS_PER_INSERT));
            String sql = INSERT + String.join(", ", Collections.nCopies(slice.size(), ROW)) + " RETURNING seq";
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                int p = 1;
                for (int i = 0; i < slice.size(); i++) {
                    MessengerEvent event = slice.get(i);
                    insert.setLong(p++, firstSeq + from + i);
                    insert.setString(p++, event.pageId());
                    insert.setString(p++, event.dedupeKey());
                    insert.setString(p++, event.customerId());
                    insert.setString(p++, event.getClass().getSimpleName());
                    insert.setInt(p++, event.standby() ? 1 : 0);
                    insert.setLong(p++, event.timestamp().toEpochMilli());
                    insert.setLong(p++, now);
                    insert.setString(p++, event.rawJson());
                }
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getLong(1));
                    }
                }
            }
        }
        lastSeq = firstSeq + events.size() - 1;
        List<AppendResult> results = new ArrayList<>(batch.size());
        long seq = firstSeq;
        for (PendingAppend pending : batch) {
            List<InboxRow> stored = new ArrayList<>();
            for (MessengerEvent event : pending.events()) {
                if (inserted.contains(seq)) {
                    stored.add(new InboxRow(seq, event));
                }
                seq++;
            }
            results.add(new AppendResult(stored, pending.events().size() - stored.size()));
        }
        return results;
    }

    @Override
    public void close() {
        running = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.forEach(p -> p.done().completeExceptionally(new StoreException("inbox closed")));
    }

    /** Turns a stored row back into its typed event (used after a restart). */
    @FunctionalInterface
    public interface InboxEventReader {
        MessengerEvent read(String pageId, long eventTimeMillis, boolean standby, String rawJson);
    }

    private record PendingAppend(List<MessengerEvent> events, CompletableFuture<AppendResult> done) {
    }
}
