package org.switchboard.relay.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * Wraps a connection so that it keeps the prepared statement of each SQL text for the next use: preparing the same
 * few statements over and over was nearly a fifth of the chat engine's time. Callers keep writing
 * {@code try (PreparedStatement s = c.prepareStatement(sql))}; closing the statement closes its result set and clears
 * its parameters instead of finalizing it. Asking for an SQL text whose statement is still open (the same query nested
 * in its own result loop) gets a fresh statement that is not kept. A statement whose use threw is not kept either.
 * Threads: one at a time, like the connection it wraps.
 */
final class StatementCache implements InvocationHandler {
    static final int CAPACITY = 256;

    private final Connection connection;
    private final int capacity;
    /** Least recently used first. */
    private final LinkedHashMap<String, Kept> statements = new LinkedHashMap<>(16, 0.75f, true);

    private StatementCache(Connection connection, int capacity) {
        this.connection = connection;
        this.capacity = capacity;
    }

    static Connection wrap(Connection connection) {
        return wrap(connection, CAPACITY);
    }

    static Connection wrap(Connection connection, int capacity) {
        return proxy(Connection.class, new StatementCache(connection, capacity));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && method.getParameterCount() == 1) {
            return lend((String) args[0]);
        }
        if (method.getName().equals("close")) {
            close();
            return null;
        }
        return delegate(connection, method, args);
    }

    private PreparedStatement lend(String sql) throws SQLException {
        Kept kept = statements.get(sql);
        if (kept != null && kept.lent) {
            return connection.prepareStatement(sql);
        }
        if (kept == null) {
            kept = new Kept(sql, connection.prepareStatement(sql));
            statements.put(sql, kept);
            evictBeyondCapacity();
        }
        kept.lent = true;
        return proxy(PreparedStatement.class, new Loan(kept));
    }

    private void evictBeyondCapacity() throws SQLException {
        if (statements.size() > capacity) {
            Iterator<Kept> leastRecentlyUsed = statements.values().iterator();
            Kept evicted = leastRecentlyUsed.next();
            leastRecentlyUsed.remove();
            evicted.retire();
        }
    }

    private void close() throws SQLException {
        try {
            for (Kept kept : statements.values()) {
                kept.retire();
            }
        } finally {
            statements.clear();
            connection.close();
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(StatementCache.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object delegate(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The real statement of one SQL text; lent to one caller at a time. */
    private final class Kept {
        final String sql;
        final PreparedStatement real;
        boolean lent;
        /** Evicted or its connection closed: closed for real once given back. */
        boolean retired;
        boolean failed;

        Kept(String sql, PreparedStatement real) {
            this.sql = sql;
            this.real = real;
        }

        void retire() throws SQLException {
            retired = true;
            if (!lent) {
                real.close();
            }
        }

        void giveBack(ResultSet results) throws SQLException {
            lent = false;
            if (retired || failed) {
                statements.remove(sql, this);
                real.close();
                return;
            }
            if (results != null) {
                results.close();
            }
            real.clearParameters();
        }
    }

    /** One caller's use of a kept statement, from {@code prepareStatement} to {@code close}. */
    private static final class Loan implements InvocationHandler {
        private final Kept kept;
        private boolean closed;
        private ResultSet results;

        Loan(Kept kept) {
            this.kept = kept;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("close")) {
                if (!closed) {
                    closed = true;
                    kept.giveBack(results);
                }
                return null;
            }
            if (method.getName().equals("isClosed")) {
                return closed;
            }
            if (closed && method.getDeclaringClass() != Object.class) {
                throw new SQLException("statement is closed");
            }
            Object result = use(method, args);
            if (method.getReturnType() == ResultSet.class) {
                results = (ResultSet) result;
            }
            return result;
        }

        private Object use(Method method, Object[] args) throws Throwable {
            try {
                return delegate(kept.real, method, args);
            } catch (Throwable e) {
                kept.failed = true;
                throw e;
            }
        }
    }
}
