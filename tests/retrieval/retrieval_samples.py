"""Sample documents for retrieval tests, written by hand, plus a tiny PDF writer (no PDF library needed)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader, PdfWriter

VACATION_MD = """# Employee Handbook

Welcome to Northwind Logistics. This handbook explains how we work.

## Vacation policy

Every full-time employee receives twenty-five days of paid vacation per calendar year.
Unused vacation days can be carried over until the end of March of the following year.
Requests go to your line manager at least two weeks ahead.

## Remote work

Staff may work from home up to three days a week. A company laptop with disk encryption is required.
Home offices must have a lockable cabinet for printed customer records.

```python
# This line is code, not a heading
print("hello")
```

## Expense claims

Travel expenses are reimbursed within fourteen days when submitted with receipts.
The per-diem for meals abroad is forty-two euros. Code word for tests: ZEPHYRINE.
"""

BREAD_HTML = """<!doctype html>
<html><head><title>Sourdough Basics</title><style>body { color: red; }</style>
<script>var ignored = "javascript should never be indexed";</script></head>
<body>
<nav>Home | Recipes | Contact</nav>
<h1>Sourdough Basics</h1>
<p>A sourdough starter is a fermented mixture of flour and water that contains wild yeast
and lactic acid bacteria.</p>
<h2>Feeding the starter</h2>
<p>Feed the starter once a day with equal weights of flour and water. Keep it at room temperature
so that it doubles within six hours.</p>
<h2>Baking</h2>
<ul><li>Preheat the oven with a Dutch oven inside to 250 degrees Celsius.</li>
<li>Bake covered for twenty minutes, then uncovered until the crust is deep brown.</li></ul>
<p>Marker for tests: QUILLFEATHER.</p>
</body></html>
"""

ASTRONOMY_TXT = """Jupiter is the largest planet in the solar system.
It is a gas giant made mostly of hydrogen and helium.

The Great Red Spot is a storm on Jupiter that is larger than Earth and has lasted for centuries.

Jupiter has dozens of moons. The four largest, Io, Europa, Ganymede and Callisto, were discovered by
Galileo in 1610. Europa may hide a liquid water ocean under its icy crust. Marker: OBSIDIANFROST.
"""

PDF_PAGES = [
    "Incident Response Runbook\nStep one: isolate the affected server from the network.\n"
    "Step two: preserve the memory image and disk snapshot for forensics.",
    "Escalation\nPage the on-call security engineer within fifteen minutes of detection.\n"
    "Notify the data protection officer when personal data may be affected. Marker: VELLUMQUARTZ.",
]


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: Sequence[str], outline: Sequence[tuple[str, int]] = ()) -> bytes:
    """A valid PDF with one Helvetica text page per entry; `outline` adds bookmarks (title, page index)."""
    objects: dict[int, str] = {}
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    objects[2] = f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>"
    objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    for page_id, text in zip(page_ids, pages, strict=True):
        lines = " ".join(f"({_pdf_escape(line)}) '" for line in text.split("\n"))
        stream = f"BT /F1 11 Tf 14 TL 72 740 Td {lines} ET"
        objects[page_id] = (
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {page_id + 1} 0 R >>"
        )
        objects[page_id + 1] = f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = out.tell()
        out.write(f"{number} 0 obj\n{objects[number]}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for number in sorted(objects):
        out.write(f"{offsets[number]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    data = out.getvalue()
    if not outline:
        return data
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for title, page_index in outline:
        writer.add_outline_item(title, page_index)
    result = io.BytesIO()
    writer.write(result)
    return result.getvalue()


def write_sample_corpus(folder: Path) -> Path:
    (folder / "handbook.md").write_text(VACATION_MD, encoding="utf-8")
    (folder / "web").mkdir()
    (folder / "web" / "sourdough.html").write_text(BREAD_HTML, encoding="utf-8")
    (folder / "jupiter.txt").write_text(ASTRONOMY_TXT, encoding="utf-8")
    (folder / "runbook.pdf").write_bytes(make_pdf(PDF_PAGES, [("Containment", 0), ("Escalation", 1)]))
    (folder / "notes.docx").write_bytes(b"not a supported type, ignored when walking folders")
    return folder
