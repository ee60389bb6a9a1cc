-- What customer messages carry besides text; media_id is set once the file is downloaded into the media store.
CREATE TABLE message_attachments (
    id         INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id),
    kind       TEXT NOT NULL,
    source_url TEXT,
    title      TEXT,
    media_id   TEXT
);
CREATE INDEX message_attachments_by_message ON message_attachments (message_id, id);
