"""The README's first lines are the commands a newcomer runs; CI runs the same test command."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    """The commands in the README's first code block."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", text, re.DOTALL)
    assert block, "README.md has no code block"
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_serve_and_test_commands():
    commands = readme_commands()
    assert len(commands) == 2
    serve, test = commands
    assert serve.startswith("python3 ") and "mkdocs serve" in serve
    assert test.startswith("python3 ") and "pytest" in test


def test_ci_runs_the_readme_test_command_word_for_word():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    test_command = readme_commands()[1]
    assert test_command in [line.strip() for line in ci.splitlines()]
