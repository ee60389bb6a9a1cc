package org.switchboard.relay.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCacheTest {
    private static final String WORD_FROM = "SELECT word FROM t WHERE n >= ? ORDER BY n";

    @TempDir
    Path dir;

    /** Each real prepare and close, in order, as "prepare SQL", "close SQL" and "close connection". */
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void threeWords() throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, word TEXT NOT NULL)");
            s.execute("INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three')");
        }
    }

    @Test
    void theSameSqlIsPreparedOnce() throws SQLException {
        try (Connection c = cached(StatementCache.CAPACITY)) {
            assertThat(words(c, 1)).containsExactly("one", "two", "three");
            assertThat(words(c, 2)).containsExactly("two", "three");
            assertThat(words(c, 3)).containsExactly("three");
            assertThat(events).containsExactly("prepare " + WORD_FROM);
        }
    }

    @Test
    void closingAStatementClearsItsParameters() throws SQLException {
        try (Connection c = cached(StatementCache.CAPACITY)) {
            try (PreparedStatement s = c.prepareStatement("SELECT ?")) {
                s.setInt(1, 7);
                try (var rows = s.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getObject(1)).isEqualTo(7);
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT ?"); var rows = s.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getObject(1)).isNull();
            }
            assertThat(events).containsExactly("prepare SELECT ?");
        }
    }

    @Test
    void theSameSqlNestedInItsOwnResultLoopGetsAFreshStatement() throws SQLException {
        List<String> seen = new ArrayList<>();
        try (Connection c = cached(StatementCache.CAPACITY)) {
            try (PreparedStatement outer = c.prepareStatement(WORD_FROM)) {
                outer.setInt(1, 1);
                try (var rows = outer.executeQuery()) {
                    for (int next = 2; rows.next(); next++) {
                        seen.add(rows.getString(1) + " then " + words(c, next));
                    }
                }
            }
            assertThat(words(c, 1)).containsExactly("one", "two", "three");
        }
        assertThat(seen).containsExactly("one then [two, three]", "two then [three]", "three then []");
        assertThat(events).containsExactly("prepare " + WORD_FROM,
                "prepare " + WORD_FROM, "close " + WORD_FROM,
                "prepare " + WORD_FROM, "close " + WORD_FROM,
                "prepare " + WORD_FROM, "close " + WORD_FROM,
                "close " + WORD_FROM, "close connection");
    }

    @Test
    void theLeastRecentlyUsedStatementIsEvictedAndClosed() throws SQLException {
        try (Connection c = cached(2)) {
            number(c, "SELECT 1");
            number(c, "SELECT 2");
            number(c, "SELECT 1");
            number(c, "SELECT 3");
            assertThat(events).containsExactly("prepare SELECT 1", "prepare SELECT 2", "prepare SELECT 3", "close SELECT 2");
            number(c, "SELECT 1");
            assertThat(number(c, "SELECT 2")).isEqualTo(2);
            assertThat(events).endsWith("prepare SELECT 3", "close SELECT 2", "prepare SELECT 2", "close SELECT 3");
        }
    }

    @Test
    void aStatementEvictedWhileInUseIsClosedWhenGivenBack() throws SQLException {
        try (Connection c = cached(1)) {
            PreparedStatement first = c.prepareStatement("SELECT 1");
            number(c, "SELECT 2");
            assertThat(events).containsExactly("prepare SELECT 1", "prepare SELECT 2");
            try (var rows = first.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
            first.close();
            assertThat(events).endsWith("close SELECT 1");
            number(c, "SELECT 2");
            assertThat(events).containsExactly("prepare SELECT 1", "prepare SELECT 2", "close SELECT 1");
        }
    }

    @Test
    void closingTheConnectionClosesItsStatementsFirst() throws SQLException {
        Connection c = cached(StatementCache.CAPACITY);
        number(c, "SELECT 1");
        number(c, "SELECT 2");
        c.close();
        assertThat(events).containsExactly("prepare SELECT 1", "prepare SELECT 2",
                "close SELECT 1", "close SELECT 2", "close connection");
    }

    @Test
    void sqlErrorsReachTheCallerUnchanged() throws SQLException {
        try (Connection c = cached(StatementCache.CAPACITY)) {
            assertThatThrownBy(() -> c.prepareStatement("SELECT * FROM no_such_table"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("no such table");
            assertThatThrownBy(() -> Sql.update(c, "INSERT INTO t (n, word) VALUES (?, ?)", 1, "again"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("UNIQUE constraint failed");
        }
    }

    @Test
    void aStatementWhoseUseFailedIsPreparedAgain() throws SQLException {
        String sql = "SELECT abs(?)";
        try (Connection c = cached(StatementCache.CAPACITY)) {
            assertThatThrownBy(() -> Sql.one(c, sql, r -> r.getLong(1), Long.MIN_VALUE))
                    .isInstanceOf(SQLException.class).hasMessageContaining("integer overflow");
            assertThat(Sql.one(c, sql, r -> r.getLong(1), -5L)).contains(5L);
            assertThat(Sql.one(c, sql, r -> r.getLong(1), -6L)).contains(6L);
            assertThat(events).containsExactly("prepare " + sql, "close " + sql, "prepare " + sql);
        }
    }

    @Test
    void aClosedStatementRefusesFurtherUse() throws SQLException {
        try (Connection c = cached(StatementCache.CAPACITY)) {
            PreparedStatement s = c.prepareStatement("SELECT 1");
            s.close();
            assertThat(s.isClosed()).isTrue();
            assertThatThrownBy(s::executeQuery).isInstanceOf(SQLException.class).hasMessage("statement is closed");
        }
    }

    @Test
    void eachInsertReturnsItsOwnKeyWithTwoStatementsPreparedOnce() throws SQLException {
        String sql = "INSERT INTO t (word) VALUES (?)";
        try (Connection c = cached(StatementCache.CAPACITY)) {
            assertThat(Sql.insert(c, sql, "four")).isEqualTo(4);
            assertThat(Sql.insert(c, sql, "five")).isEqualTo(5);
            assertThat(events).containsExactly("prepare " + sql, "prepare SELECT last_insert_rowid()");
        }
    }

    @Test
    void aResultSetLeftOpenDoesNotKeepTheReaderOnAnOldSnapshot() {
        try (Database db = Database.open(dir.resolve("sb.db"), false)) {
            db.read(c -> {
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM scenario_entries");
                assertThat(s.executeQuery().next()).isTrue();
                s.close();
                return null;
            });
            db.write(c -> Sql.update(c, "INSERT INTO scenario_entries (name, scenario_name) VALUES ('e', 's')"));
            Optional<String> name = db.read(c -> Sql.one(c, "SELECT name FROM scenario_entries", r -> r.getString(1)));
            assertThat(name).contains("e");
        }
    }

    private static List<String> words(Connection c, int from) throws SQLException {
        return Sql.list(c, WORD_FROM, r -> r.getString(1), from);
    }

    private static int number(Connection c, String sql) throws SQLException {
        return Sql.one(c, sql, r -> r.getInt(1)).orElseThrow();
    }

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("cache.db");
    }

    private Connection cached(int capacity) throws SQLException {
        return StatementCache.wrap(recorded(Connection.class, DriverManager.getConnection(url()), "connection"), capacity);
    }

    /** {@code target}, noting its closes and, for a connection, the statements it prepares, which are noted too. */
    private <T> T recorded(Class<T> type, T target, String name) {
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("close")) {
                events.add("close " + name);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (method.getName().equals("prepareStatement")) {
                events.add("prepare " + args[0]);
                return recorded(PreparedStatement.class, (PreparedStatement) result, (String) args[0]);
            }
            return result;
        }));
    }
}
