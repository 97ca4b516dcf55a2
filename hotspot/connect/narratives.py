"""Narratives: the same claim across outlets and languages, who pushes it and who denies it.

The :class:`Narrator` turns a stored article into its claims (``claims.py``) and embeds their cores in
one batch with the sentence encoder of the setting ``narrative_encoder``; the store links them to
narratives in the article's own transaction (``hotspot.store.narratives``). A store writes narratives
when it has a narrator: :func:`attach` gives it one (the encoder loads on the first article, so a store
opened only to read pays nothing).

The catalogue of known narratives is a file the user keeps, JSON or TOML::

    [[narratives]]
    name = "Colour revolution"
    description = "The West is said to prepare an uprising to change a government."
    examples = ["The West is preparing a colour revolution in Kazakhstan.", "Запад готовит цветную революцию."]

Its path comes from the ``--catalogue`` option, else the setting ``narrative_catalogue``. A narrative
matches an entry when one of its claims is as close to one of the entry's examples as two claims of one
narrative are (``narrative_match_threshold``); the claims and scores behind each match are kept.

Where two claims match depends on the encoder (:func:`match_threshold`, ``data/claim_match.json``): each
encoder's cosines have their own scale.

A cascade (the setting ``narrative_second_encoder``): the first encoder decides every pair whose cosine falls outside
its band ``[low, high)`` around its cut (``data/claim_match.json``'s ``band``); inside it, the second encoder's cosine at
the second's own threshold decides (:class:`Cascade`). The second encoder loads on the first pair that falls in the
band, and embeds each claim it is asked about once (:class:`SecondOpinion`, a bounded cache keyed by the text's hash):
the first encoder's speed for most pairs, the second's judgement where the first is unsure.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from hotspot import settings
from hotspot.connect import agreement
from hotspot.connect.claims import claims_of, matched_text
from hotspot.connect.embeddings import Encoder, load_encoder
from hotspot.connect.wording import plural
from hotspot.errors import ConfigurationError, message
from hotspot.records import Article
from hotspot.store import narratives as stored
from hotspot.store.narratives import Catalogue, CatalogueEntry, ClaimText, Prepared
from hotspot.understand.data import load_table

if TYPE_CHECKING:
    from hotspot.store import Store

CLAIMS_SHOWN = 5
"""Narratives the brief's "what is being claimed" section lists."""
REBUILD_BATCH = 64
"""Articles whose claims are embedded together when narratives are rebuilt."""
MATCH_TABLE = "claim_match"
"""The data file of each encoder's match threshold."""
SECOND_CACHE = 50_000
"""Claims whose second-encoder vector a :class:`SecondOpinion` keeps (e5: 1.5 KiB each, about 75 MiB when full)."""


def match_threshold(encoder: str, threshold: float | None = None) -> float:
    """The cosine from which a claim joins the narrative of its nearest exemplar: ``threshold`` when given (not 0),
    else ``encoder``'s own (``data/claim_match.json``). The table is checked: an encoder it lacks or a threshold
    outside (0, 1) is a configuration error, not a silent default."""
    if threshold:
        return float(threshold)
    table = load_table(MATCH_TABLE, ("encoders",), package="hotspot.connect.data")
    entry = table["encoders"].get(encoder) if isinstance(table["encoders"], dict) else None
    value = entry.get("threshold") if isinstance(entry, dict) else None
    if not isinstance(value, (int, float)) or not 0.0 < float(value) < 1.0:
        raise ConfigurationError(message("H103", table=MATCH_TABLE, problem=f"has no threshold in (0, 1) for {encoder!r}"))
    return float(value)


def cause_threshold(encoder: str) -> float | None:
    """The cosine below which two causes the agreement check reads are two causes, for ``encoder``
    (``data/claim_match.json``'s ``cause``), or None: the encoder has none and causes are not compared."""
    table = load_table(MATCH_TABLE, ("encoders",), package="hotspot.connect.data")
    entry = table["encoders"].get(encoder) if isinstance(table["encoders"], dict) else None
    value = entry.get("cause") if isinstance(entry, dict) else None
    if value is None:
        return None
    if not isinstance(value, (int, float)) or not 0.0 < float(value) < 1.0:
        raise ConfigurationError(message("H103", table=MATCH_TABLE, problem=f"has a cause cut outside (0, 1) for {encoder!r}"))
    return float(value)


