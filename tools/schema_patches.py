"""Corrections to the pinned Argo JSON schemas, as a declarative list.

The upstream schemas are generated from Go structs and describe some fields differently from what the Argo
controllers accept or emit (an `IntOrString` written as `string`, a `Quantity` that can be a bare number,
fields marked required because the Go field lacks `omitempty`, ...). Each `Patch` below names the schema
nodes it changes and why.

Two consumers:
- `patched(project)`: every patch; the input of the model generator (`tools/codegen_models.py`).
- `validation_schema(project)`: only the patches flagged `validation=True`, those that correct a type or a
  `required` list the upstream schema gets wrong for manifests Argo itself accepts. Tests check produced
  manifests against it (`tools.testing.assert_schema_valid`), so it stays as close to upstream as possible.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools import specs

WORKFLOWS = "argo-workflows"
EVENTS = "argo-events"
PROJECTS = (WORKFLOWS, EVENTS)
EVERY_NODE = "*"

_INT_OR_STRING = {"type": ["integer", "string"]}
_QUANTITY = {"type": ["string", "integer", "number"]}
_NUMBER = {"type": ["integer", "number"]}
_ANY_SCALAR = {"type": ["string", "integer", "number", "boolean"]}
_FREE_FORM = {"type": "object", "additionalProperties": True}


class PatchError(Exception):
    """A patch names a schema node that does not exist (the pinned schema changed under it)."""


@dataclass(frozen=True)
class Patch:
    """One correction: which nodes, what changes, and why.

    `targets` are paths below `definitions`: a definition name optionally followed by `/`-separated keys
    (`io.argoproj.workflow.v1alpha1.Parameter/properties/value`). The single target `EVERY_NODE` selects every
    schema node whose items include `match`. On each node, `drop` removes keys, `update` sets keys, and
    `unrequire` removes names from the node's `required` list.
    """

    project: str
    targets: tuple[str, ...]
    reason: str
    update: Mapping[str, Any] = field(default_factory=dict)
    drop: tuple[str, ...] = ()
    unrequire: tuple[str, ...] = ()
    match: Mapping[str, Any] | None = None
    validation: bool = False

    def nodes(self, definitions: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
        """`(path, node)` for every node this patch changes; a missing path raises `PatchError`."""
        if self.targets == (EVERY_NODE,):
            assert self.match, "a patch over every node needs `match`"
            yield from _matching(definitions, dict(self.match), "")
            return
        for target in self.targets:
            node: Any = definitions
            for key in target.split("/"):
                if not isinstance(node, dict) or key not in node:
                    raise PatchError(
                        f"{self.project}: patch target {target!r} not found (at {key!r}): {self.reason}"
                    )
                node = node[key]
            yield target, node

    def problems(self, definitions: dict[str, Any]) -> list[str]:
        """Why this patch does not fit an unpatched schema: missing targets, fields not required, no match."""
        try:
            nodes = list(self.nodes(definitions))
        except PatchError as exc:
            return [str(exc)]
        if not nodes:
            return [f"{self.project}: patch matches no node: {self.reason}"]
        found = []
        for path, node in nodes:
            missing = sorted(set(self.unrequire) - set(node.get("required", ())))
            if missing:
                found.append(f"{self.project}: {path} does not require {missing}: {self.reason}")
        return found

    def apply(self, definitions: dict[str, Any]) -> list[str]:
        """Apply to a `definitions` mapping in place; returns the changed paths."""
        changed = []
        for path, node in list(self.nodes(definitions)):
            for key in self.drop:
                node.pop(key, None)
            node.update(copy.deepcopy(dict(self.update)))
            if self.unrequire:
                required = [name for name in node.get("required", ()) if name not in self.unrequire]
                if required:
                    node["required"] = required
                else:
                    node.pop("required", None)
            changed.append(path)
        return changed


def _matching(node: Any, match: dict[str, Any], path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if all(key in node and node[key] == value for key, value in match.items()):
            yield path, node
        for key, value in sorted(node.items()):
            yield from _matching(value, match, f"{path}/{key}" if path else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _matching(value, match, f"{path}/{index}")


def _free_form(project: str, names: tuple[str, ...], why: str) -> Patch:
    return Patch(
        project,
        names,
        f"object without declared properties whose content is free-form ({why}); without "
        "`additionalProperties: true` the generated model is empty and silently drops the content",
        update=_FREE_FORM,
        drop=("properties",),
    )


def _api_version_and_kind(project: str, definition: str, kind: str) -> tuple[Patch, Patch]:
    reason = (
        "top-level kind: a model built in Python carries apiVersion and kind without the user writing them"
    )
    return (
        Patch(
            project,
            (f"{definition}/properties/apiVersion",),
            reason,
            update={"default": "argoproj.io/v1alpha1"},
        ),
        Patch(project, (f"{definition}/properties/kind",), reason, update={"default": kind}),
    )


_WF = "io.argoproj.workflow.v1alpha1"
_EV_EMBEDDED = "github.com.argoproj.argo_events.pkg.apis.events.v1alpha1"
_EV = "io.argoproj.events.v1alpha1"
_WORKFLOW_KINDS = (
    "Workflow",
    "WorkflowTemplate",
    "ClusterWorkflowTemplate",
    "CronWorkflow",
    "WorkflowEventBinding",
)
_EVENTS_KINDS = ("EventSource", "Sensor", "EventBus")

PATCHES: tuple[Patch, ...] = (
    # --- Argo Workflows -----------------------------------------------------------------------------
    Patch(
        WORKFLOWS,
        ("io.k8s.apimachinery.pkg.util.intstr.IntOrString",),
        "Kubernetes IntOrString is written as a number or a string (`httpGet.port: 80`, `retryStrategy.limit: 10`, "
        "`activeDeadlineSeconds: 10`, `minAvailable: 50%`); the schema says string only",
        update=_INT_OR_STRING,
        validation=True,
    ),
    Patch(
        WORKFLOWS,
        (f"{_EV_EMBEDDED}.Int64OrString",),
        "Argo Events Int64OrString marshals as a number or a string (`duration: 10s`); the grpc-gateway schema "
        "shows its Go struct `{type, int64Val, strVal}` instead",
        update=_INT_OR_STRING,
        drop=("properties",),
        validation=True,
    ),
    Patch(
        WORKFLOWS,
        ("io.k8s.apimachinery.pkg.api.resource.Quantity",),
        "a Kubernetes Quantity is written as a string or a bare number (`cpu: 1`, `memory: 1Gi`)",
        update=_QUANTITY,
        validation=True,
    ),
    Patch(
        WORKFLOWS,
        (f"{_WF}.Amount",),
        "Amount is any JSON number; typed `number` only, `factor: 2` would come back as `2.0`",
        update=_NUMBER,
    ),
    Patch(
        WORKFLOWS,
        (f"{_EV_EMBEDDED}.Amount",),
        "Argo Events Amount marshals as a JSON number; the grpc-gateway schema shows its Go struct "
        "`{value: bytes}` instead",
        update=_NUMBER,
        drop=("properties",),
    ),
    _free_form(
        WORKFLOWS,
        (f"{_EV_EMBEDDED}.K8SResource",),
        "Argo Events K8SResource is an embedded Kubernetes manifest; the grpc-gateway schema shows its Go struct",
    ),
    _free_form(
        WORKFLOWS,
        (
            f"{_WF}.Plugin",
            f"{_WF}.NoneStrategy",
            f"{_WF}.ZipStrategy",
            f"{_WF}.SuppliedValueFrom",
            f"{_WF}.RetryNodeAntiAffinity",
            "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1",
        ),
        "plugin configuration, empty marker objects and managed-fields sets",
    ),
    _free_form(
        WORKFLOWS,
        (
            f"{_WF}.ArchivedWorkflowDeletedResponse",
            f"{_WF}.ClusterWorkflowTemplateDeleteResponse",
            f"{_WF}.CollectEventResponse",
            f"{_WF}.CronWorkflowDeletedResponse",
            f"{_WF}.EventResponse",
            f"{_WF}.WorkflowDeleteResponse",
            f"{_WF}.WorkflowTemplateDeleteResponse",
            "eventsource.EventSourceDeletedResponse",
            "sensor.DeleteSensorResponse",
            "sync.DeleteSyncLimitResponse",
        ),
        "Argo Server responses that a newer server may fill",
    ),
    Patch(
        WORKFLOWS,
        (
            f"{_WF}.Parameter/properties/value",
            f"{_WF}.Parameter/properties/default",
            f"{_WF}.Parameter/properties/enum/items",
            f"{_WF}.ValueFrom/properties/default",
        ),
        "Argo's AnyString accepts any JSON scalar (`value: 1`, `default: true`) and keeps it as text; the schema "
        "says string only",
        update=_ANY_SCALAR,
    ),
    Patch(
        WORKFLOWS,
        (EVERY_NODE,),
        "`format: byte` is base64 text; decoding it into bytes breaks on binary content and changes the value, "
        "so it stays a plain string",
        drop=("format",),
        match={"type": "string", "format": "byte"},
    ),
    Patch(
        WORKFLOWS,
        ("io.k8s.api.core.v1.Container",),
        "Argo fills a template's container image from `templateDefaults` (or a container-set default), so a "
        "container without `image` is accepted",
        unrequire=("image",),
        validation=True,
    ),
    Patch(
        WORKFLOWS,
        (f"{_WF}.ScriptTemplate",),
        "Argo fills a script's image from `templateDefaults` and runs an empty script; the Go fields lack "
        "`omitempty` only",
        unrequire=("image", "source"),
        validation=True,
    ),
    *(patch for kind in _WORKFLOW_KINDS for patch in _api_version_and_kind(WORKFLOWS, f"{_WF}.{kind}", kind)),
    # --- Argo Events --------------------------------------------------------------------------------
    Patch(
        EVENTS,
        ("io.k8s.apimachinery.pkg.api.resource.Quantity",),
        "a Kubernetes Quantity is written as a string or a bare number (`cpu: 1`, `memory: 1Gi`)",
        update=_QUANTITY,
        validation=True,
    ),
    Patch(
        EVENTS,
        (f"{_EV}.Amount",),
        "Amount is any JSON number; typed `number` only, `factor: 2` would come back as `2.0`",
        update=_NUMBER,
    ),
    _free_form(
        EVENTS,
        (
            f"{_EV}.K8SResource",
            "io.k8s.apimachinery.pkg.runtime.RawExtension",
            "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1",
            "io.k8s.apimachinery.pkg.apis.meta.v1.Patch",
            "io.k8s.api.apiserverinternal.v1alpha1.StorageVersionSpec",
            "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceStatus",
        ),
        "embedded Kubernetes manifests of k8s triggers, raw extensions, managed-fields sets and empty specs",
    ),
    Patch(
        EVENTS,
        (EVERY_NODE,),
        "`format: byte` is base64 text; decoding it into bytes breaks on binary content and changes the value, "
        "so it stays a plain string",
        drop=("format",),
        match={"type": "string", "format": "byte"},
    ),
    Patch(
        EVENTS,
        (f"{_EV}.WebhookContext", f"{_EV}.WebhookEventSource"),
        "the webhook `url` is only needed to register the hook with an external service; Argo Events serves a "
        "plain webhook without it",
        unrequire=("url",),
        validation=True,
    ),
    Patch(
        EVENTS,
        (f"{_EV}.AzureServiceBusEventSource", f"{_EV}.AzureServiceBusTrigger"),
        "Azure Service Bus takes either `queueName` or `topicName` + `subscriptionName`, never all three",
        unrequire=("queueName", "topicName", "subscriptionName"),
        validation=True,
    ),
    Patch(
        EVENTS,
        (f"{_EV}.EventContext",),
        "a dependency's `filters.context` matches only the attributes it lists",
        unrequire=("id", "source", "specversion", "type", "datacontenttype", "subject", "time"),
        validation=True,
    ),
    Patch(
        EVENTS,
        (f"{_EV}.CustomTrigger",),
        "`secure` defaults to false and `payload` to none; the Go fields lack `omitempty` only",
        unrequire=("secure", "payload"),
        validation=True,
    ),
    Patch(
        EVENTS,
        (f"{_EV}.HTTPTrigger",),
        "an HTTP trigger may send no payload; the Go field lacks `omitempty` only",
        unrequire=("payload",),
        validation=True,
    ),
    *(patch for kind in _EVENTS_KINDS for patch in _api_version_and_kind(EVENTS, f"{_EV}.{kind}", kind)),
)


def patches_for(project: str, *, validation_only: bool = False) -> list[Patch]:
    """The patches of one project (`argo-workflows` or `argo-events`), optionally only the validation ones."""
    if project not in PROJECTS:
        raise ValueError(f"unknown project {project!r}; expected one of {', '.join(PROJECTS)}")
    return [p for p in PATCHES if p.project == project and (p.validation or not validation_only)]


def patched(project: str, schema: dict[str, Any], *, validation_only: bool = False) -> dict[str, Any]:
    """A patched deep copy of a project's JSON schema (the input is left untouched)."""
    result = copy.deepcopy(schema)
    for patch in patches_for(project, validation_only=validation_only):
        patch.apply(result["definitions"])
    return result


def load_schema(project: str, path: Path | None = None) -> dict[str, Any]:
    """The pinned `schema.json` of a project, from `path` or `tools.specs`; its sha256 is always checked."""
    pin = specs.get_pin(project, "schema.json")
    source = specs.verify(path, pin) if path is not None else specs.spec_path(project, "schema.json")
    loaded: dict[str, Any] = json.loads(source.read_text())
    return loaded


def validation_schema(project: str, path: Path | None = None) -> dict[str, Any]:
    """The pinned JSON schema with only the `validation=True` patches: what tests check manifests against."""
    return patched(project, load_schema(project, path), validation_only=True)
