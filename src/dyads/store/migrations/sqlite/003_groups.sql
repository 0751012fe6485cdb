-- Event groups (one row per happening), their member events, their actors; stories.
-- Rebuilt by dyads.analysis from the events table: never written by hand.
CREATE TABLE event_groups (
    id             TEXT PRIMARY KEY,   -- derived from group_key, so the same inputs give the same id
    group_key      TEXT NOT NULL,      -- source|target|type|negated|hypothetical|date bucket
    source         TEXT NOT NULL,      -- JSON array of countries (sector stripped)
    target         TEXT NOT NULL,      -- JSON array of countries (sector stripped)
    type           TEXT NOT NULL,
    cameo          TEXT NOT NULL,      -- of the representative event
    quad_class     INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    negated        INTEGER NOT NULL,
    hypothetical   INTEGER NOT NULL,
    date           TEXT,               -- earliest member event date
    date_precision TEXT NOT NULL,      -- day | month | year | none: the window of the group
    num_mentions   INTEGER NOT NULL,
    num_articles   INTEGER NOT NULL,
    num_sources    INTEGER NOT NULL,
    first_seen     TEXT,               -- earliest article publication, UTC ISO 8601
    last_seen      TEXT,               -- latest article publication, UTC ISO 8601
    sentence       TEXT NOT NULL,      -- of the representative event
    event_id       TEXT NOT NULL       -- the representative event
);
CREATE INDEX event_groups_date ON event_groups(date);

CREATE TABLE group_members (
    event_id   TEXT PRIMARY KEY,
    group_id   TEXT NOT NULL,
    article_id TEXT NOT NULL           -- kept so that re-coding an article finds its old groups
);
CREATE INDEX group_members_group ON group_members(group_id);
CREATE INDEX group_members_article ON group_members(article_id);

-- Every actor code seen in a group's events, so that RUSGOV and RUS filters both work.
CREATE TABLE group_actors (
    group_id TEXT NOT NULL,
    role     TEXT NOT NULL,            -- source | target
    code     TEXT NOT NULL,
    country  TEXT NOT NULL,
    PRIMARY KEY (group_id, role, code)
);
CREATE INDEX group_actors_code ON group_actors(code, role);
CREATE INDEX group_actors_country ON group_actors(country, role);

CREATE TABLE stories (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    start_date   TEXT,
    end_date     TEXT,
    num_articles INTEGER NOT NULL,
    num_groups   INTEGER NOT NULL,
    num_events   INTEGER NOT NULL
);

CREATE TABLE story_groups (
    group_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL
);
CREATE INDEX story_groups_story ON story_groups(story_id);

CREATE TABLE story_articles (
    story_id   TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id)
);
