"""The ``hotspot`` command: ingest, analyze, watch, search, show, export, stats, report, serve, settings, db.

Progress and summaries go to stderr, records to stdout, so
``hotspot analyze --format jsonl page.html > out.jsonl`` stays clean.
Exit status: 0 when every input was handled (stored, duplicate or cleanly
rejected), 1 when an internal error hit any input, 2 for usage errors.
"""

# The command modules register their commands when imported, in the order ``hotspot --help`` lists them.
# isort: off
from hotspot.cli import ingesting  # noqa: F401
from hotspot.cli import reading  # noqa: F401
from hotspot.cli import admin  # noqa: F401
from hotspot.cli import narratives  # noqa: F401  (after admin: it adds `db narratives`)
# isort: on
from hotspot.cli.common import app

__all__ = ["app"]
