"""The commands that set up the store (db current, upgrade, stories, happenings)."""

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
    assert "0 event mention(s) linked" in runner.invoke(app, ["db", "happenings", "--db", str(db)]).stdout


def test_db_happenings_links_a_store_from_before_happenings(runner, tmp_path):
    """A store left at revision 0007 with two reports of one protest: upgraded, then linked into one happening."""
    from hotspot.records import Article, Event, EventActor, EventDate, Span
    from hotspot.store import Store, migrate

    db = tmp_path / "old.db"
    store = Store(str(db))
    for n in (1, 2):
        text = f"Protesters rallied in Zhanaozen ({n})."
        store.save(Article(
            id=f"{n:016x}", source=f"/{n}.html", text=text, site_name=f"Outlet {n}", published="2022-01-03",
            content_hash=f"{n:064x}", text_hash=f"t{n:063x}", focus=["KZ"],
            events=[Event("PROTEST", Span("rallied", 11, 18), Span(text, 0, len(text)),
                          actor=[EventActor("Protesters", 0, 10, None, "KZ", "CVL")],
                          date=EventDate("on January 2", 0, 1, "2022-01-02", "day"), historical=False)],
        ))
    migrate.downgrade(store.engine, "0007")
    store.close()
    result = runner.invoke(app, ["db", "happenings", "--db", str(db)])
    assert result.exit_code == 0 and "2 event mention(s) linked into happenings" in result.stdout
    assert "0 event mention(s)" in runner.invoke(app, ["db", "happenings", "--db", str(db)]).stdout
    store = Store(str(db))
    [row] = [r for r in store.country_event_counts("KZ") if r["counted"]]
    assert (row["happenings"], row["reports"]) == (1, 2)
    store.close()
