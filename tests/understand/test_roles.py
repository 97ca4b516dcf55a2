"""The one role-noun table serves entity titles, speaker roles and sentient quote sources."""

import pytest

from hotspot.errors import ConfigurationError
from hotspot.understand import roles
from hotspot.understand.data import load_table


def test_each_use_reads_its_own_nouns_from_the_one_table():
    assert "minister" in roles.role_nouns("speaker") and "minister" in roles.role_nouns("source")
    assert "administration" in roles.role_nouns("source") and "administration" not in roles.role_nouns("speaker")
    assert "gen." in roles.role_nouns("title") and "gen." not in roles.role_nouns("speaker")


def test_titles_are_written_capitalised_unless_the_table_writes_them_otherwise():
    titles = roles.title_words()
    assert {"President", "Vice-President", "Prime Minister", "Gen.", "CEO"} <= set(titles)
    assert len(titles) == len(set(titles)) == len(roles.role_nouns("title"))


def test_no_other_table_keeps_a_role_list_of_its_own():
    for name, key in (("speakers", "role_nouns"), ("cues", "sentient_nouns"), ("entity_words", "title_words")):
        assert key not in load_table(name)


def test_a_noun_with_an_unknown_use_fails_at_load_time(monkeypatch):
    broken = {"about": "x", "uses": ["title"], "title_forms": {}, "nouns": {"minister": ["speeker"]}}
    monkeypatch.setattr(roles, "load_table", lambda *args, **kwargs: broken)
    with pytest.raises(ConfigurationError, match="H103"):
        roles._table()
