"""``python -m hotspot`` runs the CLI."""

from hotspot.cli import app

app(prog_name="hotspot")
