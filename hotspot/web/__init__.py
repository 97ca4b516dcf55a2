"""The web workspace and REST API (``hotspot serve``): see :func:`hotspot.web.app.create_app`."""

from hotspot.web.app import create_app

__all__ = ["create_app"]
