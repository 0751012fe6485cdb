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
