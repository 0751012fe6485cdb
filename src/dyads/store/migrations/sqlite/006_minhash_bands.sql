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
