"""The FastAPI gateway and its admin routes."""

from operations.egress import enforce_offline

# Before any model library is imported: some read their offline switches only once, at import.
enforce_offline()