@dataclass(frozen=True, slots=True)
class Cascade:
    """Where the first encoder hands a pair to the second: a cosine in ``[low, high)`` is decided by the second
    encoder's cosine at ``second_threshold``; outside it the first decides (``high`` and above match, under ``low``
    not)."""

    low: float
    high: float
    second: str
    second_threshold: float

    def routes(self, cosine: float) -> bool:
        """Whether the first encoder's ``cosine`` falls in the band, where the second decides."""
        return self.low <= cosine < self.high

    def routes_all(self, cosines: np.ndarray) -> np.ndarray:
        """:meth:`routes` for an array of cosines."""
        return (cosines >= self.low) & (cosines < self.high)

    def matches(self, cosine: float, second_cosine: float | None) -> bool:
        """The pair's verdict: the first's ``cosine`` outside the band, else the second's (None: not asked, no match)."""
        if not self.routes(cosine):
            return cosine >= self.high
        return second_cosine is not None and second_cosine >= self.second_threshold

    def matches_all(self, cosines: np.ndarray, second_cosines: np.ndarray) -> np.ndarray:
        """:meth:`matches` for arrays of pairs (every second cosine given)."""
        return np.where(self.routes_all(cosines), second_cosines >= self.second_threshold, cosines >= self.high)


def cascade_of(encoder: str, second: str) -> Cascade:
    """``encoder``'s band (``data/claim_match.json``) with ``second``'s own threshold. Checked: a first encoder without a
    band, a band that does not hold its cut, or a second encoder that is the first is a configuration error."""
    if second == encoder:
        raise ConfigurationError(message("H103", table=MATCH_TABLE, problem=f"cannot cascade {encoder!r} into itself"))
    table = load_table(MATCH_TABLE, ("encoders",), package="hotspot.connect.data")
    entry = table["encoders"].get(encoder) if isinstance(table["encoders"], dict) else None
    band = entry.get("band") if isinstance(entry, dict) else None
    cut = match_threshold(encoder)
    if (not isinstance(band, list) or len(band) != 2 or not all(isinstance(v, (int, float)) for v in band)
            or not 0.0 < band[0] <= cut <= band[1] < 1.0):
        raise ConfigurationError(message("H103", table=MATCH_TABLE, problem=f"has no band [low, high] around the cut for {encoder!r}"))
    return Cascade(float(band[0]), float(band[1]), second, match_threshold(second))


class SecondOpinion:
    """The second encoder of a :class:`Cascade`, loaded on first use, each claim embedded once (a bounded cache).

    Called with pairs of claims (anything with ``core``, ``stance``, ``holder``, ``holder_kind``, ``language``), it
    says which pairs the second encoder matches; the store asks it only for pairs whose first cosine is in the band.
    ``encoder`` may be given (a test's own); else ``cascade.second`` is loaded by :func:`load_encoder`.
    """

    def __init__(self, cascade: Cascade, encoder: Encoder | None = None, cache_size: int = SECOND_CACHE) -> None:
        self.cascade = cascade
        self._encoder = encoder
        self._vectors: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self.asked = 0  # pairs asked about
        self.embedded = 0  # texts the second encoder was run on (cache misses)

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = load_encoder(self.cascade.second)
        return self._encoder

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Each text's unit vector by the second encoder, the texts not cached embedded in one call."""
        keys = [hashlib.sha256(text.encode("utf-8")).digest() for text in texts]
        missing = list(dict.fromkeys(key for key in keys if key not in self._vectors))
        if missing:
            text_of = dict(zip(keys, texts, strict=True))
            for key, vector in zip(missing, self.encoder.encode([text_of[key] for key in missing]), strict=True):
                self._vectors[key] = vector
            self.embedded += len(missing)
        rows = []
        for key in keys:
            self._vectors.move_to_end(key)
            rows.append(self._vectors[key])
        while len(self._vectors) > self._cache_size:
            self._vectors.popitem(last=False)
        return np.stack(rows) if rows else np.zeros((0, 0), dtype=np.float32)

    def cosines(self, pairs: Sequence[tuple[ClaimText, ClaimText]]) -> list[float]:
        """The second encoder's cosine of each pair of claims, as :func:`matched_text` gives them to an encoder."""
        if not pairs:
            return []
        self.asked += len(pairs)
        texts = [_matched(claim) for pair in pairs for claim in pair]
        vectors = self.vectors(texts)
        return [float(vectors[2 * i] @ vectors[2 * i + 1]) for i in range(len(pairs))]

    def __call__(self, pairs: Sequence[tuple[ClaimText, ClaimText]]) -> list[bool]:
        """Whether the second encoder matches each pair (its cosine at its own threshold)."""
        return [cosine >= self.cascade.second_threshold for cosine in self.cosines(pairs)]


def _matched(claim: ClaimText) -> str:
    return matched_text(claim.core, claim.stance, claim.holder, claim.holder_kind, claim.language or "en")


