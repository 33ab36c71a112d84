"""The PII scanner: Presidio findings turned into redactions with typed placeholders."""

from __future__ import annotations

import functools
import re

import numpy as np
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from guard.detection_cache import DetectionCache
from guard.pii import names
from guard.pii.engine import (
    NER_ENTITIES,
    build_analyzer,
    candidate_ranges,
    range_likeness,
    spacy_vocabulary,
    tokens_only_artifacts,
    windowed_ner_artifacts,
)
from guard.pii.hf_ner import shared_hf_ner
from guard.pii.language import looks_turkish
from guard.pii.name_cues import CELL_BORDER, SIGN_OFF_KEYS, opens_field_label
from guard.pii.name_tables import column_mates, header_rows, list_mates, thing_cells
from guard.pii.ner_filters import (
    attributive_name,
    code_identifier,
    courtesy_only,
    dose_or_secret,
    firm_name,
    institution_name,
    line_label,
    lower_case_in_capitalised_prose,
    mail_marker_lines,
    medicine_name,
    named_by_frame,
    ordinary_words,
    person_span,
    unit_or_eponym,
    without_calendar_words,
)
from guard.pii.onnx_ner import OnnxNerRecognizer, model_folder, shared_onnx_ner
from guard.pii.person_span_model import PersonSpanModel, Readings, settled, shipped_model, span_features
from guard.policy import PIIPolicy
from guard.redaction import apply_redactions
from guard.scanner import Finding, ScanContext, ScanResult, result_from


