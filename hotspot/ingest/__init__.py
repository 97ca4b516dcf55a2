"""Ingest: turn paths, directories, JSONL files, WARC archives, URLs and stdin into decoded ``RawDocument`` records."""

from hotspot.ingest.sources import IngestFailure, iter_inputs

__all__ = ["IngestFailure", "iter_inputs"]
