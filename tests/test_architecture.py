"""The shape of the code, checked on every run (docs/architecture.md explains the rules).

- The sub-packages of ``careerjournal`` import each other without a cycle.
- Qt is imported only inside ``careerjournal/ui/``; outside it, only the app entry
  (``cli/gui.py``) reaches into ``ui``.
- No source file grows past about 400 lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "careerjournal"

# About 400: the slack keeps a docstring or two from failing the build.
MAX_LINES = 420
# Files allowed over the limit, each with the reason and who takes it off the list.
TOO_LONG_FOR_NOW: set[str] = set()
# Modules outside ui/ that may import careerjournal.ui: the app entry point.
# The command line reads the language chosen in the app from Qt's settings (QtCore only).
UI_ENTRY = {"careerjournal/cli/gui.py", "careerjournal/cli/language.py"}
QT_MODULES = ("PySide6", "shiboken6")


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _imports(path: Path) -> set[str]:
    """Every absolute module name the file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _subpackage(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0].removesuffix(".py")


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in _modules():
        source = _subpackage(path)
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "careerjournal" and len(parts) > 1 and parts[1] != source:
                graph.setdefault(source, set()).add(parts[1])
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path of sub-packages, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt, [*path, nxt])):
                return found
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start, [start])):
            return found
    return None


def test_sub_packages_import_each_other_without_a_cycle() -> None:
    cycle = _cycle(_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_qt_is_imported_only_inside_ui() -> None:
    offenders = []
    for path in _modules():
        rel = _rel(path)
        if rel.startswith("careerjournal/ui/"):
            continue
        may_use_ui = rel in UI_ENTRY
        for name in _imports(path):
            is_qt = name.split(".")[0] in QT_MODULES
            if is_qt or (name.startswith("careerjournal.ui") and not may_use_ui):
                offenders.append(f"{rel} imports {name}")
    assert not offenders


@pytest.mark.parametrize("folder", ["careerjournal", "tests", "bench", "docs"])
def test_no_file_is_over_about_400_lines(folder: str) -> None:
    too_long = {
        _rel(path): count
        for path in sorted((ROOT / folder).rglob("*.py"))
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
        and _rel(path) not in TOO_LONG_FOR_NOW
    }
    assert not too_long, f"split these (limit {MAX_LINES} lines): {too_long}"


def test_the_allow_lists_name_real_files() -> None:
    for rel in TOO_LONG_FOR_NOW | UI_ENTRY:
        assert (ROOT / rel).is_file(), f"{rel} is gone: take it off the allow-list"


def test_tests_share_helpers_only_through_tests_helpers() -> None:
    """Test modules import shared code from tests/helpers/, not from conftest or each other."""
    offenders = [
        f"{_rel(path)} imports {name}"
        for path in sorted((ROOT / "tests").glob("test_*.py"))
        for name in _imports(path)
        if name == "tests.conftest" or name.startswith("tests.test_")
    ]
    assert not offenders


def test_export_renders_documents_and_knows_no_feature() -> None:
    """Features build Documents (plan/document.py, share/content.py); export/ only renders."""
    allowed = {"export", "vault", "resources", "wording", "json_depth"}
    used = _graph().get("export", set())
    assert used <= allowed, f"export/ imports {sorted(used - allowed)}"


def test_pages_get_their_stores_and_never_build_one() -> None:
    """ui/shell/stores.py makes the stores once per unlock; no other ui module builds one."""
    made_by = ROOT / "careerjournal/ui/shell/stores.py"
    builds = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        if path == made_by:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                name = node.func.id
                if name.endswith("Store") or name in ("ShareHistory", "SessionDraft"):
                    builds.append(f"{_rel(path)}:{node.lineno} {name}(...)")
    assert not builds
