"""Reads the ``[[results]]`` and ``[[suggestions]]`` of an exercise file.

Each result kind reads certain step kinds and may use certain placeholders in
its texts; both are checked here, so a misspelt ``{tpo}`` is reported instead
of being shown to the user.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from careerjournal.exercises.model import (
    METHODS,
    RESULT_KINDS,
    SECTIONS,
    CardSortStep,
    Dimension,
    ListStep,
    MatrixStep,
    PickStep,
    RankStep,
    ResultKind,
    ResultSpec,
    ScaleStep,
    Step,
    Suggestion,
    Text,
    default_top_count,
    scored_dimensions,
)
from careerjournal.exercises.step_reader import StepReader
from careerjournal.exercises.toml_table import Table, listing

# Which step kinds each result kind reads, and which placeholders its texts may use.
READS: dict[ResultKind, tuple[str, ...]] = {
    "scale_profile": ("scale",),
    "matrix_profile": ("matrix",),
    "gap": ("matrix",),
    "top_items": ("cardsort", "rank"),
    "list_extremes": ("list",),
    "count": ("list", "reflection"),
    "choice": ("choice", "pick"),
    "synthesis": ("synthesis",),
}
PLACEHOLDERS: dict[ResultKind, tuple[str, ...]] = {
    "scale_profile": ("top", "names", "first", "code", "readings", "scores", "trend"),
    "matrix_profile": ("top", "names", "first", "scores", "trend"),
    "gap": ("gaps", "first", "count", "matches"),
    "top_items": ("top", "first", "count"),
    "list_extremes": ("high", "low", "count", "mean"),
    "count": ("count",),
    "choice": ("choice", "first"),
    "synthesis": ("page", "count"),
}
# What a synthesis source takes from a result when it names no ``value``.
MAIN_PLACEHOLDER: dict[ResultKind, str] = {
    "scale_profile": "names",
    "matrix_profile": "names",
    "gap": "gaps",
    "top_items": "top",
    "list_extremes": "high",
    "count": "count",
    "choice": "choice",
    "synthesis": "page",
}
_PROFILES: tuple[ResultKind, ...] = ("scale_profile", "matrix_profile")
# The optional texts besides the summary, and the result kinds that have them.
_VARIANTS: dict[str, tuple[ResultKind, ...]] = {
    "flat": (*_PROFILES, "gap", "list_extremes"),
    "low": _PROFILES,
    "tied": ("scale_profile",),
    "care": _PROFILES,
}


def variant_placeholders(kind: ResultKind, variant: str) -> tuple[str, ...]:
    """The placeholders the optional text ``variant`` of a ``kind`` result may use.

    A flat or low profile names no top, code or readings: there is none to name.
    """
    if variant == "tied":
        return tuple(p for p in PLACEHOLDERS[kind] if p != "code")
    if variant == "care":
        return ()
    quiet = {"gap": ("count", "matches"), "list_extremes": ("count", "mean")}
    return quiet.get(kind, ("scores", "band", "trend"))


class ResultReader:
    """Reads results against the steps and dimensions already read."""

    def __init__(self, steps: StepReader) -> None:
        self.reader = steps
        self.results: list[ResultSpec] = []
        self._options: dict[ResultKind, Callable[[Table, ResultSpec, Step | None], ResultSpec]] = {
            "scale_profile": self.profile_options,
            "matrix_profile": self.matrix_options,
            "gap": self.gap_options,
            "top_items": self.top_options,
            "list_extremes": self.extremes_options,
        }

    @property
    def dimensions(self) -> tuple[Dimension, ...]:
        return self.reader.dimensions

    def result(self, t: Table) -> ResultSpec | None:
        result_id, kind = t.string("id"), t.one_of("kind", RESULT_KINDS)
        title, summary, insight = t.text("title"), t.text("summary"), t.optional_text("insight")
        if kind is None:
            return None
        step = self.reader.step_ref(t, "step", READS[kind], earlier=False)
        spec = ResultSpec(result_id, kind, step.id if step else "", title, summary, insight)
        options = self._options.get(kind)
        if options is not None:
            spec = options(t, spec, step)
        allowed = tuple(p for p in PLACEHOLDERS[kind] if p != "code" or spec.code_letters)
        t.check_placeholders("summary", summary, allowed)
        if insight is not None:
            t.check_placeholders("insight", insight, allowed)
        spec = self.variants(t, spec)
        t.finish(f"a {kind} result")
        self.results.append(spec)
        return spec

    def variants(self, t: Table, spec: ResultSpec) -> ResultSpec:
        texts: dict[str, Text | None] = {}
        for name, kinds in _VARIANTS.items():
            if spec.kind in kinds:
                texts[name] = text = t.optional_text(name)
                if text is not None:
                    t.check_placeholders(name, text, variant_placeholders(spec.kind, name))
        spec = replace(
            spec,
            flat=texts.get("flat"),
            low=texts.get("low"),
            tied=texts.get("tied"),
            care=texts.get("care"),
        )
        if spec.care is not None and not spec.care_after:
            t.fail("care", "is only shown with care_after; add care_after = 2 (or more)")
        return spec

    def shared_profile(self, t: Table, spec: ResultSpec, span: float) -> ResultSpec:
        """The options ``scale_profile`` and ``matrix_profile`` share."""
        return replace(
            spec,
            method=t.one_of("method", METHODS, "mean") or "mean",
            top=t.integer("top", default=3, low=1),
            flat_within=t.number("flat_within", low=0, high=max(span, 0)),
            care_after=t.integer("care_after", default=0, low=0, high=24),
        )

    def profile_options(self, t: Table, spec: ResultSpec, step: Step | None) -> ResultSpec:
        span = step.max - step.min if isinstance(step, ScaleStep) else 10
        spec = replace(
            self.shared_profile(t, spec, span),
            code_letters=t.integer("code_letters", default=0, low=0),
            pick_weight=t.integer("pick_weight", default=2, low=1, high=10),
        )
        if "pick" in t.data:
            pick = self.reader.step_ref(t, "pick", ("pick",), earlier=False)
            mismatch = isinstance(pick, PickStep) and pick.source.step not in ("", step and step.id)
            if mismatch and pick is not None and step is not None:
                t.fail("pick", f'step "{pick.id}" does not pick from step "{step.id}"')
            if spec.method != "mean":
                t.fail("pick", 'a pick weighs items in a mean; use method = "mean"')
            spec = replace(spec, pick=pick.id if pick else None)
        if spec.code_letters and isinstance(step, ScaleStep):
            dimensions = scored_dimensions(self.dimensions, step)
            if spec.code_letters > len(dimensions):
                t.fail(
                    "code_letters",
                    f'is {spec.code_letters}, but step "{step.id}" '
                    f"scores only {len(dimensions)} dimensions",
                )
            for dimension in dimensions:
                if dimension.letter is None:
                    t.fail("code_letters", f'dimension "{dimension.id}" has no letter')
        return spec

    def matrix_options(self, t: Table, spec: ResultSpec, step: Step | None) -> ResultSpec:
        if isinstance(step, MatrixStep) and not step.rating:
            t.fail("step", f'step "{step.id}" is a matrix of choices; this needs ratings')
        span = step.max - step.min if isinstance(step, MatrixStep) else 10
        return self.shared_profile(t, spec, span)

    def gap_options(self, t: Table, spec: ResultSpec, step: Step | None) -> ResultSpec:
        span = step.max - step.min if isinstance(step, MatrixStep) else 10
        spec = replace(
            spec,
            importance=t.string("importance"),
            presence=t.string("presence"),
            min_gap=t.number("min_gap", default=1.0, low=0, high=max(span, 0)) or 0.0,
        )
        if not isinstance(step, MatrixStep):
            return spec
        if not step.rating:
            t.fail("step", f'step "{step.id}" is a matrix of choices; a gap needs ratings')
        columns = [c.id for c in step.columns]
        for key in ("importance", "presence"):
            column = getattr(spec, key)
            if column and column not in columns:
                t.fail(
                    key, f'step "{step.id}" has no column "{column}"; columns: {listing(columns)}'
                )
        if spec.importance and spec.importance == spec.presence:
            t.fail("presence", "must be another column than importance")
        return spec

    def top_options(self, t: Table, spec: ResultSpec, step: Step | None) -> ResultSpec:
        if not isinstance(step, CardSortStep | RankStep):
            return replace(spec, count=t.integer("count", default=3, low=1))
        most: int | None = step.rank_count if isinstance(step, CardSortStep) else len(step.items)
        if isinstance(step, RankStep) and step.source is not None:
            most = None  # as many as the earlier step hands on
        return replace(
            spec, count=t.integer("count", default=default_top_count(step), low=1, high=most)
        )

    def extremes_options(self, t: Table, spec: ResultSpec, step: Step | None) -> ResultSpec:
        spec = replace(spec, field=t.string("field"), count=t.integer("count", default=3, low=1))
        if isinstance(step, ListStep) and spec.field:
            fields = {f.id: f for f in step.fields}
            if spec.field not in fields:
                t.fail(
                    "field",
                    f'step "{step.id}" has no field "{spec.field}"; fields: {listing(fields)}',
                )
            elif fields[spec.field].type != "rating":
                t.fail(
                    "field",
                    f'field "{spec.field}" is a {fields[spec.field].type} field; '
                    "list_extremes needs a rating field",
                )
        return spec

    def suggestion(self, t: Table) -> Suggestion:
        suggestion = Suggestion(
            t.one_of("section", SECTIONS) or SECTIONS[0],
            t.text("text"),
            t.optional_string("result"),
            t.boolean("each", False),
            t.integer("count", default=0, low=1) if "count" in t.data else None,
        )
        known = {r.id: r for r in self.results}
        allowed: tuple[str, ...] = ()
        if suggestion.result is not None:
            spec = known.get(suggestion.result)
            if spec is None:
                t.fail("result", f'no result "{suggestion.result}"; results: {listing(known)}')
            else:
                allowed = PLACEHOLDERS[spec.kind] + ("item",) * suggestion.each
        elif suggestion.each or suggestion.count is not None:
            t.fail("each" if suggestion.each else "count", "needs a result to take items from")
        t.check_placeholders("text", suggestion.text, allowed)
        t.finish("a suggestion")
        return suggestion
