"""A whole session of the app, with the network cut off by the kernel and every socket traced.

Python-level guards cannot see Qt's own sockets, so this runs the real app in a
fresh network namespace (``unshare -rn``: no interfaces but a loopback that is
down) under ``strace``, and checks that the only sockets ever made are local
(AF_UNIX: the X/Wayland display, D-Bus and the like).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SESSION = textwrap.dedent(
    """
    import sys
    from datetime import date
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from careerjournal.ui.app import build_main_window
    from careerjournal.journal import JournalStore
    from careerjournal.journal.model import Entry
    from careerjournal.plan.printout import export_plan_command
    from tests.helpers.driver import create_vault, unlock

    folder = Path(sys.argv[1])
    app = QApplication([])
    window = build_main_window(app, folder / "vault.cjv", "nl")
    window.show()
    create_vault(window, "een wachtwoordzin voor de test")
    JournalStore(window.session.vault).add(Entry(date.today(), "Vandaag", "Een lange dag."))
    for row in range(window.workspace.nav.count()):
        window.workspace.nav.setCurrentRow(row)
        app.processEvents()
    window.lock()
    unlock(window, "een wachtwoordzin voor de test")
    app.processEvents()
    window.close()
    export_plan_command(folder / "plan.pdf", folder / "vault.cjv", "een wachtwoordzin voor de test", "nl")
    print("SESSION DONE")
    """
)


def _available(*command: str) -> bool:
    return (
        shutil.which(command[0]) is not None
        and subprocess.run(command, capture_output=True).returncode == 0
    )


@pytest.mark.slow
@pytest.mark.skipif(not _available("unshare", "-rn", "true"), reason="needs unshare -rn")
@pytest.mark.skipif(not shutil.which("strace"), reason="needs strace")
def test_whole_session_without_network_makes_only_local_sockets(tmp_path: Path) -> None:
    trace = tmp_path / "trace"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [
            "unshare",
            "-rn",
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect,sendto,bind",
            "-o",
            str(trace),
            sys.executable,
            "-c",
            SESSION,
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        cwd=tmp_path,
    )
    assert "SESSION DONE" in result.stdout, result.stderr[-3000:]
    calls = trace.read_text()
    families = set(re.findall(r"socket\((AF_\w+)", calls))
    assert families <= {"AF_UNIX"}, f"non-local sockets: {families}\n{calls[:2000]}"
    assert "AF_INET" not in calls and "AF_INET6" not in calls
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
