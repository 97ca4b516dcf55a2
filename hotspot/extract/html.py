"""Article extraction from HTML, with trafilatura for the text and htmldate for the date.

trafilatura is the best-scoring open extractor on the Zyte article benchmark;
its settings were chosen by measuring them there (181 pages, 4-gram shingle F1,
``python bench/extraction.py``; trafilatura 2.3.1):

    settings                                   P      R      F1
    default (fallbacks on, comments on)      0.928  0.978  0.953
    favor_recall                             0.927  0.979  0.952
    favor_precision                          0.947  0.971  0.959
    fast (fallbacks off)                     0.932  0.979  0.955
    favor_precision, fast                    0.936  0.946  0.941
    favor_recall, fast                       0.934  0.979  0.956
    favor_recall, fast, no comments          0.948  0.979  0.963
    favor_precision, no comments  <- chosen  0.958  0.971  0.964

Readers' comments are not the article, so leaving them out is the largest single
gain; precision mode with the fallback extractors is the best of the rest.
The publication date comes from htmldate with ``original_date``: a page's
"updated" date is not when the article was published.
"""

from __future__ import annotations

import logging
from typing import Any

import htmldate
import trafilatura
from trafilatura.settings import Document

from hotspot.extract.language import detect_language
from hotspot.records import Extraction

METHOD = "hotspot.extract.html.v1"

TRAFILATURA_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "with_metadata": True,
}
DATE_FORMAT = "%Y-%m-%d"

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def extract_html(html: str, url: str | None = None) -> Extraction:
    """The article in an HTML page; ``text`` is "" when trafilatura finds none."""
    if not html or not html.strip():
        return Extraction(text="", method=METHOD)
    try:
        document = trafilatura.bare_extraction(html, url=url, **TRAFILATURA_OPTIONS)
    except (ValueError, TypeError):  # unparsable markup is "no article", not a crash
        document = None
    if not isinstance(document, Document):  # None when there is no article; a dict only comes with as_dict=True
        return Extraction(text="", method=METHOD)
    text = (document.text or "").strip()
    if not text:
        return Extraction(text="", method=METHOD)
    return Extraction(
        text=text,
        title=document.title or None,
        site_name=document.sitename or None,
        author=document.author or None,
        section=document.categories[0] if document.categories else None,
        published=_published(html, url),
        language=detect_language(text),
        method=METHOD,
    )


def _published(html: str, url: str | None) -> str | None:
    try:
        found = htmldate.find_date(html, url=url, original_date=True, outputformat=DATE_FORMAT)
    except (ValueError, TypeError):
        return None
    return found or None
