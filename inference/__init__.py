"""Engines, the model catalog, weight verification and (later) routing, caching and resilience."""
