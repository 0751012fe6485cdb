from dyads.dedup import NearDuplicateIndex, article_id, canonical_url, content_hash


def test_canonical_url_drops_tracking_scheme_slash_and_amp():
    base = "https://fr.sputniknews.com/20220214/la-reponse-1055143419.html"
    variants = [
        "http://fr.sputniknews.com/20220214/la-reponse-1055143419.html",
        "https://www.fr.sputniknews.com/20220214/la-reponse-1055143419.html?utm_source=twitter&utm_medium=social",
        "https://fr.sputniknews.com/20220214/la-reponse-1055143419.html#comments",
        "https://fr.sputniknews.com/20220214/la-reponse-1055143419.amp.html",
        "https://amp.fr.sputniknews.com/20220214/la-reponse-1055143419.html",
    ]
    assert {canonical_url(v) for v in variants} == {canonical_url(base)}
    assert canonical_url("https://example.org/a/") == canonical_url("https://example.org/a")
    assert canonical_url("https://example.org/a/amp/") == canonical_url("https://example.org/a")
    # A parameter that selects content is kept.
    assert canonical_url("https://example.org/a?id=2") != canonical_url("https://example.org/a?id=3")


def test_ids_are_stable_and_text_hash_ignores_spacing_and_case():
    assert article_id("https://example.org/a?utm_source=x", "x") == article_id("http://example.org/a", "y")
    assert article_id(None, "Le  texte.") == article_id(None, "le texte")
    assert content_hash("Un texte,  ici.") == content_hash("un texte ici")
    assert len(article_id(None, "abc")) == 16


def test_near_duplicate_index_links_a_wire_copy_but_not_another_story():
    original = " ".join(f"mot{i}" for i in range(300))
    copy = original.replace("mot150", "autre").replace("mot10 ", "changé ") + " (AFP)"
    other = " ".join(f"terme{i}" for i in range(300))
    index = NearDuplicateIndex()
    index.add("a1", original)
    assert index.find(copy) == "a1"
    assert index.find(other) is None
