"""Voices as identities: the top 30 voices of a real store, side by side with a base commit.

Usage::

    python bench/voices.py --base REV [--top 30] [--json FILE] [--keep DIR]

Each side (the code at ``REV``, unpacked by ``bench/codeat.py``, and the work
tree) builds its own SQLite store with ``hotspot ingest`` from the same inputs:

- the 40 English news pages of ``../shared/benchmarks/realnews_dev/en/html`` (raw HTML, extracted);
- the 40 English opinion pieces of ``realnews_dev/en/opinion`` (``--clean-text``);
- the 84 PolNeAR dev texts of ``../shared/benchmarks/polnear_dev/text`` (``--clean-text``, as
  ``bench/quotes.py`` and ``bench/identity.py`` read them).

It then prints each side's top voices (``Store.voices``) with their quotes and
aliases, and counts the violations of issue 14's "done when" line. The base
side's store and voices are cached under ``$TMPDIR/hotspot-voices/<commit>/``
(a commit's code never changes); the work tree's store is rebuilt every run.

How a violation is judged (the same judge, this file's, for both sides):

- **adjective / nationality voice**: the voice's name is a nationality or other
  adjective: a demonym of ``data/demonyms.json`` or one derived from a country
  name by the regular suffixes, or a word ending in -ic/-ical/-ish/-ese/-an
  that spaCy would call an adjective ("Republican", "Indian", "American");
- **country voice**: the voice's entity is ``country:XX`` (a country as the
  author of statements; a country's government or ministry is an organisation
  and is not counted);
- **foreign alias**: an alias that is not the same person or organisation. An
  alias is the same entity when, after dropping articles, honorifics, a
  possessive owner that is a country ("Russia's"), nationality and country
  words and role words, (a) what is left is empty (a pure role phrase: "the
  president", "the Kazakh foreign minister"), or (b) every name word left is a
  word of the voice's name or of its initials ("Obama" of "Barack Obama",
  "UN" of "United Nations"). It is foreign when it keeps a word that is none of
  these ("a Donald Trump tweet": "tweet"; "the Trump administration":
  "administration"), when a role word is plural for a person ("President
  Trump's advisers"), or when the voice's own name is a possessive owner of
  something else ("Trump's advisers").

Exit status 0 when the work tree has no violation in its top voices, else 1.
Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import codeat  # beside this script

REPO_ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = REPO_ROOT.parent / "shared" / "benchmarks"
BENCH = "voices"  # codeat's folder: $TMPDIR/hotspot-voices/<commit>
# (folder, ingest options): what both sides store, in this order.
INPUTS: list[tuple[Path, list[str]]] = [
    (BENCHMARKS / "realnews_dev" / "en" / "html", []),
    (BENCHMARKS / "realnews_dev" / "en" / "opinion", ["--clean-text"]),
    (BENCHMARKS / "polnear_dev" / "text", ["--clean-text"]),
]
# Read the store with the side's own code: ``Store.voices`` as that version has it.
DUMP = (
    "import json, sys\n"
    "from hotspot.store.database import Store\n"
    "store = Store(sys.argv[1])\n"
    "print(json.dumps(store.voices(limit=int(sys.argv[2])), ensure_ascii=False, default=str))\n"
)
Item = dict[str, Any]

# -- the judge ----------------------------------------------------------------------

ARTICLES = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "prof", "gen", "sen", "rep", "gov", "lt", "col", "jr", "sr"}
POSSESSIVE_RE = re.compile(r"^(.*?)(?:'s|\u2019s|s'|s\u2019)$")


def _demonyms() -> set[str]:
    """Nationality words: the project's demonym table plus regular derivations of country names."""
    from hotspot.understand.data import load_table

    table = load_table("demonyms", ("demonyms",))["demonyms"]
    words = {w.lower() for w in table}
    try:
        import pycountry

        for country in pycountry.countries:
            name = country.name.split(",")[0].lower()
            for ending in ("n", "an", "ian", "i", "ese"):
                words.add(name + ending)
                words.add(name.rstrip("aeiouy") + ending)
    except ImportError:  # the judge still has the project's table
        pass
    return words


