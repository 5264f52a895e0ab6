"""`Data`: a template that lists and transforms artifact keys without a pod."""

from __future__ import annotations

from typing import Any

from hera.workflows._fields import DATA, field_map
from hera.workflows._template import TemplateBase

__all__ = ["Data"]


class Data(TemplateBase):
    """`Data(name="list", source={"artifactPaths": {...}}, transformation=[{"expression": "..."}])`.

    `transformations=` (hera 7's name) is accepted for `transformation`.
    """

    _BODY_KEY = "data"
    _BODY_FIELDS = field_map(DATA)
    _EXTRA = ("transformations",)

    transformation: Any = None
    transformations: Any = None

    def _post_init(self) -> None:
        if self.transformation is None and self.transformations is not None:
            self.transformation = self.transformations
        self.transformations = None
