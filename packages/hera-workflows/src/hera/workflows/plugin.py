"""`Plugin`: a template run by an executor plugin (a sidecar of the Argo agent)."""

from __future__ import annotations

from typing import Any

from hera.workflows._serialize import plain
from hera.workflows._template import TemplateBase
from hera.workflows.exceptions import DSLError, InvalidType

__all__ = ["Plugin"]


class Plugin(TemplateBase):
    """`Plugin(name="hello", config={"text": "hi"})` writes `plugin: {hello: {text: hi}}`.

    `plugin_name` is the plugin's key (it defaults to the template's `name`, so a template named like
    its plugin needs only `name`); `config` the plugin's free-form configuration (default `{}`).
    `plugin={"hello": {...}}` gives the whole block at once instead (exactly one key).
    """

    _BODY_KEY = "plugin"
    _EXTRA = ("plugin", "plugin_name", "config")

    plugin: Any = None
    plugin_name: Any = None
    config: Any = None

    def _post_init(self) -> None:
        title = f"Plugin {self.name!r}"
        if self.plugin is not None:
            if self.plugin_name is not None or self.config is not None:
                raise DSLError(
                    f"{title}: give either plugin={{name: config}} or plugin_name=/config=, not both"
                )
            block = self.plugin
            if isinstance(block, dict) and len(block) != 1:
                raise DSLError(
                    f"{title}: plugin must have exactly one key, the plugin's name; got "
                    f"{', '.join(map(repr, block)) or 'none'}"
                )
            return
        if self.plugin_name is None:
            self.plugin_name = self.name
        if not isinstance(self.plugin_name, str) or not self.plugin_name:
            raise DSLError(f"{title}: plugin_name (the key of the plugin block) must be a non-empty string")
        if (
            self.config is not None
            and not isinstance(self.config, dict)
            and not hasattr(self.config, "model_dump")
        ):
            raise InvalidType(
                f"{title}: config must be a mapping (the plugin's configuration), got a {type(self.config).__name__}"
            )

    def _load_body(self, data: Any, path: tuple[Any, ...]) -> None:
        from hera.workflows._loading import expect_dict

        self.plugin = expect_dict(data, path)

    def _build_body(self) -> Any:
        if self.plugin is not None:
            return plain(self.plugin)
        if self.plugin_name is None:
            return {}
        return {self.plugin_name: plain(self.config) if self.config is not None else {}}
