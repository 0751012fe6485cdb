"""Charts of the aggregates: a dyad timeline (PNG, or a self-contained HTML page with the chart
as inline SVG and the numbers as a table) and the actor network (PNG).

matplotlib draws with the Agg backend (no display needed); the network layout is networkx's
spring layout with a fixed seed, so the same network gives the same picture.
"""

from __future__ import annotations

import datetime as dt
import html
import io
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)
import networkx as nx  # noqa: E402
from matplotlib.colors import LinearSegmentedColormap, Normalize  # noqa: E402

from dyads.analysis.aggregates import QUAD_COLUMNS, period_of  # noqa: E402

QUAD_COLOURS = {"verbal_cooperation": "#8fd18a", "material_cooperation": "#238b45",
                "verbal_conflict": "#fdae61", "material_conflict": "#d7191c"}
# Red (conflict) to green (cooperation) through a mid grey: the usual RdYlGn is pale yellow
# around 0, and an edge of mean Goldstein near 0 would vanish on the white page.
GOLDSTEIN_COLOURS = LinearSegmentedColormap.from_list(
    "goldstein", [QUAD_COLOURS["material_conflict"], "#8c8c8c", QUAD_COLOURS["material_cooperation"]])
MAX_FILLED_PERIODS = 400  # beyond this, empty periods are not drawn (the bars would vanish)


def filled(rows: list[dict[str, Any]], by: str) -> list[dict[str, Any]]:
    """The rows with the empty periods between the first and the last added as zeros, so that
    the x axis keeps time's proportions."""
    if not rows:
        return rows
    have = {r["period"]: r for r in rows}
    day, last = dt.date.fromisoformat(rows[0]["start"]), dt.date.fromisoformat(rows[-1]["start"])
    labels: list[tuple[str, dt.date]] = []
    while day <= last and len(labels) <= MAX_FILLED_PERIODS:
        label, start = period_of(day, by)
        if not labels or labels[-1][0] != label:
            labels.append((label, start))
        day += dt.timedelta(days=1)
    if len(labels) > MAX_FILLED_PERIODS:
        return rows
    empty = {c: 0 for c in QUAD_COLUMNS.values()}
    return [have.get(label, {"period": label, "start": start.isoformat(), "events": 0, **empty,
                             "goldstein_mean": None}) for label, start in labels]


def timeline_figure(rows: list[dict[str, Any]], title: str, by: str) -> plt.Figure:
    rows = filled(rows, by)
    labels = [r["period"] for r in rows]
    x = range(len(rows))
    fig, ax = plt.subplots(figsize=(max(6.0, min(16.0, 0.45 * len(rows) + 3)), 4.2), dpi=100)
    bottom = [0] * len(rows)
    for column, colour in QUAD_COLOURS.items():
        heights = [r.get(column, 0) for r in rows]
        ax.bar(x, heights, bottom=bottom, color=colour, width=0.8,
               label=column.replace("_", " "))
        bottom = [b + h for b, h in zip(bottom, heights)]
    ax.set_ylabel("events (happenings)")
    ax.set_ylim(0, max(bottom + [1]) * 1.25)
    ax.yaxis.get_major_locator().set_params(integer=True)
    step = max(1, len(rows) // 20)
    ax.set_xticks(list(x)[::step], labels[::step], rotation=45, ha="right", fontsize=8)
    ax.set_title(title)
    means = [(i, r["goldstein_mean"]) for i, r in zip(x, rows) if r.get("goldstein_mean") is not None]
    gold = ax.twinx()
    if means:
        gold.plot([i for i, _ in means], [m for _, m in means], color="#2b5d9c", marker="o",
                  linewidth=1.5, label="mean Goldstein")
    gold.axhline(0, color="#999999", linewidth=0.6, linestyle=":")
    gold.set_ylim(-10.5, 10.5)
    gold.set_ylabel("mean Goldstein (−10 conflict … +10 cooperation)", fontsize=8)
    handles = ax.get_legend_handles_labels()[0] + gold.get_legend_handles_labels()[0]
    ax.legend(handles=handles, loc="upper left", fontsize=7, ncol=3, frameon=False)
    fig.tight_layout()
    return fig


def timeline_png(rows: list[dict[str, Any]], title: str, by: str, out: str | Path) -> Path:
    fig = timeline_figure(rows, title, by)
    fig.savefig(out, format="png")
    plt.close(fig)
    return Path(out)


def timeline_html(rows: list[dict[str, Any]], title: str, by: str, out: str | Path) -> Path:
    """One HTML file, nothing fetched: the chart as inline SVG, then the numbers."""
    fig = timeline_figure(rows, title, by)
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg")
    plt.close(fig)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]  # drop the XML prolog and doctype: inline SVG has none
    columns = list(rows[0]) if rows else []
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(r.get(c, '')))}</td>" for c in columns)
                   + "</tr>" for r in rows)
    page = (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>body{{font-family:sans-serif;margin:2em}}"
            f"table{{border-collapse:collapse;font-size:13px}}td,th{{border:1px solid #ccc;"
            f"padding:2px 6px;text-align:right}}svg{{max-width:100%;height:auto}}</style></head>"
            f"<body><h1>{html.escape(title)}</h1>\n{svg}\n<table><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table></body></html>\n")
    Path(out).write_text(page, encoding="utf-8")
    return Path(out)


def network_png(graph: nx.DiGraph, title: str, out: str | Path) -> Path:
    """Nodes sized by events, arrows as wide as their event count and coloured by mean
    Goldstein (red conflict, green cooperation)."""
    fig, ax = plt.subplots(figsize=(7, 6), dpi=100)
    ax.set_title(title)
    ax.axis("off")
    if graph.number_of_nodes():
        pos = nx.spring_layout(graph, seed=7, weight="weight")
        weights = [graph.edges[e]["weight"] for e in graph.edges]
        top = max(weights, default=1)
        busiest = max((graph.nodes[n].get("events", 1) for n in graph), default=1)
        # Sizes relative to the busiest actor, so a big archive still gives readable nodes.
        sizes = [600 + 1400 * graph.nodes[n].get("events", 1) / busiest for n in graph]
        norm = Normalize(-10, 10)
        nx.draw_networkx_nodes(graph, pos, ax=ax, node_color="#dde6f2", edgecolors="#2b5d9c",
                               node_size=sizes)
        nx.draw_networkx_labels(graph, pos, ax=ax, font_size=9)
        nx.draw_networkx_edges(graph, pos, ax=ax, width=[1 + 5 * w / top for w in weights],
                               edge_color=[graph.edges[e]["goldstein_mean"] for e in graph.edges],
                               edge_cmap=GOLDSTEIN_COLOURS, edge_vmin=-10, edge_vmax=10,
                               arrowsize=18, connectionstyle="arc3,rad=0.12", node_size=sizes)
        nx.draw_networkx_edge_labels(graph, pos, ax=ax, font_size=8, connectionstyle="arc3,rad=0.12",
                                     edge_labels={e: graph.edges[e]["weight"] for e in graph.edges})
        bar = fig.colorbar(plt.cm.ScalarMappable(norm=norm, cmap=GOLDSTEIN_COLOURS), ax=ax, shrink=0.6)
        bar.set_label("mean Goldstein")
    else:
        ax.text(0.5, 0.5, "no events in this period", ha="center", va="center")
    fig.tight_layout()
    fig.savefig(out, format="png")
    plt.close(fig)
    return Path(out)
