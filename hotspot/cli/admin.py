"""Commands that run or set up Hotspot: serve, settings, db; and the top-level --version."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from hotspot import __version__, settings
from hotspot.cli.common import DbOption, app, err, open_store, out
from hotspot.errors import HotspotError, message


@app.command()
def serve(
    host: Annotated[str, typer.Option(
        help="Address to listen on, and a host name answered — except 0.0.0.0 and ::, which name no host: give the "
             "names clients use with --allowed-host.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: DbOption = None,
    token: Annotated[
        str | None,
        typer.Option("--token", envvar="HOTSPOT_TOKEN", help="Token that writes (ingest, delete) require."),
    ] = None,
    allow_writes: Annotated[
        bool, typer.Option("--allow-writes", help="Without a token, allow writes from anyone who can reach the server.")
    ] = False,
    query_time_limit: Annotated[float, typer.Option(help="Seconds a read query may take before it is refused (H060).")] = 1.0,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Server processes: one per core serves more analysts at once.")
    ] = 1,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option("--allowed-host", metavar="NAME",
                     help="A host name (or address) clients reach the server by, besides localhost, 127.0.0.1, [::1] "
                          "and --host; repeatable; replaces the allowed_hosts setting. Any other Host is refused (H083)."),
    ] = None,
) -> None:
    """Serve the web workspace and the REST API (read-only unless a token is set)."""
    import os

    import uvicorn

    from hotspot.web import create_app, guards

    # The names answered: --host (unless it is every address), and --allowed-host or else the setting.
    extra = allowed_host or guards.allowed_hosts_setting()
    names = [host, *extra]
    try:
        web = create_app(settings.get("db", db), token=token or None, allow_writes=allow_writes,
                         query_time_limit=query_time_limit, allowed_hosts=names)
    except HotspotError as exc:
        err.print(f"[red]Error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from exc
    writes = "need the token" if token else ("are OPEN to anyone" if allow_writes else "are disabled")
    err.print(f"Serving {escape(web.state.store.url)} on http://{host}:{port} with {workers} process"
              f"{'es' if workers > 1 else ''} — writes {writes}")
    err.print("Answering the host names " + escape(", ".join(sorted(web.state.web.allowed_hosts))))
    if guards.host_name(host) in guards.WILDCARD_ADDRESSES and not extra:
        err.print(f"[yellow]Listening on every address ({escape(host)}), but answering only the names above:[/yellow] "
                  "give each name or address clients use with --allowed-host (or the allowed_hosts setting).")
    if workers == 1:
        uvicorn.run(web, host=host, port=port, log_level="info")
        return
    # Several processes: each builds its own app from the environment (uvicorn imports it by name).
    os.environ.update({"HOTSPOT_SERVE_DB": web.state.store.url, "HOTSPOT_SERVE_ALLOW_WRITES": "1" if allow_writes else "",
                       "HOTSPOT_SERVE_QUERY_TIME_LIMIT": str(query_time_limit),
                       "HOTSPOT_SERVE_ALLOWED_HOSTS": ",".join(names)})
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


db_app = typer.Typer(help="The database: its schema revision, and linking what older versions stored (stories, happenings).",
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
        err.print(f"[red]Error:[/red] {message('H030', what='open database', error=escape(str(exc)))}")
        raise typer.Exit(1) from exc
    finally:
        engine.dispose()
    head = migrate.head_revision()
    out.print(f"{current or '(none: new, or made before migrations)'} (newest: {head})")


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Bring the database to the newest schema revision (a database from before migrations is adopted)."""
    from hotspot.store import migrate

    store = open_store(db)
    with store.engine.connect() as conn:
        out.print(f"at {migrate.current_revision(conn)} (newest: {migrate.head_revision()})")


@db_app.command("stories")
def db_stories(db: DbOption = None) -> None:
    """Link articles stored before near-duplicate detection into stories (idempotent)."""
    count = open_store(db).link_stories()
    out.print(f"{count} article(s) indexed for near-duplicates")


@db_app.command("happenings")
def db_happenings(db: DbOption = None) -> None:
    """Link event mentions stored before happenings into happenings: one per thing reported (idempotent)."""
    count = open_store(db).link_happenings()
    out.print(f"{count} event mention(s) linked into happenings")


@app.callback(invoke_without_command=True)
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        out.print(f"hotspot {__version__}")
        raise typer.Exit()
