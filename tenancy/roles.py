"""Roles and what each may do on the admin API.

Least privilege: a role grants a list of permissions, and the tenant-bound roles grant them only
for their own tenant. Secrets (a new key's value) are shown only to whoever may create keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Role = Literal["platform-admin", "tenant-admin", "auditor", "app-developer"]
ROLES: tuple[Role, ...] = ("platform-admin", "tenant-admin", "auditor", "app-developer")
TENANT_BOUND: frozenset[str] = frozenset({"tenant-admin", "app-developer"})

Permission = Literal[
    "tenants.read",
    "tenants.write",
    "limits.read",
    "limits.write",
    "keys.read",
    "keys.write",
    "access.read",
    "access.write",
    "usage.read",
    "traces.read",
    "audit.read",
    "governance.write",
    "guard.try",  # the console's guard playground: scans pasted text, stores nothing
    "models.read",  # the catalog and each model's readiness (what /readyz shows without a key)
    "prompts.read",  # prompt versions, their diffs and changelogs, eval reports
    "collections.read",  # collections and their documents' names, never their text
    "collections.search",  # a tenant's passages: the console's search playground
    "whoami",
]

GRANTS: dict[str, frozenset[str]] = {
    "platform-admin": frozenset(get_args(Permission)),  # everything, a permission added later too
    # Its own tenant's keys, limits, allow-lists and usage.
    "tenant-admin": frozenset(
        {
            "limits.read",
            "limits.write",
            "keys.read",
            "keys.write",
            "access.read",
            "access.write",
            "usage.read",
            "guard.try",
            "models.read",
            "collections.read",
            "collections.search",
            "whoami",
        }
    ),
    # Read-only: usage, the audit log, traces, prompts and evals, which collections hold which
    # documents; key listings carry no secrets and no document text is shown.
    "auditor": frozenset(
        {
            "tenants.read",
            "limits.read",
            "keys.read",
            "access.read",
            "usage.read",
            "traces.read",
            "audit.read",
            "guard.try",
            "models.read",
            "prompts.read",
            "collections.read",
            "whoami",
        }
    ),
    # Its own tenant's keys, and what it builds with them: prompts and evals, collections.
    "app-developer": frozenset(
        {
            "keys.read",
            "keys.write",
            "access.read",
            "guard.try",
            "models.read",
            "prompts.read",
            "collections.read",
            "collections.search",
            "whoami",
        }
    ),
}


@dataclass(frozen=True)
class Principal:
    """Someone acting on the admin API: `actor` is what the audit log records."""

    actor: str  # "key:<id>" or "oidc:<subject>"
    roles: frozenset[str]
    tenant: str | None = None  # the tenant a tenant-bound role acts for
    via: Literal["key", "oidc"] = "key"

    def tenant_scope(self, permission: str) -> tuple[bool, str | None]:
        """(allowed, tenant): tenant None means every tenant, else only that one."""
        granted = [role for role in self.roles if permission in GRANTS.get(role, frozenset())]
        if any(role not in TENANT_BOUND for role in granted):
            return True, None
        if granted and self.tenant:
            return True, self.tenant
        return False, None
