"""Hand-written patterns for the injection phrasings that need no model to recognise.

Each rule carries the score it contributes; the scanner takes the maximum over rules, the
classifier and every decoded payload. English and Turkish phrasings both appear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guard.injection.prefilter import ascii_openings, first_letter_filter
from guard.injection.rules_multilingual import COMPILED as MULTILINGUAL
from guard.injection.rules_multilingual import fold_turkish
from guard.injection.rules_turkish_jailbreak import COMPILED as TURKISH_JAILBREAK
from guard.injection.rules_turkish_jailbreak import DAN


@dataclass(frozen=True)
class Rule:
    name: str
    score: float
    regex: re.Pattern[str]
    # Matched against fold_turkish(text) instead of the text (see rules_multilingual.py).
    folded: bool = False


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.DOTALL)


_PRIOR = (
    r"(?:all\s+|any\s+|the\s+|your\s+|my\s+|of\s+)*"
    r"(?:previous|prior|above|earlier|preceding|original|system|initial)"
)
_ORDERS = (
    r"(?:instructions?|rules|prompts?|directions|guidelines|constraints|context|programming|orders|commands|"
    r"directives|tasks|assignments)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "override_previous",
        0.95,
        _r(rf"\b(?:ignore|disregard|forget|override|skip|drop|bypass)\s+(?:about\s+)?{_PRIOR}\s+{_ORDERS}"),
    ),
    Rule(
        "override_everything",
        0.85,
        _r(
            r"\b(?:ignore|disregard|forget)\s+(?:about\s+)?(?:everything|all|anything)\s+(?:above|before|beforehand|"
            r"previously|so\s+far|you\s+(?:were|have\s+been)\s+told|(?:that\s+)?(?:we|i)\s+(?:discussed|said|talked\s+about))"
        ),
    ),
    Rule(
        "override_everything_and_say",
        0.85,
        _r(
            r"\b(?:ignore|forget|disregard)\s+(?:about\s+)?everything\s+(?:else\s+)?and\s+(?:just\s+|only\s+)?"
            r"(?:tell|say|write|print|output|answer|respond|reply)\b"
        ),
    ),
    Rule(
        "reveal_your_prompt",
        0.85,
        _r(
            r"\b(?:reveal|print|show|display|output|repeat)\s+(?:me\s+)?(?:all\s+)?your\s+"
            # the prompt itself, not "your prompt engineering tips"
            r"(?:entire\s+|whole\s+|full\s+|complete\s+)?prompt(?:\s+texts?)?"
            r"(?=\s*(?:$|[.!?,:;\"')]|verbatim|word\s+for\s+word|exactly|and\b|now\b|please\b|to\s+me\b))|"
            r"\b(?:zeig|gib|nenn|druck)\w*\s+(?:mir\s+)?(?:alle\s+)?(?:deine[nm]?|Ihre[nm]?)\s+(?:gesamten\s+|ganzen\s+)?"
            r"(?:Prompt-Texte?|Systemprompt|Prompt)(?![-\w])"
        ),
    ),
    Rule(
        "new_instructions",
        0.8,
        _r(
            r"\b(?:new|updated|real|actual)\s+(?:system\s+)?instructions?\s*(?::|follow|are)|\b(?:new|further)\s+tasks?\s+follows?\b"
        ),
    ),
    Rule(
        # A retrieval app's sources set aside: "IGNORE ALL DOCUMENTS PROVIDED", "do not look in the
        # documents".
        "ignore_provided_documents",
        0.8,
        _r(
            r"\b(?:ignore|disregard)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:documents|sources|context)\s+(?:provided|given|above)|"
            r"\bdo\s+not\s+(?:look\s+(?:in|at)|use|read)\s+the\s+(?:documents|sources)\s+(?:provided|given)"
        ),
    ),
    Rule(
        "reveal_system_prompt",
        0.9,
        _r(
            r"\b(?:reveal|print|show|repeat|output|display|leak|tell\s+me|give\s+me|what\s+(?:is|are))\b.{0,30}?"
            r"\b(?:system|initial|hidden|secret|original)\s+(?:prompt|instructions?|message)"
        ),
    ),
    Rule(
        "persona_unrestricted",
        0.9,
        _r(
            r"\b(?:you\s+are\s+now|act\s+as|pretend\s+(?:to\s+be|you\s+are)|from\s+now\s+on\s+you)\b.{0,80}?"
            r"\b(?:no|without|free\s+(?:of|from)|any)\s+(?:restrictions|limits|limitations|filters|rules|"
            r"guidelines|censorship|ethic)"
        ),
    ),
    Rule(
        "dan_mode",
        0.95,
        _r(
            r"\b(?:do\s+anything\s+now|DAN\s+mode|developer\s+mode\s+(?:enabled|on|output)|jailbr(?:ea|o)k(?:en)?"
            r"\s+mode|god\s*mode\s+(?:enabled|activated))\b"
        ),
    ),
    Rule(
        "disable_safety",
        0.85,
        _r(
            r"\b(?:bypass|disable|turn\s+off|deactivate|circumvent|ignore)\s+(?:your\s+|the\s+|all\s+)?"
            r"(?:safety|content|ethical|moderation)?\s*(?:filters?|guardrails?|restrictions|guidelines|policies|"
            r"safeguards)"
        ),
    ),
    Rule(
        "chat_template_tokens",
        0.8,
        _r(
            r"<\|(?:im_start|im_end|system|endoftext|begin_of_text|start_header_id)\|>|\[/?INST\]|<<SYS>>|"
            r"^\s*#{2,}\s*(?:system|instruction)s?\s*:?\s*$"
        ),
    ),
    Rule(
        "addressed_to_ai",
        0.85,
        _r(
            r"\b(?:(?:dear|attention|note\s+to|hey)\s+(?:AI|assistant|LLM|language\s+model|chatbot|GPT)|"
            r"(?:if|when)\s+(?:you\s+are\s+)?an?\s+(?:AI|LLM|language\s+model|assistant)\s+(?:is\s+)?"
            r"(?:reading|processing|summari[sz]ing)|AI\s+(?:agents?|assistants?|models?)\s+reading\s+this)"
        ),
    ),
    Rule(
        "exfiltration_link",
        0.9,
        _r(
            r"!\[[^\]]*\]\(https?://[^)\s]+[?&][^)\s]*=(?:\{|\$|%7B|\[)|"
            r"\b(?:send|post|forward|upload|exfiltrate)\b.{0,60}?\b(?:conversation|chat\s+history|api\s+keys?|"
            r"passwords?|credentials|system\s+prompt)\b.{0,40}?\bhttps?://"
        ),
    ),
    # German, French, Spanish, Italian: the "ignore your previous instructions" family.
    Rule(
        "multilingual_override",
        0.9,
        _r(
            r"\b(?:ignorier\w*|vergiss|missachte)\b.{0,30}?\b(?:vorherigen|bisherigen|obigen)?\s*"
            r"(?:Anweisungen|Regeln|Vorgaben)|"
            r"\b(?:ignore[zr]?|oublie[zr]?)\b.{0,30}?\b(?:instructions|consignes|règles)\b|"
            r"\b(?:ignora|olvida|ignorar)\b.{0,30}?\b(?:instrucciones|reglas|indicaciones)\b|"
            r"\b(?:ignora|dimentica)\b.{0,30}?\b(?:istruzioni|regole)\b"
        ),
    ),
    Rule(
        # Everything before set aside, whatever it is called: "Vergiss alles davor", "vergiss jetzt alle
        # bisherigen Aufträge", "Abweichend zu vorherigen Instruktionen", "olvida todo lo que dije",
        # "zaboravi sve instrukcije".
        "multilingual_override_everything",
        0.9,
        _r(
            r"\b(?:vergiss|ignorier\w*|h[öo]re?\s+nicht\s+auf)\s+(?:(?:jetzt|nun|bitte)\s+)?alles\s+"
            r"(?:zuvor\s+|vorher\s+|bisher\s+|davor\s+)?gesagte|"
            r"\bvergiss\s+(?:(?:jetzt|nun|bitte)\s+)?(?:alles|alle|s[äa]mtliche)\s+(?:(?:vorherigen|bisherigen|obigen)\s+)?"
            r"(?:davor|zuvor|vorher|bisher|gesagte|Anweisungen|Aufgaben|Auftr[äa]ge|Angaben|Informationen|Instruktionen|"
            r"Befehle|Regeln|Vorgaben)|"
            r"\babweichend\s+(?:zu|von)\s+(?:den\s+)?(?:vorherigen|bisherigen|obigen)\s+(?:Anweisungen|Instruktionen)|"
            r"\b(?:nun|jetzt)\s+folgen\s+(?:neue|weitere)\s+(?:Anweisungen|Aufgaben|Instruktionen)|"
            r"\balle\s+(?:vorherigen|bisherigen)\s+(?:Informationen|Anweisungen|Aufgaben)\s+hinter\s+(?:sich|dir|euch)|"
            r"\bolvid[ae]\s+todo\s+(?:lo\s+)?que\s+(?:te\s+)?(?:dije|he\s+dicho|digo)|"
            r"\bzaboravi\s+sve\s+(?:instrukcije|upute|prethodno|naredbe)"
        ),
    ),
    Rule(
        "multilingual_system_prompt",
        0.85,
        _r(r"\b(?:Systemprompt|System-Prompt|prompt\s+(?:système|systeme|del\s+sistema|di\s+sistema))\b"),
    ),
    # Turkish (KVKK customers write to us in Turkish as often as in English).
    Rule(
        "tr_override_previous",
        0.95,
        _r(
            r"\b(?:önceki|yukarıdaki|daha\s+önceki|tüm|bütün)\s+(?:tüm\s+)?(?:talimatları|kuralları|yönergeleri|"
            # "-ma/-me" after the verb negates it: "talimatları unutma" is "do not forget the instructions".
            r"komutları)\s*(?:\S+\s+){0,2}?(?:yok\s+say|unut|görmezden\s+gel|dikkate\s+alma|boş\s*ver|geçersiz)(?!m[ae])"
        ),
    ),
    Rule(
        "tr_reveal_system_prompt",
        0.9,
        _r(
            r"\bsistem\s+(?:istemini|komutunu|promptunu|talimatlarını|mesajını)\s+(?:\S+\s+){0,2}?"
            r"(?:göster|yaz|söyle|paylaş|ver|açıkla)"
        ),
    ),
    Rule(
        "tr_unrestricted",
        0.9,
        _r(
            r"\b(?:artık|bundan\s+sonra)\b.{0,60}?\b(?:hiçbir\s+)?(?:kısıtlama|sınır|kural|filtre)(?:n|ın|ların)?\s*"
            r"(?:yok|olmadan|kalmadı)"
        ),
    ),
)


RULES += tuple(Rule(name, score, regex, folded) for name, score, regex, folded in MULTILINGUAL)
RULES += tuple(Rule(name, score, regex, True) for name, score, regex in TURKISH_JAILBREAK)
RULES += (Rule("dan_persona", 0.85, DAN),)


# Evasions that survive case folding: digits for letters inside words ("t4l1m4tl4r1") and words
# spelt out letter by letter ("t a l i m a t"). The folded rules also see the text with both undone.
_LEET = str.maketrans({"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t"})
# A digit between letters ("t4l1m4t"), not a code or a number after letters ("tr33", "abc123", "5g").
_LEET_WORD = re.compile(r"(?<![\w@.])(?=\w*[a-z][0-9]+[a-z])[a-z0-9]{3,}(?![\w@])")
_SPELT_OUT = re.compile(r"\b(?:\w[ .\-_*]){2,}\w\b")


def evasion_view(folded: str) -> str | None:
    """The folded text with leetspeak and spelt-out words undone, or None when it has neither."""
    view = _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), folded)
    view = _SPELT_OUT.sub(lambda m: re.sub(r"[ .\-_*]", "", m.group(0)), view)
    return None if view == folded else view


def rule_views(text: str) -> tuple[str, str | None]:
    """The folded text the folded rules read, and its evasion view (None when it has none)."""
    folded = fold_turkish(text)
    return folded, evasion_view(folded)


# Per rule, a search that must succeed for the rule to match (prefilter.py), or None.
_FILTERS = tuple(first_letter_filter(rule.regex) for rule in RULES)
# Per rule, the words every match opens with ("ignore", "disregard", ...), for ASCII texts, or None.
_OPENINGS = tuple(ascii_openings(rule.regex) for rule in RULES)


class _View:
    """A text the rules read, with its lower-case form where it is ASCII (see ``ascii_openings``)."""

    __slots__ = ("lower", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = text.lower() if text.isascii() else None


def _search(
    rule: Rule, prefilter: re.Pattern[str] | None, openings: tuple[str, ...] | None, view: _View
) -> re.Match[str] | None:
    if openings is not None and view.lower is not None and not any(o in view.lower for o in openings):
        return None  # an ASCII text without any word the rule's matches open with
    if prefilter is not None and prefilter.search(view.text) is None:
        return None  # none of the letters every match of the rule starts with
    return rule.regex.search(view.text)


def match_rules(text: str, views: tuple[str, str | None] | None = None) -> list[tuple[Rule, int, int]]:
    """`views`: rule_views(text) when the caller already has them."""
    hits: list[tuple[Rule, int, int]] = []
    folded, undone = views or rule_views(text)
    # Folding keeps one character per character (only the rare combining dot is dropped), so a
    # span in the folded text is the same span in the text whenever the lengths agree.
    same_length = len(folded) == len(text)
    plain, folded_view = _View(text), _View(folded)
    undone_view = _View(undone) if undone is not None else None
    for rule, prefilter, openings in zip(RULES, _FILTERS, _OPENINGS, strict=True):
        m = _search(rule, prefilter, openings, folded_view if rule.folded else plain)
        if m:
            span = (m.start(), m.end()) if same_length or not rule.folded else (0, len(text))
            hits.append((rule, *span))
        elif rule.folded and undone_view is not None and _search(rule, prefilter, openings, undone_view):
            hits.append((rule, 0, len(text)))
    return hits
