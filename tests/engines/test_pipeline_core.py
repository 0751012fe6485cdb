"""The local engine's bookkeeping: duplicates, updates, failures, idempotence."""

import datetime as dt

from conftest import make_article

from dyads.model import Failure
from dyads.pipeline import Deduplicator, store_batch
from dyads.store import open_store


def test_store_batch_counts_new_duplicate_near_and_updated(db_path):
    store = open_store(db_path)
    dedup = Deduplicator(store)
    long_body = " ".join(f"mot{i}" for i in range(400))
    first = make_article(1, body=long_body)
    same_text_other_url = make_article(2, body=long_body)
    near = make_article(3, body=long_body.replace("mot200", "changé") + " (AFP)")
    failure = Failure("bad.html", "no article found", stage="extract")
    summary = store_batch(store, dedup, [first, same_text_other_url, near, failure], code=False)
    assert (summary.read, summary.stored, summary.duplicates, summary.near_duplicates,
            summary.failed) == (4, 2, 1, 1, 1)
    assert store.article(near.id).duplicate_of == first.id
    assert [f.origin for f in store.failures()] == ["bad.html"]

    # Same inputs again, with a fresh deduplicator as a new run would have: nothing changes.
    again = store_batch(store, Deduplicator(store), [make_article(1, body=long_body)], code=False)
    assert (again.stored, again.updated, again.duplicates) == (0, 0, 1)
    assert store.count_articles() == 2

    # A new version of the same URL replaces the stored one.
    edited = make_article(1, body=long_body + " Mise à jour.")
    updated = store_batch(store, Deduplicator(store), [edited], code=False)
    assert updated.updated == 1 and store.article(first.id).body.endswith("Mise à jour.")
    store.close()


def test_a_page_twice_in_one_batch_is_stored_and_coded_once(db_path):
    """The same page twice in a batch (one URL with and without a tracking parameter): the
    second is a duplicate, so it is neither counted as stored again nor coded again."""
    coded: list[str] = []

    def coder(articles):
        coded.extend(a.id for a in articles)
        return {a.id: [] for a in articles}

    body = " ".join(f"mot{i}" for i in range(400))
    page = make_article(1, body=body, url="https://example.org/news/1")
    again = make_article(1, body=body, url="https://www.example.org/news/1?utm_source=rss")
    assert page.id == again.id
    with open_store(db_path) as store:
        summary = store_batch(store, Deduplicator(store), [page, again], code=True, coder=coder)
        assert (summary.stored, summary.duplicates) == (1, 1) and coded == [page.id]
        assert store.count_articles() == 1


def test_a_failure_recorded_twice_is_one_row_and_success_clears_it(db_path):
    store = open_store(db_path)
    store.record_failures([Failure("x.html", "empty file")])
    store.record_failures([Failure("x.html", "empty file")])
    assert len(store.failures()) == 1
    ok = make_article(5, origin="x.html")
    store.save_batch([(ok, None, None)], {}, [])
    assert store.failures() == []
    store.close()


def test_article_filters_by_source_language_and_dates(db_path):
    store = open_store(db_path)
    arts = [make_article(i, language="fr" if i % 2 else "en",
                         published=dt.datetime(2022, 1, i, 23, 30, tzinfo=dt.timezone.utc))
            for i in range(1, 6)]
    store.save_batch([(a, None, None) for a in arts], {}, [])
    assert [a.id for a in store.articles(language="en")] == [arts[3].id, arts[1].id]
    got = store.articles(since=dt.date(2022, 1, 2), until=dt.date(2022, 1, 3))
    assert {a.id for a in got} == {arts[1].id, arts[2].id}
    assert store.count_articles(source="example.org") == 5
    assert store.articles(source="other.org") == []
    store.close()
