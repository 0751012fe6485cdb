"""The charts are real charts: valid images whose pixels show the plotted data."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from analysis_data import exchange_store, seeded  # noqa: F401 (fixtures)
from matplotlib.colors import to_hex
from PIL import Image

from dyads.analysis import actor_network, timeline
from dyads.charts import (GOLDSTEIN_COLOURS, QUAD_COLOURS, network_png, timeline_html,
                          timeline_png)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def pixels(path: Path) -> np.ndarray:
    assert path.read_bytes()[:8] == PNG_SIGNATURE
    with Image.open(path) as img:
        img.verify()
    with Image.open(path) as img:
        return np.asarray(img.convert("RGB")).astype(int)


def share_of_colour(px: np.ndarray, hex_colour: str, tolerance: int = 8) -> float:
    rgb = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])
    return float((np.abs(px - rgb).max(axis=2) <= tolerance).mean())


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_timeline_png_shows_bars_of_each_quad_class_present(store, tmp_path, by):
    rows = timeline(store, "RUS", "USA", by=by)
    out = timeline_png(rows, f"RUS-USA by {by}", by, tmp_path / f"timeline_{by}.png")
    px = pixels(out)
    height, width, _ = px.shape
    assert width >= 500 and height >= 300
    background = (px == 255).all(axis=2)
    assert 0.03 < 1 - background.mean() < 0.6  # drawn, not blank, not a solid block
    assert px.std() > 20
    # Verbal conflict (treaties, rejection, verdict) and verbal cooperation (answers) are
    # in the data: their bars are on the image; material conflict is not, so only its
    # legend swatch may show.
    assert share_of_colour(px, QUAD_COLOURS["verbal_conflict"]) > 0.005
    assert share_of_colour(px, QUAD_COLOURS["verbal_cooperation"]) > 0.002
    assert share_of_colour(px, QUAD_COLOURS["material_conflict"]) < 0.002


def bar_heights(px: np.ndarray, hex_colour: str, minimum: int = 15) -> list[int]:
    """Heights in pixels of the bars of one colour, left to right (legend swatches excluded:
    they are shorter than `minimum`)."""
    rgb = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])
    mask = np.abs(px - rgb).max(axis=2) <= 8
    tallest = []
    for column in mask.T:  # the longest vertical run of the colour in each column
        best = run = 0
        for on in column:
            run = run + 1 if on else 0
            best = max(best, run)
        tallest.append(best)
    bars, current = [], 0
    for h in tallest + [0]:
        if h >= minimum:
            current = max(current, h)
        elif current:
            bars.append(current)
            current = 0
    return bars


def test_bar_heights_follow_the_counts(store, tmp_path):
    rows = timeline(store, "RUS", "USA", by="month")
    counts = [r["verbal_conflict"] for r in rows if r["verbal_conflict"]]
    assert counts == [1, 2]  # December (draft treaties), February (rejection, verdict)
    px = pixels(timeline_png(rows, "x", "month", tmp_path / "month.png"))
    low, high = bar_heights(px, QUAD_COLOURS["verbal_conflict"])
    assert high / low == pytest.approx(2, rel=0.05)
    [answers] = bar_heights(px, QUAD_COLOURS["verbal_cooperation"])
    assert answers == pytest.approx(low, abs=2)


def test_timeline_html_is_self_contained(store, tmp_path):
    rows = timeline(store, "RUS", "USA", by="week")
    page = timeline_html(rows, "RUS <-> USA by week", "week", tmp_path / "t.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "</svg>" in page
    assert "&lt;-&gt;" in page  # the title is escaped
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing fetched
    assert "<path" in page and page.count("<tr>") == len(rows) + 1
    assert "2022-W05" in page


def test_network_png_draws_nodes_and_edges(store, tmp_path):
    px = pixels(network_png(actor_network(store), "network", tmp_path / "n.png"))
    drawn = 1 - (px == 255).all(axis=2).mean()
    assert 0.02 < drawn < 0.5
    assert share_of_colour(px, "#dde6f2") > 0.005  # node fill
    empty = pixels(network_png(actor_network(store, until=__import__("datetime").date(1990, 1, 1)),
                               "empty", tmp_path / "e.png"))
    assert 1 - (empty == 255).all(axis=2).mean() < drawn


def test_charts_of_the_seed_articles(seeded, tmp_path):
    """The charts of what the real coder finds in the seeds: a bar for every period of the
    series, in the colours of its quad classes, and the network's nodes and edges."""
    rows = seeded.timeline("RUS", "USA", by="month")
    px = pixels(timeline_png(rows, "RUS <-> USA", "month", tmp_path / "t.png"))
    drawn = {c: share_of_colour(px, QUAD_COLOURS[c]) > 0.001 for c in QUAD_COLOURS}
    assert drawn == {c: any(r[c] for r in rows) for c in QUAD_COLOURS}
    bars = sum(len(bar_heights(px, QUAD_COLOURS[c])) for c in QUAD_COLOURS)
    assert bars == sum(1 for r in rows for c in QUAD_COLOURS if r[c])
    graph = seeded.network()
    assert graph.number_of_edges() >= 2
    px = pixels(network_png(graph, "seeds", tmp_path / "n.png"))
    assert share_of_colour(px, "#dde6f2") > 0.005 and len(np.unique(px.reshape(-1, 3), axis=0)) > 50
    for s, t, edge in graph.edges(data=True):  # each arrow in the colour of its mean Goldstein
        colour = to_hex(GOLDSTEIN_COLOURS((edge["goldstein_mean"] + 10) / 20))
        assert share_of_colour(px, colour) > 0.001, (s, t, colour)
