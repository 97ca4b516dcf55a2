"""``hotspot --help`` and every command's help: each option explained, nothing eaten by markup, old names kept."""

from typing import Any

import pytest
import typer
from rich.text import Text

from hotspot.cli import app


def _commands() -> list[tuple[list[str], Any]]:
    """Every command as its words on the command line (``["db", "current"]``), groups included."""
    found: list[tuple[list[str], Any]] = []

    def walk(words: list[str], command: Any) -> None:  # typer's own copy of click's Command and Group
        found.append((words, command))
        for name, sub in getattr(command, "commands", {}).items():
            walk([*words, name], sub)

    walk([], typer.main.get_command(app))
    return found


COMMANDS = _commands()


@pytest.mark.parametrize(("words", "command"), COMMANDS, ids=[" ".join(w) or "hotspot" for w, _ in COMMANDS])
def test_every_command_explains_itself_and_every_option(runner, words, command):
    result = runner.invoke(app, [*words, "--help"])
    assert result.exit_code == 0, result.output
    assert (command.help or "").strip(), f"hotspot {' '.join(words)} has no help"
    unexplained = [p.name for p in command.params if not (getattr(p, "help", None) or "").strip()]
    assert not unexplained, f"hotspot {' '.join(words)}: options without help: {unexplained}"


@pytest.mark.parametrize(("words", "command"), COMMANDS, ids=[" ".join(w) or "hotspot" for w, _ in COMMANDS])
def test_no_help_text_is_eaten_as_markup(words, command):
    # Help is rendered as Rich markup: "[env HOTSPOT_ENGINE; default local]" unescaped is a tag, and vanishes.
    texts = [command.help or ""] + [getattr(p, "help", None) or "" for p in command.params]
    for text in texts:
        assert Text.from_markup(text).plain == text.replace("\\[", "["), text
        assert "``" not in text, f"reStructuredText quotes show as they are: {text!r}"


def test_top_level_help_lists_every_command_with_its_summary(runner):
    result = runner.invoke(app, ["--help"])
    for name in ("ingest", "analyze", "watch", "reanalyze", "search", "show", "export", "quotes", "voices", "stats",
                 "report", "serve", "settings", "db"):
        assert f" {name} " in result.stdout


def _option_names(words: list[str]) -> set[str]:
    command = {" ".join(w): c for w, c in COMMANDS}[" ".join(words)]
    return {name for p in command.params for name in p.opts}


def test_the_outlet_options_keep_their_old_name():
    for words in (["ingest"], ["analyze"], ["search"]):
        assert {"--outlet", "--site"} <= _option_names(words)


def test_list_commands_share_their_paging_and_format_options():
    for words in (["search"], ["quotes"]):
        assert {"--limit", "--offset", "--format", "-f", "--db"} <= _option_names(words)
    assert {"--limit", "--format", "-f", "--db"} <= _option_names(["voices"])
