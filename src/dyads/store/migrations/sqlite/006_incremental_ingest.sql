-- The near-duplicate index in the store (dyads.store.bands): one row per LSH band of each
-- original article's MinHash signature, so that an ingest looks up its new articles' bands
-- with indexed queries instead of loading every stored signature into memory.
-- The backfill computes the keys of existing archives with dyads_band_key, a function the
-- SQLite store registers on its connection (the same key as Python's band_key).
CREATE TABLE minhash_bands (
    key        INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_article ON minhash_bands(article_id);

WITH RECURSIVE bands(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM bands WHERE n < 8)
INSERT OR IGNORE INTO minhash_bands (key, article_id)
SELECT dyads_band_key(a.minhash, bands.n), a.id
FROM articles a CROSS JOIN bands
WHERE a.minhash IS NOT NULL AND a.duplicate_of IS NULL AND length(a.minhash) = 512;

-- Stories threaded incrementally (dyads.analysis.stories): each article's turn (its features,
-- the vector and distinctive terms of its turn, its story), the rarity counts of the threaded
-- articles, each story's terms and latest publication. An ingest re-threads from its
-- earliest article on, reading back only the stories that article can join. Filled by the
-- first story update after this migration (a whole re-thread, once: state stories.threaded).
CREATE TABLE story_threading (
    article_id TEXT PRIMARY KEY,
    sort_key   TEXT NOT NULL,    -- publication (UTC ISO 8601, '~' when undated), chr(1), id
    story_id   TEXT NOT NULL,
    published  TEXT,             -- UTC ISO 8601
    title      TEXT NOT NULL,
    topic      TEXT NOT NULL,      -- JSON array: its topic terms, in order
    group_ids  TEXT NOT NULL,      -- JSON array
    dyads      TEXT NOT NULL,      -- JSON array of [country, country]
    events     INTEGER NOT NULL,   -- its grouped events
    terms      TEXT NOT NULL,      -- JSON array: its distinctive terms at its turn
    vector     TEXT NOT NULL       -- JSON object: its features weighted at its turn
);
CREATE INDEX story_threading_order ON story_threading(sort_key);
CREATE INDEX story_threading_story ON story_threading(story_id, sort_key);

CREATE TABLE story_terms (
    term     TEXT NOT NULL,
    story_id TEXT NOT NULL,
    PRIMARY KEY (term, story_id)
);
CREATE INDEX story_terms_story ON story_terms(story_id);

CREATE TABLE story_threads (
    story_id       TEXT PRIMARY KEY,
    first_key      TEXT NOT NULL,  -- its first article's sort_key
    last_published TEXT            -- its latest dated article's publication, UTC ISO 8601
);

CREATE TABLE story_features (
    feature TEXT PRIMARY KEY,
    df      INTEGER NOT NULL          -- threaded articles holding it
);
