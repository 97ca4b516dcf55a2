"""Commands that analyse inputs: ingest, analyze, watch, reanalyze (one ingest loop: :mod:`hotspot.ingest.service`)."""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from hotspot import settings
from hotspot.cli.common import (
    CleanTextOption,
    DbOption,
    EngineChoice,
    ModelOption,
    PathsArgument,
    PublishedOption,
    RecordFormat,
    SiteOption,
    TitleOption,
    UrlOption,
    app,
    err,
    open_store,
    print_article,
    progress_bar,
)
from hotspot.connect.narratives import attach_if_on
from hotspot.errors import HotspotError
from hotspot.ingest import iter_inputs
from hotspot.ingest.documents import KnownMetadata, known_day
from hotspot.ingest.service import Outcome, run_ingest
from hotspot.output import article_record

if TYPE_CHECKING:
    from hotspot.engine import Engine
    from hotspot.ingest.fetch import Fetcher
    from hotspot.records import Article
    from hotspot.store import Store


def _count_inputs(paths: list[str]) -> int | None:
    """Count files below the paths for the progress bar; None when it cannot be known cheaply."""
    total = 0
    try:
        for arg in paths:
            path = Path(arg)
            if "://" in arg:  # a URL: one page
                total += 1
                continue
            if arg == "-" or not path.exists() or path.suffix.lower() in (".jsonl", ".ndjson") or ".warc" in path.suffixes:
                return None
            if path.is_dir():
                # As the walk reads them: links to folders not followed, unreadable folders passed over.
                total += sum(len(files) for _root, _dirs, files in os.walk(path, followlinks=False))
            else:
                total += 1
    except (OSError, ValueError):  # an unreadable path, a name the system refuses: the bar just has no total
        return None
    return total


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


def _known(published: str | None, title: str | None, url: str | None, site: str | None) -> KnownMetadata:
    """The metadata given on the command line; a bad ``--published`` stops the run before any input is read."""
    try:
        day = known_day(published, "--published") if published is not None else None
    except HotspotError as exc:
        raise typer.BadParameter(str(exc), param_hint="--published") from exc
    return KnownMetadata(published=day, title=title or None, url=url or None, site_name=site or None)


def _run(
    paths: list[str], clean_text: bool, model: str | None, store: Store | None = None,
    on_article: Callable[[Article], None] | None = None, engine: Engine | None = None, fetcher: Fetcher | None = None,
    known: KnownMetadata | None = None,
) -> tuple[Counter, list[tuple[str, str]], bool]:
    """Analyse every input on ``engine`` (default: this process); store each article, or hand it to ``on_article``.

    Store writes happen here, in this one process, whatever the engine. URLs
    are fetched with ``fetcher`` (default: one for this run, keeping its
    validators in the store for the next run's conditional GET). ``known`` is
    the metadata given on the command line, for every input without its own.
    """
    from hotspot.engine import open_engine
    from hotspot.ingest.fetch import Fetcher

    engine = engine or open_engine("local", model=model)
    fetching = nullcontext(fetcher) if fetcher is not None else Fetcher(state=store)
    with fetching as run_fetcher, progress_bar() as progress:
        items = iter_inputs(
            paths, clean_text=clean_text, max_bytes=int(settings.get("max_input_bytes")), fetcher=run_fetcher, known=known
        )
        task = progress.add_task("Analysing", total=_count_inputs(paths), last="")

        def done(outcome: Outcome) -> None:
            if not outcome.internal_error:
                run_fetcher.settle(outcome.source)  # a URL's validators are kept once its outcome is stored
            progress.update(task, advance=1, last=Path(outcome.source).name[:40])

        report = run_ingest(items, engine, store=store, on_article=on_article, on_outcome=done)
    return report.counts, report.failures, report.internal


