-- Articles, their full-text index, failures, and key-value state (feeds, conditional GET).
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    url           TEXT,
    canonical_url TEXT,
    source        TEXT,
    publisher     TEXT,
    title         TEXT,
    description   TEXT,
    published     TEXT,            -- ISO 8601 with its offset, as the page gave it
    published_utc TEXT,            -- the same instant in UTC, for range filters and sorting
    modified      TEXT,
    authors       TEXT NOT NULL DEFAULT '[]',   -- JSON array
    section       TEXT,
    keywords      TEXT NOT NULL DEFAULT '[]',   -- JSON array
    language      TEXT,
    image         TEXT,
    body          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    origin        TEXT NOT NULL,
    duplicate_of  TEXT REFERENCES articles(id),
    minhash       BLOB,
    ingested      TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_published ON articles(published_utc);

-- Accents ignored: "securite" finds "sécurité".
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;

CREATE TABLE failures (
    origin     TEXT NOT NULL,
    stage      TEXT NOT NULL,
    reason     TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (origin, stage)
);

CREATE TABLE state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
