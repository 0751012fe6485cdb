-- Coded events, and one row per (event, role, actor) so that actor filters use an index.
-- The PostgreSQL twin of migrations/sqlite/002_events.sql.
CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    article_id     TEXT REFERENCES articles(id) ON DELETE CASCADE,
    source         JSONB NOT NULL,  -- array of codes
    target         JSONB NOT NULL,  -- array of codes
    type           TEXT NOT NULL,
    cameo          TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      DOUBLE PRECISION NOT NULL,
    date           DATE,
    date_precision TEXT NOT NULL,
    place          JSONB,           -- object or NULL
    negated        BOOLEAN NOT NULL,
    hypothetical   BOOLEAN NOT NULL,
    reported_by    JSONB NOT NULL,  -- array
    sentence       TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    spans          JSONB NOT NULL,  -- object
    rule           TEXT NOT NULL,
    confidence     DOUBLE PRECISION NOT NULL,
    language       TEXT,
    trigger        TEXT,
    published      TEXT             -- the article's publication, ISO 8601 with its offset
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_type_date ON events(type, date);

CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role     TEXT NOT NULL,         -- source | target
    code     TEXT NOT NULL,
    country  TEXT NOT NULL,         -- the code with its sector stripped (RUSGOV -> RUS)
    PRIMARY KEY (event_id, role, code)
);
CREATE INDEX event_actors_code ON event_actors(code, role);
CREATE INDEX event_actors_country ON event_actors(country, role);
