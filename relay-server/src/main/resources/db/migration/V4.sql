-- The inbox moves to its own file (inbox.db) so that webhook commits never queue behind processing. What is
-- processed is now one cursor, advanced in the same transaction as the effects of the rows it covers.
CREATE TABLE inbox_progress (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    processed_through INTEGER NOT NULL
);
INSERT INTO inbox_progress (id, processed_through) VALUES (1, 0);

-- Rows whose processing failed on their own (kept for inspection; the cursor moved past them).
CREATE TABLE inbox_failures (
    seq       INTEGER PRIMARY KEY,
    failed_at INTEGER NOT NULL,
    error     TEXT NOT NULL
);
