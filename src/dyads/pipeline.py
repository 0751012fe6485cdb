"""The stages of an ingest and the local engine that runs them.

    read -> extract -> deduplicate -> code -> store

`read_documents`, `extract_documents` and `code_batch` are pure functions over batches
(no store, no global state beyond loaded models), so other engines (a process pool, Ray)
run the very same functions; only `Deduplicator` and `Store.save_batch` need the store,
and run where the store is.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field, fields
from collections.abc import Collection
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from dyads.dedup import NearDuplicateIndex, canonical_url, minhash, signature_bytes
from dyads.analysis.groups import update_groups
from dyads.model import Article, Document, Event, Failure
from dyads.store import Store

log = logging.getLogger("dyads.pipeline")

BATCH_SIZE = 50


@dataclass(kw_only=True)
class IngestCounts:
    """What an ingest did, counted (a run, a batch, a job of the HTTP API)."""

    read: int = 0
    stored: int = 0
    updated: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: int = 0
    events: int = 0

    def add_counts(self, other: IngestCounts) -> None:
        for counter in fields(IngestCounts):
            setattr(self, counter.name, getattr(self, counter.name) + getattr(other, counter.name))


@dataclass(kw_only=True)
class IngestSummary(IngestCounts):
    failures: list[Failure] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # stored or updated, for the groups

    def add(self, other: IngestSummary) -> None:
        self.add_counts(other)
        self.failures += other.failures
        self.article_ids += other.article_ids

    @property
    def exit_code(self) -> int:
        """0 when something was stored or there was nothing to do; 1 when every input failed."""
        return 1 if self.failed and self.failed == self.read else 0


# -- pure stages ----------------------------------------------------------------------------
def read_documents(sources: Iterable[str | Document | Failure], fetcher=None,
                   skip: Collection[Path] = ()) -> Iterator[Document | Failure]:
    """Paths, globs and URLs become Documents; Documents and Failures pass through. Files
    in `skip` are not read (see `read_sources`)."""
    from dyads.sources import read_sources

    pending: list[str] = []
    for item in sources:
        if isinstance(item, (Document, Failure)):
            if pending:
                yield from read_sources(pending, fetcher=fetcher, skip=skip)
                pending = []
            yield item
        else:
            pending.append(str(item))
    if pending:
        yield from read_sources(pending, fetcher=fetcher, skip=skip)


def extract_documents(items: Iterable[Document | Failure]) -> list[Article | Failure]:
    from dyads.extract import ExtractionError, extract_article

    out: list[Article | Failure] = []
    for item in items:
        if isinstance(item, Failure):
            out.append(item)
            continue
        try:
            out.append(extract_article(item))
        except ExtractionError as exc:
            out.append(Failure(item.origin, str(exc), stage="extract"))
        except Exception as exc:  # a bug in one page must not end the batch
            log.exception("extracting %s", item.origin)
            out.append(Failure(item.origin, f"{type(exc).__name__}: {exc}", stage="extract"))
    return out


def code_batch(articles: list[Article], actors: tuple[str, ...] | None = None) -> dict[str, list[Event]]:
    """Events of each article; `actors`: the user's actor files (default: DYADS_ACTORS)."""
    from dyads.coder import CodingOptions, code_articles

    return {a.id: events for a, events in code_articles(articles, options=CodingOptions(actors=actors))}


