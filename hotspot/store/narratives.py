"""Narratives: claims that say the same thing, in any outlet and language, grouped as one; kept incrementally.

When an article is stored, its claims arrive already embedded (the caller's narrator embeds them once,
as one batch: this module knows no model). Each claim, in text order, joins a narrative or starts one:

1. its nearest claim among the narratives' exemplars (each narrative's first ``EXEMPLARS`` claims,
   held in memory by :class:`NarrativeIndex`, float32) is found by one matrix product;
2. it joins that claim's narrative when the cosine reaches the match threshold (the setting
   ``narrative_match_threshold``, calibrated on claim pairs: nearest claim, not centroid, is what the
   pairs measured);
3. else it joins a narrative an earlier claim of the same article joined or started, when the cosine
   to that claim reaches the threshold less ``ARTICLE_MARGIN``: an article that reports a claim and its
   rebuttal speaks of one thing, and the rebuttal's words ("no one interferes in Kazakhstan's affairs")
   are seldom as close to the claim as a paraphrase is;
4. else it starts a narrative.

With a cascade (``Prepared.band`` and ``Prepared.confirm``, the caller's second encoder), step 1 looks for exemplars
from the band's low end: one at the band's high end or closer is a match as in 2, one inside the band only when
``confirm`` says so (the second encoder's cosine); the article's own claims (3) are matched by the cosine alone.

A match in 2 or 3 is refused when the claim contradicts the claim it matched (``Prepared.agree``, the
caller's check, ``hotspot.connect.agreement``: opposed predicates, "expands" / "сворачивает", or swapped
roles, "A accused B" / "B accused A"): sentence vectors place such claims close, and they are two
narratives, not one. The claim then tries the next nearest narrative within the threshold (up to
``CANDIDATES``), then the next step.

A denial is embedded without its frame, so it joins the narrative of what it denies, as a denial
(``claims.stance``). The narrative's counts (claims, articles, outlets, languages, voices for and
against, first and last seen, representative claim: its first asserting claim) are counted again for the
narratives an article touched, and nothing else: no ingest recomputes the whole. ``seq`` grows with each
change, and the index reloads only the narratives changed since it last looked, so a narrative written by
another process is seen too. Replacing an article's claims (re-analysis) and deleting an article count
their narratives again; a narrative left without claims stays as an empty row (hidden from listings).

:func:`rebuild` makes every claim and narrative again from the stored articles, in storage order, as
ingest would have: the result does not depend on when the narratives were first built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol

import numpy as np
from sqlalchemy import and_, bindparam, case, func, insert, select, update
from sqlalchemy.engine import Connection, Engine

from hotspot.records import Article
from hotspot.store.rows import insert_one
from hotspot.store.schema import articles, claims, narrative_matches, narratives

EXEMPLARS = 8
"""Claims per narrative a new claim is compared with: its first ones (the index's memory is bounded by it)."""
ARTICLE_MARGIN = 0.10
"""How much closer than the threshold a claim may be to a narrative its own article already speaks of."""
CANDIDATES = 3
"""Narratives within the threshold a claim may be checked against, nearest first, when a match can be refused."""
EVIDENCE_SHOWN = 3
"""Claims kept as the evidence of a catalogue match."""
GROWTH_WINDOW_DAYS = 28
"""Growth compares the claims of the last this-many days (up to the newest claim) with the as-long period before."""
_CHUNK = 500  # ids per IN (...) list
_COUNTED = ("claims", "articles", "outlets", "languages", "asserting", "denying", "questioning")


class ClaimText(Protocol):
    """What a claim's encoder embeds (``hotspot.connect.claims.matched_text``): a stored claim's row has it too."""

    @property
    def core(self) -> str: ...

    @property
    def stance(self) -> str: ...

    @property
    def holder(self) -> str | None: ...

    @property
    def holder_kind(self) -> str | None: ...

    @property
    def language(self) -> str | None: ...


class ClaimRecord(ClaimText, Protocol):
    """What the store reads of a claim (``hotspot.connect.claims.Claim``), read-only: what its encoder embeds, and
    where and when it was said."""

    @property
    def article_id(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...

    @property
    def day(self) -> str | None: ...

    @property
    def sentence_start(self) -> int: ...

    @property
    def sentence_end(self) -> int: ...

    @property
    def source(self) -> str: ...

    @property
    def country(self) -> str | None: ...

    @property
    def extractor(self) -> str: ...


@dataclass(slots=True)
class CatalogueEntry:
    """A known narrative of the user's catalogue: its name, what it says, and example claims in any language."""

    name: str
    description: str = ""
    examples: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Catalogue:
    """The catalogue's example claims embedded: row ``i`` of ``vectors`` is an example of entry ``entry_of_row[i]``."""

    entries: list[CatalogueEntry]
    vectors: np.ndarray
    entry_of_row: list[int]
    examples: list[str]


@dataclass(slots=True)
class Prepared:
    """An article's claims and their embeddings (row ``i`` is claim ``i``'s core), ready to be linked."""

    claims: Sequence[ClaimRecord]
    vectors: np.ndarray
    encoder: str
    threshold: float
    catalogue: Catalogue | None = None
    agree: Callable[[Sequence[tuple[str, str | None, str, str | None]]], list[bool]] | None = None
    """Whether each ``(core, language, matched core, its language)`` says the same, not the opposite; None: not checked."""
    band: tuple[float, float] | None = None
    """A cascade's band ``[low, high)`` of the first encoder's cosine, where ``confirm`` decides; None: no cascade."""
    confirm: Callable[[Sequence[tuple[ClaimText, ClaimText]]], list[bool]] | None = None
    """Whether the second encoder matches each ``(claim, stored claim)`` pair of the band."""


class Narrator(Protocol):
    """What makes an article's claims and embeddings (``hotspot.connect.narratives.Narrator``)."""

    def prepare(self, article: Article) -> Prepared | None: ...


# -- the in-memory index of exemplars -----------------------------------------------------------


class NarrativeIndex:
    """Each narrative's first claims' embeddings, one matrix for one product per claim; kept in step by ``seq``."""

    def __init__(self) -> None:
        self.reset()

    def reset(self, dim: int = 0, encoder: str = "") -> None:
        self.dim, self.encoder = dim, encoder
        self.vectors = np.zeros((0, dim), dtype=np.float32)
        self.owners = np.zeros(0, dtype=np.int64)
        self.pks = np.zeros(0, dtype=np.int64)  # the claim pk of each row
        self.size = 0
        self.rows_of: dict[int, list[int]] = {}  # narrative id -> its rows
        self.pks_of: dict[int, list[int]] = {}  # narrative id -> the claim pks in those rows
        self.claims_of: dict[int, int] = {}  # narrative id -> its claims when last read
        self.dead = 0
        self.synced = -1  # the highest ``seq`` read

    def sync(self, conn: Connection, encoder: str, dim: int) -> None:
        """Read the narratives changed since the last look (all of them the first time)."""
        if (encoder, dim) != (self.encoder, self.dim):
            self.reset(dim, encoder)
        changed = conn.execute(
            select(narratives.c.id, narratives.c.seq, narratives.c.claims).where(narratives.c.seq > self.synced)
        ).all()
        if not changed:
            return
        # A narrative whose exemplars are all held and that only grew keeps them (claims are appended by pk),
        # unless one of them is gone: an article re-analysed elsewhere replaced its claims with more of them.
        grown = {row.id for row in changed
                 if len(self.pks_of.get(row.id, ())) == EXEMPLARS and row.claims > self.claims_of.get(row.id, 0)}
        ids = [row.id for row in changed if row.id not in grown or not self._exemplars_exist(conn, row.id)]
        self.claims_of.update({row.id: row.claims for row in changed})
        exemplars: dict[int, list[tuple[int, bytes]]] = {i: [] for i in ids}
        for chunk in _chunks(ids):
            for narrative_id, pk, vector in _first_claims(conn, chunk, encoder, EXEMPLARS):
                exemplars[narrative_id].append((pk, vector))
        for narrative_id, rows in exemplars.items():
            self._replace(narrative_id, rows)
        self.synced = max(row.seq for row in changed)
        if self.dead > 1024 and self.dead > self.size // 2:
            self._compact()

    def _exemplars_exist(self, conn: Connection, narrative_id: int) -> bool:
        held = self.pks_of[narrative_id]
        query = select(func.count()).select_from(claims).where(claims.c.pk.in_(held), claims.c.narrative_id == narrative_id)
        return conn.execute(query).scalar() == len(held)

    def _replace(self, narrative_id: int, rows: list[tuple[int, bytes]]) -> None:
        pks = [pk for pk, _ in rows]
        held = self.pks_of.get(narrative_id, [])
        if pks[: len(held)] != held:  # not a prefix: its first claims changed (re-analysis, deletion)
            for row in self.rows_of.pop(narrative_id, []):
                self.vectors[row] = 0.0  # a zero row is nobody's nearest: its cosine is 0
                self.owners[row] = -1
                self.dead += 1
            held = []
        for pk, vector in rows[len(held) :]:
            if len(vector) != self.dim * 4:
                continue
            row = self._append(np.frombuffer(vector, dtype="<f4"), narrative_id, pk)
            self.rows_of.setdefault(narrative_id, []).append(row)
        self.pks_of[narrative_id] = pks
        if not pks:
            self.pks_of.pop(narrative_id, None)

    def _append(self, vector: np.ndarray, owner: int, pk: int) -> int:
        if self.size == len(self.vectors):
            grown = max(1024, 2 * len(self.vectors))
            self.vectors = np.resize(self.vectors, (grown, self.dim)) if self.size else np.zeros((grown, self.dim), np.float32)
            self.owners = np.resize(self.owners, grown)
            self.pks = np.resize(self.pks, grown)
        self.vectors[self.size] = vector
        self.owners[self.size] = owner
        self.pks[self.size] = pk
        self.size += 1
        return self.size - 1

    def _compact(self) -> None:
        keep = np.flatnonzero(self.owners[: self.size] >= 0)
        self.vectors, self.owners, self.pks = self.vectors[keep].copy(), self.owners[keep].copy(), self.pks[keep].copy()
        self.size, self.dead = len(keep), 0
        self.rows_of = {}
        for row, owner in enumerate(self.owners.tolist()):
            self.rows_of.setdefault(owner, []).append(row)

    def candidates(self, vector: np.ndarray, threshold: float, limit: int) -> list[tuple[int, int, float]]:
        """Up to ``limit`` narratives with an exemplar at ``threshold`` or closer: ``(narrative, its nearest exemplar's pk,
        cosine)``, nearest first."""
        if self.size == 0:
            return []
        similarities = self.vectors[: self.size] @ vector
        found: list[tuple[int, int, float]] = []
        seen: set[int] = set()
        for row in np.argsort(-similarities, kind="stable"):
            similarity = float(similarities[row])
            if similarity < threshold or len(found) == limit:
                break
            owner = int(self.owners[row])
            if owner >= 0 and owner not in seen:
                seen.add(owner)
                found.append((owner, int(self.pks[row]), similarity))
        return found

    def memory_bytes(self) -> int:
        return int(self.vectors.nbytes + self.owners.nbytes + self.pks.nbytes)


def _first_claims(conn: Connection, ids: list[int], encoder: str, limit: int) -> list[Any]:
    """``(narrative_id, pk, vector)`` of the first ``limit`` claims of each narrative (by pk)."""
    ranked = (
        select(claims.c.narrative_id, claims.c.pk, claims.c.vector,
               func.row_number().over(partition_by=claims.c.narrative_id, order_by=claims.c.pk).label("n"))
        .where(claims.c.narrative_id.in_(ids), claims.c.encoder == encoder)
        .subquery()
    )
    query = select(ranked.c.narrative_id, ranked.c.pk, ranked.c.vector).where(ranked.c.n <= limit)
    return list(conn.execute(query.order_by(ranked.c.narrative_id, ranked.c.pk)).all())


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


# -- writing ------------------------------------------------------------------------------------


def link_claims(conn: Connection, article_id: str, prepared: Prepared, index: NarrativeIndex) -> set[int]:
    """Store an article's claims, each joined to a narrative or starting one; return the narratives touched."""
    if not prepared.claims:
        return set()
    vectors = np.ascontiguousarray(prepared.vectors, dtype=np.float32)
    index.sync(conn, prepared.encoder, vectors.shape[1])
    # Each claim's candidates: the narratives of the store's exemplars within the threshold (only the nearest unless a
    # check may refuse it), and the nearest earlier claim of the article.
    cascade = prepared.band is not None and prepared.confirm is not None
    limit = CANDIDATES if prepared.agree is not None or cascade else 1
    low = prepared.band[0] if cascade and prepared.band is not None else prepared.threshold
    stored_best = [index.candidates(vector, low, limit) for vector in vectors]
    if cascade:
        stored_best = _confirmed(conn, prepared, stored_best)
    local_best: list[tuple[int | None, float]] = [(None, -1.0)]
    for i in range(1, len(vectors)):
        scores = vectors[:i] @ vectors[i]
        best = int(np.argmax(scores))
        local_best.append((best, float(scores[best])))
    stored_ok, local_ok = _agreements(conn, prepared, stored_best, local_best)
    local_owners: list[int] = []
    touched: set[int] = set()
    rows: list[dict[str, Any]] = []
    for i, (claim, vector) in enumerate(zip(prepared.claims, vectors, strict=True)):
        agreeing = [(owner, similarity) for (owner, _, similarity), ok in zip(stored_best[i], stored_ok[i], strict=True) if ok]
        local, local_similarity = local_best[i]
        local_fits = local is not None and local_similarity >= prepared.threshold - ARTICLE_MARGIN and local_ok[i]
        if agreeing and (not local_fits or agreeing[0][1] >= local_similarity):
            chosen, score = agreeing[0]
        elif local is not None and local_fits:
            chosen, score = local_owners[local], local_similarity
        else:
            chosen = insert_one(conn, insert(narratives).values(claims=0, articles=0, outlets=0, languages=0,
                                                                asserting=0, denying=0, questioning=0, seq=0))
            score = None
        rows.append({**claim_row(claim), "vector": vector.astype("<f4").tobytes(), "encoder": prepared.encoder,
                     "narrative_id": chosen, "similarity": score})
        local_owners.append(chosen)
        touched.add(chosen)
    conn.execute(insert(claims), rows)  # one statement for the article's claims
    refresh(conn, touched)
    if prepared.catalogue is not None:
        match_catalogue(conn, touched, prepared.catalogue, prepared.threshold)
    return touched


def _confirmed(conn: Connection, prepared: Prepared,
               stored_best: list[list[tuple[int, int, float]]]) -> list[list[tuple[int, int, float]]]:
    """Each claim's stored candidates less those in the cascade's band that the second encoder does not match (one call
    for the article). A claim whose nearest candidate lies above the band asks nothing: its candidates in the band are
    dropped unasked (they matter only when the check refuses the nearest, and the second encoder is the costly part)."""
    assert prepared.band is not None and prepared.confirm is not None
    high = prepared.band[1]
    stored_best = [found if not found or found[0][2] < high else [c for c in found if c[2] >= high] for found in stored_best]
    asked = sorted({pk for found in stored_best for _, pk, similarity in found if similarity < high})
    if not asked:
        return stored_best
    rows: dict[int, Any] = {}
    for chunk in _chunks(asked):
        query = select(claims.c.pk, claims.c.core, claims.c.stance, claims.c.holder, claims.c.holder_kind, claims.c.language)
        for row in conn.execute(query.where(claims.c.pk.in_(chunk))):
            rows[row.pk] = row
    pairs = [(i, pk) for i, found in enumerate(stored_best) for _, pk, similarity in found if similarity < high and pk in rows]
    verdicts = dict(zip(pairs, prepared.confirm([(prepared.claims[i], rows[pk]) for i, pk in pairs]), strict=True))
    return [[(owner, pk, similarity) for owner, pk, similarity in found if similarity >= high or verdicts.get((i, pk), False)]
            for i, found in enumerate(stored_best)]


def _agreements(conn: Connection, prepared: Prepared, stored_best: list[list[tuple[int, int, float]]],
                local_best: list[tuple[int | None, float]]) -> tuple[list[list[bool]], list[bool]]:
    """Whether each claim agrees with its stored candidates, and with its local one (all True without a check).

    Only what may decide is asked: the nearest stored candidate and the local one first, then a claim's next
    candidate only when all before it were refused; each round is one call to ``prepared.agree``.
    """
    stored_ok = [[True] * len(found) for found in stored_best]
    local_ok = [True] * len(prepared.claims)
    if prepared.agree is None:
        return stored_ok, local_ok
    cores: dict[int, tuple[str, str | None]] = {}
    for place in range(max([1, *(len(found) for found in stored_best)])):  # round 0 asks the local ones too
        # A claim waits for its candidate at ``place`` when every candidate before it was refused.
        waiting = [i for i, found in enumerate(stored_best) if len(found) > place and not any(stored_ok[i][:place])]
        wanted = [stored_best[i][place][1] for i in waiting if stored_best[i][place][1] not in cores]
        for chunk in _chunks(list(dict.fromkeys(wanted))):
            for row in conn.execute(select(claims.c.pk, claims.c.core, claims.c.language).where(claims.c.pk.in_(chunk))):
                cores[row.pk] = (row.core, row.language)
        asked: list[tuple[str, str | None, str, str | None]] = []
        where: list[tuple[int, int | None]] = []  # (claim, its stored candidate's place, or None for the local one)
        for i in waiting:
            pk = stored_best[i][place][1]
            if pk in cores:
                asked.append((prepared.claims[i].core, prepared.claims[i].language, *cores[pk]))
                where.append((i, place))
        if place == 0:
            for i, (local, local_similarity) in enumerate(local_best):
                if local is not None and local_similarity >= prepared.threshold - ARTICLE_MARGIN:
                    other = prepared.claims[local]
                    asked.append((prepared.claims[i].core, prepared.claims[i].language, other.core, other.language))
                    where.append((i, None))
        verdicts = prepared.agree(asked) if asked else []
        for (i, at), agrees in zip(where, verdicts, strict=True):
            if at is None:
                local_ok[i] = bool(agrees)
            else:
                stored_ok[i][at] = bool(agrees)
    return stored_ok, local_ok


def claim_row(claim: ClaimRecord) -> dict[str, Any]:
    return {
        "article_id": claim.article_id, "start": claim.start, "end": claim.end, "sentence_start": claim.sentence_start,
        "sentence_end": claim.sentence_end, "text": claim.text, "core": claim.core, "holder": claim.holder,
        "holder_kind": claim.holder_kind, "stance": claim.stance, "language": claim.language, "day": claim.day,
        "country": claim.country, "source": claim.source, "extractor": claim.extractor,
    }


def narratives_of(conn: Connection, article_id: str) -> set[int]:
    """The narratives an article's claims belong to."""
    query = select(claims.c.narrative_id).where(claims.c.article_id == article_id, claims.c.narrative_id.is_not(None))
    return set(conn.execute(query.distinct()).scalars())


def forget_claims(conn: Connection, article_id: str) -> set[int]:
    """Delete an article's claims (before new ones replace them); return the narratives they were in."""
    touched = narratives_of(conn, article_id)
    conn.execute(claims.delete().where(claims.c.article_id == article_id))
    return touched


def refresh(conn: Connection, ids: Iterable[int]) -> None:
    """Count these narratives again from their claims, and mark them changed (a new ``seq``)."""
    wanted = sorted(set(ids))
    if not wanted:
        return
    seq = (conn.execute(select(func.max(narratives.c.seq))).scalar() or 0) + 1
    for chunk in _chunks(wanted):
        counted = {row.narrative_id: row for row in conn.execute(_counts(chunk)).all()}
        representatives = {row.narrative_id: row for row in conn.execute(_representatives(chunk)).all()}
        changes = []
        for narrative_id in chunk:
            row, first = counted.get(narrative_id), representatives.get(narrative_id)
            values: dict[str, Any] = {"narrative": narrative_id, "seq": seq, "first_seen": None, "last_seen": None,
                                      "representative_pk": None, "representative": None}
            values.update({name: getattr(row, name) if row is not None else 0 for name in _COUNTED})
            if row is not None and first is not None:
                values.update(first_seen=row.first_seen, last_seen=row.last_seen, representative_pk=first.pk,
                              representative=first.text)
            changes.append(values)
        conn.execute(update(narratives).where(narratives.c.id == bindparam("narrative")).values(
            {name: bindparam(name) for name in changes[0] if name != "narrative"}), changes)


def _holders(stance: str) -> Any:
    return func.count(func.distinct(case((claims.c.stance == stance, func.coalesce(claims.c.holder, "")))))


def _counts(ids: list[int]) -> Any:
    return (
        select(
            claims.c.narrative_id,
            func.count().label("claims"),
            func.count(func.distinct(claims.c.article_id)).label("articles"),
            func.count(func.distinct(articles.c.site_name)).label("outlets"),
            func.count(func.distinct(claims.c.language)).label("languages"),
            _holders("asserts").label("asserting"),
            _holders("denies").label("denying"),
            _holders("questions").label("questioning"),
            func.min(claims.c.day).label("first_seen"),
            func.max(claims.c.day).label("last_seen"),
        )
        .join(articles, articles.c.id == claims.c.article_id)
        .where(claims.c.narrative_id.in_(ids))
        .group_by(claims.c.narrative_id)
    )


def _representatives(ids: list[int]) -> Any:
    """Each narrative's first asserting claim, else its first claim: where the narrative started."""
    asserting = case((claims.c.stance == "asserts", 0), else_=1)
    ranked = (
        select(claims.c.narrative_id, claims.c.pk,
               func.row_number().over(partition_by=claims.c.narrative_id, order_by=(asserting, claims.c.pk)).label("n"))
        .where(claims.c.narrative_id.in_(ids))
        .subquery()
    )
    first = select(ranked.c.narrative_id, ranked.c.pk).where(ranked.c.n == 1).subquery()
    return select(first.c.narrative_id, first.c.pk, claims.c.text).join(claims, claims.c.pk == first.c.pk)


def match_catalogue(conn: Connection, ids: Iterable[int], catalogue: Catalogue, threshold: float) -> int:
    """Match these narratives to the catalogue's entries, keeping each match's best claims as evidence.

    A narrative matches an entry when one of its claims is within ``threshold`` of one of the entry's
    examples (as a claim joins a narrative); a narrative's earlier matches are replaced. Returns the matches.
    """
    wanted = sorted(set(ids))
    found = 0
    if not wanted or not len(catalogue.vectors):
        return 0
    examples = np.ascontiguousarray(catalogue.vectors, dtype=np.float32)
    for chunk in _chunks(wanted):
        conn.execute(narrative_matches.delete().where(narrative_matches.c.narrative_id.in_(chunk)))
        rows = conn.execute(
            select(claims.c.narrative_id, claims.c.pk, claims.c.vector).where(claims.c.narrative_id.in_(chunk))
            .order_by(claims.c.narrative_id, claims.c.pk)
        ).all()
        rows = [r for r in rows if len(r.vector) == examples.shape[1] * 4]
        if not rows:
            continue
        scores = np.stack([np.frombuffer(r.vector, dtype="<f4") for r in rows]) @ examples.T
        best: dict[tuple[int, int], list[tuple[float, int, int]]] = {}
        for i, j in zip(*np.nonzero(scores >= threshold), strict=True):
            key = (rows[i].narrative_id, catalogue.entry_of_row[j])
            best.setdefault(key, []).append((float(scores[i, j]), rows[i].pk, int(j)))
        for (narrative_id, entry), hits in sorted(best.items()):
            hits.sort(key=lambda hit: (-hit[0], hit[1]))
            evidence: list[dict[str, Any]] = []
            seen: set[int] = set()
            for score, pk, example in hits:
                if pk not in seen and len(evidence) < EVIDENCE_SHOWN:
                    seen.add(pk)
                    evidence.append({"claim_pk": pk, "example": catalogue.examples[example], "score": round(score, 4)})
            conn.execute(insert(narrative_matches).values(
                narrative_id=narrative_id, entry=catalogue.entries[entry].name, score=round(hits[0][0], 4), evidence=evidence))
            found += 1
    return found


def clear(conn: Connection) -> None:
    """Delete every claim, narrative and catalogue match (before a rebuild)."""
    for table in (narrative_matches, claims, narratives):
        conn.execute(table.delete())


def rebuild(engine: Engine, index: NarrativeIndex, prepared: Iterable[tuple[str, Prepared | None]]) -> int:
    """Make every claim and narrative again, article after article as given (storage order); returns claims stored.

    One transaction per article, as when it was stored; the index starts afresh.
    """
    with engine.begin() as conn:
        clear(conn)
    index.reset()
    stored = 0
    for article_id, ready in prepared:
        if ready is None or not ready.claims:
            continue
        with engine.begin() as conn:
            link_claims(conn, article_id, ready, index)
        stored += len(ready.claims)
    return stored


def rematch(engine: Engine, catalogue: Catalogue, threshold: float) -> int:
    """Match every narrative to the catalogue again (the catalogue changed); returns the matches."""
    with engine.begin() as conn:
        conn.execute(narrative_matches.delete())
        ids = list(conn.execute(select(narratives.c.id).where(narratives.c.claims > 0).order_by(narratives.c.id)).scalars())
        return match_catalogue(conn, ids, catalogue, threshold)


# -- reading ------------------------------------------------------------------------------------


def _day_before(day: str, days: int) -> str:
    return (date.fromisoformat(day) - timedelta(days=days)).isoformat()


def ranked(conn: Connection, country: str | None = None, since: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Narratives ranked by growth: claims in the recent period less claims in the as-long period before it.

    The recent period is ``since`` to the newest claim, else the last ``GROWTH_WINDOW_DAYS`` days up to the
    newest claim (the store's own time, so the ranking does not change with the clock). ``country`` keeps
    narratives with a claim about that country; ``since`` those with a claim on or after that day. Ties go
    to more outlets, then more claims.
    """
    newest = conn.execute(select(func.max(claims.c.day))).scalar()
    scope = [narratives.c.claims > 0]
    if country:
        scope.append(narratives.c.id.in_(select(claims.c.narrative_id).where(claims.c.country == country.upper())))
    if since:
        scope.append(narratives.c.last_seen >= since)
    if newest:
        start = since or _day_before(newest, GROWTH_WINDOW_DAYS - 1)
        span = max(1, (date.fromisoformat(newest) - date.fromisoformat(start)).days + 1)
        before = _day_before(start, span)
        recent_sum = func.sum(case((claims.c.day >= start, 1), else_=0))
        previous_sum = func.sum(case((and_(claims.c.day >= before, claims.c.day < start), 1), else_=0))
    else:
        recent_sum = previous_sum = func.sum(0)
    periods = (
        select(claims.c.narrative_id, recent_sum.label("recent"), previous_sum.label("previous"))
        .group_by(claims.c.narrative_id).subquery()
    )
    growth = (func.coalesce(periods.c.recent, 0) - func.coalesce(periods.c.previous, 0)).label("growth")
    query = (
        select(narratives, func.coalesce(periods.c.recent, 0).label("recent"),
               func.coalesce(periods.c.previous, 0).label("previous"), growth)
        .join(periods, periods.c.narrative_id == narratives.c.id)
        .where(*scope)
        .order_by(growth.desc(), narratives.c.outlets.desc(), narratives.c.claims.desc(), narratives.c.id)
        .limit(limit)
    )
    rows = [dict(row) for row in conn.execute(query).mappings()]
    matched = _matches(conn, [row["id"] for row in rows])
    for row in rows:
        row.pop("seq", None)
        row["catalogue"] = [m["entry"] for m in matched.get(row["id"], [])]
    return rows


def _matches(conn: Connection, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = {}
    for chunk in _chunks(ids):
        query = (select(narrative_matches).where(narrative_matches.c.narrative_id.in_(chunk))
                 .order_by(narrative_matches.c.score.desc(), narrative_matches.c.entry))
        for row in conn.execute(query).mappings():
            found.setdefault(row["narrative_id"], []).append(dict(row))
    return found


def narrative(conn: Connection, narrative_id: int) -> dict[str, Any] | None:
    """One narrative with every claim (its article, outlet and sentence), its timeline and catalogue matches."""
    row = conn.execute(select(narratives).where(narratives.c.id == narrative_id)).mappings().first()
    if row is None or not row["claims"]:
        return None
    sentence = func.substr(articles.c.text, claims.c.sentence_start + 1, claims.c.sentence_end - claims.c.sentence_start)
    found = conn.execute(
        select(claims.c.pk, claims.c.article_id, claims.c.start, claims.c.end, claims.c.text, claims.c.core,
               claims.c.holder, claims.c.holder_kind, claims.c.stance, claims.c.language, claims.c.day, claims.c.country,
               claims.c.source, claims.c.similarity, claims.c.sentence_start, claims.c.sentence_end,
               sentence.label("sentence"), articles.c.title, articles.c.site_name, articles.c.url)
        .join(articles, articles.c.id == claims.c.article_id)
        .where(claims.c.narrative_id == narrative_id)
        .order_by(claims.c.day, claims.c.pk)
    ).mappings().all()
    timeline: dict[str, dict[str, int]] = {}
    for claim in found:
        day = claim["day"] or "undated"
        timeline.setdefault(day, {}).setdefault(claim["stance"], 0)
        timeline[day][claim["stance"]] += 1
    details = {key: value for key, value in dict(row).items() if key != "seq"}
    return {
        **details,
        "claims_list": [dict(c) for c in found],
        "timeline": [{"day": day, **counts} for day, counts in sorted(timeline.items())],
        "catalogue": _matches(conn, [narrative_id]).get(narrative_id, []),
    }
