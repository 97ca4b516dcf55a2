"""Ingest: turn paths, directories, JSONL files, WARC archives, URLs and stdin into decoded ``RawDocument`` records.

Imports go one way: ``decode`` (bytes to text, gzip inflated as a bounded
stream) ← ``documents`` (bytes to a document or a failure, and ``guarded``:
the one place where whatever reading an input raises becomes its coded
failure) ← ``fetch`` (URLs) and ``warc`` (web archives) ← ``sources`` (the
walk over what the user names); ``feeds`` (a site's listings of pages) builds
on ``fetch``.
"""

from hotspot.ingest.documents import IngestFailure
from hotspot.ingest.sources import iter_inputs

__all__ = ["IngestFailure", "iter_inputs"]
