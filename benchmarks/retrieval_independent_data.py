"""A knowledge base and questions this project did not write: the FAQs of Debian's documentation packages.

Sources (Debian packages, installed with `apt-get install python3.11-doc debian-faq`; nothing of them is
copied into this repository):

* `python3.11-doc`: the Python 3.11 documentation (PSF License). Its FAQ pages hold 175 questions as
  section headings; the section under each is the answer, written by the Python documentation authors.
* `debian-faq`: the Debian FAQ (SPI; verbatim and modified copies permitted). Same structure.

Each answer becomes one document of the knowledge base, without its question (the question is the query,
so keeping it would make every method find it by copy). Its title is its FAQ page's title. The other
pages of the Python documentation (tutorial, HOWTOs, language reference, "using", installing, extending)
and the Debian FAQ's sections that are not questions join as distractors, so the answer has to be told
apart from prose on the same topics. A question is relevant to exactly one document, its answer.

The split is fixed by a hash of the question: `dev` (tuned on) and `blind` (looked at once, at the end).
40 % of the questions of each split (again by hash) are asked the way the outside evaluation asked them:
at the end of 1,100 to 7,400 characters of earlier conversation, other answers of the same FAQ.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, Tag

PYTHON_DOCS = Path("/usr/share/doc/python3.11/html")
DEBIAN_FAQ = Path("/usr/share/doc/debian/FAQ")
PYTHON_DISTRACTOR_DIRS = ("tutorial", "howto", "reference", "using", "installing", "extending")
LONG_SHARE = 0.4
LONG_CHARS = (1100, 7400)

_HEADINGS = ("h1", "h2", "h3", "h4", "h5")
_BLOCKS = ("p", "pre", "dt", "li", "td", "blockquote")
_SECTION_NUMBER = re.compile(r"^(\d+\.)+\d*\s+")


@dataclass(frozen=True)
class Document:
    key: str
    title: str
    text: str  # Markdown


@dataclass(frozen=True)
class Question:
    kb: str
    text: str
    relevant: str  # document key
    split: str
    long: bool
    query: str = field(default="")  # what is asked: the question, or a conversation ending with it


def _hash_unit(*parts: str) -> float:
    digest = hashlib.sha256("\x00".join(parts).encode()).hexdigest()
    return int(digest[:12], 16) / float(16**12)


def _clean(text: str) -> str:
    text = text.replace("¶", "").replace("\xa0", " ")
    return re.sub(r"[ \t\r\f\v]+", " ", text).strip()


def _blocks(path: Path) -> tuple[str, list[tuple[int, str]]]:
    """(page title, [(heading level or 0 for text, text)]) in reading order, main content only."""
    soup = BeautifulSoup(path.read_bytes(), "html.parser")
    main = soup.find("div", attrs={"role": "main"}) or soup.find("div", class_="body") or soup.body
    assert isinstance(main, Tag), path
    title_tag = soup.find("title")
    title = _clean(title_tag.get_text(" ")) if title_tag else path.stem
    title = re.sub(r"\s+—\s+Python 3\.11.*$", "", title)
    out: list[tuple[int, str]] = []
    for node in main.find_all([*_HEADINGS, *_BLOCKS]):
        # A block inside another block is read with its container (li > p would count twice).
        if node.name in _BLOCKS and node.find_parent(list(_BLOCKS)) is not None:
            continue
        text = _clean(node.get_text(" " if node.name != "pre" else ""))
        if not text:
            continue
        level = int(node.name[1]) if node.name in _HEADINGS else 0
        if level:
            text = _SECTION_NUMBER.sub("", text)
        out.append((level, text))
    return title, out


def _faq_page(kb: str, path: Path, docs: list[Document], faq: list[tuple[str, str]]) -> None:
    """Split one FAQ page into answer documents (appended to faq as (question, key)) and the rest."""
    title, blocks = _blocks(path)
    rest: list[str] = []
    i = 0
    while i < len(blocks):
        level, text = blocks[i]
        if level and text.endswith("?"):
            answer: list[str] = []
            j = i + 1
            while j < len(blocks) and not (
                blocks[j][0] and (blocks[j][0] <= level or blocks[j][1].endswith("?"))
            ):
                answer.append(blocks[j][1])
                j += 1
            if answer:
                key = f"{kb}/{path.stem}#{len(faq)}"
                docs.append(Document(key, title, f"# {title}\n\n" + "\n\n".join(answer) + "\n"))
                faq.append((text, key))
            i = j
            continue
        rest.append(("#" * level + " " + text) if level else text)
        i += 1
    if sum(len(r) for r in rest) > 200:
        docs.append(Document(f"{kb}/{path.stem}#rest", title, f"# {title}\n\n" + "\n\n".join(rest) + "\n"))


def _page(kb: str, path: Path, root: Path) -> Document:
    title, blocks = _blocks(path)
    lines = [("#" * level + " " + text) if level else text for level, text in blocks]
    key = f"{kb}/{path.relative_to(root).with_suffix('')}"
    return Document(key, title, f"# {title}\n\n" + "\n\n".join(lines) + "\n")


def load(
    python_docs: Path = PYTHON_DOCS, debian_faq: Path = DEBIAN_FAQ
) -> dict[str, tuple[list[Document], list[Question]]]:
    """Knowledge bases by name: (documents, questions)."""
    missing = [p for p in (python_docs / "faq", debian_faq) if not p.is_dir()]
    if missing:
        raise SystemExit(f"missing {', '.join(map(str, missing))}: apt-get install python3.11-doc debian-faq")
    kbs: dict[str, tuple[list[Document], list[Question]]] = {}
    for kb, pages, distractors in (
        (
            "python-faq",
            sorted((python_docs / "faq").glob("*.html")),
            [p for d in PYTHON_DISTRACTOR_DIRS for p in sorted((python_docs / d).rglob("*.html"))],
        ),
        ("debian-faq", sorted(debian_faq.glob("*.en.html")), []),
    ):
        docs: list[Document] = []
        faq: list[tuple[str, str]] = []
        for page in pages:
            _faq_page(kb, page, docs, faq)
        root = python_docs if kb == "python-faq" else debian_faq
        docs += [_page(kb, p, root) for p in distractors]
        answers = {d.key: d.text.split("\n\n", 1)[1] for d in docs if d.key in {k for _, k in faq}}
        questions = []
        for text, key in faq:
            split = "blind" if _hash_unit("split", kb, text) < 0.5 else "dev"
            long = _hash_unit("long", kb, text) < LONG_SHARE
            query = _conversation(kb, text, key, answers) if long else text
            questions.append(Question(kb, text, key, split, long, query))
        kbs[kb] = (docs, questions)
    return kbs


def _conversation(kb: str, question: str, relevant: str, answers: dict[str, str]) -> str:
    """The question at the end of 1,100-7,400 characters of other answers of the same FAQ."""
    rng = random.Random(f"{kb}\x00{question}")
    target = rng.randint(*LONG_CHARS) - len(question) - 2
    others = sorted(k for k in answers if k != relevant)
    rng.shuffle(others)
    background = ""
    for key in others:
        background += answers[key].strip() + "\n\n"
        if len(background) >= target:
            break
    cut = background.rfind(" ", 0, target)
    return background[: max(cut, 0)].rstrip() + "\n\n" + question
