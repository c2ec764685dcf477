"""Honest reading of a set of scores: bands, flat and low profiles, ties, trend and care.

A profile (the dimensions of a scale, the rows of a matrix) is judged against the
scale's own bands, not only against itself, so a low score is never called high,
equal scores stay equal, and answers that are all about the same are said to be so.
The rules are those of ``docs/exercise-format.md``, "Reading scores honestly".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from careerjournal.exercises.model import Band, Level

EPSILON = 1e-6  # scores closer than this are equal (means such as 10/3)
EarlierOutcome = tuple[int, Mapping[str, Any]]  # (exercise version, this result's outcome)


def band_of(bands: Sequence[Band], value: float) -> Band:
    """The band ``value`` lies in; bands are ordered low to high, the last runs to the top."""
    for band in bands:
        if band.upto is None or value <= band.upto + EPSILON:
            return band
    return bands[-1]


def same(a: float, b: float) -> bool:
    return abs(a - b) < EPSILON


def top_with_ties(ranked: list[str], scores: Mapping[str, float], count: int) -> list[str]:
    """The first ``count`` of ``ranked``, and every later one that ties with the last of them."""
    if len(ranked) <= count:
        return ranked
    cutoff = scores[ranked[count - 1]]
    return [d for d in ranked if scores[d] >= cutoff - EPSILON]


def tie_groups(ids: Sequence[str], scores: Mapping[str, float]) -> list[list[str]]:
    """``ids`` (ranked) in runs of equal score, so a tie can be named as one."""
    groups: list[list[str]] = []
    for item in ids:
        if groups and same(scores[groups[-1][0]], scores[item]):
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


@dataclass(frozen=True)
class Scale:
    """The scale scores are read on: its ends, its bands, and what counts as flat."""

    low: int
    high: int
    bands: tuple[Band, ...]
    flat_within: float | None = None

    @property
    def flat_spread(self) -> float:
        """How far apart the scores may lie and still be flat: an eighth of the scale."""
        return self.flat_within if self.flat_within is not None else (self.high - self.low) / 8


def judge(
    scores: Mapping[str, float],
    means: Mapping[str, float],
    scale: Scale,
    *,
    top: int,
    letters: Mapping[str, str] | None = None,
    code_letters: int = 0,
) -> dict[str, Any]:
    """The honest outline of a profile, as JSON: shape, top, first, code, overall level.

    ``scores`` (mean or sum) rank; ``means`` (per item, on the scale) are banded.
    ``scores`` is in declared order, which breaks no ties but orders them.
    """
    ranked = sorted(scores, key=lambda d: -scores[d])
    overall = sum(means.values()) / len(means) if means else None
    level: Level | None = band_of(scale.bands, overall).level if overall is not None else None
    spread = max(means.values()) - min(means.values()) if means else 0.0
    flat = len(means) >= 2 and spread <= scale.flat_spread + EPSILON
    above_low = [d for d in ranked if band_of(scale.bands, means[d]).level != "low"]
    chosen = top_with_ties(above_low, scores, top)
    code, tied = "", False
    if code_letters and letters is not None:
        window = ranked[: code_letters + 1]
        tied = any(same(scores[a], scores[b]) for a, b in zip(window, window[1:], strict=False))
        if not tied and len(ranked) >= code_letters:
            code = "".join(letters.get(d, "") for d in ranked[:code_letters])
    if not means:
        shape = "empty"
    elif flat:
        all_low = all(band_of(scale.bands, m).level == "low" for m in means.values())
        shape = "low" if all_low else "flat"
    elif not above_low:
        shape = "low"
    else:
        shape = "tied" if tied else "clear"
    if shape in ("flat", "low"):
        chosen, code = [], ""
    first = None
    if chosen and (len(chosen) == 1 or not same(scores[chosen[0]], scores[chosen[1]])):
        first = chosen[0]
    return {
        "shape": shape,
        "top": chosen,
        "first": first,
        "code": code,
        "overall": overall,
        "level": level,
    }


def follow(
    outline: dict[str, Any],
    means: Mapping[str, float],
    scale: Scale,
    version: int,
    earlier: Sequence[EarlierOutcome],
) -> dict[str, Any]:
    """Add to ``outline`` how it moved: the overall means of the last runs, band changes,
    and how many runs in a row (this one included) were low overall.

    ``earlier`` holds the outcomes of this result in earlier runs, newest first; the
    trend only compares runs of the same ``version``, the low streak counts any.
    """
    comparable = [o for v, o in earlier if v == version]
    trend = [o["overall"] for o in comparable[:2] if isinstance(o.get("overall"), int | float)]
    moved: dict[str, list[str]] = {}
    if comparable:
        before = comparable[0].get("means")
        before = before if isinstance(before, Mapping) else {}
        for key, mean in means.items():
            old = before.get(key)
            if isinstance(old, int | float):
                was, now = band_of(scale.bands, old).level, band_of(scale.bands, mean).level
                if was != now:
                    moved[key] = [was, now]
    streak = 0
    if outline.get("level") == "low":
        streak = 1
        for _, outcome in earlier:
            if outcome.get("level") != "low":
                break
            streak += 1
    return {**outline, "trend": trend, "moved": moved, "low_streak": streak}
