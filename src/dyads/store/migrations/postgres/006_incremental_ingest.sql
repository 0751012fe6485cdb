-- The near-duplicate index in the store (dyads.store.bands): one row per LSH band of each
-- original article's MinHash signature, so that an ingest looks up its new articles' bands
-- with indexed queries instead of loading every stored signature into memory.
-- dyads_band_key: the key Python's band_key computes (md5 of the band number, 2 bytes
-- big-endian, and the band's 13 x 4 bytes; its first 8 bytes as a signed bigint).
CREATE FUNCTION dyads_band_key(sig BYTEA, band INTEGER) RETURNS BIGINT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ('x' || left(md5(int2send(band::smallint) || substring(sig FROM band * 52 + 1 FOR 52)), 16))::bit(64)::bigint;

CREATE TABLE minhash_bands (
    key        BIGINT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (key, article_id)
);
CREATE INDEX minhash_bands_article ON minhash_bands(article_id);

INSERT INTO minhash_bands (key, article_id)
SELECT DISTINCT dyads_band_key(a.minhash, b.n), a.id
FROM articles a CROSS JOIN generate_series(0, 8) AS b(n)
WHERE a.minhash IS NOT NULL AND a.duplicate_of IS NULL AND length(a.minhash) = 512;

-- Stories threaded incrementally (dyads.analysis.stories): each article's turn (its features,
-- the vector and distinctive terms of its turn, its story), the rarity counts of the threaded
-- articles, each story's terms and latest publication. An ingest re-threads from its
-- earliest article on, reading back only the stories that article can join. Filled by the
-- first story update after this migration (a whole re-thread, once: state stories.threaded).
CREATE TABLE story_threading (
    article_id TEXT PRIMARY KEY,
    sort_key   TEXT COLLATE "C" NOT NULL,    -- publication (UTC ISO 8601, '~' when undated), chr(1), id
    story_id   TEXT NOT NULL,
    published  TEXT COLLATE "C",             -- UTC ISO 8601
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
    first_key      TEXT COLLATE "C" NOT NULL,  -- its first article's sort_key
    last_published TEXT COLLATE "C"            -- its latest dated article's publication, UTC ISO 8601
);

CREATE TABLE story_features (
    feature TEXT PRIMARY KEY,
    df      INTEGER NOT NULL          -- threaded articles holding it
);
