from pathlib import Path

import pytest

from hotspot import settings
from hotspot.errors import ConfigurationError

REPO_ROOT = Path(__file__).resolve().parent.parent


def test_every_setting_is_documented_in_the_readme():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert settings.markdown_table() in readme, "regenerate with: hotspot settings --markdown"


def test_default_applies_without_overrides(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HOTSPOT_DB", raising=False)
    assert settings.get("db") == "sqlite:///hotspot.db"


def test_environment_beats_config_file_and_override_beats_both(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "hotspot.toml").write_text('[hotspot]\nbatch_size = 8\ndb = "sqlite:///file.db"\n')
    monkeypatch.delenv("HOTSPOT_DB", raising=False)
    assert settings.get("batch_size") == 8
    monkeypatch.setenv("HOTSPOT_BATCH_SIZE", "4")
    assert settings.get("batch_size") == 4
    assert settings.get("db") == "sqlite:///file.db"
    assert settings.get("db", "sqlite:///cli.db") == "sqlite:///cli.db"


def test_unknown_setting_in_config_file_is_an_error(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "hotspot.toml").write_text("[hotspot]\nbatch_sise = 8\n")
    with pytest.raises(ConfigurationError, match="H001"):
        settings.get("batch_size")
