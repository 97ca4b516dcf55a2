"""Errors with codes, so a message can be searched for, tested and documented.

``InputRejected`` is a clean refusal of one bad input (empty, binary, too
large, no article): the batch records the reason and goes on, and the run
still exits 0. Anything else raised while handling an input is an internal
error: it is recorded too, but the run exits non-zero.
"""


class HotspotError(Exception):
    """Base of every error Hotspot raises on purpose."""


class InputRejected(HotspotError):
    """One input cannot be made into an article; the message says why."""


class InputSkipped(InputRejected):
    """One input that is not ours to read (not HTML, disallowed by robots.txt, unchanged since the last fetch)."""


class ConfigurationError(HotspotError):
    """A setting, model or database cannot be used as configured."""
