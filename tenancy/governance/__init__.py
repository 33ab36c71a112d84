"""Data governance: per-subject keys (crypto-shredding), retention purges and end-user erasure."""
