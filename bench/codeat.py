"""The project's code as of a commit, run in a subprocess beside the work tree's.

Why: a benchmark says most when it runs the same measurement on two versions of
the code, a base commit and the work tree, so every benchmark can print
"previous version | work tree" in one run. The only thing that may differ
between the two sides is the project's own code: both run with this
interpreter and its installed packages, on the same inputs, in a subprocess
whose ``PYTHONPATH`` is that side's root, with ``PYTHONHASHSEED=0`` and
OpenMP/OpenBLAS/MKL at one thread, after a probe has checked that ``import
hotspot`` really finds that root's package (not an installed copy).

A commit's code is a ``git archive`` of its ``hotspot/`` and ``bench/`` folders,
unpacked once into ``$TMPDIR/hotspot-<bench>/<commit>/tree``: nothing is written
into the repository's ``.git`` and there is no worktree to keep track of. A
commit's code never changes, so that folder (``folder(bench, commit)``) is also
where a benchmark caches the base side's results.

Used by ``identity.py``, ``geoparsing.py``, ``realnews_events.py``, ``realnews_ru.py`` and
``realnews_quotes.py``; import it as ``import codeat`` (a script's own folder is first on ``sys.path``).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import types
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
ARCHIVED = ("hotspot", "bench")  # what a commit's tree holds: the package, and the benchmarks some scripts run there
PROBE = "import hotspot, sys; sys.stdout.write(hotspot.__file__)"

_probed: set[Path] = set()


def git(*args: str) -> str:
    """``git -C REPO_ROOT *args``, its output stripped; fails on a non-zero exit."""
    return subprocess.run(["git", "-C", str(REPO_ROOT), *args], check=True, capture_output=True, text=True).stdout.strip()


def commit_of(rev: str) -> str:
    """The full commit id ``rev`` names (a branch, tag, ``HEAD``, ``HEAD~2``, a short id...)."""
    return git("rev-parse", "--verify", f"{rev}^{{commit}}")


def folder(bench: str, commit: str) -> Path:
    """``$TMPDIR/hotspot-<bench>/<commit>``: the commit's tree and the benchmark's cached base results."""
    return Path(tempfile.gettempdir()) / f"hotspot-{bench}" / commit


def tree(bench: str, commit: str) -> Path:
    """The code of ``commit`` (its ``hotspot/`` and ``bench/``), unpacked under ``folder(bench, commit)`` once."""
    target = folder(bench, commit) / "tree"
    if (target / "hotspot").is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    present = git("ls-tree", "--name-only", commit, "--", *ARCHIVED).split()
    archive = subprocess.run(["git", "-C", str(REPO_ROOT), "archive", "--format=tar", commit, "--", *present],
                             check=True, capture_output=True).stdout
    # unpacked beside the target and renamed, so an interrupted run never leaves half a tree in place
    partial = Path(tempfile.mkdtemp(prefix="tree-", dir=target.parent))
    try:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(partial, filter="data")
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    if target.exists():
        shutil.rmtree(target)  # an older, incomplete tree
    partial.rename(target)
    return target


def environment(root: Path) -> dict[str, str]:
    """This process's environment with ``root`` as ``PYTHONPATH``, a fixed hash seed and one thread per numeric library."""
    return dict(os.environ, PYTHONPATH=str(root), PYTHONHASHSEED="0", OMP_NUM_THREADS="1",
                OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")


def probe(root: Path) -> None:
    """Stop unless ``import hotspot`` finds the package under ``root`` in the environment a side runs in (once per root)."""
    if root in _probed:
        return
    found = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, text=True,
                           env=environment(root), cwd=root).stdout
    if not Path(found).resolve().is_relative_to(root.resolve()):
        raise SystemExit(f"hotspot imported from {found}, not from {root}")
    _probed.add(root)


def run_python(root: Path, *args: str, text: bool = True) -> subprocess.CompletedProcess:
    """``python *args`` (this interpreter) on the code of ``root``, in ``root``, output captured; the caller reads the exit status."""
    probe(root)
    return subprocess.run([sys.executable, *args], capture_output=True, text=text, env=environment(root), cwd=root)


def import_hotspot(code_root: Path, script_dir: Path) -> types.ModuleType:
    """Inside a side's subprocess: ``import hotspot`` from ``code_root``, with the script's own folder (``bench/``)
    taken off ``sys.path`` first so it shadows nothing; stops when the package comes from anywhere else."""
    if sys.path and Path(sys.path[0] or ".").resolve() == script_dir:
        sys.path.pop(0)
    import hotspot

    if not Path(hotspot.__file__).resolve().is_relative_to(code_root.resolve()):
        raise SystemExit(f"hotspot imported from {hotspot.__file__}, not from {code_root}")
    return hotspot
