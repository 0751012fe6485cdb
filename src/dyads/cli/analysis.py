"""Analysis commands: groups, stories, story, timeline, network, export."""

from __future__ import annotations

import contextlib
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Iterator, Optional

import typer

from dyads.analysis.aggregates import PERIODS
from dyads.archive import open as open_archive
from dyads.cli.app import Since, Until, app, settings
from dyads.cli.archive import err
from dyads.cli.events import MinConfidence
from dyads.cli.output import LIMIT_HELP, Format, emit, record_columns
from dyads.export import FORMATS, WHAT
from dyads.extras import require
from dyads.model import Group


def choices(name: str, values: tuple[str, ...] | list[str]) -> type[Enum]:
    """An Enum Typer shows as `--option [a|b|c]`."""
    return Enum(name, {v: v for v in values}, type=str)  # type: ignore[return-value]


Period = choices("Period", PERIODS)
ChartFormat = choices("ChartFormat", ["table", "json", "csv", "png", "html"])
NetworkFormat = choices("NetworkFormat", ["json", "graphml", "png"])
ListFormat = choices("ListFormat", ["table", "json"])
What = choices("What", list(WHAT))
ExportFormat = choices("ExportFormat", FORMATS)


@contextlib.contextmanager
def output_to(out: Optional[Path]) -> Iterator[None]:
    """Printed output goes to `out` when one is given."""
    if out is None:
        yield
        return
    with out.open("w", encoding="utf-8") as fh, contextlib.redirect_stdout(fh):
        yield
    err.print(f"wrote {out}", highlight=False)


GROUP_COLUMNS = ["date", "source", "type", "target", "num_mentions", "num_articles",
                 "num_sources", "sentence"]


@app.command()
def groups(
    since: Since = None,
    until: Until = None,
    min_confidence: MinConfidence = None,
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help=LIMIT_HELP),
    fmt: Format = typer.Option(Format.table, "--format", help="table, json or csv."),
) -> None:
    """Happenings: events grouped across sentences and articles, with how widely reported."""
    with open_archive(settings.db) as db:
        rows = [g.to_dict() for g in db.groups(since=since, until=until, min_confidence=min_confidence)[:limit]]
    emit(rows, fmt, GROUP_COLUMNS if fmt is Format.table else record_columns(Group))


STORIES_COLUMNS = ["id", "start", "end", "articles", "groups", "events", "title"]


@app.command()
def stories(fmt: Format = typer.Option(Format.table, "--format",
                                       help="table, json (whole stories) or csv (a row each).")
            ) -> None:
    """Stories: the happenings and articles of one exchange, earliest first."""
    with open_archive(settings.db) as db:
        found = db.stories()
    if fmt is Format.json:
        emit([s.to_dict() for s in found], "json")
        return
    emit([{"id": s.id, "start": s.start, "end": s.end, "articles": len(s.article_ids),
           "groups": len(s.group_ids), "events": len(s.events), "title": s.title} for s in found],
         fmt, STORIES_COLUMNS)


STORY_COLUMNS = ["date", "source", "type", "target", "sentence", "url"]


