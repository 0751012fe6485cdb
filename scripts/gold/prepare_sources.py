"""Cut the real-news sources of the gold sets into sentences to annotate (one JSON line each).

    python scripts/gold/prepare_sources.py --wikinews-en GITDIR --frwikinews-2005 GITDIR \
        --wikinews-fr-2012 ../shared/corpora/wikinews_fr --out build/gold-unannotated
    python scripts/gold/prepare_sources.py --aeb ../shared/bench/aeb --out build/gold-unannotated

Sources (see gold/README.md for their licences and commits):
- English Wikinews 2019-2020 (vanatteveldt/wikinews, data/wikinews_20{19,20}.csv): whole
  articles; a seeded sample of them, in full.
- French Wikinews 2005 (mpk001/RAKE-keywordsExtraction, data/docs/french/frwikinews-test-1000.txt):
  one sentence a line, articles one after the other; the annotators group the lines into
  articles (a new article where the story changes).
- French Wikinews 2012 (../shared/corpora/wikinews_fr): whole articles. Kept as pointers in
  the gold file (block index and offsets in the page), never copied into the repository.
- English news pages of 2018-2019 (../shared/bench/aeb, the article-extraction benchmark's
  true bodies, `ground-truth.json`): the English pages whose body names at least
  `--aeb-min-actors` coded actors (the actor dictionary, at the crawl date) and has at most
  `--aeb-max-sentences` sentences, whatever their topic (politics, sport, business, science):
  news in general. Kept as pointers (page key, paragraph, offsets), never copied. Drawn twice:
  20 actors and 60 sentences (38 pages), then 12 and 100 (the 32 pages more).

Each record: {"id", "doc", "para", "lang", "published", "text", "events": []}; pointer
records also carry {"page", "block", "start", "end"}.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from dyads.gold_sources import AEB_PAGE, aeb_paragraphs, read_wikinews_fr_page  # noqa: E402
from dyads.nlp import split_sentences  # noqa: E402

EN_FILES = ("data/wikinews_2019.csv", "data/wikinews_2020.csv")
FR_2005_FILE = "data/docs/french/frwikinews-test-1000.txt"
SEED = 2026
EN_TARGET_SENTENCES = 1450
EN_MAX_SENTENCES = 45  # longer articles would eat the budget of a few stories
AEB_MIN_ACTORS = 12
AEB_MAX_SENTENCES = 100
AEB_CRAWL_DATE = "2019-11-19"  # the benchmark's pages were saved on 18-20 November 2019


def git_show(gitdir: Path, path: str) -> str:
    return subprocess.run(["git", "--git-dir", str(gitdir), "show", f"HEAD:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def sentences(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang)]


def english(gitdir: Path, target: int = EN_TARGET_SENTENCES) -> list[dict]:
    articles = []
    for path in EN_FILES:
        year = re.search(r"20\d\d", path).group()[2:]
        for index, row in enumerate(csv.DictReader(io.StringIO(git_show(gitdir, path)))):
            paragraphs = [p.strip() for p in re.split(r"\n\s*\n", row["text"]) if p.strip()]
            if paragraphs and re.match(r"^\w+day, \w+ \d+, \d{4}$", paragraphs[0]):
                paragraphs = paragraphs[1:]  # the dateline Wikinews puts above every story
            paras = [sentences(p, "en") for p in paragraphs]
            if row["title"].startswith("TEST PAGE"):
                continue
            articles.append({"doc": f"wnen{year}-{index:03d}", "title": row["title"], "url": row["url"],
                             "published": row["date"], "paras": paras})
    rng = random.Random(SEED)
    rng.shuffle(articles)
    chosen, total = [], 0
    for article in articles:
        n = sum(len(p) for p in article["paras"])
        if n < 4 or n > EN_MAX_SENTENCES:
            continue
        chosen.append(article)
        total += n
        if total >= target:
            break
    return [r for a in sorted(chosen, key=lambda a: a["doc"]) for r in records(a, "en")]


def records(article: dict, lang: str) -> list[dict]:
    out, number = [], 0
    for para, sents in enumerate(article["paras"]):
        for text in sents:
            out.append({"id": f"{article['doc']}-{number:03d}", "doc": article["doc"], "para": para,
                        "lang": lang, "published": article.get("published"), "title": article.get("title"),
                        "text": text, "events": []})
            number += 1
    return out


def french_2005(gitdir: Path, lines: int) -> list[dict]:
    """One record per line (sentence); "doc" is left for the annotators to fill in."""
    out = []
    for number, line in enumerate(git_show(gitdir, FR_2005_FILE).splitlines()[:lines], 1):
        line = line.strip()
        if not line:
            continue
        out.append({"id": f"wnfr05-L{number:04d}", "doc": None, "para": None, "lang": "fr",
                    "published": None, "line": number, "text": line, "events": []})
    return out


def french_2012(folder: Path) -> list[dict]:
    out = []
    for page in sorted(folder.glob("*.html")):
        title, blocks, published = read_wikinews_fr_page(page)
        doc = f"wnfr12-{page.stem}"
        number = 0
        for block, text in enumerate(blocks):
            for start, end in split_sentences(text, "fr"):
                out.append({"id": f"{doc}-{number:03d}", "doc": doc, "para": block, "lang": "fr",
                            "published": published, "title": title, "page": f"corpora/wikinews_fr/{page.name}",
                            "block": block, "start": start, "end": end, "text": text[start:end], "events": []})
                number += 1
    return out


def aeb(folder: Path, min_actors: int = AEB_MIN_ACTORS, max_sentences: int = AEB_MAX_SENTENCES) -> list[dict]:
    """The English pages of the benchmark with enough actors (see the module docstring)."""
    import datetime as dt
    import gzip

    from dyads.actors import load_dictionary
    from dyads.extract import ExtractionError, html_fields
    from dyads.text import detect_language

    dictionary = load_dictionary()
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for key in sorted(truth):
        body = truth[key]["articleBody"]
        if detect_language(body) != "en":
            continue
        actors = [m for m in dictionary.find_mentions(body, lang="en", date=dt.date.fromisoformat(AEB_CRAWL_DATE)) if m.code]
        paragraphs = aeb_paragraphs(body)
        spans = [(block, s, e) for block, text in enumerate(paragraphs) for s, e in split_sentences(text, "en")]
        if len(actors) < min_actors or len(spans) > max_sentences:
            continue
        html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        try:
            fields, _ = html_fields(html, truth[key].get("url"))
            published = fields["published"].date().isoformat() if fields.get("published") else None
        except ExtractionError:
            published = None
        doc = f"aeben-{key[:10]}"
        for number, (block, start, end) in enumerate(spans):
            out.append({"id": f"{doc}-{number:03d}", "doc": doc, "para": block, "lang": "en",
                        "published": published or AEB_CRAWL_DATE, "title": None, "url": truth[key].get("url"),
                        "page": AEB_PAGE, "key": key, "block": block, "start": start, "end": end,
                        "text": paragraphs[block][start:end], "events": []})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wikinews-en", type=Path, help="git dir of vanatteveldt/wikinews")
    parser.add_argument("--frwikinews-2005", type=Path, help="git dir of mpk001/RAKE-keywordsExtraction")
    parser.add_argument("--fr-2005-lines", type=int, default=560)
    parser.add_argument("--en-sentences", type=int, default=EN_TARGET_SENTENCES,
                        help="English sentences to draw (the same seeded order: a larger number adds articles)")
    parser.add_argument("--wikinews-fr-2012", type=Path, help="../shared/corpora/wikinews_fr")
    parser.add_argument("--aeb", type=Path, help="../shared/bench/aeb")
    parser.add_argument("--aeb-min-actors", type=int, default=AEB_MIN_ACTORS)
    parser.add_argument("--aeb-max-sentences", type=int, default=AEB_MAX_SENTENCES)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sources = (("wikinews_en", args.wikinews_en, lambda: english(args.wikinews_en, args.en_sentences)),
               ("wikinews_fr_2005", args.frwikinews_2005, lambda: french_2005(args.frwikinews_2005, args.fr_2005_lines)),
               ("wikinews_fr_2012", args.wikinews_fr_2012, lambda: french_2012(args.wikinews_fr_2012)),
               ("aeb_en", args.aeb, lambda: aeb(args.aeb, args.aeb_min_actors, args.aeb_max_sentences)))
    for name, given, read in sources:
        if given is None:
            continue
        rows = read()
        with open(args.out / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{name}: {len(rows)} sentences, {len({r['doc'] for r in rows})} articles")


if __name__ == "__main__":
    main()
