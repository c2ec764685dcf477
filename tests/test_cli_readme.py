"""The README's command list names every command the command line has."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from careerjournal.cli import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"


def test_the_readme_lists_every_command() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Command line") :]
    listed = set(re.findall(r"^careerjournal ([a-z-]+)", section, flags=re.MULTILINE))
    (commands,) = (a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) <= listed
