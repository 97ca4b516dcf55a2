"""Narratives on a store of real news (issue 16): how many span two or more outlets, and what to check by hand.

Usage: ``python bench/narratives_store.py [--data DIR] [--db FILE] [--top 20]``

The English and Russian texts of ``../shared/benchmarks/realnews_dev`` (measuring only: nothing is kept
in the project) are ingested by ``hotspot ingest`` into a new SQLite file, as a user would, with the
settings as they are (narratives on). Printed: articles, claims, narratives with claims; how many
narratives span two or more outlets, articles and languages; then, for a hand check, every narrative of
two or more articles and the ``--top`` narratives ranked by growth (``hotspot narratives``' order), each
with its claims' stance, holder and first words. Whether a narrative is coherent (its claims say one
thing, or one thing and its denial) is judged by reading them: the script does not score it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from hotspot.store import Store  # noqa: E402
from hotspot.store import narratives as stored  # noqa: E402

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "benchmarks" / "realnews_dev"
SHOWN = 4  # claims printed per narrative


def inputs(data: Path) -> list[str]:
    """The article files: English pages and opinion pieces, Russian news and Wikinews texts (not the .ann files)."""
    found = [data / "en" / "html", data / "en" / "opinion", data / "ru" / "news"]
    return [str(p) for p in found if p.is_dir()] + sorted(str(p) for p in (data / "ru" / "wikinews").glob("*.txt"))


def show(conn: object, narrative_id: int) -> None:
    found = stored.narrative(conn, narrative_id)  # type: ignore[arg-type]
    if found is None:
        return
    print(f"  narrative {narrative_id}: {found['claims']} claims, {found['articles']} articles, {found['outlets']} outlets, "
          f"{found['languages']} languages")
    for claim in found["claims_list"][:SHOWN]:
        core = " ".join(str(claim["core"]).split())
        print(f"    {claim['stance']:9} {str(claim['holder'] or '-')[:24]:24} {claim['site_name'] or '-':16.16} {core[:100]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--db", type=Path, default=None, help="keep the store here (default: a temporary file)")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="narratives_store_") as tmp:
        db = args.db or Path(tmp) / "realnews.db"
        hotspot = Path(sys.executable).with_name("hotspot")
        subprocess.run([str(hotspot), "ingest", *inputs(args.data), "--db", str(db)], check=True, stdout=subprocess.DEVNULL)
        store = Store(f"sqlite:///{db}")
        with store.engine.connect() as conn:
            rows = stored.ranked(conn, limit=1_000_000)
            articles = len(list(store.iter_articles()))
            print(f"{articles} articles, {sum(r['claims'] for r in rows)} claims, {len(rows)} narratives")
            for field in ("outlets", "articles", "languages"):
                print(f"narratives in two or more {field}: {sum(1 for r in rows if r[field] >= 2)}")
            print("\nevery narrative of two or more articles:")
            for row in sorted((r for r in rows if r["articles"] >= 2), key=lambda r: (-r["articles"], -r["claims"])):
                show(conn, row["id"])
            print(f"\nthe top {args.top} by growth:")
            for row in rows[: args.top]:
                show(conn, row["id"])
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
