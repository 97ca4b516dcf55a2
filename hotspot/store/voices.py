"""Who said what: quotes across articles, filtered by speaker or subject, and the most quoted voices.

A voice is an identity, not a stored row: rows of one person stored apart (a surname in one
article, the full name in another) are read together where that is unambiguous, and each alias
says how it was resolved and how sure that is. Stances come only from the voice's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Engine, Text, and_, func, or_, select
from sqlalchemy.engine import Connection

from hotspot.store.rows import quote_with_article, quotes_with_articles
from hotspot.store.schema import articles, entities, events, quotes, speakers


def speaker_outlets(conn: Connection, speaker_pks: list[int]) -> dict[int, dict[str, int]]:
    """Quotes per outlet for each speaker, most quoted outlet first: one query for all of them."""
    n = func.count(quotes.c.pk)
    rows = conn.execute(
        select(quotes.c.speaker_pk, articles.c.site_name, n)
        .join(articles, articles.c.id == quotes.c.article_id)
        .where(quotes.c.speaker_pk.in_(speaker_pks))
        .group_by(quotes.c.speaker_pk, articles.c.site_name)
        .order_by(quotes.c.speaker_pk, n.desc(), articles.c.site_name)
    ).all()
    outlets: dict[int, dict[str, int]] = {}
    for pk, outlet, count in rows:
        outlets.setdefault(pk, {})[outlet or "(unknown)"] = count
    return outlets


class VoiceReads:
    """The store's ``quotes`` and ``voices``: mixed into :class:`~hotspot.store.database.Store`, whose engine they use."""

    engine: Engine

    def quotes(
        self,
        speaker: str | None = None,
        about: str | None = None,
        limit: int = 50,
        offset: int = 0,
        speaker_pk: int | None = None,
        speaker_pks: list[int] | None = None,
    ) -> list[dict[str, Any]]:
        """Quotes with their article, newest article first.

        ``speaker`` matches the resolved name, an alias or the actor id;
        ``about`` an entity (canonical name, mention text or actor id)
        mentioned inside the quote's own span. Both are case-insensitive.
        """
        query = quotes_with_articles().outerjoin(speakers, speakers.c.pk == quotes.c.speaker_pk)
        if speaker_pk is not None:
            # A known speakers row: the indexed key, not a scan over names and aliases.
            query = query.where(quotes.c.speaker_pk == speaker_pk)
        if speaker_pks is not None:
            # One voice stored under several rows (a surname in one article, the full name in another).
            query = query.where(quotes.c.speaker_pk.in_(speaker_pks))
        if speaker:
            wanted = speaker.lower()
            query = query.where(
                or_(
                    func.lower(quotes.c.speaker_name) == wanted,
                    func.lower(quotes.c.speaker_entity) == wanted,
                    func.lower(speakers.c.name) == wanted,
                    func.lower(func.cast(speakers.c.aliases, Text)).contains(f'"{wanted}"', autoescape=True),
                )
            )
        if about:
            wanted = about.lower()
            mention = (
                select(entities.c.pk)
                .where(entities.c.article_id == quotes.c.article_id)
                .where(and_(entities.c.start >= quotes.c.start, entities.c.end <= quotes.c.end))
                .where(
                    or_(
                        func.lower(entities.c.canonical) == wanted,
                        func.lower(entities.c.text) == wanted,
                        func.lower(entities.c.actor_id) == wanted,
                    )
                )
            )
            query = query.where(mention.exists())
        query = query.order_by(articles.c.published.desc(), quotes.c.article_id, quotes.c.start)
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit).offset(offset)).mappings().all()
        return [quote_with_article(row) for row in rows]


    def voices(self, limit: int = 50) -> list[dict[str, Any]]:
        """Who is quoted most, one entry per identity: quotes, articles, outlets, roles and aliases.

        Rows stored apart for one person (a surname alone in one article, the full name in
        another) are read as one voice where that is unambiguous (``merge_identities``). Each
        alias comes with how it was resolved and how sure that is (``alias_evidence``).
        """
        with self.engine.connect() as conn:
            rows = _speaker_rows(conn)
            groups = merge_identities(rows)[:limit]
            return [_voice_summary(conn, group) for group in groups]

    def voice_identity(self, name: str, limit: int = 100, offset: int = 0) -> dict[str, Any] | None:
        """One voice (all its stored rows): roles, aliases with evidence, outlets, months, stances and quotes.

        ``name`` is the voice's name, an actor id, or the name of a row merged into it ("Obama"
        finds "Barack Obama" when he is the only Obama with a full name). None when nobody matches.
        """
        wanted = name.casefold()
        with self.engine.connect() as conn:
            groups = merge_identities(_speaker_rows(conn))
            group = next((g for g in groups if wanted in {g.name.casefold(), (g.entity or "").casefold()}), None)
            if group is None:
                group = next((g for g in groups if any(wanted in (r["name"].casefold(), (r["entity"] or "").casefold())
                                                       for r in g.rows)), None)
            if group is None:
                return None
            summary = _voice_summary(conn, group)
            month = func.substr(func.coalesce(articles.c.published, articles.c.captured), 1, 7).label("month")
            by_month = conn.execute(
                select(month, func.count(quotes.c.pk)).join(articles, articles.c.id == quotes.c.article_id)
                .where(quotes.c.speaker_pk.in_(group.pks)).group_by(month).order_by(month)
            ).all()
            stances = voice_stances(conn, group.pks)
        said = self.quotes(speaker_pks=group.pks, limit=limit, offset=offset)
        return {
            "name": summary["name"], "entity": summary["entity"], "roles": summary["roles"],
            "aliases": summary["aliases"], "alias_evidence": summary["alias_evidence"],
            "quotes_total": summary["quotes"], "articles": summary["articles"],
            "outlets": [{"value": o, "count": n} for o, n in summary["outlets"].items()],
            "quotes_by_month": [{"month": m, "quotes": n} for m, n in by_month],
            "stances": stances,
            "quotes": said,
        }


