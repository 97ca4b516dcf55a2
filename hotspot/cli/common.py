"""What every command shares: the app, the consoles, option types, opening the store, printing records."""

from __future__ import annotations

import json
import sys
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from hotspot import settings
from hotspot.errors import HotspotError

if TYPE_CHECKING:
    from hotspot.records import Article
    from hotspot.store import Store

app = typer.Typer(
    help="Hotspot: read news and opinion articles about a country; find who says what, on what evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)  # messages wrap where the terminal does: a path or id is never cut
out = Console(highlight=False, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL or SQLite file path \\[env HOTSPOT_DB; default sqlite:///hotspot.db]."),
]
ModelOption = Annotated[
    str | None, typer.Option("--model", help="spaCy pipeline name \\[env HOTSPOT_SPACY_MODEL].")
]
CleanTextOption = Annotated[
    bool,
    typer.Option("--clean-text", help="Treat text inputs as clean article text: no extraction, offsets index the file."),
]
PathsArgument = Annotated[
    list[str],
    typer.Argument(help="Files, directories (recursive), JSONL or WARC files, http(s) URLs, or - for stdin."),
]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", metavar="YYYY-MM-DD",
                 help="Publication date of every input that states none (e.g. a text file); wins over the date extraction finds."),
]
TitleOption = Annotated[str | None, typer.Option("--title", help="Headline of every input that states none; wins over the extracted one.")]
UrlOption = Annotated[str | None, typer.Option("--url", help="Page URL of every input that states none.")]
SiteOption = Annotated[
    str | None,
    typer.Option("--outlet", "--site", help="Outlet of every input that states none; wins over the extracted one."),
]


class RecordFormat(str, Enum):
    jsonl = "jsonl"
    text = "text"


class ListFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


LimitOption = Annotated[int, typer.Option("--limit", min=1, max=10_000, help="Rows to print at most.")]
OffsetOption = Annotated[int, typer.Option("--offset", min=0, help="Rows to pass over first (the next page).")]
ListFormatOption = Annotated[
    ListFormat,
    typer.Option("--format", "-f", help="table to read; json (one array) or jsonl (one object a line) for other tools."),
]


class EngineChoice(str, Enum):
    local = "local"
    ray = "ray"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"


class ExportTable(str, Enum):
    articles = "articles"
    entities = "entities"
    quotes = "quotes"
    events = "events"


def fail(text: str, status: int = 1) -> NoReturn:
    """Print ``Error: text`` (a coded message) on stderr and exit with ``status``."""
    err.print(f"[red]Error:[/red] {escape(text)}")
    raise typer.Exit(status)


def open_store(db: str | None) -> Store:  # Store is imported lazily to keep --help fast
    from hotspot.store import Store

    try:
        return Store(settings.get("db", db))
    except HotspotError as exc:
        fail(str(exc))


def progress_bar() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[last]}", style="dim"),
        console=err,
        transient=True,
    )


def print_rows(rows: list[dict], format: ListFormat) -> None:
    if format is ListFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def heading(title: str | None, source: str | None, url: str | None = None) -> str:
    """An article's title, else what it was read from, said plainly: a clean-text file has no title of its own."""
    if title:
        return title
    where = url or Path(source or "").name or source or "—"
    return f"{where} (no title)"


def print_article(article: Article, with_text: bool = True) -> None:
    dates = []
    if article.published:
        dates.append(f"published {article.published}")
    if article.captured:
        dates.append(f"captured {article.captured}")
    out.rule(f"[bold]{escape(heading(article.title, article.source, article.url))}[/bold]", align="left")
    out.print(
        f"[dim]id[/dim] {article.id}  [dim]outlet[/dim] {escape(article.site_name or 'not stated')}  "
        f"[dim]language[/dim] {article.language or 'unknown'}  [dim]{', '.join(dates) or 'date not stated'}[/dim]"
    )
    out.print(f"[dim]source[/dim] {escape(article.source)}")
    groups: dict[str, dict[str, str]] = {}
    for e in article.entities:
        if e.label == "DATE":
            continue
        name = e.canonical or e.text
        where = ""
        if e.country and e.label in ("GPE", "LOC"):
            where = f" ({e.country}" + (f", {e.lat:.2f},{e.lon:.2f}" if e.lat is not None else "") + ")"
        groups.setdefault(e.label, {}).setdefault(name, name + where)
    for label in ("PERSON", "ORG", "GPE", "LOC", "NORP"):
        if label in groups:
            out.print(f"[bold]{label}[/bold]: " + escape("; ".join(groups[label].values())))
    voices = Counter(q.speaker.name for q in article.quotes if q.speaker and q.speaker.name)
    if article.quotes:
        unattributed = sum(1 for q in article.quotes if not (q.speaker and q.speaker.name))
        summary = "; ".join(f"{name} ({n})" for name, n in voices.most_common())
        extra = f"; unattributed ({unattributed})" if unattributed else ""
        out.print(f"[bold]QUOTES[/bold] {len(article.quotes)}: " + escape(summary + extra))
    if with_text:
        for q in article.quotes:
            who = (q.speaker.name or q.speaker.text) if q.speaker else "?"
            role = f", {q.speaker.role}" if q.speaker and q.speaker.role else ""
            via = f" (via {' < '.join(q.via)})" if q.via else ""
            cue = q.cue.text if q.cue else "—"
            out.print(f"  [cyan]{escape(who + role)}[/cyan] [dim]{escape(cue)}[/dim] {q.kind}: “{escape(q.text)}”{escape(via)}")
        out.print()
        out.print(escape(article.text))
