"""The spec fetcher: local copies, cache, hash verification, clear errors, and no network in tests."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tools import specs
from tools.testing import SHARED_DIR, require


@pytest.fixture
def pins_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A pin file for one small fake spec whose content we control."""
    content = b'{"definitions": {}}'
    pins = {
        "demo": {
            "version": "v1.0.0",
            "files": {
                "schema.json": {
                    "url": "https://example.invalid/schema.json",
                    "sha256": hashlib.sha256(content).hexdigest(),
                }
            },
        }
    }
    path = tmp_path / "pins.json"
    path.write_text(json.dumps(pins))
    monkeypatch.setattr(specs, "PINS_FILE", path)
    monkeypatch.setenv(specs.SPECS_DIR_ENV, str(tmp_path / "local"))
    monkeypatch.setenv(specs.CACHE_DIR_ENV, str(tmp_path / "cache"))
    return path


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace urlopen: record requested URLs and fail, so a test can prove nothing was downloaded."""
    calls: list[str] = []

    def fake_urlopen(url: str, timeout: float) -> None:
        calls.append(url)
        raise OSError("network disabled in tests")

    monkeypatch.setattr(specs.urllib.request, "urlopen", fake_urlopen)
    return calls


def write_local(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / "local" / "demo" / "v1.0.0" / "schema.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    return path


def test_pins_match_the_shared_readme_hashes() -> None:
    pins = specs.load_pins()
    assert {(p.project, p.filename) for p in pins.values()} == {
        ("argo-workflows", "swagger.json"),
        ("argo-workflows", "schema.json"),
        ("argo-events", "swagger.json"),
        ("argo-events", "schema.json"),
    }
    readme = require(SHARED_DIR / "README.md").read_text()
    for pin in pins.values():
        assert f"{pin.sha256}  specs/{pin.relative_path}" in readme
        assert pin.url.endswith(pin.filename) and pin.version in pin.url


def test_local_copy_is_used_and_verified(pins_file: Path, tmp_path: Path, no_network: list[str]) -> None:
    local = write_local(tmp_path, b'{"definitions": {}}')
    assert specs.spec_path("demo", "schema.json") == local
    assert specs.load_spec("demo", "schema.json") == {"definitions": {}}
    assert no_network == []


def test_hash_mismatch_names_both_hashes(pins_file: Path, tmp_path: Path, no_network: list[str]) -> None:
    write_local(tmp_path, b"tampered")
    expected = specs.get_pin("demo", "schema.json").sha256
    actual = hashlib.sha256(b"tampered").hexdigest()
    with pytest.raises(specs.SpecError) as info:
        specs.spec_path("demo", "schema.json")
    assert expected in str(info.value) and actual in str(info.value)
    assert no_network == []


def test_missing_file_without_network_says_where_it_looked(
    pins_file: Path, tmp_path: Path, no_network: list[str]
) -> None:
    with pytest.raises(specs.SpecError) as info:
        specs.spec_path("demo", "schema.json")
    message = str(info.value)
    assert "demo/v1.0.0/schema.json" in message
    assert str(tmp_path / "local") in message
    assert specs.SPECS_DIR_ENV in message
    assert no_network == ["https://example.invalid/schema.json"]


def test_download_disabled_is_a_clear_error(pins_file: Path, no_network: list[str]) -> None:
    with pytest.raises(specs.SpecError, match="downloading is disabled"):
        specs.spec_path("demo", "schema.json", allow_download=False)
    assert no_network == []


def test_download_is_verified_before_it_is_cached(
    pins_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Response:
        def __init__(self, data: bytes) -> None:
            self.data = data

        def __enter__(self) -> Response:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def read(self) -> bytes:
            return self.data

    served = [b"wrong bytes", b'{"definitions": {}}']
    monkeypatch.setattr(specs.urllib.request, "urlopen", lambda url, timeout: Response(served.pop(0)))
    cached = tmp_path / "cache" / "demo" / "v1.0.0" / "schema.json"

    with pytest.raises(specs.SpecError, match="sha256 mismatch"):
        specs.spec_path("demo", "schema.json")
    assert not cached.exists(), "a file that failed verification must not be left in the cache"
    assert list(cached.parent.iterdir()) == []

    assert specs.spec_path("demo", "schema.json") == cached
    assert cached.read_bytes() == b'{"definitions": {}}'


def test_unknown_spec_lists_the_pinned_ones(pins_file: Path) -> None:
    with pytest.raises(specs.SpecError, match=r"pinned: demo/schema\.json"):
        specs.get_pin("argo-nothing", "schema.json")


def test_real_pins_verify_against_shared_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    require(SHARED_DIR / "specs")
    monkeypatch.setenv(specs.SPECS_DIR_ENV, str(SHARED_DIR / "specs"))
    for project, filename in specs.load_pins():
        path = specs.spec_path(project, filename, allow_download=False)
        assert path.is_relative_to(SHARED_DIR / "specs")
