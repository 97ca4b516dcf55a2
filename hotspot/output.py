"""The article record as JSON and CSV: the stable interface other tools read.

Keys are documented in the README ("The article record"); adding a key is
fine, renaming or removing one is a breaking change. Every CSV Hotspot writes,
from the CLI's ``export`` or from a web page's ``?format=csv``, goes through
:func:`write_csv`, so every cell is defused the same way (:func:`csv_cell`).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import IO, Any

from hotspot.records import Article

ARTICLE_CSV_COLUMNS = (
    "id", "source", "url", "title", "site_name", "author", "published", "captured",
    "language", "entities", "quotes", "text",
)
QUOTE_CSV_COLUMNS = (
    "article_id", "kind", "start", "end", "text", "cue", "speaker_mention", "speaker", "role", "speaker_entity",
    "via", "extractor",
)
ENTITY_CSV_COLUMNS = (
    "article_id", "start", "end", "text", "label", "canonical", "actor_id", "country", "lat", "lon", "extractor",
)


def article_record(article: Article) -> dict[str, Any]:
    """The article as the JSON object ``hotspot analyze --format jsonl`` prints."""
    record = article.as_dict()
    # The promised keys first, in the documented order; the rest after.
    ordered = {key: record.pop(key) for key in (
        "id", "source", "url", "title", "site_name", "author", "published", "captured",
        "language", "text", "entities", "quotes", "events", "focus",
    )}
    ordered.update(record)
    return ordered


def write_jsonl(articles: Iterable[Article], out: IO[str]) -> int:
    count = 0
    for article in articles:
        out.write(json.dumps(article_record(article), ensure_ascii=False) + "\n")
        count += 1
    return count


# A cell starting with one of these may be run as a formula by Excel, LibreOffice or Google Sheets:
# ``=HYPERLINK(…)``, ``@SUM(…)``, ``+1+cmd|…``, ``-2+3+cmd|' /C calc'!A0``. The list is OWASP's ("CSV Injection"),
# which adds a leading tab and carriage return.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """``value`` as a CSV cell no spreadsheet runs: text that could start a formula gets a leading ``'``.

    The quote is what spreadsheets themselves use to mark a cell as text, so the reader sees the
    value as it was, not its result. Numbers stay numbers (a negative score is no formula);
    a list or dict is written as JSON, None as an empty cell.
    """
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(out: IO[str], columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write the header and ``rows`` (one value per column) with every cell defused; the count of rows."""
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
        count += 1
    return count
