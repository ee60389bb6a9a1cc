-- Initial schema. Times are epoch milliseconds (INTEGER); ids from Facebook are TEXT.
CREATE TABLE accounts (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    page_id           TEXT NOT NULL UNIQUE,
    page_username     TEXT,
    page_access_token TEXT NOT NULL,
    app_secret        TEXT NOT NULL,
    verify_token      TEXT NOT NULL,
    app_secret_proof  INTEGER NOT NULL DEFAULT 0,
    token_status      TEXT NOT NULL DEFAULT 'UNKNOWN',
    token_detail      TEXT,
    updated_at        INTEGER NOT NULL
);

CREATE TABLE agents (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    roles         TEXT NOT NULL,
    max_chats     INTEGER NOT NULL DEFAULT 4,
    skills        TEXT NOT NULL DEFAULT '{}',
    services      TEXT NOT NULL DEFAULT 'Support',
    updated_at    INTEGER NOT NULL
);

CREATE TABLE inbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    page_id      TEXT NOT NULL,
    dedupe_key   TEXT NOT NULL,
    customer_id  TEXT,
    kind         TEXT NOT NULL,
    standby      INTEGER NOT NULL DEFAULT 0,
    event_time   INTEGER NOT NULL,
    received_at  INTEGER NOT NULL,
    raw          TEXT NOT NULL,
    processed_at INTEGER,
    UNIQUE (page_id, dedupe_key)
);
CREATE INDEX inbox_unprocessed ON inbox (processed_at, seq);

CREATE TABLE conversations (
    id                       INTEGER PRIMARY KEY,
    page_id                  TEXT NOT NULL,
    customer_id              TEXT NOT NULL,
    status                   TEXT NOT NULL,
    opened_at                INTEGER NOT NULL,
    closed_at                INTEGER,
    last_customer_message_at INTEGER,
    agent                    TEXT,
    scenario_name            TEXT,
    scenario_version         INTEGER,
    scenario_state           TEXT
);
CREATE INDEX conversations_open ON conversations (page_id, customer_id, status);

CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id),
    author          TEXT NOT NULL,
    author_name     TEXT,
    mid             TEXT,
    text            TEXT NOT NULL,
    at              INTEGER NOT NULL,
    status          TEXT NOT NULL,
    detail          TEXT,
    client_ref      TEXT
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);
-- An agent's desktop re-sends unacknowledged replies after a reconnect: the same (agent, command id) is one message.
CREATE UNIQUE INDEX messages_by_client_ref ON messages (client_ref) WHERE client_ref IS NOT NULL;
CREATE INDEX messages_by_mid ON messages (mid);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    message_id      INTEGER NOT NULL REFERENCES messages (id),
    page_id         TEXT NOT NULL,
    recipient_id    TEXT NOT NULL,
    sender          TEXT NOT NULL,
    quick_replies   TEXT,
    state           TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT,
    created_at      INTEGER NOT NULL
);
CREATE INDEX outbox_pending ON outbox (state, page_id, recipient_id, id);

CREATE TABLE surveys (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id),
    block           TEXT NOT NULL,
    rating          INTEGER,
    comment         TEXT,
    at              INTEGER NOT NULL
);

CREATE TABLE scenarios (
    name       TEXT NOT NULL,
    version    INTEGER NOT NULL,
    definition TEXT NOT NULL,
    saved_at   INTEGER NOT NULL,
    PRIMARY KEY (name, version)
);

CREATE TABLE services (
    name                TEXT PRIMARY KEY,
    outbound_page_id    TEXT
);

CREATE TABLE scenario_entries (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    page_id       TEXT UNIQUE,
    scenario_name TEXT NOT NULL
);
