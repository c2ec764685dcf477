"""A process that reads packages one by one for the fuzz harness, inside a memory limit.

    python -m tests.helpers.fuzz_worker MEMORY_MB

It reads one JSON request per line on stdin (``{"path": ..., "render": true}``)
and answers with one JSON line per step: the read, then, if the package opened
and rendering was asked for, Print as PDF's rendering. Only the package error
family (:class:`careerjournal.vault.VaultError`) counts as a refusal; anything
else is reported with its traceback. The address-space limit turns any attempt
to use more than MEMORY_MB into a MemoryError (or the end of the process).
"""

from __future__ import annotations

import functools
import json
import resource
import sys
import traceback
from pathlib import Path
from typing import Any


def _limit_memory(megabytes: int) -> None:
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _answer(outcome: dict[str, Any]) -> None:
    outcome["rss_mb"] = _peak_mb()
    sys.stdout.write(json.dumps(outcome) + "\n")
    sys.stdout.flush()


def main(megabytes: int) -> None:
    _limit_memory(megabytes)
    from careerjournal.export.package import read_package
    from careerjournal.export.pdf import render_pdf
    from careerjournal.vault import VaultError, kdf
    from tests.helpers.package_fuzz import PASSPHRASE

    # The same derivation, remembered: crafted packages share one salt.
    kdf.derive_key = functools.lru_cache(maxsize=64)(kdf.derive_key)
    _answer({"result": "ready"})
    for line in sys.stdin:
        request = json.loads(line)
        try:
            package = read_package(Path(request["path"]), PASSPHRASE)
        except VaultError as error:
            _answer({"result": "refused", "error": type(error).__name__, "message": str(error)})
            continue
        except BaseException:
            _answer({"result": "crashed", "detail": traceback.format_exc()})
            continue
        _answer({"result": "opened", "blocks": len(package.document.blocks)})
        if request.get("render"):
            try:
                render_pdf(package.document)
            except BaseException:
                _answer({"result": "crashed", "detail": "rendering: " + traceback.format_exc()})
            else:
                _answer({"result": "rendered"})


if __name__ == "__main__":
    main(int(sys.argv[1]))
