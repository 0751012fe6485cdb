"""`dyads.open(db, actors=[...])`: the user's actor files travel with the archive, not
through the environment, and a bad file is refused when the archive is opened."""

from __future__ import annotations

import pytest

import dyads
from dyads.actors import ActorFileError

PERSON = ("code\tkind\tname\tforms\tcountry\trole\tstart\tend\n"
          "FRAGOV\tperson\tJean Dupontel\tJean Dupontel|Dupontel\tFRA\tforeign minister\t2024-01-01\t\n")
ARTICLE = ("<html><head><title>Dupontel</title><meta property='article:published_time' "
           "content='2024-05-02T10:00:00+02:00'></head><body><article><p>Le ministre Jean Dupontel a "
           "condamné mardi l'attaque de la Russie contre l'Ukraine, dénonçant une agression "
           "inacceptable contre un pays souverain.</p><p>Il s'est exprimé à Paris devant la presse "
           "après une réunion avec ses homologues européens.</p></article></body></html>")


@pytest.mark.slow
def test_the_archive_codes_with_the_actor_files_it_was_opened_with(tmp_path):
    actors = tmp_path / "mine.tsv"
    actors.write_text(PERSON, encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(ARTICLE, encoding="utf-8")
    with dyads.open(tmp_path / "a.db", actors=[actors]) as db:
        db.ingest([page])
        sources = {tuple(e.source) for e in db.events(type="ACCUSE")}
    assert ("FRAGOV",) in sources
    with dyads.open(tmp_path / "b.db") as db:  # without the file, Dupontel is nobody
        db.ingest([page])
        assert ("FRAGOV",) not in {tuple(e.source) for e in db.events(type="ACCUSE")}


def test_a_bad_actor_file_is_refused_when_the_archive_opens(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("code\tkind\tname\tforms\nXX\tperson\tNobody\tNobody\n", encoding="utf-8")
    with pytest.raises(ActorFileError, match="bad.tsv:2"):
        dyads.open(tmp_path / "a.db", actors=[bad])
