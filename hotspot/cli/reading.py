"""Commands that read the store: search, show, export, quotes, voices, stats, report."""

from __future__ import annotations

import json
import re
import sys
from datetime import date, timedelta
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
    LimitOption,
    ListFormat,
    ListFormatOption,
    OffsetOption,
    RecordFormat,
    app,
    err,
    fail,
    heading,
    open_store,
    out,
    print_article,
    print_rows,
)
from hotspot.cli.tables import write_table
from hotspot.errors import HotspotError, message
from hotspot.output import article_record

if TYPE_CHECKING:
    from hotspot.store import Store
    from hotspot.store.summary import PrefixMatches


_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _day_option(value: str | None, option: str, last: bool) -> str | None:
    """A ``--date-from``/``--date-to`` value as the day the search takes: a month or a year is its first day
    (``last``: its last day), so ``--date-to 2022-01`` keeps January 31. Anything else stops the run ([H018])."""
    if value is None:
        return None
    match = _DAY.match(value.strip())
    try:
        if not match:
            raise ValueError(value)
        year, month, day = match.groups()
        if day is not None:
            return date(int(year), int(month), int(day)).isoformat()
        if month is None:
            return date(int(year), 12 if last else 1, 31 if last else 1).isoformat()
        first = date(int(year), int(month), 1)
        if not last:
            return first.isoformat()
        return (date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)).isoformat()
    except ValueError:
        raise typer.BadParameter(message("H018", what=option, value=value), param_hint=option) from None


def _country_codes(values: list[str]) -> list[str]:
    """ISO codes of the countries given by code (``KZ``) or name (``Kazakhstan``); an unknown one stops the run ([H050])."""
    codes = []
    for value in values:
        if len(value) == 2 and value.isalpha():
            codes.append(value.upper())
            continue
        from hotspot.understand import gazetteer  # loads spaCy's vocabulary: only when a name must be resolved

        actor = gazetteer.country(value)
        if actor is None or not actor.country:
            raise typer.BadParameter(message("H050", country=value, hint="give a name or an ISO code"), param_hint="--country")
        codes.append(actor.country)
    return codes


def _snippet(snippet: str, start: str, end: str) -> str:
    """The search snippet with its matched words between ``start`` and ``end`` (the store marks them with control characters)."""
    from hotspot.store.queries import FTS_SNIPPET_CLOSE, FTS_SNIPPET_OPEN

    return snippet.replace(FTS_SNIPPET_OPEN, start).replace(FTS_SNIPPET_CLOSE, end)


def _matches_line(total: int, shown: int, offset: int) -> str:
    """How many articles match and which of them are shown: the total a search prints beside its hits."""
    if total == 0:
        return "No articles match."
    matched = "1 article matches" if total == 1 else f"{total} articles match"
    if offset == 0 and shown == total:
        return matched + "."
    if shown == 0:
        return f"{matched}; none from --offset {offset}."
    following = f" (--offset {offset + shown} for the next)" if offset + shown < total else ""
    return f"{matched}; showing {offset + 1}–{offset + shown}{following}."


