"""Builds a Presidio analyzer that never touches the network."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable
from typing import Any

import numpy as np
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngineProvider
from spacy.attrs import IDX, LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab
from thinc.api import NumpyOps

from guard.errors import ScannerUnavailableError
from guard.pii import name_vectors, names
from guard.pii.language import function_word_share, looks_turkish
from guard.pii.name_model import name_probability
from guard.pii.recognizers import NER_ENTITY_TYPES, build_recognizers
from guard.pii.spacy_models import resolve_spacy_model
from guard.pii.spacy_ner import entity_reader
from guard.pii.word_classes import word_classes

log = logging.getLogger(__name__)

# In en_core_web_sm and _md the NER has its own embedding layer; the shared tok2vec only feeds the tagger
# and parser, which Presidio needs solely for lemmas (context words). Running NER alone halves
# spaCy's time; lower-cased token text stands in for lemmas, which is what context matching compares.
_UNUSED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
_LEMMA_PIPE = "stockade_lower_lemma"


@Language.component(_LEMMA_PIPE)
def _lower_lemma(doc: Doc) -> Doc:
    # One array copy instead of a Python loop: each ``for token in doc`` builds a Token object per
    # token, which cost about a fifth of a 1 KB prompt's PII scan.
    if len(doc):
        lowers: Any = doc.to_array([LOWER])  # uint64 hashes; spaCy's stub types it as floats
        doc.from_array([LEMMA], lowers)
    return doc


NER_ENTITIES = frozenset(NER_ENTITY_TYPES)


def _numpy_gemm(nlp: Language) -> None:
    """Run the NER's matrix products through numpy's BLAS instead of thinc's bundled BLIS.

    The cython-blis wheel selects its portable 'generic' kernel on CPUs it does not recognise (the
    AMD EPYC VMs here: ``BLIS_ARCH_DEBUG=1`` prints it), which makes the NER's (200 x 288) x
    (288 x 288) products 2.7 times slower than OpenBLAS. Only the matrix product changes; the
    transition loop and the other kernels are thinc's own either way.
    """
    if "ner" not in nlp.pipe_names:
        return
    ops = NumpyOps(use_blis=False)
    ner: Any = nlp.get_pipe("ner")
    for node in ner.model.walk():
        node.ops = ops


class _Artifacts(NlpArtifacts):
    """Presidio's artifacts with the keywords (the context words) listed on first use only.

    Presidio lists them for every text, one vocabulary look-up per token, but reads them only to
    score the context of a match, and most texts a gateway scans have no match at all.
    """

    def __init__(
        self,
        entities: list[Span],
        tokens: list[str],
        tokens_indices: list[int],
        lemmas: list[str],
        nlp_engine: Any,
        language: str,
        scores: list[float] | None = None,
    ) -> None:
        self._language = language
        self._keywords: list[str] | None = None
        # Presidio annotates ``tokens`` as a Doc; all it reads of them is their lengths (token_lists).
        super().__init__(
            entities, tokens, tokens_indices, lemmas, nlp_engine, language, scores  # type: ignore[arg-type]
        )

    @staticmethod
    def set_keywords(nlp_engine: Any, lemmas: list[str], language: str) -> list[str] | None:  # type: ignore[override]
        return None  # what NlpArtifacts.__init__ stores: "not listed yet" (the property lists them)

    @property
    def keywords(self) -> list[str]:
        if self._keywords is None:
            self._keywords = NlpArtifacts.set_keywords(self.nlp_engine, self.lemmas, self._language)
        return self._keywords

    @keywords.setter
    def keywords(self, value: list[str] | None) -> None:
        self._keywords = value


def tokens_only_artifacts(analyzer: AnalyzerEngine, text: str, language: str) -> NlpArtifacts | None:
    """What Presidio's context words need (tokens, lemmas), without running the NER.

    For scans that ask for no NER entity (an output policy without names and places, say), the NER
    is most of the cost and its entities would be thrown away. None when the analyzer is not ours.
    """
    engine = analyzer.nlp_engine
    nlp = getattr(engine, "nlp", {}).get(language)
    if nlp is None or _LEMMA_PIPE not in nlp.pipe_names:
        return None
    tokens, starts, lemmas = token_lists(nlp.make_doc(text))
    return _Artifacts(
        entities=[], tokens=tokens, tokens_indices=starts, lemmas=lemmas, nlp_engine=engine, language=language
    )


def token_lists(doc: Doc) -> tuple[list[str], list[int], list[str]]:
    """Each token's text, start and lemma (its lower-case form), from arrays.

    Presidio's context scoring walks ``tokens`` once per match to find the match's token, and reads
    only each token's length; a Doc there builds a Token object per token per match, which was most
    of a streamed answer's leak check (about 1.3 ms of a 1.5 ms detection pass on a numbered list).
    A list of strings answers the same lengths."""
    if not len(doc):
        return [], [], []
    arrays: Any = doc.to_array([IDX, ORTH, LOWER])  # uint64 hashes; spaCy's stub types it as floats
    strings = doc.vocab.strings
    return (
        [strings[int(h)] for h in arrays[:, 1]],
        [int(i) for i in arrays[:, 0]],
        [strings[int(h)] for h in arrays[:, 2]],
    )


# The NER only runs on windows around words that could start a name or a place (see ner_windows).
# spaCy's small English NER sees about four tokens either side of a word (a CNN of depth 4 and
# window 1) plus a few around its parser state, so eight tokens of context keep its reading.
NER_WINDOW = 8
# A sentence's first word is capitalised anyway: it only opens a window when it is no function word
# and the character model finds it name-like (or the lists know it) -- "Lauren called", not "Please".
SENTENCE_START_NAME_PROBABILITY = 0.7
# When only people are wanted, a capitalised word inside a sentence needs at least this much: a name
# whose every word looks so unlike a name is rare, and each window costs the NER's fixed overhead.
PERSON_WINDOW_FLOOR = 0.2
_SENTENCE_END = re.compile(r"[.!?…\n][\s\"'“”‘’()\[\]-]*$")


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start]
    return not before.strip() or _SENTENCE_END.search(before) is not None


def ner_windows(
    text: str,
    token_starts: np.ndarray,
    known: list[tuple[int, int]] | None = None,
    persons_only: bool = False,
    sentence_start_floor: float = SENTENCE_START_NAME_PROBABILITY,
) -> list[tuple[int, int]]:
    """Token ranges [a, b) the NER has to read: around each capitalised word that could be a name.

    Capitalised words inside a sentence always count (except "I" and its contractions); a
    sentence-initial one only when it is name-like (above). Lower-case text needs no NER at all:
    the recognizer drops spaCy's spans without a capital letter (``CasedSpacyRecognizer``).
    ``known``: character spans already settled as names (words there open no window).
    ``persons_only`` (no LOCATION wanted): a word inside a sentence also needs to be listed or
    above PERSON_WINDOW_FLOOR for the character model ("Kadıköy" opens no window, "Ingrid" does).
    """
    n_tokens = len(token_starts)
    hits: list[int] = []
    for m in names.WORD_START.finditer(text):
        ch = m.group(0)
        if not ch.isupper():
            continue
        start = m.start()
        if known and any(s <= start < e for s, e in known):
            continue
        word = names.word_at(text, start)
        if names.pronoun_i(word):
            continue
        # "TR33", "A4", "B2B": codes, not names or places.
        following = text[start + len(word) : start + len(word) + 1]
        if following.isdigit():
            continue
        initial = _sentence_initial(text, start)
        if initial or persons_only:
            token = names.tokenize(word)  # uncached: single words would evict the prompt's tokens
            if not token or (initial and token[0].stop):
                continue
            tok = token[0]
            if tok.key in names.SALUTATION_KEYS or tok.key in names.NOT_NAME_KEYS:
                continue  # "Hello, ...", "Dear ...": the name, if any, comes after and opens its own window
            listed = names.is_listed(tok)
            floor = sentence_start_floor if initial else PERSON_WINDOW_FLOOR
            if not listed and name_probability(tok.text) < floor:
                continue
        hits.append(int(np.searchsorted(token_starts, start, side="right")) - 1)
    return merged((max(0, i - NER_WINDOW), min(n_tokens, i + NER_WINDOW + 1)) for i in hits)


def character_ranges(
    text: str, token_starts: np.ndarray, windows: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Token windows ``[a, b)`` as character ranges of ``text``: from the first token's start to
    the next token's (the text's end after the last), so a window keeps the spaces it ends with."""
    n = len(token_starts)
    return [(int(token_starts[a]), int(token_starts[b]) if b < n else len(text)) for a, b in windows]


