"""Commands that read the store: search, show, export, quotes, voices, stats, report."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from hotspot.cli.common import (
    DbOption,
    ExportFormat,
    ExportTable,
    ListFormat,
    RecordFormat,
    app,
    err,
    open_store,
    out,
    print_article,
    print_rows,
)
from hotspot.errors import message
from hotspot.output import (
    article_record,
    write_articles_csv,
    write_entities_csv,
    write_events_csv,
    write_jsonl,
    write_quotes_csv,
)

if TYPE_CHECKING:
    from hotspot.store import Store


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='FTS5 query: words, "phrases", AND/OR/NOT, prefix*, title:word.')],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
) -> None:
    """Full-text search over titles and texts, best match first."""
    hits = open_store(db).search(query, limit=limit, offset=offset)
    if format is not ListFormat.table:
        rows = [asdict(hit) for hit in hits]
        print_rows(rows, format)
        return
    if not hits:
        err.print("No matches.")
        return
    table = Table("id", "title", "published", "snippet")
    for hit in hits:
        table.add_row(hit.id, escape(hit.title or "—"), hit.published or "", escape(hit.snippet))
    out.print(table)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id (a unique prefix is enough).")],
    db: DbOption = None,
    format: Annotated[RecordFormat, typer.Option("--format", "-f")] = RecordFormat.text,
) -> None:
    """Show one stored article with its metadata and entities."""
    article = open_store(db).get(article_id)
    if article is None:
        err.print(f"[red]Error:[/red] no article with id {escape(article_id)!r} (or the prefix is ambiguous)")
        raise typer.Exit(1)
    if format is RecordFormat.jsonl:
        sys.stdout.write(json.dumps(article_record(article), ensure_ascii=False) + "\n")
    else:
        print_article(article)


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    table: Annotated[ExportTable, typer.Option(help="With csv: one row per article, entity, quote or event.")] = ExportTable.articles,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write; default stdout.")] = None,
    db: DbOption = None,
) -> None:
    """Export every stored article (streamed: memory stays flat)."""
    articles = open_store(db).iter_articles()
    handle = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if format is ExportFormat.jsonl:
            count = write_jsonl(articles, handle)
        elif table is ExportTable.entities:
            count = write_entities_csv(articles, handle)
        elif table is ExportTable.quotes:
            count = write_quotes_csv(articles, handle)
        elif table is ExportTable.events:
            count = write_events_csv(articles, handle)
        else:
            count = write_articles_csv(articles, handle)
    finally:
        if output:
            handle.close()
    err.print(f"Exported {count} {'rows' if format is ExportFormat.csv else 'articles'}.")


@app.command()
def quotes(
    speaker: Annotated[str | None, typer.Option(help="Speaker: name, alias or actor id (person:…).")] = None,
    about: Annotated[str | None, typer.Option(help="An entity named inside the quote: name or actor id.")] = None,
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
) -> None:
    """Who said what: quotes with speaker, role, cue, reporting chain and article."""
    found = open_store(db).quotes(speaker=speaker, about=about, limit=limit, offset=offset)
    if format is not ListFormat.table:
        print_rows(found, format)
        return
    if not found:
        err.print("No quotes match.")
        return
    table = Table("speaker", "cue", "quote", "via", "article")
    for q in found:
        who = q["speaker"] or {}
        name = who.get("name") or who.get("text") or "—"
        if who.get("role"):
            name += f" ({who['role']})"
        table.add_row(
            escape(name),
            escape((q["cue"] or {}).get("text") or "—"),
            escape(f"[{q['kind']}] {q['text']}"),
            escape(" < ".join(q["via"])),
            escape(f"{q['article_id']} {q['title'] or ''} ({q['site_name'] or '?'}, {q['published'] or 'no date'})"),
        )
    out.print(table)


@app.command()
def voices(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 50,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
) -> None:
    """Who is quoted most, in how many articles, in which outlets, in which roles."""
    found = open_store(db).voices(limit=limit)
    if format is not ListFormat.table:
        print_rows(found, format)
        return
    if not found:
        err.print("No quoted speakers yet.")
        return
    table = Table("speaker", "quotes", "articles", "outlets", "roles")
    for v in found:
        outlets = ", ".join(f"{name} ({n})" for name, n in v["outlets"].items())
        table.add_row(escape(v["name"]), str(v["quotes"]), str(v["articles"]), escape(outlets), escape("; ".join(v["roles"])))
    out.print(table)


@app.command()
def stats(
    db: DbOption = None,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
) -> None:
    """Counts of articles, entities and inputs, and the actors seen most."""
    figures = open_store(db).stats()
    if format is not ListFormat.table:
        sys.stdout.write(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(show_header=False, title="Store", title_justify="left")
    table.add_row("articles", str(figures["articles"]))
    table.add_row("entities", str(figures["entities"]))
    for status, n in sorted(figures["inputs_by_status"].items()):
        table.add_row(f"inputs {status}", str(n))
    for label, n in sorted(figures["entities_by_label"].items()):
        table.add_row(f"entities {label}", str(n))
    for language, n in sorted(figures["articles_by_language"].items()):
        table.add_row(f"language {language}", str(n))
    out.print(table)
    if figures["top_actors"]:
        actors = Table("actor", "type", "articles", title="Actors seen most", title_justify="left")
        for row in figures["top_actors"]:
            actors.add_row(escape(row["canonical"]), row["label"], str(row["articles"]))
        out.print(actors)


class BriefFormat(str, Enum):
    md = "md"
    json = "json"


@app.command()
def report(
    country: Annotated[
        str | None, typer.Argument(help="A country (name or ISO code): its hot-spot brief. Omitted: the corpus.")
    ] = None,
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, help="Articles to list (corpus report).")] = 20,
    format: Annotated[BriefFormat, typer.Option("--format", "-f", help="Country brief: md or json.")] = BriefFormat.md,
) -> None:
    """A country's hot-spot brief (signal, evidence, voices, timeline), or what the store holds."""
    store = open_store(db)
    if country is not None:
        _country_brief(store, country, format)
        return
    shown = 0
    for article in store.iter_articles():
        if shown >= limit:
            out.print("… and more: see `hotspot stats` and `hotspot export`.")
            break
        print_article(article, with_text=False)
        shown += 1
    if not shown:
        out.print("The store is empty: run `hotspot ingest PATH` first.")


def _country_brief(store: Store, country: str, format: BriefFormat) -> None:
    from hotspot.connect.brief import build_brief, render_markdown
    from hotspot.understand import gazetteer

    actor = gazetteer.country(country) or gazetteer.country_by_code(country.upper())
    if actor is None or not actor.country:
        err.print(f"[red]Error:[/red] {message('H050', country=escape(country), hint='give a name or an ISO code')}")
        raise typer.Exit(1)
    brief = build_brief(store, actor.country, actor.canonical)
    if format is BriefFormat.json:
        sys.stdout.write(json.dumps(brief.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_markdown(brief))
