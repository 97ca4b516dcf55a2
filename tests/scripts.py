"""Load a script of ``bench/`` or ``train/`` as a module, for tests of its pure functions.

The scripts are run as files, not installed: each imports its siblings by bare name (``import codeat``), and a
dataclass looks its module up in ``sys.modules``, so the folder is on the path while it loads and the module is
registered under ``name``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO_ROOT = Path(__file__).resolve().parents[1]


def load_script(relative: str, name: str) -> ModuleType:
    """The script at ``relative`` (to the repository root, e.g. ``bench/realnews_ru.py``), loaded as module ``name``."""
    path = REPO_ROOT / relative
    folder = str(path.parent)
    sys.path.insert(0, folder)
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(folder)
    return module
