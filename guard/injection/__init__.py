"""Layered prompt-injection and jailbreak detection: normalise, decode, rules, classifiers."""
