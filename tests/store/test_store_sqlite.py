"""SQLite-specific behaviour of the store (backend-independent tests live in test_store_backends)."""

import sqlite3

from conftest import make_article

from dyads.store import open_store


def test_database_is_in_wal_mode_with_versioned_migrations(db_path):
    store = open_store(db_path)
    version = store.schema_version
    store.close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    applied = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert applied == sorted(applied) and applied[-1] == version
    conn.close()
    # Opening again applies nothing twice.
    again = open_store(db_path)
    assert again.schema_version == version
    again.close()


def test_search_ignores_accents_and_ranks_title_matches_first(db_path):
    store = open_store(db_path)
    a = make_article(1, body="Les garanties de sécurité en Europe sont discutées longuement.")
    b = make_article(2, body="Un texte sur la météo.", title="Sécurité : la réponse")
    store.save_batch([(a, None, None), (b, None, None)], {}, [])
    hits = store.search("securite")
    assert {h.article.id for h in hits} == {a.id, b.id}
    assert hits[0].article.id == b.id
    assert "[sécurité]" in store.search("sécurité garanties")[0].snippet
    assert store.search('"unbalanced (quote') == []
    store.close()
