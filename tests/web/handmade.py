"""A hand-made store for the workspace tests: records built directly (no model), every case the pages must handle.

Twelve outlets and an unnamed one (more than a facet shows at first), three months and undated
articles (the month facet, date ranges), a clean-text input with no title, outlet or date, and one
article whose quote starts mid-sentence and runs into the next, over an event's sentence (evidence
spans that overlap). The texts are made up for the tests.
"""

from __future__ import annotations

from hotspot.records import Article, Entity, Event, EventActor, Place, Quote, Span, Speaker

OUTLETS = [f"Outlet {n:02d}" for n in range(1, 13)]
MONTHS = ("2022-01", "2022-02", "2022-03")
UNDATED = 3  # articles with no publication date, beside the clean-text one

# One sentence before the quote, the sentence the quote opens in (an event's), the sentence it closes in.
EVIDENCE_TEXT = (
    "Aida Bekova spoke to reporters in Almaty on Monday. "
    "She said “Troops shelled the depot near Taraz at dawn. Nobody was hurt, thank God.” "
    "The ministry beat Kazakhstan's own record for silence."
)
EVIDENCE_ID = f"{9000:016x}"
CLEAN_ID = f"{9001:016x}"
CLEAN_SOURCE = "/data/notes/field-report-taraz.txt"


def _plain(n: int, outlet: str | None, published: str | None) -> Article:
    """Article ``n``: about Kazakhstan, or Kyrgyzstan for every eighth (a second country to rank and sort)."""
    code, name = ("KG", "Kyrgyzstan") if n % 8 == 0 else ("KZ", "Kazakhstan")
    text = f"Report {n} on gas prices in {name} from {outlet or 'a site'}."
    at = text.index(name)
    return Article(id=f"{n:016x}", source=f"/pages/{n}.html", text=text, title=f"Gas prices, report {n}",
                   site_name=outlet, published=published, language="en", content_hash=f"{n:064x}",
                   text_hash=f"t{n:063x}", focus=[code],
                   entities=[Entity(name, "GPE", at, at + len(name), name, f"country:{code}", code, None, None, "t.v1")])


def evidence_article() -> Article:
    """Quotes and events whose spans overlap: the quote opens inside the event's sentence and closes in the next."""
    text = EVIDENCE_TEXT
    open_at, close_at = text.index("Troops"), text.index("God.") + 4
    she = text.index("She")
    said = text.index("said")
    sentence_start, sentence_end = she, text.index("dawn.") + 5
    shelled = text.index("shelled")
    beat = text.index("beat")
    last_start = text.index("The ministry")
    kz = text.index("Kazakhstan")
    taraz = text.index("Taraz")
    quote = Quote("direct", text[open_at:close_at], open_at, close_at, Span("said", said, said + 4),
                  Speaker("She", she, she + 3, "Aida Bekova", "a local activist", "person:ab"), [], "t.quotes.v1")
    shelling = Event("ASSAULT", Span("shelled", shelled, shelled + 7), Span(text[sentence_start:sentence_end], sentence_start,
                     sentence_end), mode="shell", actor=[EventActor("Troops", open_at, open_at + 6, None, "KZ", "MIL")],
                     place=Place("Taraz", taraz, taraz + 5, "Taraz", "KZ", 42.9, 71.4), score=-9.0, extractor="t.events.v1")
    beating = Event("COERCE", Span("beat", beat, beat + 4), Span(text[last_start:], last_start, len(text)), mode="beat",
                    actor=[EventActor("Kazakhstan", kz, kz + 10, "Kazakhstan", "KZ", None)], score=-5.0,
                    extractor="t.events.v1")
    return Article(id=EVIDENCE_ID, source="/pages/evidence.html", text=text, title="Depot shelled near Taraz",
                   site_name="Outlet 01", published="2022-03-14", language="en", content_hash=f"{9000:064x}",
                   text_hash=f"t{9000:063x}", focus=["KZ"],
                   entities=[Entity("Kazakhstan", "GPE", kz, kz + 10, "Kazakhstan", "country:KZ", "KZ", None, None, "t.v1"),
                             Entity("Aida Bekova", "PERSON", 0, 11, "Aida Bekova", "person:ab", None, None, None, "t.v1")],
                   quotes=[quote], events=[shelling, beating])


def clean_text_article() -> Article:
    """A clean-text input: the file's text, no title, no outlet, no date; its one event cites it by its file name."""
    text = "Field notes: queues for fuel in Taraz grew longer this week, drivers in Kazakhstan said."
    kz = text.index("Kazakhstan")
    grew = text.index("grew")
    queues = Event("MOBILIZE", Span("grew", grew, grew + 4), Span(text, 0, len(text)), mode="queue",
                   actor=[EventActor("drivers", text.index("drivers"), text.index("drivers") + 7, None, "KZ", "CVL")],
                   score=-1.0, extractor="t.events.v1")
    return Article(id=CLEAN_ID, source=CLEAN_SOURCE, text=text, language="en", content_hash=f"{9001:064x}",
                   text_hash=f"t{9001:063x}", focus=["KZ"],
                   entities=[Entity("Kazakhstan", "GPE", kz, kz + 10, "Kazakhstan", "country:KZ", "KZ", None, None, "t.v1")],
                   events=[queues])


def articles() -> list[Article]:
    """Every article of the hand-made store: 24 dated over 12 outlets and 3 months, 3 undated, and the two above."""
    made = []
    n = 0
    for month_index, month in enumerate(MONTHS):
        for k in range(8):
            n += 1
            made.append(_plain(n, OUTLETS[(n - 1) % len(OUTLETS)], f"{month}-{10 + k + month_index:02d}"))
    for _ in range(UNDATED):
        n += 1
        made.append(_plain(n, None, None))
    return [*made, evidence_article(), clean_text_article()]


def build(db_url: str) -> None:
    from hotspot.store import Store

    store = Store(db_url)
    for article in articles():
        store.save(article)
    store.close()