def merged(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges [a, b) in order, those that overlap or touch made one."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


_TOKEN = re.compile(r"\w+|[^\w\s]")
_LINE = re.compile(r"[^\n]+")
# The ONNX NER reads more than spaCy: it decides on its own reading, so a wider net costs its
# tokens (bounded by pii.onnx_ner_max_tokens) more than its precision. A sentence's first word opens
# a window from a lower name-likeness ("Naseer: I never authorised that charge", "Sumitra, could
# you resend..."; "Please" and "Could" stay out), and a line without a capital letter is read
# whole: its writer does not capitalise, so no capital marks the name ("abi zeycan bugün gelmiyor").
ONNX_SENTENCE_START_NAME_PROBABILITY = 0.1
# Lower-case Latin letters (Latin-1 and Latin Extended-A/B: "ş", "ğ", "ı", "ø"). Rampart's
# vocabulary spells other scripts a letter (Hangul a jamo) a token, and it learnt no names there:
# a Korean, Arabic or Cyrillic line without capitals is no lower-case writer's Latin it can read.
_LATIN_LOWER = re.compile(r"[a-zß-öø-ÿ\u0100-\u024f]")
# A line of this many words or more in which fewer than this share are function words is no
# sentence of a language the name model reads (keywords, a stack trace, a column list, random
# vocabulary): without a sentence around a lower-case word there is nothing to tell a name by, and
# such a line would fill the model's budget with words (on the gateway benchmark's random-token
# prompts it read 1.3 words a prompt as names). Its capitalised words still open windows.
WORD_LIST_MIN_WORDS = 20
WORD_LIST_MAX_FUNCTION_SHARE = 0.1
# Unless it is a list of people: at least this share of its words listed given names ("attendees:
# maria lopez, john smith, ...": 0.7; the gateway benchmark's random vocabulary at most 0.2). Not
# surnames: English ones are words ("ridge", "marsh", "walker") and fill half of a list of words.
NAME_LIST_MIN_SHARE = 0.4


def line_read_whole(line: str) -> bool:
    """Whether the name model reads a line whole: lower-case Latin letters, no capital, and written
    as sentences (or Turkish, whose function words are mostly suffixes) or as a list of names, not
    as a list of other words."""
    if any(c.isupper() for c in line) or not _LATIN_LOWER.search(line):
        return False
    words, share = function_word_share(line)
    if words < WORD_LIST_MIN_WORDS or share >= WORD_LIST_MAX_FUNCTION_SHARE or looks_turkish(line):
        return True
    given_names = sum(names.is_first(t) for t in names.tokenize(line) if not t.stop)
    return given_names >= NAME_LIST_MIN_SHARE * words


def candidate_ranges(text: str, persons_only: bool = False) -> list[tuple[int, int]]:
    """Character ranges a second NER reads when it reads only around possible names: the windows of
    ``ner_windows`` (from a plain word split instead of spaCy's tokenizer, a lower bar for a
    sentence's first word) and every line ``line_read_whole``, merged where they meet."""
    starts = np.fromiter((m.start() for m in _TOKEN.finditer(text)), dtype=np.int64)
    if not len(starts):
        return []
    known = (
        [(a, b) for a, b, score, _ in names.find_names(text) if score >= names.STRONG]
        if persons_only
        else None
    )
    windows = ner_windows(text, starts, known, persons_only, ONNX_SENTENCE_START_NAME_PROBABILITY)
    ranges = character_ranges(text, starts, windows)
    ranges += [(m.start(), m.end()) for m in _LINE.finditer(text) if line_read_whole(m.group(0))]
    return merged(ranges)


def range_likeness(text: str, span: tuple[int, int], vocabulary: Vocab | None = None) -> float:
    """How name-like a candidate range's most name-like word is, for a budget of model tokens to
    read the likeliest first: 1 for a listed name; else the character model's probability, halved
    for a word spaCy's vectors know in that spelling ("Quarterly", "Report": ordinary words; the
    rare names the rules miss, "Naseer", "Haruto", "Wiola", have none) and raised into the upper
    half for one they do not. Its capitalised words count, or all of them in a line without capitals."""
    words = [m.group(0) for m in names.WORD.finditer(text, span[0], span[1])]
    capitalised = [w for w in words if w[:1].isupper()]
    best = 0.0
    for token in names.tokenize(" ".join(capitalised or words)):
        if names.is_listed(token):
            return 1.0
        if token.stop:
            continue
        p = name_probability(token.text)
        known = vocabulary is not None and vocabulary.has_vector(token.text)
        best = max(best, p / 2 if known else 0.5 + p / 2)
    return best


def spacy_vocabulary(nlp_engine: Any, language: str) -> Vocab | None:
    """The vocabulary of a Presidio NLP engine's spaCy pipeline for ``language``, None when the
    engine is not spaCy's (or there is none)."""
    nlp = getattr(nlp_engine, "nlp", {}).get(language)
    return nlp.vocab if nlp is not None else None


def windowed_ner_artifacts(
    analyzer: AnalyzerEngine, text: str, language: str, persons_only: bool = False
) -> NlpArtifacts | None:
    """Presidio's artifacts with spaCy's NER run only on ``ner_windows`` of the text.

    The same pipeline as ``nlp(text)`` (tokenizer, lower-case lemmas, NER) and the same conversion to
    Presidio's entities; only the NER, most of a scan's CPU, reads a part of the text. With
    ``persons_only`` (the policy asks for PERSON, not LOCATION), words of names the lists already
    settle at the strong score ("Ayşe Yılmaz", "Sayın Demir") open no window: spaCy's reading
    could only agree. None when the analyzer is not ours.
    """
    engine: Any = analyzer.nlp_engine
    nlp = getattr(engine, "nlp", {}).get(language)
    if nlp is None or _LEMMA_PIPE not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        return None
    doc = _lower_lemma(nlp.make_doc(text))
    arrays: Any = doc.to_array([IDX, LOWER, ORTH])
    starts = np.asarray(arrays[:, 0], dtype=np.int64)
    known = (
        [(a, b) for a, b, score, _ in names.find_names(text) if score >= names.STRONG]
        if persons_only
        else None
    )
    windows = ner_windows(text, starts, known, persons_only)
    ents: list[Span] = []
    if windows:
        read_entities = entity_reader(nlp.get_pipe("ner"))
        # Each window is tokenized again from its own text (cheaper than Doc.as_doc, which copies
        # every token attribute); the entities come back to the whole doc by character offsets.
        bounds = character_ranges(text, starts, windows)
        parts = [nlp.make_doc(text[s:e]) for s, e in bounds]
        for (offset, _), part in zip(bounds, read_entities(parts), strict=True):
            for e in part.ents:
                span = doc.char_span(
                    e.start_char + offset, e.end_char + offset, e.label_, alignment_mode="expand"
                )
                if span is not None and not any(span.start < o.end and o.start < span.end for o in ents):
                    ents.append(span)
    doc.ents = ents
    # What engine._doc_to_nlp_artifact does, from arrays instead of a Token object per token.
    strings = nlp.vocab.strings
    found, scores = engine._get_updated_entities(
        list(doc.ents), [engine.ner_model_configuration.default_score] * len(doc.ents)
    )
    return _Artifacts(
        entities=found,
        tokens=[strings[int(h)] for h in arrays[:, 2]],  # texts, not the Doc: see token_lists
        tokens_indices=starts.tolist(),
        lemmas=[strings[int(h)] for h in arrays[:, 1]],
        nlp_engine=engine,
        language=language,
        scores=scores,
    )


# spaCy labels we never redact; listing them keeps Presidio from warning on every call.
_IGNORED_NER_LABELS = (
    "CARDINAL",
    "ORDINAL",
    "QUANTITY",
    "MONEY",
    "PERCENT",
    "DATE",
    "TIME",
    "LANGUAGE",
    "LAW",
    "EVENT",
    "WORK_OF_ART",
    "PRODUCT",
    "FAC",
    "NORP",
    "ORG",
)


def build_analyzer(spacy_model: str, language: str, person_names: bool = True) -> AnalyzerEngine:
    """Name the spaCy model explicitly: the default engine tries to download en_core_web_lg.

    ``person_names`` adds the name-list recognizer (guard/pii/names.py) to spaCy's NER and drops
    spaCy's PERSON/LOCATION spans that have no capital letter; False gives spaCy's NER alone.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": language, "model_name": resolve_spacy_model(spacy_model)}],
        "ner_model_configuration": {"labels_to_ignore": list(_IGNORED_NER_LABELS)},
    }
    try:
        nlp_engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    except (OSError, ValueError) as exc:
        raise ScannerUnavailableError(f"spaCy model {spacy_model!r} is not installed: {exc}") from exc
    spacy_nlp = getattr(nlp_engine, "nlp", {}).get(language)
    if spacy_nlp is not None:
        for pipe in _UNUSED_PIPES:
            if pipe in spacy_nlp.pipe_names:
                spacy_nlp.disable_pipe(pipe)
        if _LEMMA_PIPE not in spacy_nlp.pipe_names:
            spacy_nlp.add_pipe(_LEMMA_PIPE, first=True)
        _numpy_gemm(spacy_nlp)
    registry = RecognizerRegistry(supported_languages=[language])
    for recognizer in build_recognizers(language, person_names):
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=[language])
    # The first call pays spaCy's lazy initialisation; do it here, not on a customer's request.
    analyzer.analyze("warm up john@example.com", language=language)
    if person_names and spacy_nlp is not None:
        name_vectors.name_similarity(spacy_nlp.vocab, "John")  # the given names' mean, ~0.4 s once
        word_classes("storefront")  # WordNet's index for the name filters, ~50 ms once
        names.drugs()  # the medicine names the name filters read, ~8 ms once
    log.info("presidio analyzer ready with %s", spacy_model)
    return analyzer