@app.command()
def search(
    query: Annotated[str, typer.Argument(
        help='Words, "phrases", AND/OR/NOT, prefix*, title:word. Leave it out to list the articles the filters keep, '
             "newest first.")] = "",
    outlet: Annotated[list[str] | None, typer.Option(
        "--outlet", "--site", metavar="NAME",
        help="Only articles from this outlet (as stored; (unknown): none stated); repeat for any of several.")] = None,
    language: Annotated[list[str] | None, typer.Option(
        "--language", metavar="CODE", help="Only articles in this language (en, ru); repeat for any of several.")] = None,
    country: Annotated[list[str] | None, typer.Option(
        "--country", metavar="COUNTRY", help="Only articles about this country (name or ISO code); repeat: about each.")] = None,
    entity: Annotated[list[str] | None, typer.Option(
        "--entity", metavar="NAME",
        help="Only articles naming this person, organisation or place (name or actor id); repeat: naming each.")] = None,
    speaker: Annotated[list[str] | None, typer.Option(
        "--speaker", metavar="NAME", help="Only articles quoting this speaker; repeat: quoting each.")] = None,
    event_type: Annotated[list[str] | None, typer.Option(
        "--event-type", metavar="TYPE", help="Only articles reporting a PLOVER event of this type (PROTEST, COERCE…); "
                                             "repeat: reporting each.")] = None,
    date_from: Annotated[str | None, typer.Option(
        "--date-from", metavar="YYYY[-MM[-DD]]",
        help="Only articles published on or after this day, month or year (undated articles are left out).")] = None,
    date_to: Annotated[str | None, typer.Option(
        "--date-to", metavar="YYYY[-MM[-DD]]",
        help="Only articles published on or before this day, month or year (undated articles are left out).")] = None,
    include_undated: Annotated[bool, typer.Option(
        "--include-undated", help="With --date-from or --date-to: keep the articles that have no date too.")] = False,
    db: DbOption = None,
    limit: LimitOption = 20,
    offset: OffsetOption = 0,
    format: ListFormatOption = ListFormat.table,
) -> None:
    """Search titles and texts, with the web search's filters; print the hits and how many articles match.

    With a query the best match comes first (SQLite) or the newest (PostgreSQL), as on the
    web's search page; without one, the newest. The number of matches goes to stderr.
    """
    from hotspot.store.queries import SearchFilters, search_articles

    try:
        filters = SearchFilters(
            q=query, outlet=outlet or [], language=language or [], country=_country_codes(country or []),
            entity=entity or [], speaker=speaker or [], event_type=event_type or [],
            date_from=_day_option(date_from, "--date-from", last=False), date_to=_day_option(date_to, "--date-to", last=True),
            include_undated=include_undated,
        )
    except HotspotError as exc:  # too many values for one filter ([H081])
        raise typer.BadParameter(str(exc)) from exc
    result = search_articles(open_store(db), filters, limit=limit, offset=offset, facets=False)
    hits = result["hits"]
    if result.get("query_note"):
        err.print(f"[yellow]{escape(result['query_note'])}[/yellow]: {escape(result['query_used'])}")
    if format is not ListFormat.table:
        print_rows([{**hit, "snippet": _snippet(hit["snippet"], "[", "]")} for hit in hits], format)
    elif hits:
        table = Table("id", "title", "outlet", "published", "snippet")
        for hit in hits:
            title = heading(hit["title"], hit.get("source"), hit["url"])
            table.add_row(hit["id"], escape(title), escape(hit["site_name"] or "—"), hit["published"] or "",
                          _snippet(escape(hit["snippet"]), "[bold]", "[/bold]"))
        out.print(table)
    err.print(_matches_line(result["total"], len(hits), offset))
    undated = result.get("undated_left_out")
    if undated:
        err.print(f"{undated} undated article{'s' if undated > 1 else ''} left out by the date filter (--include-undated keeps them).")


def _show_candidates(matches: PrefixMatches) -> None:
    for row in matches.articles:
        about = ", ".join(part for part in (row["site_name"], row["published"]) if part)
        title = heading(row["title"], row["source"], row["url"])
        err.print(f"  {row['id']}  {escape(title)}" + (f" [dim]({escape(about)})[/dim]" if about else ""))
    if matches.count > len(matches.articles):
        err.print(f"  … and {matches.count - len(matches.articles)} more")


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id, or its first characters when no other id starts with them.")],
    db: DbOption = None,
    format: Annotated[RecordFormat, typer.Option(
        "--format", "-f", help="text to read; jsonl for the full record on one line.")] = RecordFormat.text,
) -> None:
    """Show one stored article: its metadata, actors, quotes and clean text.

    An id that no article has fails with H051; a prefix that several ids share fails with H052 and
    lists them. Both exit with status 1.
    """
    from hotspot.store.summary import articles_by_id_prefix

    store = open_store(db)
    article = store.get(article_id)
    if article is None:
        matches = articles_by_id_prefix(store, article_id)
        if matches.count == 0:
            fail(message("H051", prefix=article_id))
        err.print(f"[red]Error:[/red] {escape(message('H052', prefix=article_id, count=matches.count))}")
        _show_candidates(matches)
        raise typer.Exit(1)
    if format is RecordFormat.jsonl:
        sys.stdout.write(json.dumps(article_record(article), ensure_ascii=False) + "\n")
    else:
        print_article(article)


