"""`ExecutorPlugin`: an executor plugin declared by the workflow itself (`Workflow(executor_plugins=[...])`).

The plugin's sidecar serves the `plugin` templates of the workflow (Argo v4 with the
`ARGO_WORKFLOW_LEVEL_EXECUTOR_PLUGINS` feature gate); the controller's ConfigMap plugins are then ignored.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from hera.workflows._serialize import plain
from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError

__all__ = ["ExecutorPlugin"]


@dataclasses.dataclass(kw_only=True)
class ExecutorPlugin(ValueObject):
    """`ExecutorPlugin(name="hello", container=UserContainer(name="hello", image="...", ports=[...]))`.

    `container` is the sidecar (a `UserContainer`, the generated `models.Container` or a dict);
    `automount_service_account_token=True` mounts the token of the service account `<name>-executor-plugin`.
    `labels` and `annotations` go to the plugin's metadata.
    """

    name: str
    container: Any
    automount_service_account_token: bool | None = None
    labels: dict[str, str] | None = None
    annotations: dict[str, str] | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if not isinstance(self.name, str) or not self.name:
            raise DSLError(f"ExecutorPlugin: name must be a non-empty string; got {self.name!r}")
        if self.container is None:
            raise DSLError(
                f"ExecutorPlugin(name={self.name!r}): container= is required (the plugin's sidecar)"
            )
        if getattr(self.container, "mirror_volume_mounts", None) is not None:
            raise DSLError(
                f"ExecutorPlugin(name={self.name!r}): the sidecar container cannot set mirror_volume_mounts "
                "(it applies to a template's sidecars only)"
            )

    def _build(self) -> dict[str, Any]:
        metadata: dict[str, Any] = {"name": self.name}
        if self.annotations is not None:
            metadata["annotations"] = dict(self.annotations)
        if self.labels is not None:
            metadata["labels"] = dict(self.labels)
        sidecar: dict[str, Any] = {"container": plain(self.container)}
        if self.automount_service_account_token is not None:
            sidecar["automountServiceAccountToken"] = self.automount_service_account_token
        return {"metadata": metadata, "spec": {"sidecar": sidecar}}
