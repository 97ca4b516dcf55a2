"""The error catalogue: every code defined once, documented in the README, and used as it is defined."""

import ast
import re
from pathlib import Path

import pytest

from hotspot import errors
from hotspot.errors import ERRORS, message

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = REPO_ROOT / "hotspot"
CODE = re.compile(r"H\d{3}")


def _readme_rows() -> list[list[str]]:
    """The codes of each row of the README's error table ("| H010, H011 | ... |" names two)."""
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Error codes", 1)[1].split("\n## ", 1)[0]
    return [CODE.findall(line.split("|")[1]) for line in section.splitlines() if re.match(r"\| H\d{3}", line)]


def _catalogue_keys() -> list[str]:
    """The keys of the ERRORS literal as written: a key written twice would silently keep only the last."""
    tree = ast.parse(Path(errors.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "ERRORS":
            assert isinstance(node.value, ast.Dict)
            return [key.value for key in node.value.keys if isinstance(key, ast.Constant)]
    raise AssertionError("hotspot/errors.py has no ERRORS literal")


def _sources() -> dict[Path, str]:
    """Hotspot's code and page templates, the catalogue itself left out."""
    paths = (p for p in sorted(PACKAGE.rglob("*")) if p.suffix in (".py", ".html", ".js") and p.name != "errors.py")
    return {path: path.read_text(encoding="utf-8") for path in paths}


def test_readme_error_table_and_catalogue_hold_the_same_codes():
    documented = [code for row in _readme_rows() for code in row]
    assert sorted(documented) == sorted(ERRORS), "README's error table and hotspot/errors.py must list the same codes"


def test_no_code_is_defined_twice():
    keys = _catalogue_keys()
    assert len(keys) == len(set(keys)) == len(ERRORS)
    documented = [code for row in _readme_rows() for code in row]
    assert len(documented) == len(set(documented)), "a code has two rows in the README's error table"


def test_every_code_literal_left_in_the_source_is_catalogued():
    unknown = {
        f"{path.relative_to(REPO_ROOT)}: {code}"
        for path, text in _sources().items()
        for code in re.findall(r"\[(H\d{3})\]", text)
        if code not in ERRORS
    }
    assert not unknown


def test_every_catalogued_code_is_used():
    used = {code for text in _sources().values() for code in CODE.findall(text)}
    assert set(ERRORS) <= used, f"unused codes: {sorted(set(ERRORS) - used)}"


def test_templates_carry_no_code_of_their_own():
    assert not [code for code, template in ERRORS.items() if CODE.search(template)]


def test_message_formats_the_fields_after_the_code():
    assert message("H013") == "[H013] empty input"
    assert message("H011", limit=20_000_000) == "[H011] decompressed size exceeds the limit of 20,000,000 bytes"
    assert message("H050", country="Atlantis", hint="give a name or an ISO code") == (
        "[H050] unknown country 'Atlantis': give a name or an ISO code"
    )


def test_message_refuses_an_unknown_code():
    with pytest.raises(KeyError, match="H999"):
        message("H999")


def test_message_refuses_missing_or_unknown_fields():
    with pytest.raises(TypeError, match="H011"):
        message("H011")
    with pytest.raises(TypeError, match="H013"):
        message("H013", limit=1)
