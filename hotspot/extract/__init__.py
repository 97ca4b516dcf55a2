"""The extract stage: turn a page (HTML or a text copy) into clean article text and metadata."""

from hotspot.extract.html import extract_html
from hotspot.extract.language import detect_language
from hotspot.extract.page_text import extract_page_text

__all__ = ["detect_language", "extract_html", "extract_page_text"]