_SINGULAR = {"articles": "article", "entities": "entity", "quotes": "quote", "events": "event"}


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option(
        "--format", "-f", help="jsonl: one JSON object a line; csv: a header, then one row a line.")] = ExportFormat.jsonl,
    table: Annotated[ExportTable, typer.Option(
        "--table", help="One row per article, entity, quote or event. With jsonl, an article row is the full record "
                        "(as `hotspot analyze` prints it).")] = ExportTable.articles,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write; default stdout.")] = None,
    db: DbOption = None,
) -> None:
    """Export every article, entity, quote or event as JSON lines or CSV (streamed: memory stays flat)."""
    articles = open_store(db).iter_articles()
    handle = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        count = write_table(articles, table.value, format.value, handle)
    finally:
        if output:
            handle.close()
    err.print(f"Exported {count} {_SINGULAR[table.value] if count == 1 else table.value}.")


@app.command()
def quotes(
    speaker: Annotated[str | None, typer.Option(help="Speaker: name, alias or actor id (person:…).")] = None,
    about: Annotated[str | None, typer.Option(help="An entity named inside the quote: name or actor id.")] = None,
    db: DbOption = None,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
    format: ListFormatOption = ListFormat.table,
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
    limit: LimitOption = 50,
    format: ListFormatOption = ListFormat.table,
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
    format: Annotated[ListFormat, typer.Option(
        "--format", "-f", help="table to read; json (indented) or jsonl (one line) for other tools.")] = ListFormat.table,
) -> None:
    """What the store holds: articles, entities, quotes, events, happenings, inputs, and the actors seen most."""
    from hotspot.store.summary import fact_counts

    store = open_store(db)
    figures = store.stats()
    facts = fact_counts(store)
    top_actors = figures.pop("top_actors")
    figures = {**figures, **facts, "top_actors": top_actors}
    if format is not ListFormat.table:
        sys.stdout.write(json.dumps(figures, ensure_ascii=False, indent=2 if format is ListFormat.json else None) + "\n")
        return
    table = Table(show_header=False, title="Store", title_justify="left")
    table.add_row("articles", str(figures["articles"]))
    table.add_row("entities", str(figures["entities"]))
    table.add_row("quotes", f"{facts['quotes']} ({facts['quotes_attributed']} with a speaker; {facts['voices']} voices)")
    table.add_row("event mentions", f"{facts['events']} ({facts['events_counted']} asserted as new)")
    table.add_row("happenings", f"{facts['happenings']} ({facts['happenings_counted']} asserted as new)")
    for status, n in sorted(figures["inputs_by_status"].items()):
        table.add_row(f"inputs {status}", str(n))
    for label, n in sorted(figures["entities_by_label"].items()):
        table.add_row(f"entities {label}", str(n))
    for kind, n in facts["quotes_by_kind"].items():
        table.add_row(f"quotes {kind}", str(n))
    for kind, n in facts["events_by_type"].items():
        table.add_row(f"events {kind}", str(n))
    for language, n in sorted(figures["articles_by_language"].items()):
        table.add_row(f"language {language}", str(n))
    out.print(table)
    if top_actors:
        actors = Table("actor", "type", "articles", title="Actors seen most", title_justify="left")
        for row in top_actors:
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
    limit: Annotated[int, typer.Option("--limit", min=1, help="Without a country: the articles to list at most.")] = 20,
    format: Annotated[BriefFormat, typer.Option(
        "--format", "-f", help="With a country: the brief as Markdown (md) or JSON.")] = BriefFormat.md,
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
        fail(message("H050", country=country, hint="give a name or an ISO code"))
    brief = build_brief(store, actor.country, actor.canonical)
    if format is BriefFormat.json:
        sys.stdout.write(json.dumps(brief.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_markdown(brief))
