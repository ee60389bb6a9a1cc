package org.switchboard.relay.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.ops.WorkThreads;

/**
 * Copies the WAL back into the database file on a background thread, several times a second, so that a
 * committing thread (the webhook's inbox writer above all) rarely has to: SQLite's automatic checkpoint, which
 * runs inside a commit and makes every request queued behind it wait, then finds almost everything copied already
 * and only finishes the job, which keeps the WAL bounded. PASSIVE checkpoints never block readers or the writer.
 * Threads: its own; {@link #checkpoint} may also be called directly (tests).
 */
final class Checkpointer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);
    private static final long PERIOD_MILLIS = 100;

    private final String name;
    private final Connection connection;
    private final ScheduledExecutorService thread;

    Checkpointer(String name, Connection connection) {
        this.name = name;
        this.connection = connection;
        this.thread = Executors.newSingleThreadScheduledExecutor(WorkThreads.background("checkpoint-" + name, false, true));
        thread.scheduleWithFixedDelay(this::checkpointQuietly, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** One PASSIVE checkpoint; returns how many WAL frames are now copied into the database file. */
    synchronized int checkpoint() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            return result.next() ? result.getInt(3) : 0;
        }
    }

    private void checkpointQuietly() {
        try {
            checkpoint();
        } catch (SQLException e) {
            LOG.warn("background checkpoint of {} failed (commits checkpoint themselves meanwhile): {}", name, e.getMessage());
        }
    }

    @Override
    public void close() throws SQLException {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            connection.close();
        }
    }
}
