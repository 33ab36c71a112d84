"""Operating Stockade: the `stockade` CLI, the SBOM, and the no-egress guarantees.

Importing this package imports nothing else: `api` imports `operations.egress` at start-up (before any
model library) and the egress probe imports it before anything at all, so only the CLI package, loaded
on its own, reaches into the rest of Stockade.
"""
