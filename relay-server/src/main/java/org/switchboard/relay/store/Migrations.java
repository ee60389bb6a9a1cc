package org.switchboard.relay.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versioned schema changes: a {@link Schema}'s {@code db/<folder>/V<n>.sql} resources applied in order, each in
 * its own transaction, recorded in {@code schema_version}. A new change is a new file; applied files never change.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private final Connection connection;
    private final Schema schema;

    Migrations(Connection connection, Schema schema) {
        this.connection = connection;
        this.schema = schema;
    }

    void apply() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        int current = currentVersion(connection);
        if (current > schema.latestVersion()) {
            throw new StoreException("database schema v" + current + " is newer than this relay (v"
                    + schema.latestVersion() + "); upgrade the relay instead of downgrading");
        }
        for (int version = current + 1; version <= schema.latestVersion(); version++) {
            applyOne(version, read(schema.files().get(version - 1)));
        }
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private void applyOne(int version, String script) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
            statement.execute("INSERT INTO schema_version(version, applied_at) VALUES (" + version + ", '" + Instant.now() + "')");
            connection.commit();
            LOG.info("applied schema migration V{}", version);
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("migration V" + version + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private String read(String name) {
        String resource = "db/" + schema.folder() + "/" + name;
        try (InputStream in = Migrations.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new StoreException("migration resource " + resource + " is missing from the relay jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + name + ": " + e.getMessage(), e);
        }
    }
}
