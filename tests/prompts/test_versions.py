from __future__ import annotations

import pytest
import semver
from hypothesis import given
from hypothesis import strategies as st

from inference.prompts import InvalidVersionSpec, VersionSpec, parse_version

AVAILABLE = [
    semver.Version.parse(v)
    for v in [
        "0.1.0",
        "0.1.5",
        "0.2.0",
        "1.0.0",
        "1.1.0",
        "1.1.3",
        "1.2.0",
        "2.0.0-rc.1",
        "2.0.0",
        "2.1.0-rc.1",
        "2.1.0",
        "2.3.4",
        "3.0.0-beta.2",
    ]
]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (None, "2.3.4"),
        ("latest", "2.3.4"),
        ("*", "2.3.4"),
        ("2.0.0", "2.0.0"),
        ("v2.0.0", "2.0.0"),
        ("=1.1.0", "1.1.0"),
        ("2.0.0-rc.1", "2.0.0-rc.1"),
        ("v2.0.0-rc.1", "2.0.0-rc.1"),
        ("3.0.0-beta.2", "3.0.0-beta.2"),
        ("^2.0", "2.3.4"),
        ("^1.0.0", "1.2.0"),
        ("^1.1.1", "1.2.0"),
        ("^0.1.0", "0.1.5"),
        ("^0.1", "0.1.5"),
        ("^0", "0.2.0"),
        ("~1.1", "1.1.3"),
        ("~1.1.0", "1.1.3"),
        ("~1", "1.2.0"),
        ("1.1", "1.1.3"),
        ("1", "1.2.0"),
        ("1.x", "1.2.0"),
        (">=1.0,<2", "1.2.0"),
        (">=1.0, <2", "1.2.0"),
        (">= 1.0 < 2", "1.2.0"),
        (">1.1.0 <=2.0.0", "2.0.0"),
        ("<1.0.0", "0.2.0"),
        ("!=2.3.4", "2.1.0"),
        ("^1.0 || ^0.1", "1.2.0"),
        ("<1 || >=2.1 <2.2", "2.1.0"),
        # a range naming a pre-release may pick pre-releases of that same release...
        (">=2.1.0-rc.1 <2.1.0", "2.1.0-rc.1"),
        ("^2.0.0-rc.1", "2.3.4"),
        ("~2.0.0-rc.1 <2.0.0", "2.0.0-rc.1"),
    ],
)
def test_resolves_to_highest_matching_version(spec: str | None, expected: str) -> None:
    assert str(VersionSpec.parse(spec).best(AVAILABLE)) == expected


@pytest.mark.parametrize("spec", ["^2.1.1 <2.1.1", ">=2.0.0-rc.0 <2.0.0-rc.1", "4.0.0", "^4", "<0"])
def test_nothing_matches(spec: str) -> None:
    assert VersionSpec.parse(spec).best(AVAILABLE) is None


def test_ranges_never_pick_prereleases_of_other_releases() -> None:
    versions = [semver.Version.parse(v) for v in ["1.0.0", "1.1.0-rc.1", "2.0.0-rc.1"]]
    assert str(VersionSpec.parse("^1.0").best(versions)) == "1.0.0"
    assert str(VersionSpec.parse(">=1.0.0").best(versions)) == "1.0.0"
    assert VersionSpec.parse("^2.0").best(versions) is None
    assert str(VersionSpec.parse("^2.0.0-rc.0").best(versions)) == "2.0.0-rc.1"


@pytest.mark.parametrize("bad", ["^two", "1.2.3.4", ">>1", "1.x.3", "x.1", "v", "1.0 || ", "~", "=="])
def test_bad_specs_raise_typed_error(bad: str) -> None:
    with pytest.raises(InvalidVersionSpec):
        VersionSpec.parse(bad)


def test_parse_version_rejects_non_semver() -> None:
    assert parse_version("v2.0.0-rc.1") == semver.Version(2, 0, 0, "rc.1")
    with pytest.raises(InvalidVersionSpec):
        parse_version("v2.0")


versions = st.builds(
    semver.Version,
    st.integers(0, 20),
    st.integers(0, 20),
    st.integers(0, 20),
    st.one_of(st.none(), st.sampled_from(["rc.1", "beta.2", "alpha"])),
)


@given(versions)
def test_exact_spec_matches_only_itself(version: semver.Version) -> None:
    spec = VersionSpec.parse(f"v{version}")
    assert spec.matches(version)
    assert not spec.matches(version.bump_patch())


@given(versions, versions)
def test_caret_agrees_with_its_definition(base: semver.Version, candidate: semver.Version) -> None:
    stable = semver.Version(base.major, base.minor, base.patch)
    if stable.major > 0:
        upper = semver.Version(stable.major + 1, 0, 0)
    elif stable.minor > 0:
        upper = semver.Version(0, stable.minor + 1, 0)
    else:
        upper = semver.Version(0, 0, stable.patch + 1)
    expected = stable <= candidate < upper and candidate.prerelease is None
    assert VersionSpec.parse(f"^{stable}").matches(candidate) == expected
