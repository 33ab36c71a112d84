"""Tenancy: limits, atomic admission, metering ledger and the audit log."""
