"""The ``hotspot`` command: ingest, analyze, watch, search, show, export, stats, report, serve, settings, db.

Progress and summaries go to stderr, records to stdout, so
``hotspot analyze --format jsonl page.html > out.jsonl`` stays clean.
Exit status: 0 when every input was handled (stored, duplicate or cleanly
rejected), 1 when an internal error hit any input, 2 for usage errors.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from contextlib import nullcontext
from dataclasses import asdict
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from hotspot import __version__, settings
from hotspot.errors import HotspotError
from hotspot.ingest import iter_inputs
from hotspot.output import (
    article_record,
    write_articles_csv,
    write_entities_csv,
    write_events_csv,
    write_jsonl,
    write_quotes_csv,
)

app = typer.Typer(
    help="Hotspot: read news and opinion articles about a country; find who says what, on what evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="Database URL or SQLite file path [env HOTSPOT_DB; default sqlite:///hotspot.db]."),
]
ModelOption = Annotated[
    Optional[str], typer.Option("--model", help="spaCy pipeline name [env HOTSPOT_SPACY_MODEL].")
]
CleanTextOption = Annotated[
    bool,
    typer.Option("--clean-text", help="Treat text inputs as clean article text: no extraction, offsets index the file."),
]
PathsArgument = Annotated[list[str], typer.Argument(help="Files, directories (recursive), JSONL files, or - for stdin.")]


class RecordFormat(str, Enum):
    jsonl = "jsonl"
    text = "text"


class ListFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


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


def _open_store(db: str | None):  # noqa: ANN202 - Store, imported lazily to keep --help fast
    from hotspot.store import Store

    try:
        return Store(settings.get("db", db))
    except HotspotError as exc:
        err.print(f"[red]Error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from exc


def _progress() -> Progress:
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


def _count_inputs(paths: list[str]) -> int | None:
    """Count files below the paths for the progress bar; None when it cannot be known cheaply."""
    total = 0
    for arg in paths:
        path = Path(arg)
        if "://" in arg:  # a URL: one page
            total += 1
            continue
        if arg == "-" or not path.exists() or path.suffix.lower() in (".jsonl", ".ndjson") or ".warc" in path.suffixes:
            return None
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.is_file())
        else:
            total += 1
    return total


# Failures listed in the summary; the rest are counted, and kept in the store's ingest_log.
SUMMARY_FAILURES_SHOWN = 50


def _print_summary(counts: Counter, failures: list[tuple[str, str]], verb: str) -> None:
    table = Table(title="Summary", show_header=False, title_justify="left")
    table.add_row("inputs read", str(sum(counts.values())))
    for status in (verb, "duplicate", "skipped", "failed"):
        table.add_row(status, str(counts.get(status, 0)))
    err.print(table)
    for source, reason in failures:
        err.print(f"  [yellow]{escape(source)}[/yellow]: {escape(reason)}")
    hidden = counts.get("failed", 0) + counts.get("skipped", 0) - len(failures)
    if hidden > 0:
        err.print(f"  … and {hidden} more (the ingest_log table keeps them all)")


def _run(
    paths: list[str], clean_text: bool, model: str | None, store=None, on_article=None, engine=None,  # noqa: ANN001
    fetcher=None,  # noqa: ANN001
) -> tuple[Counter, list, bool]:
    """Analyse every input on ``engine`` (default: this process); store each article, or hand it to ``on_article``.

    Store writes happen here, in this one process, whatever the engine. URLs
    are fetched with ``fetcher`` (default: one for this run, keeping its
    validators in the store for the next run's conditional GET).
    """
    from hotspot.engine import open_engine
    from hotspot.ingest.fetch import Fetcher

    engine = engine or open_engine("local", model=model)
    counts: Counter = Counter()
    failures: list[tuple[str, str]] = []
    internal = False
    fetching = nullcontext(fetcher) if fetcher is not None else Fetcher(state=store)
    with fetching as run_fetcher, _progress() as progress:
        items = iter_inputs(paths, clean_text=clean_text, max_bytes=int(settings.get("max_input_bytes")), fetcher=run_fetcher)
        task = progress.add_task("Analysing", total=_count_inputs(paths), last="")
        known = store.find_duplicate if store is not None else None
        for result in engine.run(items, known=known):
            status = result.status
            if result.article is not None:
                if store is not None:
                    status, _ = store.save(result.article)
                elif on_article is not None:
                    on_article(result.article)
            elif store is not None:
                store.log(result.source, status, result.article_id, result.reason)
            if status in ("failed", "skipped") and result.reason and len(failures) < SUMMARY_FAILURES_SHOWN:
                failures.append((result.source, result.reason))
            internal = internal or result.internal_error
            counts[status] += 1
            if not result.internal_error:
                run_fetcher.settle(result.source)  # a URL's validators are kept once its outcome is stored
            progress.update(task, advance=1, last=Path(result.source).name[:40])
    return counts, failures, internal


@app.command()
def ingest(
    paths: PathsArgument,
    db: DbOption = None,
    model: ModelOption = None,
    clean_text: CleanTextOption = False,
    engine: Annotated[
        Optional[EngineChoice], typer.Option("--engine", help="Where to analyse: local or ray [env HOTSPOT_ENGINE; default local].")
    ] = None,
    workers: Annotated[
        Optional[int], typer.Option("--workers", min=1, help="Processes or Ray actors analysing at once [env HOTSPOT_WORKERS; default 1].")
    ] = None,
    address: Annotated[
        Optional[str], typer.Option("--address", help="Ray cluster address (ray engine); default: start a local Ray instance.")
    ] = None,
) -> None:
    """Analyse inputs and store them (re-ingesting stored content is a no-op; an interrupted run resumes)."""
    from hotspot.engine import open_engine

    store = _open_store(db)
    try:
        chosen = open_engine(
            settings.get("engine", engine.value if engine else None),
            workers=int(settings.get("workers", workers)),
            address=address,
            model=model,
        )
        counts, failures, internal = _run(paths, clean_text, model, store, engine=chosen)
    except HotspotError as exc:
        err.print(f"[red]Error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from exc
    counts["stored"] = counts.pop("analyzed", 0) + counts.get("stored", 0)
    _print_summary(counts, failures, "stored")
    err.print(f"Database: {escape(store.url)}")
    raise typer.Exit(1 if internal else 0)


@app.command()
def reanalyze(
    db: DbOption = None,
    model: ModelOption = None,
) -> None:
    """Run the understanding stages again on every stored article, replacing their facts.

    For when a new Hotspot finds more (new extractor versions): the clean
    text stays as stored, so offsets keep their meaning; running it twice
    gives the same store.
    """
    from hotspot.pipeline import Analyzer

    store = _open_store(db)
    counts: Counter = Counter()
    internal = False
    with _progress() as progress:
        task = progress.add_task("Re-analysing", total=store.stats()["articles"], last="")
        for result in Analyzer(model=model).reanalyze(store.iter_articles()):
            if result.article is not None:
                store.replace_facts(result.article)
                counts["reanalyzed"] += 1
            else:
                err.print(f"  [yellow]{escape(result.source)}[/yellow]: {escape(result.reason or '')}")
                counts["failed"] += 1
                internal = internal or result.internal_error
            progress.update(task, advance=1, last=result.article_id or "")
    err.print(f"Re-analysed {counts['reanalyzed']} articles; {counts['failed']} failed.")
    raise typer.Exit(1 if internal else 0)


@app.command()
def analyze(
    paths: PathsArgument,
    format: Annotated[RecordFormat, typer.Option("--format", "-f", help="jsonl: one record per line.")] = RecordFormat.jsonl,
    model: ModelOption = None,
    clean_text: CleanTextOption = False,
) -> None:
    """Analyse inputs and print their records, storing nothing."""
    def emit(article) -> None:  # noqa: ANN001
        if format is RecordFormat.jsonl:
            sys.stdout.write(json.dumps(article_record(article), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            _print_article(article)

    try:
        counts, failures, internal = _run(paths, clean_text, model, on_article=emit)
    except HotspotError as exc:
        err.print(f"[red]Error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from exc
    _print_summary(counts, failures, "analyzed")
    raise typer.Exit(1 if internal else 0)


_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_INTERVAL_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def _interval_seconds(value: str) -> float:
    """``90s``, ``30m``, ``1h``, ``1d`` (a bare number is seconds) as seconds."""
    match = _INTERVAL.match(value.lower())
    if not match or float(match.group(1)) <= 0:
        raise typer.BadParameter(f"{value!r} is not an interval such as 90s, 30m, 1h or 1d")
    return float(match.group(1)) * _INTERVAL_UNITS[match.group(2)]


@app.command()
def watch(
    urls: Annotated[list[str], typer.Argument(help="RSS or Atom feeds, XML sitemaps or sitemap indexes (http/https).")],
    every: Annotated[str, typer.Option("--every", help="Time between passes: 90s, 30m, 1h, 1d.")] = "1h",
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit (for cron jobs and tests).")] = False,
    db: DbOption = None,
    model: ModelOption = None,
) -> None:
    """Watch feeds and sitemaps: fetch the articles they list that are new, analyse and store them; repeat.

    Each pass reads every watched URL (a feed unchanged since the last pass
    costs a 304), fetches only article URLs never fetched before, and ingests
    them exactly as ``hotspot ingest URL`` would. Ctrl-C stops between passes.
    """
    from hotspot.ingest.feeds import discover, not_yet_fetched
    from hotspot.ingest.fetch import Fetcher

    pause = _interval_seconds(every)
    store = _open_store(db)
    internal = False
    err.print(f"Watching {len(urls)} URL(s){'' if once else f' every {every}'}; database {escape(store.url)}")
    with Fetcher(state=store) as fetcher:
        while True:
            transient = fetcher.transient_failures
            found = discover(fetcher, urls)
            fresh = not_yet_fetched(found.urls, store)
            err.print(f"{time.strftime('%H:%M:%S')} {len(found.urls)} article URLs listed, {len(fresh)} new")
            try:
                counts, failures, broke = _run(fresh, False, model, store, fetcher=fetcher)
            except HotspotError as exc:
                err.print(f"[red]Error:[/red] {escape(str(exc))}")
                raise typer.Exit(1) from exc
            # The feeds' validators are kept only when no fetch met a server error or no answer: otherwise
            # the next pass reads them in full, so the articles that failed are listed and tried again.
            fetcher.settle_all(keep=fetcher.transient_failures == transient)
            for failure in found.failures:
                store.log(failure.source, failure.status, None, failure.reason)
                counts[failure.status] += 1
            failures[:0] = [(failure.source, failure.reason) for failure in found.failures]
            _print_summary(counts, failures, "stored")
            internal = internal or broke
            if once:
                break
            try:
                time.sleep(pause)
            except KeyboardInterrupt:
                break
    raise typer.Exit(1 if internal else 0)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='FTS5 query: words, "phrases", AND/OR/NOT, prefix*, title:word.')],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
) -> None:
    """Full-text search over titles and texts, best match first."""
    hits = _open_store(db).search(query, limit=limit, offset=offset)
    if format is not ListFormat.table:
        rows = [asdict(hit) for hit in hits]
        _print_rows(rows, format)
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
    article = _open_store(db).get(article_id)
    if article is None:
        err.print(f"[red]Error:[/red] no article with id {escape(article_id)!r} (or the prefix is ambiguous)")
        raise typer.Exit(1)
    if format is RecordFormat.jsonl:
        sys.stdout.write(json.dumps(article_record(article), ensure_ascii=False) + "\n")
    else:
        _print_article(article)


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    table: Annotated[ExportTable, typer.Option(help="With csv: one row per article, entity, quote or event.")] = ExportTable.articles,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write; default stdout.")] = None,
    db: DbOption = None,
) -> None:
    """Export every stored article (streamed: memory stays flat)."""
    articles = _open_store(db).iter_articles()
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
    speaker: Annotated[Optional[str], typer.Option(help="Speaker: name, alias or actor id (person:…).")] = None,
    about: Annotated[Optional[str], typer.Option(help="An entity named inside the quote: name or actor id.")] = None,
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
) -> None:
    """Who said what: quotes with speaker, role, cue, reporting chain and article."""
    found = _open_store(db).quotes(speaker=speaker, about=about, limit=limit, offset=offset)
    if format is not ListFormat.table:
        _print_rows(found, format)
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
    found = _open_store(db).voices(limit=limit)
    if format is not ListFormat.table:
        _print_rows(found, format)
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
    figures = _open_store(db).stats()
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
        Optional[str], typer.Argument(help="A country (name or ISO code): its hot-spot brief. Omitted: the corpus.")
    ] = None,
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, help="Articles to list (corpus report).")] = 20,
    format: Annotated[BriefFormat, typer.Option("--format", "-f", help="Country brief: md or json.")] = BriefFormat.md,
) -> None:
    """A country's hot-spot brief (signal, evidence, voices, timeline), or what the store holds."""
    store = _open_store(db)
    if country is not None:
        _country_brief(store, country, format)
        return
    shown = 0
    for article in store.iter_articles():
        if shown >= limit:
            out.print("… and more: see `hotspot stats` and `hotspot export`.")
            break
        _print_article(article, with_text=False)
        shown += 1
    if not shown:
        out.print("The store is empty: run `hotspot ingest PATH` first.")


def _country_brief(store, country: str, format: BriefFormat) -> None:  # noqa: ANN001
    from hotspot.connect.brief import build_brief, render_markdown
    from hotspot.understand import gazetteer

    actor = gazetteer.country(country) or gazetteer.country_by_code(country.upper())
    if actor is None or not actor.country:
        err.print(f"[red]Error:[/red] [H050] unknown country {escape(country)!r}: give a name or an ISO code")
        raise typer.Exit(1)
    brief = build_brief(store, actor.country, actor.canonical)
    if format is BriefFormat.json:
        sys.stdout.write(json.dumps(brief.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_markdown(brief))


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: DbOption = None,
    token: Annotated[
        Optional[str], typer.Option("--token", envvar="HOTSPOT_TOKEN", help="Token that writes (ingest) require [env HOTSPOT_TOKEN].")
    ] = None,
    allow_writes: Annotated[
        bool, typer.Option("--allow-writes", help="Without a token, allow writes from anyone who can reach the server.")
    ] = False,
    query_time_limit: Annotated[float, typer.Option(help="Seconds a read query may take.")] = 1.0,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Server processes: one per core serves more analysts at once.")
    ] = 1,
) -> None:
    """Serve the web workspace and the REST API (read-only unless a token is set)."""
    import os

    import uvicorn

    from hotspot.web import create_app

    try:
        web = create_app(settings.get("db", db), token=token or None, allow_writes=allow_writes,
                         query_time_limit=query_time_limit)
    except HotspotError as exc:
        err.print(f"[red]Error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from exc
    writes = "need the token" if token else ("are OPEN to anyone" if allow_writes else "are disabled")
    err.print(f"Serving {escape(web.state.store.url)} on http://{host}:{port} with {workers} process"
              f"{'es' if workers > 1 else ''} — writes {writes}")
    if workers == 1:
        uvicorn.run(web, host=host, port=port, log_level="info")
        return
    # Several processes: each builds its own app from the environment (uvicorn imports it by name).
    os.environ.update({"HOTSPOT_SERVE_DB": web.state.store.url, "HOTSPOT_SERVE_ALLOW_WRITES": "1" if allow_writes else "",
                       "HOTSPOT_SERVE_QUERY_TIME_LIMIT": str(query_time_limit)})
    if token:
        os.environ["HOTSPOT_TOKEN"] = token
    web.state.store.close()
    uvicorn.run("hotspot.web.app:app_from_environment", factory=True, host=host, port=port, workers=workers,
                log_level="info")


@app.command("settings")
def show_settings(
    markdown: Annotated[bool, typer.Option("--markdown", help="Print the README's Markdown table.")] = False,
) -> None:
    """List every setting with its current value, default and meaning."""
    if markdown:
        sys.stdout.write(settings.markdown_table() + "\n")
        return
    table = Table("name", "value", "default", "help")
    for s in settings.SETTINGS:
        table.add_row(s.name, escape(str(settings.get(s.name))), escape(str(s.default)), escape(s.help))
    out.print(table)


db_app = typer.Typer(help="The database's schema revision (every command upgrades it when it opens the store).",
                     no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("current")
def db_current(db: DbOption = None) -> None:
    """Print the database's schema revision and the newest one this Hotspot knows; changes nothing."""
    from sqlalchemy import create_engine

    from hotspot.store import database_url, migrate

    engine = create_engine(database_url(settings.get("db", db)))
    try:
        with engine.connect() as conn:
            current = migrate.current_revision(conn)
    except Exception as exc:  # a bad URL, driver or file: the same message as opening the store
        err.print(f"[red]Error:[/red] [H030] cannot open database: {escape(str(exc))}")
        raise typer.Exit(1) from exc
    finally:
        engine.dispose()
    head = migrate.head_revision()
    out.print(f"{current or '(none: new, or made before migrations)'} (newest: {head})")


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Bring the database to the newest schema revision (a database from before migrations is adopted)."""
    from hotspot.store import migrate

    store = _open_store(db)
    with store.engine.connect() as conn:
        out.print(f"at {migrate.current_revision(conn)} (newest: {migrate.head_revision()})")


@db_app.command("stories")
def db_stories(db: DbOption = None) -> None:
    """Link articles stored before near-duplicate detection into stories (idempotent)."""
    count = _open_store(db).link_stories()
    out.print(f"{count} article(s) indexed for near-duplicates")


@app.callback(invoke_without_command=True)
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        out.print(f"hotspot {__version__}")
        raise typer.Exit()


def _print_rows(rows: list[dict], format: ListFormat) -> None:
    if format is ListFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def _print_article(article, with_text: bool = True) -> None:  # noqa: ANN001
    dates = []
    if article.published:
        dates.append(f"published {article.published}")
    if article.captured:
        dates.append(f"captured {article.captured}")
    out.rule(f"[bold]{escape(article.title or '(untitled)')}[/bold]", align="left")
    out.print(
        f"[dim]id[/dim] {article.id}  [dim]site[/dim] {escape(article.site_name or '—')}  "
        f"[dim]language[/dim] {article.language or '—'}  [dim]{', '.join(dates) or 'no date'}[/dim]"
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
