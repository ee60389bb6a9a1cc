-- Customer profiles fetched from the Graph API, one per (page, customer). The picture lives in the media store.
CREATE TABLE customer_profiles (
    page_id          TEXT NOT NULL,
    psid             TEXT NOT NULL,
    first_name       TEXT,
    last_name        TEXT,
    picture_media_id TEXT,
    fetched_at       INTEGER NOT NULL,
    permitted        INTEGER NOT NULL,
    PRIMARY KEY (page_id, psid)
);