class PIIScanner:
    name = "pii"

    def __init__(
        self,
        policy: PIIPolicy,
        analyzer: AnalyzerEngine | None = None,
        windowed_ner: bool = True,
        *,
        cache_entries: int = 0,
    ) -> None:
        self._policy = policy
        # scan() of a text read before (a conversation's earlier turns) reuses its findings;
        # detect() itself, which the streamed leak check calls on growing buffers, always reads.
        self._cache: DetectionCache[tuple[Finding, ...]] = DetectionCache(self.name, cache_entries)
        self._analyzer = analyzer or build_analyzer(policy.spacy_model, policy.language)
        self._needs_ner = bool(NER_ENTITIES.intersection(policy.entities))
        # spaCy's NER only around capitalised words (engine.ner_windows); False: over the whole text.
        self._windowed_ner = windowed_ner
        self._persons_only = "LOCATION" not in policy.entities
        self._vocabulary = spacy_vocabulary(self._analyzer.nlp_engine, policy.language)
        self._hf_ner = (
            shared_hf_ner(policy.hf_ner_model_path, tuple(policy.hf_ner_labels.items()), policy.hf_ner_device)
            if policy.hf_ner_model_path and self._needs_ner
            else None
        )
        onnx_folder = model_folder(policy.onnx_ner_model_path) if self._needs_ner else None
        self._onnx_ner = (
            shared_onnx_ner(onnx_folder, tuple(policy.onnx_ner_labels.items()), policy.onnx_ner_threshold)
            if onnx_folder
            else None
        )
        # Only where PERSON is asked for: the model judges names, nothing else.
        self._span_model: PersonSpanModel | None = (
            shipped_model() if policy.person_span_model and "PERSON" in policy.entities else None
        )

    @property
    def analyzer(self) -> AnalyzerEngine:
        return self._analyzer

    @property
    def finds_names_or_places(self) -> bool:
        """Whether it looks for entities that span ordinary words (people, places), not only
        identifiers."""
        return self._needs_ner

    def detect(self, text: str) -> list[Finding]:
        if not text.strip():
            return []
        kept, readings = self._kept_results(text)
        kept = _with_column_and_list_mates(text, self._likely_people(text, kept, readings))
        return [
            Finding(
                scanner=self.name,
                entity_type=r.entity_type,
                start=r.start,
                end=r.end,
                score=float(r.score),
                action=self._policy.action_for(r.entity_type),
            )
            for r in kept
        ]

    def person_span_rows(self, text: str) -> list[tuple[int, int, list[float]]]:
        """Each PERSON span the readers and rules keep, before the learned check, with its row of
        ``person_span_model.FEATURES``: what ``benchmarks/train_person_span_model.py`` learns from."""
        if not text.strip():
            return []
        kept, readings = self._kept_results(text)
        people = [r for r in kept if r.entity_type == "PERSON"]
        return [
            (r.start, r.end, row) for r, row in zip(people, self._rows(text, people, readings), strict=True)
        ]

    def _rows(self, text: str, people: list[RecognizerResult], readings: Readings) -> list[list[float]]:
        turkish = bool(people) and looks_turkish(text)
        return [
            span_features(text, r.start, r.end, r.score, readings, self._vocabulary, turkish) for r in people
        ]

    def _likely_people(
        self, text: str, results: list[RecognizerResult], readings: Readings
    ) -> list[RecognizerResult]:
        people = [r for r in results if r.entity_type == "PERSON"]
        if not people or self._span_model is None:
            return results
        rows = np.array(self._rows(text, people, readings))
        threshold = self._policy.person_span_threshold
        if threshold is None:
            threshold = self._span_model.threshold
        likely = np.where(settled(rows), 1.0, self._span_model.probabilities(rows))
        dropped = {id(r) for r, p in zip(people, likely, strict=True) if p < threshold}
        return [r for r in results if id(r) not in dropped]

    def _kept_results(self, text: str) -> tuple[list[RecognizerResult], Readings]:
        """The spans every reader, rule and filter before the learned check keeps, and what read
        PERSON spans before the filters (the learned check's evidence)."""
        artifacts = None
        if not self._needs_ner:
            artifacts = tokens_only_artifacts(self._analyzer, text, self._policy.language)
        elif self._windowed_ner:
            artifacts = windowed_ner_artifacts(
                self._analyzer, text, self._policy.language, persons_only=self._persons_only
            )
        analyzed = self._analyzer.analyze(
            text,
            language=self._policy.language,
            entities=self._policy.entities,
            score_threshold=self._policy.score_threshold,
            nlp_artifacts=artifacts,
        )
        if self._hf_ner is not None:
            analyzed += [
                r
                for r in self._hf_ner.analyze(text, self._policy.entities)
                if r.score >= self._policy.score_threshold
            ]
        results = list(analyzed)
        onnx: list[RecognizerResult] = []
        if self._onnx_ner is not None:
            onnx = [
                r
                for r in self._onnx_findings(self._onnx_ner, text)
                if r.score >= self._policy.score_threshold
            ]
            results += onnx
        results = [_first_line(text, r) if r.entity_type == "PERSON" else r for r in results]
        results = [c for r in results for c in (_cells(text, r) if r.entity_type == "PERSON" else [r])]
        results = [r for r in map(functools.partial(_calendar_trimmed, text), results) if r is not None]
        results = [r for r in results if not _no_name(text, r)]
        # Words a table's header or a mail client wrote, or a cell of a column that holds no people,
        # are no one's name, whatever a model reads.
        labels = header_rows(text) + mail_marker_lines(text) + thing_cells(text)
        if labels:
            results = [
                r
                for r in results
                if r.entity_type != "PERSON" or not any(a <= r.start and r.end <= b for a, b in labels)
            ]
        results = [_with_capitals_after(text, r) for r in results]
        # Recognizers may agree on a span but not on its type (a ten-digit VKN also parses as a phone
        # number); the better-scored reading wins, so the placeholder says what the value most likely is.
        best: dict[tuple[int, int], RecognizerResult] = {}
        for r in results:
            key = (r.start, r.end)
            if key not in best or r.score > best[key].score:
                best[key] = r
        kept = [
            r
            for r in best.values()
            if not any(
                o is not r and o.start <= r.start and r.end <= o.end and o.score >= r.score
                for o in best.values()
            )
        ]
        return kept, Readings(analyzed, onnx)

    def _onnx_findings(self, ner: OnnxNerRecognizer, text: str) -> list[RecognizerResult]:
        found = self._onnx_raw(ner, text)
        if not self._policy.onnx_ner_filters:
            return found
        kept = []
        for r in found:
            span = person_span(text, r.start, r.end) if r.entity_type == "PERSON" else (r.start, r.end)
            if span is not None:
                kept.append(RecognizerResult(r.entity_type, span[0], span[1], r.score))
        return kept

    def _onnx_raw(self, ner: OnnxNerRecognizer, text: str) -> list[RecognizerResult]:
        scope = self._policy.onnx_ner_scope
        entities = self._policy.entities
        if scope == "text":
            return ner.analyze(text, entities)
        if scope == "english":
            return [] if looks_turkish(text) else ner.analyze(text, entities)
        return ner.analyze_ranges(
            text,
            candidate_ranges(text, self._persons_only),
            entities,
            max_tokens=self._policy.onnx_ner_max_tokens,
            priority=functools.partial(range_likeness, text, vocabulary=self._vocabulary),
        )

    def scan(self, text: str, context: ScanContext) -> ScanResult:
        findings = self._cache.get_or_compute(text, lambda: tuple(self.detect(text)))
        # Only values the caller sent may come back; PII the model produced on its own stays masked.
        reversible = self._policy.mode == "pseudonymize" and context.direction == "input"
        return result_from(apply_redactions(text, findings, context.vault, reversible), findings)


def _calendar_trimmed(text: str, r: RecognizerResult) -> RecognizerResult | None:
    if r.entity_type != "PERSON":
        return r
    span = without_calendar_words(text, r.start, r.end)
    if span is None:
        return None
    return r if span == (r.start, r.end) else RecognizerResult(r.entity_type, span[0], span[1], r.score)


