"""The near-duplicate index kept in the store: LSH band keys of MinHash signatures.

A signature (128 uint32 values, `dyads.dedup`) is cut into `BANDS` bands of `ROWS` values,
the banding that datasketch's MinHashLSH chooses for a 0.8 Jaccard threshold over 128
permutations. Two signatures are near-duplicate candidates when they agree on a whole band.
Each band becomes one 64-bit key (the band's number and bytes, hashed), kept in the table
`minhash_bands` (migration 006) for every original article, so that an ingest looks up the
keys of its new articles with an indexed query instead of loading every signature. A key
match is verified against the stored signature (`shares_band`): a hash collision never makes
a candidate, and the answer is exactly the in-memory LSH's.

The key is computed the same way by Python (new articles) and by the migrations' SQL
(existing archives: `dyads_band_key`, a function registered on SQLite connections and
created in PostgreSQL): md5 of the band number (2 bytes, big-endian) and the band's bytes;
its first 8 bytes, big-endian, as a signed integer.
"""

from __future__ import annotations

import hashlib

BANDS = 9
ROWS = 13
VALUE_BYTES = 4  # uint32, dedup.DTYPE
BAND_BYTES = ROWS * VALUE_BYTES
SIGNATURE_BYTES = 128 * VALUE_BYTES


def band_key(signature: bytes, band: int) -> int:
    part = signature[band * BAND_BYTES:(band + 1) * BAND_BYTES]
    digest = hashlib.md5(band.to_bytes(2, "big") + part).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def band_keys(signature: bytes | None) -> list[int]:
    """The keys of a signature; none for a signature of another size (never indexed)."""
    if not signature or len(signature) != SIGNATURE_BYTES:
        return []
    return [band_key(signature, b) for b in range(BANDS)]


def shares_band(a: bytes, b: bytes) -> bool:
    """Whether two signatures agree on a whole band (what makes an LSH candidate)."""
    if len(a) != SIGNATURE_BYTES or len(b) != SIGNATURE_BYTES:
        return False
    return any(a[i * BAND_BYTES:(i + 1) * BAND_BYTES] == b[i * BAND_BYTES:(i + 1) * BAND_BYTES]
               for i in range(BANDS))


def sql_band_key(signature: bytes | None, band: int) -> int | None:
    """`dyads_band_key(minhash, band)` for SQLite's migration."""
    if signature is None or len(signature) != SIGNATURE_BYTES:
        return None
    return band_key(bytes(signature), band)


def band_rows(articles: list[tuple[str, bytes | None, str | None]]) -> list[tuple[int, str]]:
    """(key, article id) rows for (id, signature, duplicate_of) of saved articles: only
    originals are indexed, as only they can be the original of a near-duplicate."""
    return [(k, aid) for aid, sig, duplicate_of in articles if duplicate_of is None
            for k in dict.fromkeys(band_keys(sig))]
