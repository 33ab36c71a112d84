"""Admission before the model is called, settlement after: the one place tenancy is enforced.

Admission reserves the worst case (prompt tokens + max_tokens, and its price) atomically against
every limit that applies; settlement replaces the reservation with what was really used, writes the
ledger row and the audit record. A request therefore can never spend what another was promised,
and what it did not use goes back at once.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from typing import Any

from opentelemetry import trace
from prometheus_client import Counter, Gauge
from starlette.concurrency import run_in_threadpool

from tenancy.access import AccessRepository, AllowList, Kind, permitted, refusal
from tenancy.audit import AuditLog, AuditRecord
from tenancy.counters import Check, CheckState, Counters, QuotaCheck, RateCheck, Reservation
from tenancy.errors import DomainError, OverTenantLimit, QuotaExhausted
from tenancy.governance.subjects import SubjectKeys, seal_personal
from tenancy.ledger import Ledger, LedgerEntry
from tenancy.limits import Limits, LimitsRepository, Windows, key_subject, tenant_subject, windows
from tenancy.records import RecordWriter
from tenancy.single_flight import SingleFlight
from tenancy.storage import ApiKey
from tenancy.timed_cache import read_through

log = logging.getLogger(__name__)
tracer = trace.get_tracer(__name__)

MICROS = 1_000_000  # budgets are counted in millionths of a currency unit, as integers

TENANT_TOKENS = Counter(
    "stockade_tenant_tokens_total",
    "Tokens metered, by tenant, model and prompt version",
    ["tenant", "model", "prompt", "kind"],
)
TENANT_COST = Counter(
    "stockade_cost_total",
    "Cost metered (catalog prices), by tenant, model, app and prompt version",
    ["tenant", "model", "app", "prompt"],
)
GUARD_BLOCK = "guard.block"  # the audit action of a request the input guard refused
REJECTIONS = Counter("stockade_limit_rejections_total", "Requests refused by a limit", ["tenant", "limit"])
# Budgets, for the burn-rate and exhaustion alerts. Set whenever a request of a tenant with a monthly
# budget is admitted or settled (so a tenant appears after its first request since the start). With
# several workers the counters live in Redis and every worker sees the same spend: the largest wins.
BUDGET_MONTHLY = Gauge(
    "stockade_budget_monthly",
    "The tenant's monthly budget in the catalog's currency",
    ["tenant"],
    multiprocess_mode="livemax",
)
BUDGET_SPENT_RATIO = Gauge(
    "stockade_budget_spent_ratio",
    "This month's spend (and reservations of requests in flight) over the tenant's monthly budget",
    ["tenant"],
    multiprocess_mode="livemax",
)


def record_budget(tenant: str, monthly_budget: float, spent_micros: int) -> None:
    BUDGET_MONTHLY.labels(tenant).set(monthly_budget)
    ratio = spent_micros / MICROS / monthly_budget if monthly_budget > 0 else 1.0
    BUDGET_SPENT_RATIO.labels(tenant).set(max(0.0, ratio))


def go_duration(seconds: float) -> str:
    """OpenAI's reset headers use Go durations: 20ms, 1s, 6m0s, 2h3m4s."""
    if seconds < 1:
        return f"{max(1, math.ceil(seconds * 1000))}ms"
    total = math.ceil(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes}m{secs}s"
    if minutes:
        return f"{minutes}m{secs}s"
    return f"{secs}s"


@dataclass(frozen=True)
class Need:
    """What a request's token reservation stands for, and what the caller can do about a refusal:
    the words of the daily-quota message."""

    what: str
    advice: str


GENERATION = Need("prompt + max_tokens", "Lower max_tokens")
EMBEDDING = Need("the text to embed", "Send less text")


@dataclass
class _Plan:
    """Which checks apply to one request and what each of them means."""

    checks: list[Check] = field(default_factory=list)
    meaning: list[tuple[str, str]] = field(default_factory=list)  # (limit kind, subject)