# -- identities across the store ------------------------------------------------------------------------

PERSON_PREFIX = "person:"


@dataclass(slots=True)
class Identity:
    """One voice: its stored speakers rows, the first being the one whose name and entity it shows."""

    rows: list[dict[str, Any]]
    merged: set[int] = field(default_factory=set)  # pks joined to the voice across articles, by name

    @property
    def name(self) -> str:
        return str(self.rows[0]["name"])

    @property
    def entity(self) -> str | None:
        return self.rows[0]["entity"]

    @property
    def pks(self) -> list[int]:
        return [row["pk"] for row in self.rows]

    @property
    def quotes(self) -> int:
        return sum(int(row["quotes"]) for row in self.rows)


def _speaker_rows(conn: Connection) -> list[dict[str, Any]]:
    n_quotes = func.count(quotes.c.pk).label("quotes")
    n_articles = func.count(func.distinct(quotes.c.article_id)).label("articles")
    found = conn.execute(
        select(speakers, n_quotes, n_articles).join(quotes, quotes.c.speaker_pk == speakers.c.pk)
        .group_by(speakers.c.pk).order_by(n_quotes.desc(), speakers.c.name)
    ).mappings().all()
    return [dict(row) for row in found]


def _words(name: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[\w'-]+", name)]


def _role_words(roles: list[str]) -> set[str]:
    """The title and occupation nouns of a voice's roles ('president', 'senator')."""
    return {w for role in roles for w in _words(role) if _is_role(w)}


def _sex(row: dict[str, Any]) -> str | None:
    """A person row's sex where its own mentions say one: honorifics ("Mr. Obama") and a given name the census lists know."""
    from hotspot.understand import gender

    said = {gender.HONORIFICS.get(_words(alias)[0]) for alias in row["aliases"] or [] if _words(alias)}
    said.add(gender.of_given_name(row["name"]))
    return gender.agree({sex for sex in said if sex})


def merge_identities(rows: list[dict[str, Any]]) -> list[Identity]:
    """Speakers rows grouped by identity, most quoted first.

    Only people are joined, and only where one reading is possible in the whole store: a
    one-word name ("Obama") joins the only person whose full name ends with it ("Barack
    Obama"), never when two do ("Clinton": Hillary and Bill) unless the mentions' sex ("Mr.
    Obama" is not Michelle Obama) or roles leave one; a name without a middle name
    ("Owen Dempsey") joins the only longer name with the same first and last words ("Owen John
    Dempsey"). Within an article the entity linker has already tied a surname to the full name.
    """
    people = [row for row in rows if str(row["entity"] or "").startswith(PERSON_PREFIX)]
    target: dict[int, int] = {}
    for row in people:
        words = _words(row["name"])
        if not words:
            continue
        if len(words) == 1:
            candidates = [o for o in people if len(_words(o["name"])) >= 2 and _words(o["name"])[-1] == words[0]]
        else:
            candidates = [
                o for o in people
                if len(_words(o["name"])) > len(words) and _words(o["name"])[0] == words[0]
                and _words(o["name"])[-1] == words[-1] and set(words) <= set(_words(o["name"]))
            ]
        sex = _sex(row) if len(candidates) > 1 else None
        if sex:
            candidates = [o for o in candidates if _sex(o) in (None, sex)]
        if len(candidates) > 1:
            # 'President Obama' is the Obama whose roles say president, when only one of them has such a role
            own = _role_words(row["roles"])
            candidates = [o for o in candidates if own & _role_words(o["roles"])] if own else []
        if len(candidates) == 1:
            target[row["pk"]] = candidates[0]["pk"]

    def root(pk: int) -> int:
        seen = set()
        while pk in target and pk not in seen:
            seen.add(pk)
            pk = target[pk]
        return pk

    by_pk = {row["pk"]: row for row in rows}
    groups: dict[int, Identity] = {}
    for row in rows:
        head = root(row["pk"])
        group = groups.setdefault(head, Identity([by_pk[head]]))
        if row["pk"] != head:
            group.rows.append(row)
            group.merged.add(row["pk"])
    return sorted(groups.values(), key=lambda g: (-g.quotes, g.name))


# -- aliases and how sure each is --------------------------------------------------------------------------

# How a mention was tied to its voice, and how sure that is, surest first.
HOW_SURE = {
    "full name": "high",
    "surname in article": "high",
    "their words": "high",
    "role": "medium",
    "name in other articles": "medium",
    "pronoun": "low",
    "other": "low",
}
# Mentions that name nobody: they resolve a quote, but are no alias.
NOT_ALIASES = frozenset({"pronoun", "their words"})


@cache
def _alias_words() -> dict[str, frozenset[str]]:
    """The speaker resolver's word lists that tell a mention's kind (read lazily: they load the language tables)."""
    from hotspot.understand.data import load_table

    table = load_table("speakers", ("pronouns", "honorifics", "statement_nouns", "articles"))
    pronouns = {w for words in table["pronouns"].values() for w in words}
    return {
        "pronouns": frozenset(pronouns),
        "honorifics": frozenset(w.casefold().rstrip(".") for w in table["honorifics"]),
        "statement_nouns": frozenset(table["statement_nouns"]),
        "articles": frozenset(table["articles"]),
    }


def _is_role(word: str) -> bool:
    from hotspot.understand.speakers.lexicon import is_role_word

    return is_role_word(word)


def alias_how(mention: str, name: str, merged: bool) -> str:
    """How the mention ``mention`` was resolved to the voice ``name`` (a key of ``HOW_SURE``).

    Read from the words alone: a pronoun; every word of the name ("President Barack Obama");
    some of them ("Obama", "Mr. Obama"): the surname, tied in its article; a mention headed by a
    statement noun ("a Donald Trump tweet"): their words, not a name; a role phrase ("the
    president"); a mention of a row joined across articles (``merged``).
    """
    lists = _alias_words()
    words = re.findall(r"[\w'\u2019.-]+", mention)
    bare = [re.sub(r"(?:['\u2019]s?)$", "", w).strip(".").casefold() for w in words]
    if len(bare) == 1 and bare[0] in lists["pronouns"]:
        return "pronoun"
    if bare and bare[-1] in lists["statement_nouns"]:
        return "their words"
    own = set(_words(name)) | {part for word in _words(name) for part in word.split("-")}
    capitalised = [
        b for index, (w, b) in enumerate(zip(words, bare, strict=True))
        if w[:1].isupper() and b not in lists["honorifics"] and b not in lists["articles"] and not _is_role(b)
        and not (len(b) <= 4 and w.endswith("."))  # an initial or a title's abbreviation: 'J.', 'Sen.'
        and not (index == 0 and len(words) > 1 and b not in own)  # a capitalised first word: 'Rival', 'US'
    ]
    if capitalised and set(capitalised) <= own:
        if merged:
            return "name in other articles"
        whole = {word for word in own if len(word) > 1}  # an initial may be left out: 'Loretta Lynch'
        return "full name" if set(capitalised) >= whole else "surname in article"
    if any(_is_role(b) for b in bare):
        return "role"
    return "other"


def alias_evidence(conn: Connection, group: Identity) -> list[dict[str, Any]]:
    """Each way the voice was mentioned, with how it was resolved, how sure that is, and in how many quotes."""
    n = func.count(quotes.c.pk)
    found = conn.execute(
        select(quotes.c.speaker_pk, quotes.c.speaker_text, n).where(quotes.c.speaker_pk.in_(group.pks))
        .group_by(quotes.c.speaker_pk, quotes.c.speaker_text)
    ).all()
    tally: dict[str, dict[str, Any]] = {}
    for pk, text, count in found:
        mention = " ".join(str(text or "").split())
        if not mention:
            continue
        how = alias_how(mention, group.name, pk in group.merged)
        entry = tally.setdefault(mention, {"alias": mention, "how": how, "sure": HOW_SURE[how], "quotes": 0})
        entry["quotes"] += count
    order = list(HOW_SURE)
    return sorted(tally.values(), key=lambda e: (order.index(e["how"]), -e["quotes"], e["alias"]))


def _voice_summary(conn: Connection, group: Identity) -> dict[str, Any]:
    evidence = alias_evidence(conn, group)
    aliases = [e["alias"] for e in evidence if e["how"] not in NOT_ALIASES and e["alias"] != group.name]
    roles: list[str] = []
    for row in group.rows:
        roles += [r for r in row["roles"] if r not in roles]
    if len(group.rows) == 1:
        n_articles = int(group.rows[0]["articles"])
    else:
        n_articles = conn.execute(
            select(func.count(func.distinct(quotes.c.article_id))).where(quotes.c.speaker_pk.in_(group.pks))
        ).scalar_one()
    outlets: dict[str, int] = {}
    for by_outlet in speaker_outlets(conn, group.pks).values():
        for outlet, count in by_outlet.items():
            outlets[outlet] = outlets.get(outlet, 0) + count
    return {
        "name": group.name, "entity": group.entity, "roles": roles, "aliases": aliases, "alias_evidence": evidence,
        "quotes": group.quotes, "articles": n_articles,
        "outlets": dict(sorted(outlets.items(), key=lambda item: (-item[1], item[0]))),
    }


# -- stances: only what the voice itself says ---------------------------------------------------------------

# Hostile and friendly PLOVER types, for 'who they accuse or support' on a voice's page.
STANCE_TYPES = {"ACCUSE": "against", "REJECT": "against", "THREATEN": "against", "SANCTION": "against",
                "SUPPORT": "for", "AGREE": "for", "COOPERATE": "for", "AID": "for", "CONSULT": "for"}
STANCE_EVENTS_READ = 5000  # bounds the work for a voice quoted in thousands of articles
STANCES_SHOWN = 10


def voice_stances(conn: Connection, speaker_pks: list[int]) -> dict[str, list[dict[str, Any]]]:
    """Whom a voice accuses or supports: stance events their own quotes carry, by recipient.

    Only the voice's words count (an event whose ``reported_by`` quote is theirs): being named
    as the actor of an accusation in someone else's sentence says nothing of what they claim.
    """
    spans = conn.execute(
        select(quotes.c.article_id, quotes.c.start, quotes.c.end).where(quotes.c.speaker_pk.in_(speaker_pks))
    ).all()
    theirs: dict[str, set[tuple[int, int]]] = {}
    for article_id, start, end in spans:
        theirs.setdefault(article_id, set()).add((start, end))
    tallies: dict[str, dict[str, dict[str, Any]]] = {"against": {}, "for": {}}
    if not theirs:
        return {"against": [], "for": []}
    found = conn.execute(
        select(events.c.article_id, events.c.type, events.c.recipients, events.c.reported_by)
        .where(events.c.type.in_(list(STANCE_TYPES)), events.c.article_id.in_(
            select(quotes.c.article_id).where(quotes.c.speaker_pk.in_(speaker_pks))))
        .limit(STANCE_EVENTS_READ)
    ).all()
    for article_id, event_type, recipients, reported_by in found:
        if not reported_by or (reported_by.get("quote_start"), reported_by.get("quote_end")) not in theirs[article_id]:
            continue
        for recipient in recipients or []:
            target = recipient.get("canonical") or recipient.get("text")
            if not target:
                continue
            entry = tallies[STANCE_TYPES[event_type]].setdefault(target, {"target": target, "events": 0, "types": {}})
            entry["events"] += 1
            entry["types"][event_type] = entry["types"].get(event_type, 0) + 1
    return {side: sorted(found_.values(), key=lambda e: (-e["events"], e["target"]))[:STANCES_SHOWN]
            for side, found_ in tallies.items()}
