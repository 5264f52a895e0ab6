"""Verified access to the pinned upstream specs.

`spec_path("argo-workflows", "schema.json")` returns a local path whose sha256 matches the pin in
`spec_pins.json`. The file comes from a local copy when one exists (the directory named by
`HERA_SPECS_DIR`, else `../shared/specs` beside the repository), otherwise it is downloaded from the pinned
URL into a cache directory. A hash mismatch is always a hard error.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

PINS_FILE = Path(__file__).with_name("spec_pins.json")
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LOCAL_DIR = REPO_ROOT.parent / "shared" / "specs"
SPECS_DIR_ENV = "HERA_SPECS_DIR"
CACHE_DIR_ENV = "HERA_SPECS_CACHE"


class SpecError(Exception):
    """A pinned spec could not be found, downloaded or verified."""


@dataclass(frozen=True)
class SpecPin:
    """One pinned upstream file: which project, which release, where it lives and its sha256."""

    project: str
    version: str
    filename: str
    url: str
    sha256: str

    @property
    def relative_path(self) -> Path:
        """Where the file sits below a specs directory, e.g. `argo-workflows/v4.1.2/schema.json`."""
        return Path(self.project) / self.version / self.filename


def load_pins(pins_file: Path | None = None) -> dict[tuple[str, str], SpecPin]:
    """Read the pin file (default `spec_pins.json`) into `{(project, filename): SpecPin}`."""
    raw = json.loads((pins_file or PINS_FILE).read_text())
    pins = {}
    for project, entry in raw.items():
        for filename, file_pin in entry["files"].items():
            pins[(project, filename)] = SpecPin(
                project, entry["version"], filename, file_pin["url"], file_pin["sha256"]
            )
    return pins


def get_pin(project: str, filename: str) -> SpecPin:
    """The pin for one file; an unknown name is an error listing the pinned ones."""
    pins = load_pins()
    try:
        return pins[(project, filename)]
    except KeyError:
        known = ", ".join(f"{p}/{f}" for p, f in sorted(pins))
        raise SpecError(f"no pinned spec {project}/{filename}; pinned: {known}") from None


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verify(path: Path, pin: SpecPin) -> Path:
    """Return `path` if its hash is the pinned one, else raise naming both hashes."""
    actual = sha256_of(path)
    if actual != pin.sha256:
        raise SpecError(
            f"sha256 mismatch for {path}: expected {pin.sha256} (pinned for {pin.relative_path}), got {actual}"
        )
    return path


def local_specs_dir() -> Path:
    """The directory searched for local copies: `$HERA_SPECS_DIR` or `../shared/specs`."""
    override = os.environ.get(SPECS_DIR_ENV)
    return Path(override) if override else DEFAULT_LOCAL_DIR


def cache_dir() -> Path:
    """Where downloaded specs are kept: `$HERA_SPECS_CACHE` or `~/.cache/hera-specs`."""
    override = os.environ.get(CACHE_DIR_ENV)
    return Path(override) if override else Path.home() / ".cache" / "hera-specs"


def download(pin: SpecPin, target: Path) -> Path:
    """Download a pinned file to `target` atomically, verifying it before it is moved into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with urllib.request.urlopen(pin.url, timeout=60) as response:
            data = response.read()
    except OSError as exc:
        raise SpecError(
            f"{pin.relative_path} is not available locally (looked in {local_specs_dir()}) "
            f"and downloading {pin.url} failed: {exc}. Set {SPECS_DIR_ENV} to a directory holding it."
        ) from exc
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp:
        tmp.write(data)
    tmp_path = Path(tmp.name)
    try:
        verify(tmp_path, pin)
    except SpecError:
        tmp_path.unlink()
        raise
    tmp_path.replace(target)
    return target


def spec_path(project: str, filename: str, *, allow_download: bool = True) -> Path:
    """A verified local path to a pinned spec file (see the module docstring for the lookup order)."""
    pin = get_pin(project, filename)
    local = local_specs_dir() / pin.relative_path
    if local.is_file():
        return verify(local, pin)
    cached = cache_dir() / pin.relative_path
    if cached.is_file():
        return verify(cached, pin)
    if not allow_download:
        raise SpecError(
            f"{pin.relative_path} not found in {local_specs_dir()} or {cache_dir()}, and downloading is disabled; "
            f"set {SPECS_DIR_ENV} to a directory holding it"
        )
    return download(pin, cached)


def load_spec(project: str, filename: str) -> dict:
    """Parse a verified pinned spec as JSON."""
    return json.loads(spec_path(project, filename).read_text())
