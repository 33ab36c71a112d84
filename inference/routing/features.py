"""Cheap, explainable features of a query: a few regular expressions over the text, no model.

Each feature is something a person reviewing a routing decision can check by reading the query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[A-Za-z0-9_']+")

_CODE_PATTERNS = [
    re.compile(r"```"),
    re.compile(r"`[^`\n]+`"),
    re.compile(r"\b(def|class|return|import|lambda|async|await|const|let|var|function|public|static)\b"),
    re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b.+\b(FROM|INTO|SET|WHERE)\b"),
    re.compile(r"[A-Za-z_][A-Za-z0-9_]*\([^)]*\)"),  # a call: foo(x)
    re.compile(r"[{};]\s*$|=>|->|::|\+=|==|!="),
    re.compile(r"\b[\w-]+\.(py|js|ts|go|rs|java|sql|yaml|yml|json|toml|sh|cpp|c|h)\b"),
]
_CODE_WORDS = re.compile(
    r"\b(function|script|regex|regular expression|algorithm|compile[rsd]?|stack trace|exception|"
    r"bug|refactor|unit tests?|api|endpoint|query|schema|recursion|recursive|thread|async(io)?|"
    r"python|javascript|typescript|java|golang|rust|sql|bash|kotlin|c\+\+|dockerfile|kubernetes)\b",
    re.IGNORECASE,
)

# Phrases that ask for reasoning over several steps rather than recall of one fact.
_REASONING = re.compile(
    r"\b(step[- ]by[- ]step|explain (why|how)|why (does|do|is|are|would)|walk me through|compare|"
    r"contrast|trade-?offs?|pros and cons|design|architect\w*|prove|derive|analy[sz]e|evaluate|"
    r"optimi[sz]e|refactor|debug|diagnose|justify|implications?|strategy|plan (for|a|an|the)|"
    r"what would happen if|how would you|best (way|approach|practice)|in detail|thoroughly|"
    r"scal(e|able|ability)|concurren\w*|migrat\w*|root cause|edge cases?|complexity|consisten\w*|"
    r"fault[- ]toleran\w*|implement\w*|propose|assess|recommend\w*|critique|review)\b",
    re.IGNORECASE,
)
# Openers of questions that a lookup answers.
_SIMPLE = re.compile(
    r"^\s*(what is|what's|who (is|was|wrote)|when (is|was|did)|where is|define|how many|how much|"
    r"translate|spell|convert|what does \S+ stand for|is it true|name (a|the|one)|list (the|three|five)|"
    r"what (year|day|colou?r|time)|which (country|planet|ocean|city))\b",
    re.IGNORECASE,
)
_STEPS = re.compile(r"(^|\n)\s*(\d+[.)]|[-*•])\s+\S", re.MULTILINE)
_SEQUENCING = re.compile(r"\b(then|after that|finally|first(ly)?|second(ly)?|next|and also)\b", re.IGNORECASE)
_MATH = re.compile(
    r"(\d\s*[-+*/^=<>]\s*\d|\b(integral|derivative|equation|probability|matrix|eigen\w*|theorem|"
    r"expected value|variance|big-?o)\b)",
    re.IGNORECASE,
)
_CONSTRAINTS = re.compile(
    r"\b(must|should|without|at least|at most|no more than|ensure|guarantee|while|unless|given that)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class QueryFeatures:
    words: int
    code_signals: int
    reasoning_cues: int
    simple_opener: bool
    questions: int
    steps: int
    sequencing: int
    math: int
    constraints: int

    def as_dict(self) -> dict[str, int | bool]:
        return dict(self.__dict__)


def extract_features(text: str) -> QueryFeatures:
    return QueryFeatures(
        words=len(_WORD.findall(text)),
        code_signals=sum(1 for p in _CODE_PATTERNS if p.search(text)) + len(_CODE_WORDS.findall(text)),
        reasoning_cues=len(_REASONING.findall(text)),
        simple_opener=bool(_SIMPLE.search(text)),
        questions=text.count("?"),
        steps=len(_STEPS.findall(text)),
        sequencing=len(_SEQUENCING.findall(text)),
        math=len(_MATH.findall(text)),
        constraints=len(_CONSTRAINTS.findall(text)),
    )
