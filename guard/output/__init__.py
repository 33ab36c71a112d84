"""Validators for model answers: schema, length, refusals, faithfulness."""
