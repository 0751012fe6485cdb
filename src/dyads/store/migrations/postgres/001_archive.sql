-- Articles, their full-text index, failures, and key-value state (feeds, conditional GET).
-- The PostgreSQL twin of migrations/sqlite/001_archive.sql: same tables and columns, with
-- PostgreSQL types where they lose nothing (timestamps in UTC, JSON, bytes).

-- Accents ignored: "securite" finds "sécurité". unaccent runs before the stemmer, so
-- both spellings reduce to the same lexeme. unaccent is a trusted extension: the owner of
-- the database may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION dyads_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION dyads_french
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION dyads_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION dyads_english
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION dyads_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION dyads_simple
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- The configuration an article's language is indexed and searched with. A SQL-standard
-- body is bound when created (no search_path lookup later), so it is truly immutable.
CREATE FUNCTION dyads_fts_config(language TEXT) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE lower(left(language, 2))
        WHEN 'fr' THEN 'dyads_french'::regconfig
        WHEN 'en' THEN 'dyads_english'::regconfig
        ELSE 'dyads_simple'::regconfig
    END;

CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    seq           BIGINT GENERATED ALWAYS AS IDENTITY,  -- insertion order (SQLite's rowid)
    url           TEXT,
    canonical_url TEXT,
    source        TEXT,
    publisher     TEXT,
    title         TEXT,
    description   TEXT,
    published     TEXT,            -- ISO 8601 with its offset, as the page gave it
    published_utc TIMESTAMPTZ,     -- the same instant, for range filters and sorting
    modified      TEXT,
    authors       JSONB NOT NULL DEFAULT '[]',
    section       TEXT,
    keywords      JSONB NOT NULL DEFAULT '[]',
    language      TEXT,
    image         TEXT,
    body          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    origin        TEXT NOT NULL,
    duplicate_of  TEXT REFERENCES articles(id),
    minhash       BYTEA,
    ingested      TIMESTAMPTZ NOT NULL,
    search        TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector(dyads_fts_config(language), coalesce(title, '')), 'A') ||
        setweight(to_tsvector(dyads_fts_config(language), body), 'B')
    ) STORED
);
CREATE UNIQUE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_published ON articles(published_utc);
CREATE INDEX articles_seq ON articles(seq);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE failures (
    origin     TEXT NOT NULL,
    stage      TEXT NOT NULL,
    reason     TEXT NOT NULL,
    first_seen TIMESTAMPTZ NOT NULL,
    last_seen  TIMESTAMPTZ NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (origin, stage)
);

CREATE TABLE state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
