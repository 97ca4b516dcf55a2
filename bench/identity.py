"""Prove that a refactoring changed nothing: ``hotspot analyze --format jsonl``, byte for byte.

Usage::

    python bench/identity.py --base REV        # analyse with REV's code and with the work tree, compare
    python bench/identity.py --base REV --only samples

For each input set the records of the work tree are compared with the records
of the code at ``REV`` (a commit, unpacked with ``git archive`` into a
temporary folder and run with the same interpreter and installed packages, so
the only difference is the project's own code; ``bench/codeat.py`` says how).
The base output is kept under ``$TMPDIR/hotspot-identity/<commit>/`` and
reused, since a commit's code does not change.

The input sets (the issue that asked for this names them):

- ``samples``: ``../shared/samples`` (two page-text copies);
- ``zyte``: the 181 HTML pages of ``../shared/benchmarks/extraction_zyte/html``;
- ``polnear``: the 84 texts of ``../shared/benchmarks/polnear_dev/text``, read
  with ``--clean-text`` as ``bench/quotes.py`` reads them.

Each set runs as one ``analyze`` process, so the model loads once per set and
side. Exit status 0 when every set is identical; 1 and the first differing
line otherwise. Nothing is stored and nothing is downloaded.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import codeat  # beside this script

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"
SETS: dict[str, tuple[Path, list[str]]] = {
    "samples": (SHARED / "samples", []),
    "zyte": (SHARED / "benchmarks" / "extraction_zyte" / "html", []),
    "polnear": (SHARED / "benchmarks" / "polnear_dev" / "text", ["--clean-text"]),
}


def _analyze(code_root: Path, inputs: Path, options: list[str]) -> bytes:
    """Run ``python -m hotspot analyze`` with the package found first at ``code_root``."""
    done = codeat.run_python(code_root, "-m", "hotspot", "analyze", str(inputs), "--format", "jsonl", *options, text=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"analyze failed in {code_root}:\n{done.stderr.decode(errors='replace')[-2000:]}")
    return done.stdout


def _base_output(commit: str, name: str, inputs: Path, options: list[str]) -> bytes:
    cached = codeat.folder("identity", commit) / f"{name}.jsonl"
    if cached.exists():
        return cached.read_bytes()
    output = _analyze(codeat.tree("identity", commit), inputs, options)
    cached.write_bytes(output)
    return output


def _first_difference(before: bytes, after: bytes) -> str:
    old, new = before.splitlines(), after.splitlines()
    for number, (a, b) in enumerate(zip(old, new, strict=False), 1):
        if a != b:
            at = next(i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y) if a[:len(b)] != b[:len(a)] else min(len(a), len(b))
            return (f"line {number}, byte {at}:\n  before …{a[max(0, at - 120):at + 200].decode(errors='replace')}\n"
                    f"  after  …{b[max(0, at - 120):at + 200].decode(errors='replace')}")
    return f"{len(old)} lines before, {len(new)} after"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the commit to compare with (e.g. HEAD, or the commit before a refactoring)")
    parser.add_argument("--only", choices=sorted(SETS), action="append", help="run only these sets")
    args = parser.parse_args(argv)
    commit = codeat.commit_of(args.base)
    same = True
    for name in args.only or list(SETS):
        inputs, options = SETS[name]
        if not inputs.exists():
            print(f"{name}: {inputs} not found, not compared")
            same = False
            continue
        before = _base_output(commit, name, inputs, options)
        after = _analyze(REPO_ROOT, inputs, options)
        records = before.count(b"\n")
        if before == after:
            print(f"{name}: identical ({records} records, {len(after):,} bytes) against {commit[:10]}")
        else:
            same = False
            print(f"{name}: DIFFERENT against {commit[:10]}: {_first_difference(before, after)}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
