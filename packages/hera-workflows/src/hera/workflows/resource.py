"""`Resource`: a template that gets, creates, applies, replaces, patches or deletes a Kubernetes resource."""

from __future__ import annotations

from typing import Any

from hera.workflows._fields import RESOURCE, field_map
from hera.workflows._policy_checks import is_expression
from hera.workflows._serialize import plain
from hera.workflows._template import TemplateBase
from hera.workflows.artifact import Artifact
from hera.workflows.exceptions import DSLError, InvalidType

__all__ = ["ACTIONS", "MERGE_STRATEGIES", "Resource", "manifest_text"]

ACTIONS = ("get", "create", "apply", "delete", "replace", "patch")
"""The `action`s Argo accepts (as kubectl verbs)."""
MERGE_STRATEGIES = ("strategic", "merge", "json")
"""The `merge_strategy`s of a `patch` (kubectl's `--type`)."""


def _is_workflow(value: Any) -> bool:
    return hasattr(value, "to_dict") and hasattr(value, "templates")


def _check_manifest_type(value: Any, owner: str) -> None:
    if isinstance(value, (str, dict, list, tuple)) or _is_workflow(value) or hasattr(value, "model_dump"):
        return
    raise InvalidType(
        f"{owner}: manifest must be YAML text, a workflow object, a dict, a list or a model; "
        f"got a {type(value).__name__}"
    )


def manifest_text(value: Any, owner: str) -> str:
    """A resource manifest as YAML text: strings as they are; a workflow object (of any kind, validated
    offline first), a dict, a list (a JSON patch) or a generated model dumped as YAML in block style."""
    if isinstance(value, str):
        return value
    _check_manifest_type(value, owner)
    from hera.shared._yaml import dump

    if _is_workflow(value):
        return dump(value.to_dict())
    return dump(plain(value))


class Resource(TemplateBase):
    """`Resource(name="make-cm", action="create", manifest=..., success_condition=...)`.

    Every field of Argo's ResourceTemplate is a keyword argument in snake_case: `action` (one of `ACTIONS`),
    `manifest`, `manifest_from`, `merge_strategy` (for `patch`: one of `MERGE_STRATEGIES`),
    `set_owner_reference`, `success_condition`, `failure_condition` and `flags` (extra kubectl arguments).

    `manifest` is YAML text, or a `Workflow` (any kind), a dict, a list (a JSON patch) or a generated
    model, written as YAML when the template is built. `manifest_from` takes the name of an input artifact
    of this template, an `Artifact`, or a `models.ManifestFrom`.
    """

    _BODY_KEY = "resource"
    _BODY_FIELDS = field_map(RESOURCE)

    def _post_init(self) -> None:
        title = f"Resource {self.name!r}"
        action = self.action
        if action is None:
            raise DSLError(f"{title}: action is required; use one of {', '.join(ACTIONS)}")
        if not isinstance(action, str):
            raise InvalidType(
                f"{title}: action must be a string (one of {', '.join(ACTIONS)}), got {action!r}"
            )
        if action not in ACTIONS and not is_expression(action):
            raise DSLError(f"{title}: action {action!r} is not valid; use one of {', '.join(ACTIONS)}")
        strategy = self.merge_strategy
        if strategy is not None and strategy not in MERGE_STRATEGIES and not is_expression(strategy):
            raise DSLError(
                f"{title}: merge_strategy {strategy!r} is not valid; use one of {', '.join(MERGE_STRATEGIES)}"
            )
        flags = self.flags
        if flags is not None and (
            not isinstance(flags, (list, tuple)) or not all(isinstance(flag, str) for flag in flags)
        ):
            hint = f"; write flags=[{flags!r}]" if isinstance(flags, str) else ""
            raise InvalidType(f"{title}: flags must be a list of strings (kubectl arguments){hint}")
        if self.manifest is not None and self.manifest_from is not None:
            raise DSLError(f"{title}: give either manifest or manifest_from, not both")
        needs_manifest = action not in ("get", "delete") and not is_expression(action)
        if self.manifest is None and self.manifest_from is None and needs_manifest:
            raise DSLError(
                f"{title}: action {action!r} needs a manifest; pass manifest= (YAML text, a workflow "
                "object, a dict or a model) or manifest_from= (an input artifact)"
            )
        if self.set_owner_reference is not None and not isinstance(self.set_owner_reference, bool):
            raise InvalidType(f"{title}: set_owner_reference must be True or False")
        if self.manifest is not None:
            _check_manifest_type(self.manifest, title)
        self._check_manifest_from(title)

    def _manifest_from_name(self) -> Any:
        value = self.manifest_from
        if isinstance(value, str):
            return value
        if isinstance(value, Artifact):
            return value.name
        return None

    def _check_manifest_from(self, title: str) -> None:
        name = self._manifest_from_name()
        if name is None:
            return
        inputs = self._io_names("inputs", Artifact)
        if inputs is not None and name not in inputs:
            raise DSLError(
                f"{title}: manifest_from names the artifact {name!r}, which is not an input artifact of this "
                f"template; its input artifacts: {', '.join(map(repr, inputs)) or 'none'} (add "
                f"inputs=[Artifact(name={name!r}, path=...)])"
            )
        if inputs is None:
            raise DSLError(
                f"{title}: manifest_from names the artifact {name!r}, but the template declares no input "
                f"artifacts; add inputs=[Artifact(name={name!r}, path=...)]"
            )

    def _build_body(self) -> Any:
        body = super()._build_body()
        manifest = self.manifest
        if manifest is not None and not isinstance(manifest, str):
            body["manifest"] = manifest_text(manifest, f"Resource {self.name!r}")
        value = self.manifest_from
        if isinstance(value, str):
            body["manifestFrom"] = {"artifact": {"name": value}}
        elif isinstance(value, Artifact):
            body["manifestFrom"] = {"artifact": value._dump()}
        return body
