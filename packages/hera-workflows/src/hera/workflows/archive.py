"""Archive strategies: how Argo packs an output artifact before storing it (`archive:` of an artifact).

Argo's default is a gzipped tarball. `NoneArchiveStrategy()` stores the file or directory as it is (what
key-only artifacts and browsable reports need), `TarArchiveStrategy(compression_level=0)` keeps the tarball
but sets the gzip level, `ZipArchiveStrategy()` writes a zip file.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from hera.workflows._value import ValueObject

__all__ = [
    "ArchiveStrategy",
    "NoneArchiveStrategy",
    "TarArchiveStrategy",
    "ZipArchiveStrategy",
    "load_archive",
]

_GZIP_LEVELS = range(-2, 10)


@dataclasses.dataclass(kw_only=True)
class ArchiveStrategy(ValueObject):
    """Base class of the archive strategies; use one of its subclasses as an artifact's `archive=`."""

    _KEY: ClassVar[str] = ""

    def _build(self) -> dict[str, Any]:
        if not self._KEY:
            raise TypeError(
                "ArchiveStrategy is a base class; use NoneArchiveStrategy, TarArchiveStrategy or ZipArchiveStrategy"
            )
        return {self._KEY: {}}


@dataclasses.dataclass(kw_only=True)
class NoneArchiveStrategy(ArchiveStrategy):
    """Store the artifact as it is, without packing it: `archive: {none: {}}`."""

    _KEY: ClassVar[str] = "none"


@dataclasses.dataclass(kw_only=True)
class ZipArchiveStrategy(ArchiveStrategy):
    """Pack the artifact into a zip file: `archive: {zip: {}}`."""

    _KEY: ClassVar[str] = "zip"


@dataclasses.dataclass(kw_only=True)
class TarArchiveStrategy(ArchiveStrategy):
    """Pack the artifact into a gzipped tarball (Argo's default), optionally at a given gzip level.

    `compression_level` is gzip's: 0 (none) to 9 (best), -1 for the default, -2 for Huffman-only.
    """

    _KEY: ClassVar[str] = "tar"

    compression_level: int | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        level = self.compression_level
        if level is not None and (
            isinstance(level, bool) or not isinstance(level, int) or level not in _GZIP_LEVELS
        ):
            raise ValueError(
                f"TarArchiveStrategy: compression_level={level!r} is not a gzip level; use an integer from 0 "
                "(no compression) to 9 (best), -1 (gzip's default) or -2 (Huffman only)"
            )

    def _build(self) -> dict[str, Any]:
        if self.compression_level is None:
            return {"tar": {}}
        return {"tar": {"compressionLevel": self.compression_level}}


def load_archive(data: Any) -> Any:
    """The strategy object for a manifest's `archive` value, or the value itself when it is not one of the
    three plain forms (so that dumping it again gives back exactly what was loaded)."""
    if not isinstance(data, dict) or len(data) != 1:
        return data
    ((key, body),) = data.items()
    if body != {} and not (key == "tar" and isinstance(body, dict) and list(body) == ["compressionLevel"]):
        return data
    level = body.get("compressionLevel")
    classes: dict[str, type[ArchiveStrategy]] = {
        "none": NoneArchiveStrategy,
        "zip": ZipArchiveStrategy,
        "tar": TarArchiveStrategy,
    }
    cls = classes.get(key)
    if cls is None or (level is not None and (isinstance(level, bool) or not isinstance(level, int))):
        return data
    # Built without __init__: class defaults must not change what was loaded.
    obj = object.__new__(cls)
    if cls is TarArchiveStrategy:
        obj.compression_level = level  # type: ignore[attr-defined]
    return obj