# -- stateful stages ------------------------------------------------------------------------
class Deduplicator:
    """Decides, against the store and the articles already seen in this run, whether an
    article is new, a new version of a stored one, an exact duplicate, or a near-duplicate
    (stored, linked to its original, and not coded so that no event is counted twice).

    Near-duplicates are looked up in the store's band index (`Store.near_duplicate_candidates`)
    and, for the originals of this run not yet saved, in a MinHash LSH of this run's articles
    only: nothing is loaded at the start, and the cost of an article does not grow with the
    archive. The answer is the in-memory LSH's over every stored original: the smallest id
    of the articles sharing a band with it."""

    def __init__(self, store: Store):
        self.store = store
        self.index = NearDuplicateIndex()  # the originals classified in this run
        self.seen_hashes: dict[str, str] = {}

    def find_original(self, sig, blob: bytes) -> str | None:
        found = set(self.index.lsh.query(sig)) | set(self.store.near_duplicate_candidates(blob))
        return min(found) if found else None

    def classify(self, article: Article) -> tuple[str, bytes | None]:
        """-> ("new" | "updated" | "duplicate" | "near", minhash bytes)."""
        stored_hash = self.store.article_hash(article.id)
        if stored_hash == article.content_hash:
            return "duplicate", None
        same_text = self.seen_hashes.get(article.content_hash) or self.store.article_by_hash(article.content_hash)
        if same_text:  # another URL, or this one earlier in the run (the same batch even)
            return "duplicate", None
        sig = minhash(article.body, self.index.num_perm)
        blob = signature_bytes(sig)
        original = None if stored_hash else self.find_original(sig, blob)
        if original and original != article.id:
            article.duplicate_of = original
            kind = "near"
        else:
            self.index.add(article.id, "", signature=sig)
            kind = "updated" if stored_hash else "new"
        self.seen_hashes[article.content_hash] = article.id
        return kind, blob


def batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


Coder = Callable[[list[Article]], dict]  # article id -> its events, or the Failure of its coding


@dataclass
class ClassifiedBatch:
    """A batch after deduplication, before coding: the articles to save (with their MinHash
    and canonical URL), the failures so far, and the counts."""

    summary: IngestSummary
    keep: list[tuple[Article, bytes | None, str | None]]
    failures: list[Failure]

    @property
    def to_code(self) -> list[Article]:
        """The originals among the kept articles: what a coder must code (a near-duplicate
        is stored linked to its original and never coded)."""
        return [a for a, _, _ in self.keep if a.duplicate_of is None]


def classify_batch(dedup: Deduplicator, extracted: list[Article | Failure]) -> ClassifiedBatch:
    """The deduplication of one batch: exact duplicates dropped and counted, the rest kept."""
    summary = IngestSummary(read=len(extracted))
    keep: list[tuple[Article, bytes | None, str | None]] = []
    failures = [x for x in extracted if isinstance(x, Failure)]
    now = dt.datetime.now(dt.timezone.utc)
    for article in (x for x in extracted if isinstance(x, Article)):
        kind, blob = dedup.classify(article)
        if kind == "duplicate":
            summary.duplicates += 1
            continue
        article.ingested = now
        keep.append((article, blob, canonical_url(article.url) if article.url else None))
        summary.stored += kind in ("new", "near")
        summary.updated += kind == "updated"
        summary.near_duplicates += kind == "near"
    return ClassifiedBatch(summary, keep, failures)


def save_classified(store: Store, batch: ClassifiedBatch,
                    coded: dict[str, list[Event] | Failure] | None) -> IngestSummary:
    """Save a classified batch and the events `coded` for its originals (None: not coded) in
    one transaction. A Failure in place of an article's events (a coder that could not code
    it) is recorded, and the article stored without events."""
    summary, failures = batch.summary, list(batch.failures)
    coded = coded or {}
    failures += [v for v in coded.values() if isinstance(v, Failure)]
    events = {k: v for k, v in coded.items() if not isinstance(v, Failure)}
    store.save_batch(batch.keep, events, failures)
    summary.events = sum(len(v) for v in events.values())
    summary.failed = len(failures)
    summary.failures = failures
    summary.article_ids = [a.id for a, _, _ in batch.keep]
    return summary


def store_batch(store: Store, dedup: Deduplicator, extracted: list[Article | Failure],
                code: bool, coder: Coder = code_batch) -> IngestSummary:
    """Deduplicate, code and save one batch in one transaction. `coder` codes the kept
    original articles (and may answer a Failure for one it could not code)."""
    batch = classify_batch(dedup, extracted)
    coded = None
    if code:
        to_code = batch.to_code
        try:
            coded = coder(to_code) if to_code else {}
        except Exception as exc:  # coding must not lose the archive: store, record, go on
            log.exception("coding a batch")
            coded = {a.id: Failure(a.origin, f"coding failed: {exc}", stage="code") for a in to_code}
    return save_classified(store, batch, coded)