@dataclass(slots=True)
class Narrator:
    """Claims of an article and their embeddings, for the store to link (one encoder call per article)."""

    encoder_name: str = ""
    threshold: float | None = None
    catalogue_path: str | None = None
    check_agreement: bool | None = None
    second_encoder: str | None = None
    _encoder: Encoder | None = field(default=None, repr=False)
    _second: SecondOpinion | None = field(default=None, repr=False)
    _catalogue: Catalogue | None = field(default=None, repr=False)
    _catalogue_read: bool = field(default=False, repr=False)

    def __post_init__(self) -> None:
        self.encoder_name = str(settings.get("narrative_encoder", self.encoder_name or None))
        # 0 (the default): the encoder's own threshold.
        self.threshold = match_threshold(self.encoder_name, float(settings.get("narrative_match_threshold", self.threshold)))
        self.catalogue_path = settings.get("narrative_catalogue", self.catalogue_path) or None
        self.check_agreement = bool(settings.get("narrative_agreement", self.check_agreement))
        # "none" (or empty): the first encoder decides every pair alone. The cascade is read (and checked) now, its
        # encoder loaded on the first pair in the band.
        second = str(settings.get("narrative_second_encoder", self.second_encoder) or "").strip()
        self.second_encoder = second if second.lower() not in ("", "none", "off") else None
        if self.second_encoder and self._second is None:
            self._second = SecondOpinion(cascade_of(self.encoder_name, self.second_encoder))

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = load_encoder(self.encoder_name)
        return self._encoder

    @property
    def catalogue(self) -> Catalogue | None:
        """The catalogue's examples embedded once, or None when no catalogue is configured."""
        if not self._catalogue_read:
            self._catalogue_read = True
            if self.catalogue_path:
                self._catalogue = embed_catalogue(read_catalogue(Path(self.catalogue_path)), self.encoder)
        return self._catalogue

    def prepare(self, article: Article) -> Prepared | None:
        """The article's claims and their embeddings; None when it has none."""
        return next(iter(self.prepare_many([article])))[1]

    def prepare_many(self, batch: list[Article]) -> Iterator[tuple[str, Prepared | None]]:
        """Each article's claims, all embedded in one encoder call: how a rebuild goes fast."""
        found = [(article.id, claims_of(article)) for article in batch]
        # A denial is embedded as the claim it denies, a leading "it" as its speaker (claims.matched_text).
        cores = [matched_text(c.core, c.stance, c.holder, c.holder_kind, c.language or "en") for _, made in found for c in made]
        vectors = self.encoder.encode(cores) if cores else np.zeros((0, 0), dtype=np.float32)
        row = 0
        assert self.threshold is not None
        # A match is refused when the two claims contradict each other (hotspot.connect.agreement).
        agree = (agreement.checker(self.encoder.encode, self.threshold, cause_threshold(self.encoder_name))
                 if self.check_agreement else None)
        for article_id, made in found:
            if not made:
                yield article_id, None
                continue
            yield article_id, Prepared(made, vectors[row : row + len(made)], self.encoder_name, self.threshold,
                                       self.catalogue, agree, self._band(), self._second)
            row += len(made)

    @property
    def second(self) -> SecondOpinion | None:
        """The cascade's second encoder (its counts of pairs asked and claims embedded), or None without a cascade."""
        return self._second

    def _band(self) -> tuple[float, float] | None:
        """The cascade's band of the first encoder's cosine, or None when it decides alone."""
        return (self._second.cascade.low, self._second.cascade.high) if self._second is not None else None


def attach(store: Store, catalogue: str | None = None) -> Store:
    """Give ``store`` a narrator: from now on each article it stores or re-analyses gets its claims linked."""
    store.narrator = Narrator(catalogue_path=catalogue)
    return store


def attach_if_on(store: Store) -> Store:
    """``attach`` when the ``narratives`` setting is on (the default), else the store as it is: its articles then get
    no claims until ``hotspot db narratives``."""
    return attach(store) if settings.get("narratives") else store


# -- the catalogue ------------------------------------------------------------------------------


def read_catalogue(path: Path) -> list[CatalogueEntry]:
    """The entries of a catalogue file (JSON or TOML: a list ``narratives`` of name, description, examples)."""
    try:
        raw = path.read_bytes()
        data = tomllib.loads(raw.decode("utf-8")) if path.suffix.lower() == ".toml" else json.loads(raw)
    except (OSError, ValueError) as exc:
        raise ConfigurationError(message("H105", path=path, problem=f"cannot be read: {exc}")) from exc
    items = data.get("narratives") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ConfigurationError(message("H105", path=path, problem="holds no list 'narratives'"))
    entries = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not str(item.get("name") or "").strip():
            raise ConfigurationError(message("H105", path=path, problem=f"has an entry ({i + 1}) with no name"))
        examples = [str(e).strip() for e in item.get("examples") or [] if str(e).strip()]
        description = str(item.get("description") or "").strip()
        if not examples and description:
            examples = [description]  # an entry with no example is matched by what it says
        entries.append(CatalogueEntry(str(item["name"]).strip(), description, examples))
    return entries