@app.command()
def story(story_id: str = typer.Argument(..., help="A story id from `dyads stories`."),
          fmt: ListFormat = typer.Option(ListFormat.table, "--format",
                                         help="table (its events) or json (one object).")) -> None:
    """One story: its events in the order they happened, with sentences and article links."""
    with open_archive(settings.db) as db:
        found = db.story(story_id)
    if found is None:
        err.print(f"Error: no story with id {story_id!r} (ids: `dyads stories`)", highlight=False)
        raise typer.Exit(1)
    if fmt is ListFormat.json:
        sys.stdout.write(json.dumps(found.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    emit(found.events, "table", STORY_COLUMNS,
         title=f"{found.title} ({found.start} – {found.end}, {len(found.article_ids)} articles)")


TIMELINE_HIDDEN = {"start", "goldstein_total"}


@app.command()
def timeline(
    a: str = typer.Argument(..., metavar="A", help="Actor, e.g. RUS (every sector) or RUSGOV."),
    b: str = typer.Argument(..., metavar="B", help="The other actor."),
    by: Period = typer.Option(Period.month, "--by", help="Length of a period."),
    directed: bool = typer.Option(False, "--directed", help="Only A -> B, not B -> A."),
    since: Since = None,
    until: Until = None,
    min_confidence: MinConfidence = None,
    fmt: ChartFormat = typer.Option(ChartFormat.table, "--format",
                                    help="table, json or csv on stdout; png or html: a chart file."),
    out: Optional[Path] = typer.Option(None, "--out", help="File to write (png/html default: "
                                       "timeline_A_B_by.png|html)."),
) -> None:
    """The A-B dyad over time: happenings by quad class, mean and total Goldstein."""
    with open_archive(settings.db) as db:
        rows = db.timeline(a, b, by=by.value, directed=directed, since=since,
                           until=until, min_confidence=min_confidence)
    arrow = "->" if directed else "<->"
    title = f"{a.upper()} {arrow} {b.upper()} by {by.value}"
    if fmt in (ChartFormat.png, ChartFormat.html):
        require("matplotlib", "charts", "charts")
        from dyads.charts import timeline_html, timeline_png

        target = out or Path(f"timeline_{a.upper()}_{b.upper()}_{by.value}.{fmt.value}")
        draw = timeline_png if fmt is ChartFormat.png else timeline_html
        draw(rows, title, by.value, target)
        err.print(f"wrote {target} ({len(rows)} periods)", highlight=False)
        return
    table = fmt is ChartFormat.table
    if table and not rows:
        err.print(f"no events between {a.upper()} and {b.upper()}", highlight=False)
    # A table leaves out what a reader can infer (each period's first day, total Goldstein),
    # so that it fits a terminal; json and csv keep every column.
    from dyads.analysis.aggregates import timeline_columns

    columns = [c for c in timeline_columns(directed) if not (table and c in TIMELINE_HIDDEN)]
    with output_to(out):
        emit(rows, fmt.value, columns, title=title if table else None)


@app.command()
def network(
    since: Since = None,
    until: Until = None,
    min_confidence: MinConfidence = None,
    fmt: NetworkFormat = typer.Option(NetworkFormat.json, "--format",
                                      help="json on stdout; graphml (Gephi, networkx) or png: a file."),
    out: Optional[Path] = typer.Option(None, "--out", help="File to write (graphml/png default: "
                                       "network.graphml|png)."),
) -> None:
    """The directed actor network: who acts on whom, how often, how (mean Goldstein)."""
    with open_archive(settings.db) as db:
        graph = db.network(since=since, until=until, min_confidence=min_confidence)
    if fmt is NetworkFormat.json:
        from dyads.analysis import network_data

        with output_to(out):
            sys.stdout.write(json.dumps(network_data(graph), ensure_ascii=False, indent=2) + "\n")
        return
    target = out or Path(f"network.{fmt.value}")
    if fmt is NetworkFormat.graphml:
        import networkx as nx

        nx.write_graphml(graph, target)
    else:
        require("matplotlib", "charts", "charts")
        from dyads.charts import network_png

        span = f" {since or '…'} – {until or '…'}" if since or until else ""
        network_png(graph, f"Actor network{span}", target)
    err.print(f"wrote {target} ({graph.number_of_nodes()} actors, "
              f"{graph.number_of_edges()} edges)", highlight=False)


@app.command()
def export(
    out: Path = typer.Argument(..., help="File to write."),
    what: What = typer.Option(What.events, "--what", help="Which records to write."),
    fmt: ExportFormat = typer.Option(ExportFormat.csv, "--format",
                                     help="csv, jsonl, parquet or gdelt (docs/gdelt.md)."),
    since: Since = None,
    until: Until = None,
    min_confidence: MinConfidence = None,
) -> None:
    """Write articles, events or groups as CSV, JSON Lines, Parquet or GDELT 2.0 event rows
    (articles by their day of publication, events and groups by their date)."""
    from dyads.export import ExportError

    with open_archive(settings.db) as db:
        try:
            count = db.export(what.value, fmt.value, out, since=since, until=until,
                              min_confidence=min_confidence)
        except ExportError as exc:
            err.print(f"Error: export failed: {exc}")
            raise typer.Exit(2)
    # a GDELT row is one source-target pair, not one record
    unit = "GDELT event rows" if fmt is ExportFormat.gdelt else what.value
    err.print(f"wrote {count} {unit} to {out}", highlight=False)
