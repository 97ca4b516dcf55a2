"""``hotspot narratives``: which claims circulate, since when, where, in which languages, for and against.

``hotspot narratives`` lists narratives ranked by growth; ``hotspot narratives show ID`` gives one with
its claims grouped by stance, outlet and language, each with its sentence; ``hotspot db narratives``
builds them again from the stored articles (for a store filled before narratives, or after a change of
encoder or threshold).
"""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from hotspot.cli.admin import db_app
from hotspot.cli.common import DbOption, app, fail, open_store, out
from hotspot.connect.wording import plural
from hotspot.errors import message

if TYPE_CHECKING:
    from hotspot.store import Store

CSV_COLUMNS = (
    "id", "growth", "recent", "previous", "claims", "articles", "outlets", "languages", "asserting", "denying",
    "questioning", "first_seen", "last_seen", "representative", "catalogue",
)


class NarrativesFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


CatalogueOption = Annotated[
    Path | None,
    typer.Option("--catalogue", exists=True, dir_okay=False,
                 help="A file of known narratives (JSON or TOML: name, description, examples): match the narratives to it."),
]
FormatOption = Annotated[NarrativesFormat, typer.Option("--format", "-f", help="table to read; json or csv for other tools.")]

narratives_app = typer.Typer(help="Narratives: the same claim across outlets and languages, who pushes it, who denies it.")
app.add_typer(narratives_app, name="narratives")


@narratives_app.callback(invoke_without_command=True)
def narratives(
    ctx: typer.Context,
    country: Annotated[
        str | None, typer.Option("--country", help="A country (ISO code or name): narratives with a claim about it.")
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", metavar="YYYY-MM-DD", help="Narratives seen on or after this day; growth counts from it."),
    ] = None,
    format: FormatOption = NarrativesFormat.table,
    limit: Annotated[int, typer.Option("--limit", min=1, max=10_000, help="Narratives to list at most.")] = 20,
    catalogue: CatalogueOption = None,
    db: DbOption = None,
) -> None:
    """Narratives ranked by growth: claims of the recent weeks (or since --since) less those of as long before."""
    if ctx.invoked_subcommand is not None:
        return
    from hotspot.connect import narratives as found

    if since is not None:
        _check_day(since)
    store = open_store(db)
    if catalogue is not None:
        found.rematch(store, catalogue)
    rows = found.ranked(store, _country_code(country) if country else None, since, limit)
    if format is NarrativesFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif format is NarrativesFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "catalogue": "; ".join(row["catalogue"])})
    else:
        _print_table(rows)


@narratives_app.command("show")
def show(
    narrative_id: Annotated[int, typer.Argument(help="The narrative's id (from `hotspot narratives`).")],
    format: Annotated[NarrativesFormat, typer.Option("--format", "-f", help="table (text) or json.")] = NarrativesFormat.table,
    db: DbOption = None,
) -> None:
    """One narrative: its claims grouped by stance, outlet and language, each with its sentence; timeline; matches."""
    from hotspot.connect import narratives as found

    store = open_store(db)
    narrative = found.detail(store, narrative_id)
    if narrative is None:
        fail(message("H053", id=narrative_id))
    if format is not NarrativesFormat.table:
        narrative.pop("by_stance")
        sys.stdout.write(json.dumps(narrative, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    _print_narrative(narrative)


@db_app.command("narratives")
def db_narratives(db: DbOption = None, catalogue: CatalogueOption = None) -> None:
    """Make every claim and narrative again from the stored articles (idempotent; the same store gives the same)."""
    from hotspot.connect import narratives as found

    store: Store = open_store(db)
    counts = found.rebuild(store, found.Narrator(catalogue_path=str(catalogue) if catalogue else None))
    out.print(f"{counts['claims']} claim(s) in {counts['narratives']} narrative(s)")


def _check_day(value: str) -> None:
    try:
        date.fromisoformat(value)
    except ValueError:
        fail(message("H018", what="--since", value=value), status=2)


def _country_code(country: str) -> str:
    from hotspot.understand import gazetteer

    actor = gazetteer.country(country) or gazetteer.country_by_code(country.upper())
    if actor is None or not actor.country:
        fail(message("H050", country=country, hint="give a name or an ISO code"))
    return actor.country


def _print_table(rows: list[dict[str, Any]]) -> None:
    if not rows:
        out.print("No narratives: ingest articles, or run `hotspot db narratives` on a store filled before them.")
        return
    table = Table("id", "growth", "claims", "outlets", "lang", "for", "against", "?", "first seen", "claim", "known as")
    for row in rows:
        table.add_row(
            str(row["id"]), f"{row['growth']:+d}", str(row["claims"]), str(row["outlets"]), str(row["languages"]),
            str(row["asserting"]), str(row["denying"]), str(row["questioning"]), row["first_seen"] or "undated",
            escape(" ".join(str(row["representative"] or "").split())[:120]), escape(", ".join(row["catalogue"])),
        )
    out.print(table)


def _print_narrative(narrative: dict[str, Any]) -> None:
    said = " ".join(str(narrative["representative"] or "").split())
    out.print(f"[bold]Narrative {narrative['id']}[/bold]: “{escape(said)}”")
    out.print(
        f"{plural(narrative['claims'], 'claim')} in {plural(narrative['articles'], 'article')}, "
        f"{plural(narrative['outlets'], 'outlet')}, {plural(narrative['languages'], 'language')}; "
        f"first seen {narrative['first_seen'] or 'undated'}, last seen {narrative['last_seen'] or 'undated'}; "
        f"voices for {narrative['asserting']}, against {narrative['denying']}, questioning {narrative['questioning']}"
    )
    for match in narrative["catalogue"]:
        out.print(f"Known narrative: [bold]{escape(match['entry'])}[/bold] (cosine {match['score']:.2f})")
        for item in match["evidence"]:
            out.print(f"  claim {item['claim_pk']} ~ “{escape(item['example'])}” ({item['score']:.2f})")
    for stance in ("asserts", "denies", "questions"):
        outlets = narrative["by_stance"].get(stance)
        if not outlets:
            continue
        out.print(f"\n[bold]{stance}[/bold]")
        for outlet, languages in sorted(outlets.items()):
            for language, claims in sorted(languages.items()):
                out.print(f"  {escape(outlet)} ({language})")
                for claim in claims:
                    sentence = " ".join(str(claim["sentence"] or claim["text"]).split())
                    out.print(f"    {escape(claim['holder'] or '?')}, {claim['day'] or 'undated'}: {escape(sentence)}")
                    out.print(f"      [dim]{claim['article_id']}#s-{claim['sentence_start']}-{claim['sentence_end']}[/dim]")
    out.print("\n[bold]Timeline[/bold]")
    for point in narrative["timeline"]:
        counts = ", ".join(f"{stance} {point[stance]}" for stance in ("asserts", "denies", "questions") if point.get(stance))
        out.print(f"  {point['day']}: {counts}")
