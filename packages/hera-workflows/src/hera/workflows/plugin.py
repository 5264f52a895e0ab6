"""`Plugin`: a template run by an executor plugin."""

from __future__ import annotations

from typing import Any

from hera.workflows._serialize import as_data
from hera.workflows._template import TemplateBase

__all__ = ["Plugin"]


class Plugin(TemplateBase):
    """`Plugin(name="hello", plugin={"hello": {"text": "hi"}})`: the plugin's free-form configuration."""

    _BODY_KEY = "plugin"
    _EXTRA = ("plugin",)

    def _load_body(self, data: Any, path: tuple[Any, ...]) -> None:
        from hera.workflows._loading import expect_dict

        self.plugin = expect_dict(data, path)

    def _build_body(self) -> Any:
        return as_data(self.plugin, self._key_order is not None) if self.plugin is not None else {}
