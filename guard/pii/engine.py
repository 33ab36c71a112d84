"""Builds a Presidio analyzer that never touches the network."""

from __future__ import annotations

import logging
import os
from typing import Any

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngineProvider
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps

from guard.errors import ScannerUnavailableError
from guard.pii.recognizers import NER_ENTITY_TYPES, build_recognizers

log = logging.getLogger(__name__)

# In en_core_web_sm the NER has its own embedding layer; the shared tok2vec only feeds the tagger
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


def tokens_only_artifacts(analyzer: AnalyzerEngine, text: str, language: str) -> NlpArtifacts | None:
    """What Presidio's context words need (tokens, lemmas), without running the NER.

    For scans that ask for no NER entity (an output policy without names and places, say), the NER
    is most of the cost and its entities would be thrown away. None when the analyzer is not ours.
    """
    engine = analyzer.nlp_engine
    nlp = getattr(engine, "nlp", {}).get(language)
    if nlp is None or _LEMMA_PIPE not in nlp.pipe_names:
        return None
    doc = _lower_lemma(nlp.make_doc(text))
    return NlpArtifacts(
        entities=[],
        tokens=doc,
        tokens_indices=[token.idx for token in doc],
        lemmas=[token.lemma_ for token in doc],
        nlp_engine=engine,
        language=language,
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
        "models": [{"lang_code": language, "model_name": spacy_model}],
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
    log.info("presidio analyzer ready with %s", spacy_model)
    return analyzer