def _no_name(text: str, r: RecognizerResult) -> bool:
    """A field's label ("ADI SOYADI:", "Veli Cep Tel:"), a firm, an institution ("Conway Pharmacy"),
    a drug before its dose, a unit or an eponym ("300 Kelvin", "Bell's palsy"), a password or a
    piece of code ("__len__"), whoever read it; a medicine's name, a PERSON span of frequent words
    only, a sign-off ("Viele Grüße") or a lower-case word in capitalised prose, unless a strong cue
    of the name rules put it there: "Mr Obama", "Sayın Ilgi", "Dr. Fras" stay; "Sorumlu:" read by
    spaCy, "Başlangıç" or "ADI" by Rampart, "on Xeljanz" go."""
    if r.entity_type != "PERSON":
        return False
    if (
        line_label(text, r.start, r.end)
        or firm_name(text, r.start, r.end)
        or institution_name(text, r.start, r.end)
        or attributive_name(text, r.start, r.end)
        or named_by_frame(text, r.start, r.end)
        or dose_or_secret(text, r.start, r.end)
        or unit_or_eponym(text, r.start, r.end)
        or code_identifier(text, r.start, r.end)
    ):
        return True  # whoever read it: the rules take "Veli" in "Veli Cep Tel:" for a given name
    recognizer = (r.recognition_metadata or {}).get("recognizer_name")
    by_rules = recognizer == "PersonNameRecognizer"
    if by_rules and r.score >= names.STRONG:
        return False
    # The rarer frequent words hold more unlisted names: a cue of the rules ("Arınç ile görüştüm",
    # "Bunu Misal ile Yekta hazırladı") outweighs them, only a model's reading is doubted.
    return (
        medicine_name(text, r.start, r.end)  # "Dr. Fras", "Narcan hanım" stay people
        or ordinary_words(text, r.start, r.end, less_common=not by_rules)
        or opens_field_label(text, r.start, r.end)
        or courtesy_only(text, r.start, r.end)
        or lower_case_in_capitalised_prose(text, r.start, r.end)
    )


def _with_column_and_list_mates(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """The kept spans, with each name-shaped cell of a column of people (``column_mates``) or item
    of a list of people (``list_mates``) a PERSON span whole: after the learned check, which weighs
    a span's own words, not its column."""
    people = tuple((r.start, r.end) for r in results if r.entity_type == "PERSON")
    mates = column_mates(text, people) + list_mates(text, people)
    if not mates:
        return results
    others = [(r.start, r.end) for r in results if r.entity_type != "PERSON"]
    cells = [(a, b) for a, b in mates if not any(x < b and a < y for x, y in others)]
    kept = [
        r
        for r in results
        if r.entity_type != "PERSON" or not any(a <= r.start and r.end <= b for a, b in cells)
    ]
    return kept + [RecognizerResult("PERSON", a, b, names.WEAK) for a, b in cells]


def _with_capitals_after(text: str, r: RecognizerResult) -> RecognizerResult:
    if r.entity_type != "PERSON":
        return r
    end = names.with_capitals_after(text, r.end)
    return r if end == r.end else RecognizerResult(r.entity_type, r.start, end, r.score)


def _first_line(text: str, r: RecognizerResult) -> RecognizerResult:
    """A name never runs across a line break: spaCy's "Sevgül Dağdelen\nBilgi" in an e-mail header
    takes the next line's label with it, "Elghamry Kiba\nCharge Nurse" a signature's title. A
    PERSON span that crosses one keeps its first line with letters that is no field's label (a
    colon right after it) and no greeting or sign-off alone ("Regards,\nLauren")."""
    if "\n" not in text[r.start : r.end]:
        return r
    for m in _LINE_PIECE.finditer(text, r.start, r.end):
        label = text[m.end() : m.end() + 1] == ":"
        words = names.tokenize(m.group(0))
        courtesy = all(w.key in names.SALUTATION_KEYS or w.key in SIGN_OFF_KEYS for w in words)
        if any(c.isalpha() for c in m.group(0)) and not label and not courtesy:
            return RecognizerResult(r.entity_type, m.start(), m.end(), r.score)
    return r


_LINE_PIECE = re.compile(r"[^\s](?:[^\n]*[^\s])?")


def _cells(text: str, r: RecognizerResult) -> list[RecognizerResult]:
    """A name never runs across a table's cell border (a tab, a "|", two spaces or more in a table
    aligned with spaces): spaCy reads a rota's row "SALI, Kamil Çakar, Tülay Ç." or "Żanna Jaroń,
    Tedarik Yönetimi", tab-separated, as one person, Rampart an e-Devlet row "ÖZGÜL    Kendi".
    Each cell with letters becomes a span of its own, for the filters after to judge ("SALI" is a
    weekday, "Tedarik Yönetimi" a department)."""
    if not CELL_BORDER.search(text, r.start, r.end):
        return [r]
    metadata = r.recognition_metadata
    return [
        RecognizerResult(r.entity_type, m.start(), m.end(), r.score, recognition_metadata=metadata)
        for m in _CELL_PIECE.finditer(text, r.start, r.end)
        if any(c.isalpha() for c in m.group(0))
    ]


# Words joined by one space (or a no-break space): two or more, a tab or a "|" part cells.
_CELL_PIECE = re.compile(r"[^\s|]+(?:[^\S\t\n][^\s|]+)*")
