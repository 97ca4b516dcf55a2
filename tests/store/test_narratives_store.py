"""Narratives in the store, on both back ends: claims join the nearest narrative incrementally, denials as denials.

The vectors are made by hand (no model): each test says which claims are close.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from sqlalchemy import func, select

from hotspot.connect.claims import Claim
from hotspot.records import Article
from hotspot.store import Store
from hotspot.store import narratives as stored
from hotspot.store.narratives import Catalogue, CatalogueEntry, Prepared
from hotspot.store.schema import claims as claims_table

DIM = 8
THRESHOLD = 0.65


def unit(*weights: float) -> np.ndarray:
    vector = np.zeros(DIM, dtype=np.float32)
    vector[: len(weights)] = weights
    return vector / np.linalg.norm(vector)


COUP = unit(1, 0, 0)
COUP_PARAPHRASE = unit(1, 0.3, 0)  # cosine 0.96 with COUP
REBUTTAL = unit(1, 0, 1.05)  # cosine 0.69 with COUP: a claim's rebuttal in other words
LOOSE_REBUTTAL = unit(1, 0, 1.3)  # cosine 0.61: below the threshold, above it less the article margin
ELSEWHERE = unit(0, 0, 0, 1)


class HandNarrator:
    """Gives each article the claims and vectors a test set for it."""

    def __init__(self) -> None:
        self.made: dict[str, list[tuple[str, str, np.ndarray]]] = {}
        self.catalogue: Catalogue | None = None
        self.agree: Any = None
        self.band: tuple[float, float] | None = None
        self.confirm: Any = None

    def prepare(self, article: Article) -> Prepared | None:
        rows = self.made.get(article.id)
        if not rows:
            return None
        found = [_claim(article, text, stance) for text, stance, _ in rows]
        return Prepared(found, np.stack([v for _, _, v in rows]), "hand", THRESHOLD, self.catalogue, self.agree, self.band,
                        self.confirm)


def _claim(article: Article, text: str, stance: str) -> Claim:
    start = article.text.index(text)
    return Claim(article_id=article.id, start=start, end=start + len(text), text=text, core=text, holder=f"holder of {text[:5]}",
                 holder_kind="speaker", stance=stance, language=article.language, day=article.published,  # type: ignore[arg-type]
                 sentence_start=start, sentence_end=start + len(text), source="quote", country="KZ")


def article(n: int, *sentences: str, outlet: str = "Outlet", language: str = "en", published: str = "2024-01-10") -> Article:
    return Article(id=f"{n:016x}", source=f"a{n}.txt", text=" ".join(sentences), site_name=outlet, language=language,
                   published=published, content_hash=f"c{n}" * 8, text_hash=f"t{n}" * 8)


@pytest.fixture
def narrator() -> HandNarrator:
    return HandNarrator()


@pytest.fixture
def store(store_url, narrator):
    s = Store(store_url, narrator=narrator)
    yield s
    s.close()


def save(store: Store, narrator: HandNarrator, item: Article, *claims: tuple[str, str, np.ndarray]) -> None:
    narrator.made[item.id] = list(claims)
    assert store.save(item)[0] == "stored"


def narrative_of(store: Store, text: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(claims_table.c.narrative_id).where(claims_table.c.text == text)).scalar_one()


def test_a_paraphrase_in_another_outlet_joins_the_narrative(store, narrator):
    save(store, narrator, article(1, "The West plans a coup."), ("The West plans a coup.", "asserts", COUP))
    putsch = "A putsch is being prepared."
    save(store, narrator, article(2, putsch, outlet="Other"), (putsch, "asserts", COUP_PARAPHRASE))
    assert narrative_of(store, "The West plans a coup.") == narrative_of(store, "A putsch is being prepared.")


def test_an_unrelated_claim_starts_its_own_narrative(store, narrator):
    save(store, narrator, article(1, "The West plans a coup."), ("The West plans a coup.", "asserts", COUP))
    save(store, narrator, article(2, "Gas prices will rise."), ("Gas prices will rise.", "asserts", ELSEWHERE))
    assert narrative_of(store, "The West plans a coup.") != narrative_of(store, "Gas prices will rise.")


def test_a_denial_joins_the_narrative_it_denies_and_counts_against_it(store, narrator):
    save(store, narrator, article(1, "The West plans a coup."), ("The West plans a coup.", "asserts", COUP))
    save(store, narrator, article(2, "No one plans a coup.", outlet="Other"), ("No one plans a coup.", "denies", COUP_PARAPHRASE))
    [row] = [r for r in stored_ranked(store) if r["claims"] == 2]
    assert (row["asserting"], row["denying"], row["outlets"], row["representative"]) == (1, 1, 2, "The West plans a coup.")


def test_a_rebuttal_in_the_same_article_joins_at_the_threshold_less_the_margin(store, narrator):
    text = ("The West plans a coup.", "Nobody meddles here.")
    save(store, narrator, article(1, *text), (text[0], "asserts", COUP), (text[1], "denies", LOOSE_REBUTTAL))
    assert narrative_of(store, text[0]) == narrative_of(store, text[1])


def test_the_same_words_in_another_article_need_the_full_threshold(store, narrator):
    save(store, narrator, article(1, "The West plans a coup."), ("The West plans a coup.", "asserts", COUP))
    save(store, narrator, article(2, "Nobody meddles here."), ("Nobody meddles here.", "denies", LOOSE_REBUTTAL))
    assert narrative_of(store, "The West plans a coup.") != narrative_of(store, "Nobody meddles here.")


def test_reanalysis_replaces_an_articles_claims_and_recounts_its_narratives(store, narrator):
    first = article(1, "The West plans a coup.")
    save(store, narrator, first, ("The West plans a coup.", "asserts", COUP))
    save(store, narrator, article(2, "A putsch is near.", outlet="Other"), ("A putsch is near.", "asserts", COUP_PARAPHRASE))
    narrator.made[first.id] = [("The West plans a coup.", "asserts", ELSEWHERE)]
    store.replace_facts(first)
    store.replace_facts(first)
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(claims_table)).scalar() == 2
    assert narrative_of(store, "The West plans a coup.") != narrative_of(store, "A putsch is near.")
    assert sorted(r["claims"] for r in stored_ranked(store)) == [1, 1]


def test_reanalysis_that_finds_no_claims_removes_the_old_ones(store, narrator):
    first = article(1, "The West plans a coup.")
    save(store, narrator, first, ("The West plans a coup.", "asserts", COUP))
    narrator.made[first.id] = []
    store.replace_facts(first)
    assert stored_ranked(store) == []


def test_deleting_an_article_recounts_the_narratives_it_had_claims_in(store, narrator):
    save(store, narrator, article(1, "The West plans a coup."), ("The West plans a coup.", "asserts", COUP))
    save(store, narrator, article(2, "A putsch is near.", outlet="Other"), ("A putsch is near.", "asserts", COUP_PARAPHRASE))
    store.delete(f"{2:016x}")
    [row] = stored_ranked(store)
    assert (row["claims"], row["outlets"]) == (1, 1)


def test_a_narrative_written_by_another_store_is_seen_by_the_next_article(store_url, narrator):
    one, two = Store(store_url, narrator=narrator), Store(store_url, narrator=narrator)
    try:
        save(one, narrator, article(1, "The West plans a coup."), ("The West plans a coup.", "asserts", COUP))
        save(two, narrator, article(2, "A putsch is near."), ("A putsch is near.", "asserts", COUP_PARAPHRASE))
        save(one, narrator, article(3, "A coup, again."), ("A coup, again.", "asserts", COUP))
        assert len({narrative_of(one, t) for t in ("The West plans a coup.", "A putsch is near.", "A coup, again.")}) == 1
    finally:
        one.close()
        two.close()


def test_the_embedding_is_stored_as_float32_bytes(store, narrator):
    save(store, narrator, article(1, "The West plans a coup."), ("The West plans a coup.", "asserts", COUP))
    with store.engine.connect() as conn:
        vector = conn.execute(select(claims_table.c.vector)).scalar_one()
    assert np.array_equal(np.frombuffer(vector, dtype="<f4"), COUP)


def test_a_catalogue_match_keeps_its_claims_and_scores_as_evidence(store, narrator):
    entry = CatalogueEntry("Coup plot", "The West is said to prepare a coup.", ["example of a coup plot"])
    narrator.catalogue = Catalogue([entry], np.stack([COUP_PARAPHRASE]), [0], entry.examples)
    save(store, narrator, article(1, "The West plans a coup."), ("The West plans a coup.", "asserts", COUP))
    with store.engine.connect() as conn:
        found = stored.narrative(conn, narrative_of(store, "The West plans a coup."))
    assert found is not None
    [match] = found["catalogue"]
    assert (match["entry"], match["evidence"][0]["example"], match["evidence"][0]["score"]) == (
        "Coup plot", "example of a coup plot", pytest.approx(float(COUP @ COUP_PARAPHRASE), abs=1e-4))


def test_growth_ranks_the_narrative_with_more_recent_claims_first(store, narrator):
    save(store, narrator, article(1, "Old claim here.", published="2024-01-01"), ("Old claim here.", "asserts", ELSEWHERE))
    save(store, narrator, article(2, "Old claim again.", published="2024-01-02"), ("Old claim again.", "asserts", ELSEWHERE))
    save(store, narrator, article(3, "The West plans a coup.", published="2024-03-01"), ("The West plans a coup.", "asserts", COUP))
    assert [r["representative"] for r in stored_ranked(store)][0] == "The West plans a coup."


def test_rebuild_gives_the_same_narratives_twice(store, narrator):
    save(store, narrator, article(1, "The West plans a coup."), ("The West plans a coup.", "asserts", COUP))
    save(store, narrator, article(2, "A putsch is near."), ("A putsch is near.", "asserts", COUP_PARAPHRASE))
    save(store, narrator, article(3, "Gas prices will rise."), ("Gas prices will rise.", "asserts", ELSEWHERE))

    def rebuilt() -> list[tuple[str, int]]:
        stored.rebuild(store.engine, store.narrative_index, ((a.id, narrator.prepare(a)) for a in store.iter_articles()))
        return sorted((r["representative"], r["claims"]) for r in stored_ranked(store))

    assert rebuilt() == rebuilt() == [("Gas prices will rise.", 1), ("The West plans a coup.", 2)]


def stored_ranked(store: Store) -> list[dict]:
    with store.engine.connect() as conn:
        return stored.ranked(conn, limit=100)


FIRST = unit(0, 1, 0)
LATER = unit(0, 1, 1)  # cosine 0.71 with FIRST: joins its narrative
FIRST_ONLY = unit(0, 1, -1)  # cosine 0.71 with FIRST, 0 with LATER


def _a_narrative_with_a_full_set_of_exemplars(store: Store, narrator: HandNarrator) -> Article:
    """Article 1 starts a narrative (FIRST) that seven more join (LATER); an unrelated save syncs the index."""
    first = article(1, "Claim one.")
    save(store, narrator, first, ("Claim one.", "asserts", FIRST))
    for n in range(2, stored.EXEMPLARS + 1):
        save(store, narrator, article(n, f"Claim {n}."), (f"Claim {n}.", "asserts", LATER))
    save(store, narrator, article(20, "Gas prices will rise."), ("Gas prices will rise.", "asserts", ELSEWHERE))
    return first


def _reanalyse_with_two_later_claims(store: Store, narrator: HandNarrator, first: Article) -> None:
    narrator.made[first.id] = [("Claim", "asserts", LATER), ("one.", "asserts", LATER)]
    store.replace_facts(first)


def test_a_reanalysed_articles_old_claims_are_no_exemplars_any_more(store, narrator):
    first = _a_narrative_with_a_full_set_of_exemplars(store, narrator)
    _reanalyse_with_two_later_claims(store, narrator, first)
    save(store, narrator, article(30, "Only like the old claim."), ("Only like the old claim.", "asserts", FIRST_ONLY))
    assert narrative_of(store, "Only like the old claim.") != narrative_of(store, "Claim 2.")


def test_another_stores_reanalysis_retires_the_old_exemplars_here_too(store_url, narrator):
    one, two = Store(store_url, narrator=narrator), Store(store_url, narrator=narrator)
    try:
        first = _a_narrative_with_a_full_set_of_exemplars(one, narrator)
        _reanalyse_with_two_later_claims(two, narrator, first)
        save(one, narrator, article(30, "Only like the old claim."), ("Only like the old claim.", "asserts", FIRST_ONLY))
        assert narrative_of(one, "Only like the old claim.") != narrative_of(one, "Claim 2.")
    finally:
        one.close()
        two.close()


def _no_opposites(asked: list[tuple[str, str | None, str, str | None]]) -> list[bool]:
    """A hand check: "expands" and "closes" say opposite things; what it was asked is kept."""
    _no_opposites.asked.extend(asked)  # type: ignore[attr-defined]
    return [not ("expands" in a and "closes" in b or "closes" in a and "expands" in b) for a, _, b, _ in asked]


def test_a_close_claim_that_says_the_opposite_starts_its_own_narrative(store, narrator):
    _no_opposites.asked = []  # type: ignore[attr-defined]
    narrator.agree = _no_opposites
    save(store, narrator, article(1, "Russia expands its base."), ("Russia expands its base.", "asserts", COUP))
    save(store, narrator, article(2, "Россия closes its base.", outlet="Other", language="ru"),
         ("Россия closes its base.", "asserts", COUP_PARAPHRASE))
    save(store, narrator, article(3, "Russia expands the base.", outlet="Third"), ("Russia expands the base.", "asserts", COUP_PARAPHRASE))
    assert narrative_of(store, "Russia expands its base.") != narrative_of(store, "Россия closes its base.")
    assert narrative_of(store, "Russia expands its base.") == narrative_of(store, "Russia expands the base.")
    assert ("Россия closes its base.", "ru", "Russia expands its base.", "en") in _no_opposites.asked  # type: ignore[attr-defined]


def test_a_refused_claim_of_the_same_article_does_not_join_its_neighbour(store, narrator):
    _no_opposites.asked = []  # type: ignore[attr-defined]
    narrator.agree = _no_opposites
    text = ("Russia expands its base.", "Russia closes its base.")
    save(store, narrator, article(1, *text), (text[0], "asserts", COUP), (text[1], "asserts", LOOSE_REBUTTAL))
    assert narrative_of(store, text[0]) != narrative_of(store, text[1])


# -- a cascade: inside the band a second encoder decides ---------------------------------------

BAND = (0.55, 0.80)  # around THRESHOLD: REBUTTAL (0.69) and LOOSE_REBUTTAL (0.61) fall in it, COUP_PARAPHRASE (0.96) above


class _SecondSays:
    """A hand second encoder: matches the pairs whose claims share the word it is given; what it was asked is kept."""

    def __init__(self, word: str) -> None:
        self.word, self.asked = word, []

    def __call__(self, pairs: list[tuple[Any, Any]]) -> list[bool]:
        self.asked.extend((claim.core, other.core) for claim, other in pairs)
        return [self.word in claim.core and self.word in other.core for claim, other in pairs]


def _cascade(narrator: HandNarrator, word: str) -> _SecondSays:
    narrator.band, narrator.confirm = BAND, _SecondSays(word)
    return narrator.confirm


def test_a_claim_below_the_first_cut_joins_when_the_second_encoder_matches_it(store, narrator):
    _cascade(narrator, "coup")
    save(store, narrator, article(1, "The West plans a coup."), ("The West plans a coup.", "asserts", COUP))
    save(store, narrator, article(2, "A coup is near.", outlet="Other"), ("A coup is near.", "asserts", LOOSE_REBUTTAL))
    assert narrative_of(store, "The West plans a coup.") == narrative_of(store, "A coup is near.")


def test_a_claim_above_the_first_cut_starts_its_own_narrative_when_the_second_refuses_it(store, narrator):
    _cascade(narrator, "coup")
    save(store, narrator, article(1, "The West plans a coup."), ("The West plans a coup.", "asserts", COUP))
    save(store, narrator, article(2, "The West plans sanctions.", outlet="Other"), ("The West plans sanctions.", "asserts", REBUTTAL))
    assert narrative_of(store, "The West plans a coup.") != narrative_of(store, "The West plans sanctions.")


def test_a_claim_above_the_band_joins_without_asking_the_second_encoder(store, narrator):
    second = _cascade(narrator, "nothing matches")
    save(store, narrator, article(1, "The West plans a coup."), ("The West plans a coup.", "asserts", COUP))
    save(store, narrator, article(2, "A putsch is planned.", outlet="Other"), ("A putsch is planned.", "asserts", COUP_PARAPHRASE))
    assert narrative_of(store, "The West plans a coup.") == narrative_of(store, "A putsch is planned.")
    assert second.asked == []


def test_a_claim_below_the_band_is_not_asked_about(store, narrator):
    second = _cascade(narrator, "coup")
    save(store, narrator, article(1, "The West plans a coup."), ("The West plans a coup.", "asserts", COUP))
    save(store, narrator, article(2, "No coup, says Gas Co."), ("No coup, says Gas Co.", "asserts", ELSEWHERE))
    assert narrative_of(store, "The West plans a coup.") != narrative_of(store, "No coup, says Gas Co.")
    assert second.asked == []


def test_a_claim_with_a_candidate_above_the_band_asks_nothing_about_those_in_it(store, narrator):
    second = _cascade(narrator, "coup")
    save(store, narrator, article(1, "The West plans a coup."), ("The West plans a coup.", "asserts", COUP))
    save(store, narrator, article(2, "A coup is near.", outlet="Other"), ("A coup is near.", "asserts", REBUTTAL))
    save(store, narrator, article(3, "The coup is planned.", outlet="Third"), ("The coup is planned.", "asserts", COUP_PARAPHRASE))
    assert second.asked == [("A coup is near.", "The West plans a coup.")]
