-- Coded events, and one row per (event, role, actor) so that actor filters use an index.
CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    article_id     TEXT REFERENCES articles(id) ON DELETE CASCADE,
    source         TEXT NOT NULL,   -- JSON array of codes
    target         TEXT NOT NULL,   -- JSON array of codes
    type           TEXT NOT NULL,
    cameo          TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    date           TEXT,
    date_precision TEXT NOT NULL,
    place          TEXT,            -- JSON object or NULL
    negated        INTEGER NOT NULL,
    hypothetical   INTEGER NOT NULL,
    reported_by    TEXT NOT NULL,   -- JSON array
    sentence       TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    spans          TEXT NOT NULL,   -- JSON object
    rule           TEXT NOT NULL,
    confidence     REAL NOT NULL,
    language       TEXT,
    trigger        TEXT,
    published      TEXT
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