@dataclass
class Admission:
    key: ApiKey
    windows: Windows
    reserved_tokens: int
    reserved_micros: int
    token_keys: list[str]
    budget_keys: list[str]
    headers: dict[str, str]
    monthly_budget: float | None = None
    settled: bool = False


@dataclass(frozen=True)
class Settlement:
    """What really happened, for the counters and the ledger."""

    request_id: str
    trace_id: str
    route: str
    model: str
    engine: str
    input_tokens: int
    output_tokens: int
    cost: float
    latency_ms: float
    status: str  # ok | cancelled | error
    http_status: int
    finish_reason: str = ""
    ttft_ms: float | None = None
    cached_tokens: int = 0
    app: str = ""
    prompt_version: str = ""
    experiment_arm: str = ""
    routing: str = ""
    audit_detail: dict[str, Any] = field(default_factory=dict)
    # Who asked, for the audit record, when it was not the key itself (the console's signed-in user).
    actor: str = ""


# Every ledger column a settlement knows: copied by name, so a new column needs no hand-copying.
_SETTLED_FIELDS = tuple(f.name for f in fields(LedgerEntry) if f.name in {g.name for g in fields(Settlement)})


class Tenancy:
    def __init__(
        self,
        counters: Counters,
        limits: LimitsRepository,
        ledger: Ledger,
        audit: AuditLog,
        *,
        audit_requests: bool = True,
        access: AccessRepository | None = None,
    ) -> None:
        self.counters = counters
        self.limits = limits
        self.access = access or AccessRepository(ledger.store, limits.cache.ttl_s)
        self.subjects = SubjectKeys(ledger.store)
        self.ledger = ledger
        self.audit = audit
        self.audit_requests = audit_requests
        self.records = RecordWriter(ledger, audit)
        self._seeded: set[str] = set()
        self._limit_loads: SingleFlight[str, Limits] = SingleFlight()
        self._list_loads: SingleFlight[str, AllowList] = SingleFlight()
        self._pending: set[asyncio.Task[None]] = set()

    # allow-lists ---------------------------------------------------------------------------
    async def allowed(
        self, key: ApiKey, *, model: str | None = None, app: str | None = None, collection: object = None
    ) -> None:
        """403 `model_not_allowed` / `app_not_allowed` / `collection_not_allowed` unless the tenant's
        and the key's allow-lists both permit what the request names. An app is checked as an app
        (its own model and collection come with it); `collection` is a collection named by the
        caller, and anything but a string is left for the route to refuse as malformed."""
        tenant, own = await self._allow_lists(key)
        checks: list[tuple[Kind, str]] = []
        if app is not None:
            checks.append(("apps", app))
        elif model is not None:
            checks.append(("models", model))
        if isinstance(collection, str):
            checks.append(("collections", collection))
        for kind, name in checks:
            error = refusal(key, tenant, own, kind, name)
            if error is not None:
                REJECTIONS.labels(key.tenant_name or "-", f"{kind}_allow_list").inc()
                raise error

    async def model_filter(self, key: ApiKey) -> Callable[[str], bool]:
        """For /v1/models: true for each model id the key may use."""
        return await self.permitted(key, "models")

    async def permitted(self, key: ApiKey, kind: Kind) -> Callable[[str], bool]:
        """True for each name of that kind (models, apps, collections) the key may use."""
        return permitted(*await self._allow_lists(key), kind)

    async def _allow_lists(self, key: ApiKey) -> tuple[AllowList, AllowList]:
        access, loads = self.access, self._list_loads
        tenant = (
            await read_through(access.cache, loads, tenant_subject(key.tenant_id), access.load)
            if key.tenant_id
            else AllowList()
        )
        return tenant, await read_through(access.cache, loads, key_subject(key.id), access.load)

    # admission -----------------------------------------------------------------------------
    async def max_tokens_cap(self, key: ApiKey) -> int | None:
        """The tenant's cap on one request's max_tokens: a request that sets none gets at most this."""
        if key.tenant_id is None:
            return None
        return (await self._limits(tenant_subject(key.tenant_id))).max_tokens_per_request

    async def check_request_size(
        self,
        key: ApiKey,
        prompt_tokens: int,
        max_tokens: int,
        *,
        prompt_param: str = "messages",
        max_tokens_param: str = "max_tokens",
    ) -> None:
        """Per-tenant caps on one request (400, not 429: retrying the same request cannot succeed).
        The params are the fields as the calling front door names them."""
        if key.tenant_id is None:
            return
        limits = await self._limits(tenant_subject(key.tenant_id))
        if limits.max_prompt_tokens is not None and prompt_tokens > limits.max_prompt_tokens:
            raise OverTenantLimit(
                f"the {'input' if prompt_param == 'input' else 'prompt'} has {prompt_tokens} tokens; "
                f"your tenant allows at most {limits.max_prompt_tokens} per request",
                code="prompt_over_tenant_limit",
                param=prompt_param,
            )
        if limits.max_tokens_per_request is not None and max_tokens > limits.max_tokens_per_request:
            raise OverTenantLimit(
                f"{max_tokens_param} {max_tokens} is over your tenant's limit of "
                f"{limits.max_tokens_per_request}",
                code="max_tokens_over_tenant_limit",
                param=max_tokens_param,
            )

    async def check_rate(self, key: ApiKey) -> dict[str, str]:
        """The request-rate limits alone, before any costly work (guards, retrieval, routing), so that
        a tenant over its rate costs nothing; returns the rate-limit headers. A later `admit` with
        `rate_checked=True` reserves tokens and budget without taking a second request."""
        admission = await self.admit(key, 0, 0.0, quotas=False)
        return admission.headers

    async def admit(
        self,
        key: ApiKey,
        reserve_tokens: int,
        reserve_cost: float,
        *,
        rate_checked: bool = False,
        quotas: bool = True,
        enforce: bool = True,
        need: Need = GENERATION,
    ) -> Admission:
        """Takes a request from the rate (unless `rate_checked`), then, with `quotas`, reserves
        `reserve_tokens` and `reserve_cost` against the daily token quota and monthly budget; 429
        when a limit cannot cover them. With `enforce` false nothing is refused and no request is
        taken from the rate, yet the reservation is made and settled as usual: for use that is the
        tenant's without being the tenant's request (the console's), so that the counters keep
        agreeing with the ledger they are seeded from."""
        with tracer.start_as_current_span("ratelimit.admit") as span:
            span.set_attribute("stockade.reserve_tokens", reserve_tokens)
            try:
                admission = await self._admit(
                    key,
                    reserve_tokens,
                    reserve_cost,
                    rate=not rate_checked and enforce,
                    quotas=quotas,
                    enforce=enforce,
                    need=need,
                )
            except DomainError as exc:
                span.set_attribute("stockade.decision", f"refused: {exc.code}")
                raise
            span.set_attribute("stockade.decision", "admitted")
            return admission

    async def _admit(
        self,
        key: ApiKey,
        reserve_tokens: int,
        reserve_cost: float,
        *,
        rate: bool,
        quotas: bool,
        enforce: bool,
        need: Need,
    ) -> Admission:
        assert key.tenant_id is not None
        tenant_limits = await self._limits(tenant_subject(key.tenant_id))
        key_limits = await self._limits(key_subject(key.id))
        win = windows(tenant_limits)
        reserved_micros = math.ceil(reserve_cost * MICROS)
        plan = _Plan()
        token_keys: list[str] = []
        budget_keys: list[str] = []
        for subject, limits in (
            (tenant_subject(key.tenant_id), tenant_limits),
            (key_subject(key.id), key_limits),
        ):
            if rate and limits.requests_per_second is not None:
                plan.checks.append(
                    RateCheck(f"rate:{subject}", limits.requests_per_second, limits.bucket_size())
                )
                plan.meaning.append(("requests", subject))
            if quotas and limits.daily_tokens is not None:
                token_key = f"tokens:{subject}:{win.day}"
                await self._seed(token_key, subject, win, tokens=True)
                if enforce:
                    plan.checks.append(
                        QuotaCheck(
                            token_key, limits.daily_tokens, reserve_tokens, int(win.day_reset_s) + 86_400
                        )
                    )
                    plan.meaning.append(("tokens", subject))
                else:
                    await self.counters.adjust(token_key, reserve_tokens, int(win.day_reset_s) + 86_400)
                token_keys.append(token_key)
        if quotas and tenant_limits.monthly_budget is not None:
            budget_key = f"budget:{tenant_subject(key.tenant_id)}:{win.month}"
            await self._seed(budget_key, tenant_subject(key.tenant_id), win, tokens=False)
            budget_keys.append(budget_key)
            cap = math.floor(tenant_limits.monthly_budget * MICROS)
            if tenant_limits.budget_policy == "hard" and enforce:
                plan.checks.append(
                    QuotaCheck(budget_key, cap, reserved_micros, int(win.month_reset_s) + 86_400)
                )
                plan.meaning.append(("budget", tenant_subject(key.tenant_id)))
            else:
                # A soft budget (or one not enforced) never refuses; the router reads the fraction
                # to pick cheaper tiers.
                total = await self.counters.adjust(
                    budget_key, reserved_micros, int(win.month_reset_s) + 86_400
                )
                record_budget(key.tenant_name or "-", tenant_limits.monthly_budget, total - reserved_micros)
        reservation = await self.counters.reserve(plan.checks) if plan.checks else Reservation(True, None, ())
        headers = self._headers(plan, reservation, tenant_limits, win)
        for index, (kind, _) in enumerate(plan.meaning):
            # A budget check's remaining is cap - spent, less this reservation when it was taken.
            decided = reservation.allowed or reservation.failed_index == index
            if kind == "budget" and tenant_limits.monthly_budget is not None and decided:
                spent = cap - int(reservation.states[index].remaining)
                spent -= reserved_micros if reservation.allowed else 0
                record_budget(key.tenant_name or "-", tenant_limits.monthly_budget, spent)
        if not reservation.allowed:
            assert reservation.failed_index is not None
            kind, subject = plan.meaning[reservation.failed_index]
            REJECTIONS.labels(key.tenant_name or "-", kind).inc()
            failed = plan.checks[reservation.failed_index]
            state = reservation.states[reservation.failed_index]
            raise self._rejection(kind, subject, failed, state, win, headers, need)
        return Admission(
            key=key,
            windows=win,
            reserved_tokens=reserve_tokens if token_keys else 0,
            reserved_micros=reserved_micros if budget_keys else 0,
            token_keys=token_keys,
            budget_keys=budget_keys,
            headers=headers,
            monthly_budget=tenant_limits.monthly_budget,
        )

    async def _limits(self, subject: str) -> Limits:
        return await read_through(self.limits.cache, self._limit_loads, subject, self.limits.load)

    async def budget_used_fraction(self, key: ApiKey) -> float | None:
        """This month's spend over the tenant's budget (for routing to cheaper tiers), or None."""
        if key.tenant_id is None:
            return None
        limits = await self._limits(tenant_subject(key.tenant_id))
        if not limits.monthly_budget:
            return None
        win = windows(limits)
        budget_key = f"budget:{tenant_subject(key.tenant_id)}:{win.month}"
        await self._seed(budget_key, tenant_subject(key.tenant_id), win, tokens=False)
        used = await self.counters.get(budget_key) or 0
        record_budget(key.tenant_name or "-", limits.monthly_budget, used)
        return used / MICROS / limits.monthly_budget

    async def _seed(self, counter_key: str, subject: str, win: Windows, *, tokens: bool) -> None:
        """A counter that does not exist yet (first use today, or after a restart) starts from the
        ledger, so a restart never forgets today's usage."""
        if counter_key in self._seeded or not subject.startswith("tenant:"):
            self._seeded.add(counter_key)
            return
        tenant_id = subject.split(":", 1)[1]
        if tokens:
            value = await run_in_threadpool(self.ledger.tokens_on, tenant_id, win.day)
            await self.counters.seed(counter_key, value, int(win.day_reset_s) + 86_400)
        else:
            cost = await run_in_threadpool(self.ledger.cost_in, tenant_id, win.month)
            await self.counters.seed(counter_key, math.ceil(cost * MICROS), int(win.month_reset_s) + 86_400)
        self._seeded.add(counter_key)

    @staticmethod
    def _headers(
        plan: _Plan, reservation: Reservation, tenant_limits: Limits, win: Windows
    ) -> dict[str, str]:
        headers: dict[str, str] = {}
        for index, (kind, subject) in enumerate(plan.meaning):
            if index >= len(reservation.states) or not subject.startswith("tenant:"):
                continue
            state = reservation.states[index]
            if kind == "requests":
                rate = tenant_limits.requests_per_second or 1.0
                headers["x-ratelimit-limit-requests"] = str(tenant_limits.bucket_size())
                headers["x-ratelimit-remaining-requests"] = str(max(0, math.floor(state.remaining)))
                refill = (tenant_limits.bucket_size() - state.remaining) / rate
                headers["x-ratelimit-reset-requests"] = go_duration(max(refill, state.reset_s))
            elif kind == "tokens":
                headers["x-ratelimit-limit-tokens"] = str(tenant_limits.daily_tokens)
                headers["x-ratelimit-remaining-tokens"] = str(max(0, int(state.remaining)))
                headers["x-ratelimit-reset-tokens"] = go_duration(win.day_reset_s)
        return headers

    @staticmethod
    def _rejection(
        kind: str,
        subject: str,
        check: Check,
        state: CheckState,
        win: Windows,
        headers: dict[str, str],
        need: Need,
    ) -> QuotaExhausted:
        who = "this API key" if subject.startswith("key:") else "your tenant"
        if kind == "requests":
            retry = max(1, math.ceil(state.reset_s))
            return QuotaExhausted(
                f"Rate limit reached for {who}: too many requests per second. Retry after {retry}s.",
                code="rate_limit_exceeded",
                retry_after_s=retry,
                limits=headers,
            )
        if kind == "tokens":
            assert isinstance(check, QuotaCheck)
            remaining = int(state.remaining)
            # Nothing left (or more spent than the cap, which settlement allows): what this request
            # needs is beside the point, and a request that reserves nothing would read "needs 0".
            message = (
                f"Daily token quota exhausted for {who}: all {check.cap} tokens of today's quota are "
                f"used. Wait for the quota to reset (in {go_duration(win.day_reset_s)})."
                if remaining <= 0
                else f"Daily token quota exceeded for {who}: this request needs up to {check.amount} "
                f"tokens ({need.what}) and {remaining} of today's {check.cap} remain. {need.advice} or "
                "wait for the quota to reset."
            )
            return QuotaExhausted(
                message,
                code="daily_token_quota_exceeded",
                retry_after_s=math.ceil(win.day_reset_s),
                limits=headers,
            )
        return QuotaExhausted(
            "Monthly budget exhausted for your tenant.",
            code="budget_exceeded",
            retry_after_s=math.ceil(win.month_reset_s),
            limits=headers,
        )

    async def record_guard_block(self, key: ApiKey, detail: dict[str, Any]) -> None:
        """A request the input guard refused. It was never admitted, so it has no ledger row; this
        audit record (`guard.block`) is the only trace of it (the console's Overview counts them).
        `detail` names the scanner and entity, never the text."""
        await run_in_threadpool(
            lambda: self.audit.append(
                actor=f"key:{key.id}", action=GUARD_BLOCK, tenant=key.tenant_name or "-", detail=detail
            )
        )

    # settlement ----------------------------------------------------------------------------
    async def settle(self, admission: Admission, outcome: Settlement) -> None:
        """Reconcile the reservation with real usage and write the ledger row and audit record.
        Runs to completion even if the request's task is cancelled (the client went away)."""
        if admission.settled:
            return
        admission.settled = True
        with tracer.start_as_current_span("metering.settle") as span:
            span.set_attribute("stockade.status", outcome.status)
            await asyncio.shield(self._settle(admission, outcome))

    def settle_later(self, admission: Admission, outcome_factory: Any) -> None:
        """For requests whose client vanished: settle once the engine reports what it generated."""
        task = asyncio.get_running_loop().create_task(self._settle_when_known(admission, outcome_factory))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _settle_when_known(self, admission: Admission, outcome_factory: Any) -> None:
        outcome = await outcome_factory()
        await self.settle(admission, outcome)

    async def _settle(self, admission: Admission, outcome: Settlement) -> None:
        key = admission.key
        used_tokens = outcome.input_tokens + outcome.output_tokens
        win = admission.windows
        for token_key in admission.token_keys:
            await self.counters.adjust(
                token_key, used_tokens - admission.reserved_tokens, int(win.day_reset_s) + 86_400
            )
        used_micros = math.ceil(outcome.cost * MICROS)
        for budget_key in admission.budget_keys:
            spent = await self.counters.adjust(
                budget_key, used_micros - admission.reserved_micros, int(win.month_reset_s) + 86_400
            )
            if admission.monthly_budget is not None:
                record_budget(key.tenant_name or "-", admission.monthly_budget, spent)
        # The settlement's own fields become the row as they are; only where and when it was
        # admitted (the tenant's windows and key) and the reservation come from the admission.
        entry = LedgerEntry(
            **{name: getattr(outcome, name) for name in _SETTLED_FIELDS},
            ts=datetime.now(UTC),
            day=win.day,
            month=win.month,
            tenant_id=key.tenant_id or "",
            tenant=key.tenant_name or "",
            key_id=key.id,
            reserved_tokens=admission.reserved_tokens,
        )
        detail = {
            "request_id": outcome.request_id,
            "route": outcome.route,
            "model": outcome.model,
            "engine": outcome.engine,
            "status": outcome.http_status,
            "tokens": used_tokens,
        } | outcome.audit_detail
        # Personal values never reach the chain in the clear: the end user's id and any stored
        # prompt are sealed under keys that erasure and retention destroy (docs/security.md).
        user = str(detail.pop("user", "") or "")
        personal = {k: v for k, v in (("user", user), ("prompt", detail.pop("prompt", None))) if v}
        if personal:
            sealed = await run_in_threadpool(
                seal_personal, self.subjects, key.tenant_id or "", win.day, user or None, personal
            )
            detail |= sealed
            entry = replace(entry, user_ref=sealed.get("subject", ""))
        tenant = key.tenant_name or "-"
        prompt = outcome.prompt_version or "-"
        TENANT_TOKENS.labels(tenant, outcome.model, prompt, "input").inc(outcome.input_tokens)
        TENANT_TOKENS.labels(tenant, outcome.model, prompt, "output").inc(outcome.output_tokens)
        TENANT_COST.labels(tenant, outcome.model, outcome.app or "-", prompt).inc(outcome.cost)

        audit = (
            AuditRecord(
                actor=outcome.actor or f"key:{key.id}", action=outcome.route, tenant=tenant, detail=detail
            )
            if self.audit_requests
            else None
        )
        await self.records.write(entry, audit)

    async def drain(self) -> None:
        if self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)

    async def close(self) -> None:
        await self.drain()
        await asyncio.to_thread(self.records.close)
        await self.counters.close()
