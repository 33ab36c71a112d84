"""Builds a Presidio analyzer that never touches the network."""

from __future__ import annotations

import logging
import os

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpEngineProvider
from spacy.language import Language
from spacy.tokens import Doc

from guard.errors import ScannerUnavailableError
from guard.pii.recognizers import build_recognizers

log = logging.getLogger(__name__)

# In en_core_web_sm the NER has its own embedding layer; the shared tok2vec only feeds the tagger
# and parser, which Presidio needs solely for lemmas (context words). Running NER alone halves
# spaCy's time; lower-cased token text stands in for lemmas, which is what context matching compares.
_UNUSED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
_LEMMA_PIPE = "stockade_lower_lemma"


@Language.component(_LEMMA_PIPE)
def _lower_lemma(doc: Doc) -> Doc:
    for token in doc:
        token.lemma_ = token.lower_
    return doc


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


def build_analyzer(spacy_model: str, language: str) -> AnalyzerEngine:
    """Name the spaCy model explicitly: the default engine tries to download en_core_web_lg."""
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
    registry = RecognizerRegistry(supported_languages=[language])
    for recognizer in build_recognizers(language):
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=[language])
    # The first call pays spaCy's lazy initialisation; do it here, not on a customer's request.
    analyzer.analyze("warm up john@example.com", language=language)
    log.info("presidio analyzer ready with %s", spacy_model)
    return analyzer