def _countries() -> set[str]:
    """Lower-cased country names and common short names, to tell a country word in an alias."""
    names = {"us", "u.s.", "usa", "uk", "america", "britain", "russia", "china", "eu", "europe"}
    try:
        import pycountry

        for country in pycountry.countries:
            names.add(country.name.lower())
            names.add(country.name.split(",")[0].lower())
            names.add(getattr(country, "common_name", country.name).lower())
    except ImportError:
        pass
    return names


def _is_role(word: str) -> bool:
    from hotspot.understand.speakers.lexicon import is_role_word

    return is_role_word(word)


def is_adjective_voice(name: str, demonyms: set[str]) -> bool:
    """'Republican', 'Indian', 'American': a nationality or an adjective standing alone as a voice."""
    words = name.split()
    if len(words) != 1:
        return False
    word = words[0].lower().strip(".")
    if word in demonyms:
        return True
    return word.endswith(("ic", "ical", "ish", "ese", "ican", "ian"))


def is_country_voice(voice: Item) -> bool:
    return str(voice.get("entity") or "").startswith("country:")


def _name_words(name: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[\w-]+", name)}
    for w in list(words):
        words.update(w.split("-"))
    initials = "".join(w[0] for w in re.findall(r"[\w-]+", name) if w[:1].isupper())
    if len(initials) >= 2:
        words.add(initials.lower())
    return words


PLACE_NOUNS = {"country", "nation", "state", "republic", "kingdom"}
PARTY_WORDS = {"republican", "republicans", "democrat", "democrats", "democratic", "conservative", "labour", "liberal",
               "gop"}



def foreign_alias(alias: str, voice: Item, demonyms: set[str], countries: set[str]) -> str | None:
    """Why ``alias`` is not the voice's own entity, or None when it is (the rule in the docstring)."""
    own = _name_words(voice["name"])
    is_person = str(voice.get("entity") or "").startswith("person:")
    tokens = re.findall(r"[\w.'\u2019&-]+", alias)
    bare = [POSSESSIVE_RE.sub(r"\1", t).strip(".").lower() for t in tokens]
    if not tokens:
        return None
    other_names = any(t[:1].isupper() and b not in own for t, b in zip(tokens, bare, strict=True))
    if any(b in ("and", "or", "&") for b in bare) and (is_person or other_names):
        return "several voices joined by a conjunction"
    for token in tokens[:-1]:
        match = POSSESSIVE_RE.match(token)
        if match and match.group(1).lower().strip(".") in own:
            return f"something of the voice's own ('{token} …')"
    head, head_token = bare[-1], tokens[-1]
    head_ok = (head in own or head.replace(".", "") in own or (_is_role(head) and not (is_person and head.endswith("s")
               and _is_role(head[:-1]))))
    if str(voice.get("entity") or "").startswith("country:") and head in PLACE_NOUNS:
        head_ok = True  # 'the country' for a country
    if not is_person and not head_ok and head_token[:1].isupper():
        head_ok = True  # an organisation's name in another form
    if not head_ok:
        return f"its head '{head_token}' is neither the voice's name nor one role"
    for index, (token, word) in enumerate(zip(tokens[:-1], bare[:-1], strict=True)):
        if not token[:1].isupper() or word in own or word in ARTICLES or word in HONORIFICS:
            continue
        if word in demonyms or word in countries or word in PARTY_WORDS or _is_role(word):
            continue
        if index + 1 < len(bare) and _is_role(bare[index + 1]):
            continue  # a title's qualifier ('Economy Minister')
        if len(word) == 1 or index == 0:
            continue  # a middle initial; a sentence's capitalised first word
        if is_person:
            return f"'{token}' names someone or something else"
    return None


def judge(voices: list[Item], top: int) -> Item:
    """Violations in the top ``top`` voices: adjective/nationality, country, foreign aliases."""
    demonyms, countries = _demonyms(), _countries()
    adjectives = [v["name"] for v in voices[:top] if is_adjective_voice(v["name"], demonyms)]
    country = [v["name"] for v in voices[:top] if is_country_voice(v)]
    foreign = []
    for v in voices[:top]:
        for alias in v.get("aliases") or []:
            why = foreign_alias(alias, v, demonyms, countries)
            if why:
                foreign.append((v["name"], alias, why))
    return {"adjective": adjectives, "country": country, "foreign_aliases": foreign}


# -- the two sides -----------------------------------------------------------------


def build(root: Path, db: Path) -> None:
    """Ingest every input with the code at ``root`` into the SQLite file ``db`` (made anew)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    for folder, options in INPUTS:
        done = codeat.run_python(root, "-m", "hotspot", "ingest", str(folder), "--db", str(db), *options)
        if done.returncode not in (0, 1):
            raise SystemExit(f"ingest of {folder} failed in {root}:\n{done.stderr[-2000:]}")


def dump(root: Path, db: Path, top: int) -> list[Item]:
    done = codeat.run_python(root, "-c", DUMP, str(db), str(top))
    if done.returncode != 0:
        raise SystemExit(f"reading voices failed in {root}:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


def base_voices(commit: str, top: int) -> list[Item]:
    folder = codeat.folder(BENCH, commit)
    cached = folder / f"voices-{top}.json"
    if cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    root = codeat.tree(BENCH, commit)
    db = folder / "store.db"
    if not db.exists():
        build(root, db)
    found = dump(root, db, top)
    cached.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    return found


def work_voices(top: int, keep: Path | None) -> list[Item]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        db = keep / "store.db"
        build(REPO_ROOT, db)
        return dump(REPO_ROOT, db, top)
    with tempfile.TemporaryDirectory(prefix="voices-") as tmp:
        db = Path(tmp) / "store.db"
        build(REPO_ROOT, db)
        return dump(REPO_ROOT, db, top)


def _alias_text(voice: Item) -> str:
    """The aliases as the side reports them: with how each was resolved when the version says."""
    detailed = voice.get("alias_evidence")
    if detailed:
        return "; ".join(f"{a['alias']} [{a['how']}, {a['quotes']}]" for a in detailed)
    return "; ".join(voice.get("aliases") or [])


def print_side(label: str, voices: list[Item], top: int) -> None:
    print(f"\n== {label}: top {top} voices")
    for rank, v in enumerate(voices[:top], 1):
        print(f"{rank:>3}. {v['name']} ({v.get('entity') or '-'}) {v['quotes']} quotes, {v['articles']} articles")
        aliases = _alias_text(v)
        if aliases:
            print(f"       aliases: {aliases[:400]}")


def print_judgement(label: str, verdict: Item) -> int:
    n = len(verdict["adjective"]) + len(verdict["country"]) + len(verdict["foreign_aliases"])
    print(f"\n{label}: adjective/nationality voices {len(verdict['adjective'])} {verdict['adjective']}; "
          f"country voices {len(verdict['country'])} {verdict['country']}; "
          f"foreign aliases {len(verdict['foreign_aliases'])}")
    for name, alias, why in verdict["foreign_aliases"]:
        print(f"    {name} <- {alias!r}: {why}")
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the commit to compare with (e.g. HEAD)")
    parser.add_argument("--top", type=int, default=30, help="how many voices to show and judge")
    parser.add_argument("--json", type=Path, help="write both sides' voices and verdicts here")
    parser.add_argument("--keep", type=Path, help="build the work tree's store in this folder and keep it")
    args = parser.parse_args(argv)
    missing = [folder for folder, _ in INPUTS if not folder.exists()]
    if missing:
        print(f"inputs not found: {', '.join(map(str, missing))}")
        return 1
    commit = codeat.commit_of(args.base)
    base = base_voices(commit, args.top)
    work = work_voices(args.top, args.keep)
    print(f"voices: base {args.base} = {commit[:10]} vs work tree; inputs: "
          + ", ".join(str(folder.relative_to(BENCHMARKS)) for folder, _ in INPUTS))
    print_side(f"base {commit[:10]}", base, args.top)
    print_side("work tree", work, args.top)
    base_verdict, work_verdict = judge(base, args.top), judge(work, args.top)
    print_judgement(f"base {commit[:10]}", base_verdict)
    n = print_judgement("work tree", work_verdict)
    if args.json:
        args.json.write_text(json.dumps({"base": base, "work": work, "base_verdict": base_verdict,
                                         "work_verdict": work_verdict}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0 if n == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
