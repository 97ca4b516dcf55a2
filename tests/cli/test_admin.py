"""The commands that set up the store (db current, upgrade, stories)."""

import pytest

from hotspot.cli import app

pytestmark = pytest.mark.model


def test_db_current_reads_and_db_upgrade_migrates(runner, tmp_path):
    db = tmp_path / "new.db"
    assert "(none" in runner.invoke(app, ["db", "current", "--db", str(db)]).stdout
    from hotspot.store.migrate import head_revision

    result = runner.invoke(app, ["db", "upgrade", "--db", str(db)])
    assert result.exit_code == 0 and f"at {head_revision()}" in result.stdout
    assert runner.invoke(app, ["db", "current", "--db", str(db)]).stdout.startswith(head_revision())
    assert "0 article(s)" in runner.invoke(app, ["db", "stories", "--db", str(db)]).stdout
