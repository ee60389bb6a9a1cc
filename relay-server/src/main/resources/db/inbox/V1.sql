-- The durable inbox: every webhook event of a known page, exactly as Facebook sent it, numbered in arrival order.
-- Rows are never updated; how far processing got is kept with the processing's effects (relay database,
-- inbox_progress), so storing an event never waits for the work done after it.
CREATE TABLE inbox (
    seq          INTEGER PRIMARY KEY,
    page_id      TEXT NOT NULL,
    dedupe_key   TEXT NOT NULL,
    customer_id  TEXT,
    kind         TEXT NOT NULL,
    standby      INTEGER NOT NULL DEFAULT 0,
    event_time   INTEGER NOT NULL,
    received_at  INTEGER NOT NULL,
    raw          TEXT NOT NULL,
    UNIQUE (page_id, dedupe_key)
);
