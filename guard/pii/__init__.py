"""PII detection and redaction with Presidio, including Turkish (KVKK) identifiers."""
