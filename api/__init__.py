"""The FastAPI gateway, its admin routes, tenancy and the `stockade` CLI."""