def embed_catalogue(entries: list[CatalogueEntry], encoder: Encoder) -> Catalogue:
    examples = [example for entry in entries for example in entry.examples]
    owners = [i for i, entry in enumerate(entries) for _ in entry.examples]
    return Catalogue(entries, encoder.encode(examples) if examples else np.zeros((0, encoder.dim), np.float32), owners, examples)


# -- building and reading -----------------------------------------------------------------------


def rebuild(store: Store, narrator: Narrator | None = None) -> dict[str, int]:
    """Make every claim and narrative again from the stored articles (idempotent, reproducible).

    Articles are read in storage order and linked one by one as ingest would, their claims embedded
    ``REBUILD_BATCH`` articles at a time.
    """
    narrator = narrator or Narrator()

    def prepared() -> Iterator[tuple[str, Prepared | None]]:
        batch: list[Article] = []
        for article in store.iter_articles():
            batch.append(article)
            if len(batch) == REBUILD_BATCH:
                yield from narrator.prepare_many(batch)
                batch = []
        if batch:
            yield from narrator.prepare_many(batch)

    claims = stored.rebuild(store.engine, store.narrative_index, prepared())
    with store.engine.connect() as conn:
        counted = len(stored.ranked(conn, limit=1_000_000))
    return {"claims": claims, "narratives": counted}


def rematch(store: Store, path: Path, narrator: Narrator | None = None) -> int:
    """Match every stored narrative to the catalogue at ``path`` again; returns the matches."""
    narrator = narrator or Narrator()
    catalogue = embed_catalogue(read_catalogue(path), narrator.encoder)
    assert narrator.threshold is not None
    return stored.rematch(store.engine, catalogue, narrator.threshold)


def ranked(store: Store, country: str | None = None, since: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Narratives ranked by growth (``hotspot.store.narratives.ranked``)."""
    with store.engine.connect() as conn:
        return stored.ranked(conn, country, since, limit)


def detail(store: Store, narrative_id: int) -> dict[str, Any] | None:
    """One narrative with its claims grouped by stance, then outlet, then language."""
    with store.engine.connect() as conn:
        found = stored.narrative(conn, narrative_id)
    if found is None:
        return None
    grouped: dict[str, dict[str, dict[str, list[dict[str, Any]]]]] = {}
    for claim in found["claims_list"]:
        outlet = claim["site_name"] or "(no outlet)"
        grouped.setdefault(claim["stance"], {}).setdefault(outlet, {}).setdefault(claim["language"] or "?", []).append(claim)
    found["by_stance"] = grouped
    return found


def claims_about(store: Store, country: str, limit: int = CLAIMS_SHOWN) -> list[dict[str, Any]]:
    """The narratives about a country, fastest growing first, each with its voices and its first claim to cite."""
    found = []
    for row in ranked(store, country=country, limit=limit):
        narrative = detail(store, row["id"])
        if narrative is None:
            continue
        claims = narrative["claims_list"]
        voices = {stance: sorted({c["holder"] or "?" for c in claims if c["stance"] == stance})
                  for stance in ("asserts", "denies", "questions")}
        first = claims[0]
        found.append({**row, "voices": voices,
                      "cite": {"article_id": first["article_id"], "start": first["sentence_start"], "end": first["sentence_end"]}})
    return found


def claimed_about(store: Store, country: str, limit: int = CLAIMS_SHOWN) -> list[str]:
    """The brief's "What is being claimed about this country" lines: each narrative, its voices and a citation."""
    return claimed_lines(claims_about(store, country, limit))


def claimed_lines(narratives: list[dict[str, Any]]) -> list[str]:
    """``claims_about``'s narratives as the brief's lines (``claimed_about``)."""
    lines = []
    for item in narratives:
        said = " ".join(str(item["representative"] or "").split())
        voices = "".join(f"; {label}: {', '.join(item['voices'][stance])}"
                         for stance, label in (("asserts", "for"), ("denies", "against"), ("questions", "questioning"))
                         if item["voices"][stance])
        known = f"; known as {', '.join(item['catalogue'])}" if item["catalogue"] else ""
        # 'in 1 article from 1 outlet'; an article whose outlet is not known counts as an article, not as '0 outlets'
        outlets = f" from {plural(item['outlets'], 'outlet')}" if item["outlets"] else " (outlet not stated)"
        lines.append(
            f"- narrative {item['id']}: “{said}” — {plural(item['claims'], 'claim')} in {plural(item['articles'], 'article')}"
            f"{outlets}, {plural(item['languages'], 'language')}, first seen {item['first_seen'] or 'undated'}{voices}{known}"
        )
        cite = item["cite"]
        lines.append(f"  [{cite['article_id']}#s-{cite['start']}-{cite['end']}]")
    return lines or ["- no claims stored about it"]