@app.command()
def ingest(
    paths: PathsArgument,
    db: DbOption = None,
    model: ModelOption = None,
    clean_text: CleanTextOption = False,
    engine: Annotated[EngineChoice | None, typer.Option(
        "--engine", help="Where to analyse: local (this machine) or ray \\[env HOTSPOT_ENGINE; default local].")] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Processes or Ray actors analysing at once \\[env HOTSPOT_WORKERS; default 1].")
    ] = None,
    address: Annotated[
        str | None, typer.Option("--address", help="Ray cluster address (with --engine ray); default: start a local Ray instance.")
    ] = None,
    published: PublishedOption = None,
    title: TitleOption = None,
    url: UrlOption = None,
    site: SiteOption = None,
) -> None:
    """Analyse inputs and store them (re-ingesting stored content is a no-op; an interrupted run resumes)."""
    from hotspot.engine import open_engine

    known = _known(published, title, url, site)
    store = attach_if_on(open_store(db))
    try:
        chosen = open_engine(
            settings.get("engine", engine.value if engine else None),
            workers=int(settings.get("workers", workers)),
            address=address,
            model=model,
        )
        counts, failures, internal = _run(paths, clean_text, model, store, engine=chosen, known=known)
    except HotspotError as exc:
        err.print(f"[red]Error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from exc
    counts["stored"] = counts.pop("analyzed", 0) + counts.get("stored", 0)
    _print_summary(counts, failures, "stored")
    err.print(f"Database: {escape(store.url)}")
    raise typer.Exit(1 if internal else 0)


@app.command()
def analyze(
    paths: PathsArgument,
    format: Annotated[RecordFormat, typer.Option(
        "--format", "-f", help="jsonl: one record a line, for tools; text to read.")] = RecordFormat.jsonl,
    model: ModelOption = None,
    clean_text: CleanTextOption = False,
    published: PublishedOption = None,
    title: TitleOption = None,
    url: UrlOption = None,
    site: SiteOption = None,
) -> None:
    """Analyse inputs and print their records, storing nothing."""
    known = _known(published, title, url, site)

    def emit(article: Article) -> None:
        if format is RecordFormat.jsonl:
            sys.stdout.write(json.dumps(article_record(article), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            print_article(article)

    try:
        counts, failures, internal = _run(paths, clean_text, model, on_article=emit, known=known)
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
    alerts_atom: Annotated[Path | None, typer.Option(
        "--alerts-atom", dir_okay=False, metavar="FILE",
        help="After each pass, write new alerts (a narrative or a country's signal rising) to this Atom feed.")] = None,
    alerts_jsonl: Annotated[Path | None, typer.Option(
        "--alerts-jsonl", dir_okay=False, metavar="FILE",
        help="After each pass, append new alerts to this JSONL file, one per line.")] = None,
    db: DbOption = None,
    model: ModelOption = None,
) -> None:
    """Watch feeds and sitemaps: fetch the articles they list that are new, analyse and store them; repeat.

    Each pass reads every watched URL (a feed unchanged since the last pass
    costs a 304), fetches only article URLs never fetched before, and ingests
    them exactly as "hotspot ingest URL" would. Ctrl-C stops between passes.
    With --alerts-atom or --alerts-jsonl, each pass ends by writing the alerts
    not written before: a narrative whose claims of the last 7 days are at least
    3 and twice those of the 28 days before, or a country whose signal trend is
    rising; each names its sources, headlines and sentences.
    """
    from hotspot.ingest.feeds import discover, not_yet_fetched
    from hotspot.ingest.fetch import Fetcher

    pause = _interval_seconds(every)
    store = attach_if_on(open_store(db))
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
            if alerts_atom is not None or alerts_jsonl is not None:
                _write_alerts(store, alerts_atom, alerts_jsonl)
            if once:
                break
            try:
                time.sleep(pause)
            except KeyboardInterrupt:
                break
    raise typer.Exit(1 if internal else 0)


def _write_alerts(store: Store, atom: Path | None, jsonl: Path | None) -> None:
    """The pass's alerts not written before, to the files asked for; each new one named on stderr."""
    from hotspot.connect import alerts

    try:
        written = alerts.record(alerts.detect(store), atom=atom, jsonl=jsonl)
    except (OSError, SyntaxError) as exc:  # a file that cannot be written, or an Atom file that is no XML (ParseError)
        err.print(f"[red]Alerts not written:[/red] {escape(str(exc))}")
        return
    err.print(f"{len(written)} new alert(s)")
    for alert in written:
        err.print(f"  {escape(alert.id)}: {escape(alert.title)}")


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

    store = attach_if_on(open_store(db))
    counts: Counter = Counter()
    internal = False
    with progress_bar() as progress:
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
