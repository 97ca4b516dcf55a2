"""The hotspot command end to end: a real SQLite file, the real model, the sample pages."""

import pytest
from typer.testing import CliRunner

from hotspot.cli import app

RECORD_KEYS = ["id", "source", "url", "title", "site_name", "author", "published", "captured",
               "language", "text", "entities", "quotes", "events"]


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def ingested(runner, samples_dir, tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "hotspot.db"
    result = runner.invoke(app, ["ingest", str(samples_dir), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db, result


# -- a small store built by hand: no model, every fact known ---------------------------------------------------------

PROTEST_ID, DENIAL_ID, NOTE_ID = "abc1000000000001", "abc1000000000002", "f00d000000000003"
PROTEST_TEXT = ("Hundreds of drivers protested in Zhanaozen on Monday against the price of gas. "
                '"We cannot pay twice as much," said Aigul Nurova, a teacher.')
DENIAL_TEXT = "Officials in Zhanaozen denied that police detained anyone. The ministry said the square was calm."
NOTE_TEXT = "Traders in Tashkent met the mayor about market fees."


def _hand_built_articles():
    from hotspot.records import Article, Entity, Event, EventActor, EventDate, Place, Quote, Span, Speaker

    def span(text: str, part: str) -> Span:
        start = text.index(part)
        return Span(part, start, start + len(part))

    def place(text: str, name: str, country: str, label: str = "GPE") -> Entity:
        where = span(text, name)
        return Entity(name, label, where.start, where.end, canonical=name, actor_id=f"place:{name.lower()}", country=country)

    said = span(PROTEST_TEXT, "We cannot pay twice as much,")
    nurova = span(PROTEST_TEXT, "Aigul Nurova")
    protest_sentence = span(PROTEST_TEXT, PROTEST_TEXT.split(". ")[0] + ".")
    zhanaozen = span(PROTEST_TEXT, "Zhanaozen")
    protest = Article(
        id=PROTEST_ID, source="/in/protest.html", text=PROTEST_TEXT, title="Drivers protest gas prices in Zhanaozen",
        site_name="Steppe Wire", language="en", published="2022-01-04", content_hash="1" * 64, text_hash="a" * 64,
        focus=["KZ"], entities=[place(PROTEST_TEXT, "Zhanaozen", "KZ"),
                                Entity("Aigul Nurova", "PERSON", nurova.start, nurova.end, canonical="Aigul Nurova")],
        quotes=[Quote("direct", said.text, said.start, said.end, cue=span(PROTEST_TEXT, "said"),
                      speaker=Speaker(nurova.text, nurova.start, nurova.end, name="Aigul Nurova", role="a teacher"))],
        events=[Event("PROTEST", span(PROTEST_TEXT, "protested"), protest_sentence,
                      actor=[EventActor("Hundreds of drivers", 0, 19, None, "KZ", "CVL")],
                      place=Place("Zhanaozen", zhanaozen.start, zhanaozen.end, "Zhanaozen", "KZ", 43.3, 52.8),
                      date=EventDate("on Monday", 0, 1, "2022-01-03", "day"), historical=False, extractor="test.events.v1")],
    )
    denied = span(DENIAL_TEXT, "the square was calm")
    denial = Article(
        id=DENIAL_ID, source="/in/denial.html", text=DENIAL_TEXT, title="Officials deny detentions",
        site_name="Caspian Daily", language="en", published="2022-03-10", content_hash="2" * 64, text_hash="b" * 64,
        focus=["KZ"], entities=[place(DENIAL_TEXT, "Zhanaozen", "KZ")],
        quotes=[Quote("indirect", denied.text, denied.start, denied.end, cue=span(DENIAL_TEXT, "said"))],
        events=[Event("COERCE", span(DENIAL_TEXT, "detained"), span(DENIAL_TEXT, DENIAL_TEXT.split(". ")[0] + "."),
                      negated=True, historical=False, extractor="test.events.v1")],
    )
    note = Article(
        id=NOTE_ID, source="/in/notes/market-fees.txt", text=NOTE_TEXT, language="en",
        content_hash="3" * 64, text_hash="c" * 64, focus=["UZ"], entities=[place(NOTE_TEXT, "Tashkent", "UZ")],
    )
    return [protest, denial, note]


@pytest.fixture
def hand_built(tmp_path):
    """A real SQLite store of three hand-made articles: two from Kazakhstan that share an id prefix, one undated note."""
    from hotspot.store import Store

    db = tmp_path / "hand.db"
    store = Store(str(db))
    for article in _hand_built_articles():
        assert store.save(article)[0] == "stored"
    store.close()
    return db
