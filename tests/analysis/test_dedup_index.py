"""The near-duplicate index in the store gives the answers of the in-memory MinHash LSH that
every ingest used to load whole (`OldDeduplicator`, the code it replaced)."""

from __future__ import annotations

import dataclasses
import random
import re

from conftest import SEEDS, make_article
from datasketch import MinHashLSH

from dyads.dedup import NearDuplicateIndex, minhash, signature_bytes, signature_from_bytes
from dyads.pipeline import Deduplicator, store_batch
from dyads.store import open_store
from dyads.store.bands import BAND_BYTES, BANDS, ROWS, band_keys, shares_band


class OldDeduplicator(Deduplicator):
    """The deduplicator before the band index: every stored signature into a MinHashLSH at
    the start of each run, candidates from it alone."""

    def __init__(self, store):
        super().__init__(store)
        for article_id, blob in store.minhashes():
            self.index.add(article_id, "", signature=signature_from_bytes(blob))

    def find_original(self, sig, blob):
        return self.index.find("", signature=sig)


def test_the_banding_is_the_one_datasketch_chooses():
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)
    assert NearDuplicateIndex().lsh.hashranges == [(i * ROWS, (i + 1) * ROWS) for i in range(BANDS)]


def test_band_keys_agree_exactly_when_a_band_does():
    a = signature_bytes(minhash("un texte " * 50))
    b = bytearray(a)
    for band in range(BANDS):  # change one value in every band but the fifth
        if band != 4:
            b[band * BAND_BYTES] ^= 0xFF
    b = bytes(b)
    assert shares_band(a, b)
    assert [x == y for x, y in zip(band_keys(a), band_keys(b))] == [i == 4 for i in range(BANDS)]
    assert band_keys(b"\x00" * 16) == []  # another size of signature is never indexed


def sample(n_texts: int = 60, seed: int = 11):
    """Real French words (the seed articles) in random passages, and copies of some of them
    edited at rates that put their similarity on both sides of the 0.8 threshold, so that
    the LSH's borderline answers (candidates below the threshold, misses above) are tested."""
    words = re.findall(r"\w+", " ".join(p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))))
    rng = random.Random(seed)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randrange(120, 400)))
             for _ in range(n_texts)]
    out, n = [], 0
    for text in texts:
        n += 1
        out.append(make_article(n, body=text, url=f"https://a.example/{n}"))
        for _ in range(rng.randrange(0, 4)):
            rate = rng.choice([0.005, 0.01, 0.02, 0.03, 0.04, 0.06, 0.1])
            edited = [w if rng.random() > rate else rng.choice(words) for w in text.split()]
            n += 1
            out.append(make_article(n, body=" ".join(edited) + " (AFP)", url=f"https://b.example/{n}"))
    rng.shuffle(out)
    return out


def run(path, articles, deduplicator, batch=15, per_run=45):
    """Ingests of `per_run` articles in batches, a fresh deduplicator for each ingest (as
    separate runs have); -> every article's duplicate_of, and the summed counts."""
    counts = []
    with open_store(path) as store:
        for start in range(0, len(articles), per_run):
            dedup = deduplicator(store)
            for i in range(start, min(start + per_run, len(articles)), batch):
                part = [dataclasses.replace(a) for a in articles[i:min(i + batch, start + per_run)]]
                s = store_batch(store, dedup, part, code=False)
                counts.append((s.stored, s.near_duplicates, s.duplicates))
        links = {a.id: a.duplicate_of for a in store.articles()}
    return links, counts


def test_the_store_index_finds_what_the_in_memory_lsh_found(tmp_path):
    articles = sample()
    old_links, old_counts = run(tmp_path / "old.db", articles, OldDeduplicator)
    new_links, new_counts = run(tmp_path / "new.db", articles, Deduplicator)
    assert new_links == old_links and new_counts == old_counts
    near = sum(1 for v in new_links.values() if v)
    assert near >= 20 and len(new_links) - near >= 50  # the sample means something
