"""The FastAPI gateway, its admin routes, tenancy and the `stockade` CLI."""

from api.egress import enforce_offline

# Before any model library is imported: some read their offline switches only once, at import.
enforce_offline()