class CommittedState:
    """A Fetcher's validator map over the store's state that writes only what a committed
    batch made true. The fetcher hands a feed's ETag over as soon as its last item is read;
    saved at once, a run killed before that item's batch commits would get a 304 next time
    and never store the item. Kept here, the ETag is written after the batch that holds the
    item is saved (`flush`, called after each batch)."""

    def __init__(self, store: Store):
        self.store = store
        self.pending: dict[str, str] = {}

    def get(self, key: str, /) -> str | None:
        return self.pending.get(key) or self.store.get_state(key)

    def __setitem__(self, key: str, value: str, /) -> None:
        self.pending[key] = value

    def flush(self) -> None:
        for key, value in self.pending.items():
            self.store.set_state(key, value)
        self.pending.clear()


def ingest(sources: Iterable[str | Document | Failure], store: Store, code: bool = True,
           fetcher=None, batch_size: int = BATCH_SIZE,
           on_batch: Callable[[IngestSummary], None] | None = None,
           coder: Callable[[list[Article]], dict[str, list[Event]]] = code_batch,
           guard=None, document_timeout: float | None = None) -> IngestSummary:
    """The local engine: stream the sources through every stage, one transaction a batch.

    Without a `fetcher`, one is made for the run (one politeness state for every URL) whose
    conditional-GET validators live in the store, so re-ingesting an unchanged feed fetches
    nothing new; `guard` is its address policy (see `dyads.sources.addresses`).

    Each document is extracted and coded within `document_timeout` seconds (default
    DYADS_DOCUMENT_TIMEOUT, else 60; 0: no limit) in a worker process; one that takes
    longer is recorded as failed and the batch goes on (see `dyads.budget`)."""
    if fetcher is not None:
        from dyads.budget import DocumentBudget
        from dyads.budget import document_timeout as budget_seconds

        seconds = budget_seconds(document_timeout)
        extract: Callable[[list], list[Article | Failure]] = extract_documents
        if seconds > 0:
            budget = DocumentBudget(seconds, coder)
            extract, coder = budget.extract, budget.coder
        documents = read_documents(sources, fetcher=fetcher, skip=store.files())
        batches = (extract(batch) for batch in batched(documents, batch_size))
        return store_batches(store, batches, code, coder=coder, on_batch=on_batch)
    from dyads.sources.web import Fetcher

    state = CommittedState(store)

    def after_batch(summary: IngestSummary) -> None:
        state.flush()
        if on_batch:
            on_batch(summary)

    with Fetcher(state=state, guard=guard) as own:
        summary = ingest(sources, store, code, own, batch_size, after_batch, coder,
                         document_timeout=document_timeout)
    state.flush()  # validators of listings whose every item was a duplicate or a failure
    return summary


def store_batches(store: Store, batches: Iterable[list[Article | Failure]], code: bool,
                  coder: Coder = code_batch,
                  on_batch: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Where the store is, for every engine: deduplicate, code (or look up what the workers
    coded) and save batch after batch, then regroup the events of what was stored."""
    total = IngestSummary()
    dedup = Deduplicator(store)
    for extracted in batches:
        result = store_batch(store, dedup, extracted, code, coder)
        total.add(result)
        if on_batch:
            on_batch(result)
    if total.article_ids:
        update_groups(store, total.article_ids)
    return total


def recode(store: Store, batch_size: int = BATCH_SIZE,
           coder: Callable[[list[Article]], dict[str, list[Event]]] = code_batch) -> int:
    """Code every stored original article again, replacing its events (idempotent)."""
    count, offset = 0, 0
    while True:
        articles = store.articles(limit=batch_size, offset=offset)
        if not articles:
            update_groups(store)
            return count
        offset += len(articles)
        originals = [a for a in articles if a.duplicate_of is None]
        events = coder(originals) if originals else {}
        store.save_batch([], events, [])
        count += sum(len(v) for v in events.values())
