"""The package reader under fuzzing, with a small fixed seed (``make fuzz`` runs 1,000+).

Mutated content and damaged bytes of a valid encrypted package, each read in a
worker process within 5 s and 500 MB, and printed as PDF if it opened: no hang,
no traceback, nothing but the package error family with a one-line message.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.helpers import fuzz_runner, package_fuzz

SEED = 20261127
COUNT = 80


def test_mutated_and_damaged_packages(tmp_path: Path) -> None:
    cases = package_fuzz.generate(tmp_path, COUNT, SEED, with_crafted=False)
    outcomes = fuzz_runner.run(cases, render_timeout=60)
    problems = [(o.name, o.problem(500)) for o in outcomes if o.problem(500)]
    assert not problems
    assert len(outcomes) == COUNT
    results = Counter(o.error or o.result for o in outcomes)
    # The mix reaches every layer: decryption, damage, and the parser's checks.
    assert {"PackageInvalid", "VaultDamaged", "opened"} <= set(results), results
