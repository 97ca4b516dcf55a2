"""A voice's page and JSON over real HTTP: one identity across articles, each alias with how sure it is."""

from __future__ import annotations

import httpx
import pytest

from tests.store.test_voices_identity import said_by
from tests.web.conftest import LiveServer


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from hotspot.store import Store
    from hotspot.web import create_app

    db = f"sqlite:///{tmp_path_factory.mktemp('voices') / 'hotspot.db'}"
    store = Store(db)
    store.save(said_by(1, ("Obama", "Obama", "person:obama"), ("He", "Obama", "person:obama")))
    store.save(said_by(2, ("President Barack Obama", "Barack Obama", "person:barack-obama")))
    store.close()
    with LiveServer(create_app(db)) as live:
        yield live


def test_the_voice_json_joins_a_surname_to_the_full_name_with_evidence(server):
    found = httpx.get(f"{server.url}/voices/Obama.json", timeout=30).json()
    assert (found["name"], found["quotes_total"], found["articles"]) == ("Barack Obama", 3, 2)
    evidence = {a["alias"]: (a["how"], a["sure"]) for a in found["alias_evidence"]}
    assert evidence["Obama"] == ("name in other articles", "medium")
    assert evidence["He"] == ("pronoun", "low")


def test_the_voice_page_shows_how_sure_each_alias_is(server):
    page = httpx.get(f"{server.url}/voices/Barack%20Obama", timeout=30)
    assert page.status_code == 200
    assert "name in other articles · medium" in page.text
    assert "pronoun · low" in page.text


def test_the_voices_list_has_one_row_per_identity(server):
    rows = httpx.get(f"{server.url}/api/v1/voices", timeout=30).json()
    voices = rows["voices"] if isinstance(rows, dict) else rows
    assert [v["name"] for v in voices] == ["Barack Obama"]
    assert voices[0]["aliases"] == ["President Barack Obama", "Obama"]


def test_a_voice_page_past_the_end_says_so(server):
    page = httpx.get(f"{server.url}/voices/Barack%20Obama?page=9", timeout=30)
    assert page.status_code == 200
    assert "Page 9 is past the end: the 3 quotes fill 1 page." in page.text
    assert httpx.get(f"{server.url}/voices/Obama.json?page=9", timeout=30).json()["past_end"] is True
