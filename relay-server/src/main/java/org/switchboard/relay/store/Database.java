package org.switchboard.relay.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded SQLite file: one writer connection (SQLite allows one writer; WAL lets readers go on) and one
 * reader connection, each guarded by its own lock, with migrations applied on open, and a {@link Checkpointer}.
 * Threads: any; writes are serialized here, so callers never see SQLITE_BUSY from each other.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int WRITER_CACHE_KIB = 64 * 1024;

    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final Checkpointer checkpointer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();

    private final boolean durableCommits;
    /** Whether the writer is at synchronous=NORMAL for derived writes although commits are durable; writer lock. */
    private boolean writerRelaxed;

    private Database(Path file, Connection writer, Connection reader, Checkpointer checkpointer, boolean durableCommits) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
        this.checkpointer = checkpointer;
        this.durableCommits = durableCommits;
    }

    /** Opens (creating if needed) the relay's main database file and brings its schema to the newest version. */
    public static Database open(Path file, boolean durableCommits) {
        return open(file, durableCommits, Schema.RELAY);
    }

    /** Opens (creating if needed) a database file holding {@code schema}, brought to its newest version. */
    public static Database open(Path file, boolean durableCommits, Schema schema) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Connection writer = connect(file, durableCommits);
            try (Statement pragma = writer.createStatement()) {
                // The writer's page cache (SQLite's default is 2 MiB): unique indexes take inserts at random places,
                // and every page that is not cached is read back from the file inside the commit.
                pragma.execute("PRAGMA cache_size=-" + WRITER_CACHE_KIB);
            }
            new Migrations(writer, schema).apply();
            Connection reader = connect(file, durableCommits);
            var checkpointer = new Checkpointer(file.getFileName().toString(), connect(file, durableCommits));
            LOG.info("database {} ready (schema v{})", file, Migrations.currentVersion(writer));
            return new Database(file, writer, reader, checkpointer, durableCommits);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path file, boolean durableCommits) throws SQLException {
        Properties options = new Properties();
        options.setProperty("jdbc.get_generated_keys", "false");
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), options);
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA journal_mode=WAL");
            pragma.execute("PRAGMA synchronous=" + (durableCommits ? "FULL" : "NORMAL"));
            pragma.execute("PRAGMA foreign_keys=ON");
            pragma.execute("PRAGMA busy_timeout=10000");
            // The Checkpointer copies the WAL back in the background; a commit checkpoints itself only past 32 MiB of
            // WAL, and then finds nearly everything copied already (it only finishes the job, which bounds the WAL).
            pragma.execute("PRAGMA wal_autocheckpoint=8192");
        }
        return StatementCache.wrap(connection);
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
    public <T> T write(SqlWork<T> work) {
        return transaction(work, false);
    }

    /**
     * Like {@link #write}, for state derived from rows that are already durable (processing of stored webhook
     * events, scenario progress): committed without waiting for the disk. The WAL is ordered, so the next durable
     * commit makes it durable too; a power loss in between only rolls back work that is redone from the durable
     * rows at the next start. Never use it for anything acknowledged to Facebook or to an agent.
     */
    public <T> T writeDerived(SqlWork<T> work) {
        return transaction(work, durableCommits);
    }

    private <T> T transaction(SqlWork<T> work, boolean relaxSync) {
        writeLock.lock();
        try {
            synchronousMode(relaxSync);
            return inTransaction(work);
        } catch (SQLException e) {
            throw new StoreException("write to " + file.getFileName() + " failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Switches the writer between FULL and NORMAL only when the mode changes (runs of derived writes are common). */
    private void synchronousMode(boolean relaxed) throws SQLException {
        if (relaxed != writerRelaxed) {
            try (Statement pragma = writer.createStatement()) {
                pragma.execute("PRAGMA synchronous=" + (relaxed ? "NORMAL" : "FULL"));
            }
            writerRelaxed = relaxed;
        }
    }

    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        writer.setAutoCommit(false);
        try {
            T result = work.run(writer);
            writer.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            writer.rollback();
            throw e;
        } finally {
            writer.setAutoCommit(true);
        }
    }

    /** Runs {@code work} on the reader connection; it sees every committed write. */
    public <T> T read(SqlWork<T> work) {
        readLock.lock();
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw new StoreException("read from " + file.getFileName() + " failed: " + e.getMessage(), e);
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            checkpointer.close();
            reader.close();
            writer.close();
        } catch (SQLException e) {
            throw new StoreException("closing " + file + " failed: " + e.getMessage(), e);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    /** Runs a background checkpoint now; returns the WAL frames copied into the file (for tests). */
    int checkpoint() {
        try {
            return checkpointer.checkpoint();
        } catch (SQLException e) {
            throw new StoreException("checkpoint of " + file.getFileName() + " failed: " + e.getMessage(), e);
        }
    }

    /** A unit of JDBC work on a connection the database lends for its duration. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
