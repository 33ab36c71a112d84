"""Compare two runs of a suite: per-metric change, verdict, markdown table and JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from harness.evals.generation import JudgeInfo
from harness.evals.suite import EvalSuite, MetricSpec

if TYPE_CHECKING:
    from harness.evals.runner import VersionRun

Verdict = Literal["better", "within_tolerance", "regression", "worse_ungated", "skipped"]
ICONS: dict[str, str] = {
    "better": "✅",
    "within_tolerance": "⚠️",
    "worse_ungated": "⚠️",
    "regression": "❌",
    "skipped": "➖",
}
_EPS = 1e-12
_CASE_EPS = 1e-6  # embedding scores jitter in the last float digits between runs


@dataclass(frozen=True)
class MetricRow:
    metric: str
    method: str
    baseline: float | None
    candidate: float | None
    change: float | None
    change_pct: float | None
    verdict: Verdict
    higher_is_better: bool
    allowed_drop: float | None  # how much worse it may get before failing; None = not gated
    note: str = ""

    @property
    def icon(self) -> str:
        return ICONS[self.verdict]


@dataclass
class Comparison:
    suite: str
    prompt: str
    model: str
    seed: int
    baseline: VersionRun
    candidate: VersionRun
    rows: list[MetricRow] = field(default_factory=list)
    judge: JudgeInfo | None = None

    @property
    def regressions(self) -> list[MetricRow]:
        return [r for r in self.rows if r.verdict == "regression"]

    @property
    def passed(self) -> bool:
        return not self.regressions

    def exit_code(self, fail_on_regression: bool = True) -> int:
        return 1 if fail_on_regression and not self.passed else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "suite": self.suite,
            "prompt": self.prompt,
            "model": self.model,
            "seed": self.seed,
            "temperature": 0.0,
            "passed": self.passed,
            "regressions": [r.metric for r in self.regressions],
            "judge": asdict(self.judge) if self.judge is not None else None,
            "rows": [asdict(r) for r in self.rows],
            "baseline": _run_dict(self.baseline),
            "candidate": _run_dict(self.candidate),
        }

    def write_json(self, path: Path | str) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return path

    def to_markdown(self, *, max_case_rows: int = 20) -> str:
        base, cand = self.baseline, self.candidate
        lines = [
            f"### Eval `{self.suite}`: prompt `{self.prompt}` v{cand.version} vs v{base.version}",
            "",
            f"Model `{self.model}` · {len(cand.outcomes)} cases · temperature 0 · seed {self.seed} · "
            f"cached: baseline {base.cache_hits}/{len(base.outcomes)}, "
            f"candidate {cand.cache_hits}/{len(cand.outcomes)}",
            "",
            *self._judge_lines(),
            f"| metric | baseline v{base.version} | candidate v{cand.version} | change | verdict |",
            "| --- | --- | --- | --- | --- |",
        ]
        for row in self.rows:
            verdict = row.icon + (f" {row.note}" if row.note else "")
            lines.append(
                f"| {row.metric} | {_fmt(row.method, row.baseline)} | {_fmt(row.method, row.candidate)} "
                f"| {_fmt_change(row)} | {verdict} |"
            )
        lines.append("")
        if self.passed:
            lines.append("**Result: ✅ no metric dropped beyond its tolerance.**")
        else:
            failed = ", ".join(
                f"{r.metric} ({_fmt_change(r)}, allowed {_fmt_allowed(r)})" for r in self.regressions
            )
            lines.append(f"**Result: ❌ regression: {failed}.**")
        errors = [(run.version, o) for run in (base, cand) for o in run.outcomes if o.error]
        if errors:
            lines += ["", f"{len(errors)} generation(s) failed and were scored as failures:"]
            lines += [f"- v{version} `{o.case_id}`: {o.error}" for version, o in errors[:max_case_rows]]
        worse = self._worse_cases()
        if worse:
            lines += [
                "",
                f"<details><summary>Case scores that dropped ({len(worse)})</summary>",
                "",
                "| case | metric | baseline | candidate |",
                "| --- | --- | --- | --- |",
            ]
            lines += [f"| {c} | {m} | {b:.3f} | {n:.3f} |" for c, m, b, n in worse[:max_case_rows]]
            if len(worse) > max_case_rows:
                lines.append(f"| … {len(worse) - max_case_rows} more in the JSON report | | | |")
            lines += ["", "</details>"]
        return "\n".join(lines) + "\n"

    def _judge_lines(self) -> list[str]:
        if self.judge is None:
            return []
        where = "" if self.judge.where == "in-process" else f" at {self.judge.where}"
        if self.judge.self_judged:
            return [
                f"Judge `{self.judge.model}`{where}: **self-judged**, the model under evaluation graded "
                "its own answers (allowed explicitly); its scores are not an independent verdict.",
                "",
            ]
        return [f"Judge `{self.judge.model}`{where}, a different model from the one evaluated.", ""]

    def _worse_cases(self) -> list[tuple[str, str, float, float]]:
        before = {o.case_id: o.scores for o in self.baseline.outcomes}
        found = []
        for outcome in self.candidate.outcomes:
            for metric, score in outcome.scores.items():
                old = before.get(outcome.case_id, {}).get(metric)
                if score is not None and old is not None and score < old - _CASE_EPS:
                    found.append((outcome.case_id, metric, old, score))
        return found


def compare(
    suite: EvalSuite, baseline: VersionRun, candidate: VersionRun, *, judge: JudgeInfo | None = None
) -> Comparison:
    rows = [_row(spec, baseline, candidate) for spec in suite.metrics]
    return Comparison(suite.name, suite.prompt, candidate.model, suite.seed, baseline, candidate, rows, judge)


def _row(spec: MetricSpec, baseline: VersionRun, candidate: VersionRun) -> MetricRow:
    old, new = baseline.metrics.get(spec.name), candidate.metrics.get(spec.name)
    skipped = candidate.skipped.get(spec.name) or baseline.skipped.get(spec.name)
    allowed = _allowed_drop(spec, old)
    if old is None or new is None:
        note = f"skipped: {skipped}" if skipped else "no case applies"
        return MetricRow(
            spec.name, spec.method, old, new, None, None, "skipped", spec.better_high, allowed, note
        )
    change = new - old
    change_pct = change / abs(old) * 100 if abs(old) > _EPS else None
    worsening = -change if spec.better_high else change
    if worsening <= _EPS:
        verdict: Verdict = "better"
    elif allowed is None:
        verdict = "worse_ungated"
    elif worsening <= allowed + _EPS:
        verdict = "within_tolerance"
    else:
        verdict = "regression"
    unscored = max(baseline.unscored.get(spec.name, 0), candidate.unscored.get(spec.name, 0))
    note = f"({unscored} unscored)" if unscored else ""
    return MetricRow(
        spec.name, spec.method, old, new, change, change_pct, verdict, spec.better_high, allowed, note
    )


def _allowed_drop(spec: MetricSpec, baseline: float | None) -> float | None:
    """The larger of the absolute and relative allowances; None when the metric is not gated."""
    if not spec.gated:
        return None
    allowances = []
    if spec.tolerance is not None:
        allowances.append(spec.tolerance)
    if spec.tolerance_pct is not None and baseline is not None:
        allowances.append(abs(baseline) * spec.tolerance_pct / 100)
    return max(allowances) if allowances else 0.0


def _fmt(method: str, value: float | None) -> str:
    if value is None:
        return "n/a"
    if method == "cost":
        return f"${value:.6f}"
    if method == "latency":
        return f"{value:.2f} s"
    if method in ("prompt_tokens", "completion_tokens"):
        return f"{value:.1f}"
    return f"{value:.3f}"


def _fmt_change(row: MetricRow) -> str:
    if row.change is None:
        return "n/a"
    sign = "+" if row.change >= 0 else "−"
    magnitude = _fmt(row.method, abs(row.change))
    pct = ""
    if row.change_pct is not None:
        pct = f" ({'+' if row.change_pct >= 0 else '−'}{abs(row.change_pct):.1f}%)"
    return f"{sign}{magnitude}{pct}"


def _fmt_allowed(row: MetricRow) -> str:
    return "n/a" if row.allowed_drop is None else _fmt(row.method, row.allowed_drop)


def _run_dict(run: VersionRun) -> dict[str, Any]:
    return {
        "version": run.version,
        "content_hash": run.content_hash,
        "model": run.model,
        "metrics": run.metrics,
        "skipped": run.skipped,
        "cache_hits": run.cache_hits,
        "cases": [
            {
                "id": o.case_id,
                "scores": o.scores,
                "notes": o.notes,
                "error": o.error,
                "cached": o.cached,
                "generation": o.generation.to_json() if o.generation else None,
            }
            for o in run.outcomes
        ],
    }
