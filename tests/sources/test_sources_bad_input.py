"""Every kind of bad input in one batch: each gives one one-line Failure naming the input
and the reason, and the good inputs around them still become articles."""

from __future__ import annotations

import gzip
import random

from conftest import SEEDS
from test_sources_files import PARAGRAPHS, page
from test_warc_reader import write_warc

from dyads.model import Article, Failure
from dyads.pipeline import extract_documents
from dyads.sources import read_sources

# file name -> a word the reason must hold
BAD = {
    "a_empty.html": "empty",
    "b_binary.html": "binary",
    "c_cut.html.gz": "gzip",
    "d_cut.warc.gz": "truncated",
    "e_undecodable.html": "undecodable",
    "f_login.html": "no article",
    "g_huge.html": "over 10",
}


def write_bad_inputs(folder) -> None:
    rng = random.Random(7)  # fixed: the same bytes on every run
    (folder / "a_empty.html").write_bytes(b"")
    (folder / "b_binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(4000)))
    long_page = gzip.compress(page(paragraphs=PARAGRAPHS * 40).encode())
    (folder / "c_cut.html.gz").write_bytes(long_page[: len(long_page) // 2])
    pages = []
    for number in range(3):
        pages.append(folder.parent / f"page{number}.html")
        pages[-1].write_text(page(title=f"Négociations, jour {number}"), encoding="utf-8")
    full = folder.parent / "full.warc.gz"
    write_warc(full, pages)
    data = full.read_bytes()
    (folder / "d_cut.warc.gz").write_bytes(data[: len(data) // 2])
    high_bytes = bytes(rng.randrange(128, 256) for _ in range(3000))
    (folder / "e_undecodable.html").write_bytes(b"<html><body><p>" + high_bytes + b"</p></body></html>")
    (folder / "f_login.html").write_text(
        "<html><head><title>Connexion</title></head><body><nav><a href='/'>Accueil</a></nav>"
        "<form><input name='user'><button>OK</button></form></body></html>", encoding="utf-8")
    (folder / "g_huge.html").write_text(page(paragraphs=PARAGRAPHS + ["<p>" + "y" * 999 + "</p>"] * 10_600),
                                        encoding="utf-8")


def test_each_bad_input_fails_alone_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    write_bad_inputs(folder)
    (folder / "h_good.html").write_text(page(), encoding="utf-8")
    (folder / "i_seed.txt").write_bytes((SEEDS / "000_9097bb72c12b5d38.txt").read_bytes())

    results = extract_documents(read_sources([str(folder)]))

    failures = [r for r in results if isinstance(r, Failure)]
    for name, word in BAD.items():
        mine = [f for f in failures if f.origin.startswith(str(folder / name))]
        assert len(mine) == 1, (name, failures)
        assert word in mine[0].reason, (name, mine[0].reason)
        assert "\n" not in str(mine[0]) and str(mine[0]).startswith(str(folder / name))
    assert len(failures) == len(BAD)
    articles = [r for r in results if isinstance(r, Article)]
    origins = [a.origin.split("#")[0] for a in articles]
    # the complete records of the cut archive come before its failure; then the good files
    kept = origins.count(str(folder / "d_cut.warc.gz"))
    assert 1 <= kept < 3
    assert origins == [str(folder / "d_cut.warc.gz")] * kept + [str(folder / "h_good.html"), str(folder / "i_seed.txt")]
    assert articles[-1].title.startswith("La réponse US")
