"""Sensor triggers: `ArgoWorkflowTrigger`, `HTTPTrigger`, `K8sTrigger`, and `Trigger` for any other kind.

Each builds one entry of a Sensor's `triggers`: `{"template": {"name": ..., <kind>: {...}}, ...}`. The fields
every kind shares are keyword arguments of all of them: `conditions` (a boolean expression over dependency
names, like `"dep-a && dep-b"`), `conditions_reset`, `template_parameters` (TriggerParameters applied to the
trigger template itself), `retry_strategy`, `policy`, `rate_limit`, `at_least_once`, `dlq_trigger`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from hera.events._plain import plain
from hera.events._sensor_checks import TRIGGER_KINDS
from hera.events.exceptions import EventsDSLError
from hera.events.trigger_parameter import TriggerParameter
from hera.shared._value_object import ValueObject

__all__ = ["ArgoWorkflowTrigger", "HTTPTrigger", "K8sTrigger", "Trigger", "TriggerBase"]

WORKFLOW_OPERATIONS = ("submit", "submit-from", "resubmit", "retry", "resume", "suspend", "terminate", "stop")
K8S_OPERATIONS = ("create", "update", "patch", "delete")
_HTTP_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
# Trigger-level fields after `template`, (attribute, manifest key).
_TRIGGER_FIELDS = (
    ("retry_strategy", "retryStrategy"),
    ("policy", "policy"),
    ("rate_limit", "rateLimit"),
    ("at_least_once", "atLeastOnce"),
    ("dlq_trigger", "dlqTrigger"),
)


@dataclasses.dataclass
class TriggerBase(ValueObject):
    """What every trigger has; subclasses implement `_action()` returning `(template key, body)`."""

    name: str
    _: dataclasses.KW_ONLY
    conditions: str | None = None
    conditions_reset: Sequence[Any] | None = None
    template_parameters: Sequence[TriggerParameter | Mapping[str, Any]] | None = None
    retry_strategy: Any = None
    policy: Any = None
    rate_limit: Any = None
    at_least_once: bool | None = None
    dlq_trigger: Any = None

    @property
    def where(self) -> str:
        return f"trigger {self.name!r}"

    def _action(self) -> tuple[str, dict[str, Any]]:
        raise NotImplementedError(f"{type(self).__name__} does not implement _action()")

    def _parameters(
        self, params: Sequence[TriggerParameter | Mapping[str, Any]] | None, field: str, resource: Any = None
    ) -> list[Any] | None:
        if params is None:
            return None
        if isinstance(params, (str, Mapping)) or not isinstance(params, Sequence):
            raise EventsDSLError(
                f"{self.where}: {field} must be a list of TriggerParameter, got {type(params).__name__}"
            )
        built = []
        for index, param in enumerate(params):
            where = f"{self.where}: {field}[{index}]"
            if isinstance(param, TriggerParameter):
                built.append(param._dump(where, resource))
            else:
                built.append(plain(param, where))
        return built

    def _build(self) -> dict[str, Any]:
        if not isinstance(self.name, str) or not self.name:
            raise EventsDSLError(f"trigger: name must be a non-empty string, got {self.name!r}")
        key, body = self._action()
        template: dict[str, Any] = {"name": self.name}
        if self.conditions is not None:
            template["conditions"] = self.conditions
        template[key] = body
        if self.conditions_reset is not None:
            template["conditionsReset"] = plain(self.conditions_reset, f"{self.where}: conditionsReset")
        data: dict[str, Any] = {"template": template}
        params = self._parameters(self.template_parameters, "template_parameters")
        if params is not None:
            data["parameters"] = params
        for attr, field in _TRIGGER_FIELDS:
            value = getattr(self, attr)
            if value is not None:
                data[field] = plain(value, f"{self.where}: {field}")
        return data


def _resource(where: str, value: Any, what: str) -> dict[str, Any]:
    """The manifest of a trigger's resource: a hera.workflows object (duck-typed), a model or a dict."""
    data = plain(value, f"{where}: {what}")
    if not isinstance(data, dict):
        raise EventsDSLError(f"{where}: {what} must give a manifest (a mapping), got {type(data).__name__}")
    for key in ("apiVersion", "kind"):
        if not data.get(key):
            raise EventsDSLError(f"{where}: the {what} manifest has no {key}; give a complete manifest")
    return data


def _source(where: str, resource: Any, source: Any, what: str) -> tuple[dict[str, Any], Any]:
    """`(source, resource manifest or None)` for a trigger given either a resource or an ArtifactLocation."""
    if (resource is None) == (source is None):
        raise EventsDSLError(
            f"{where}: give either {what}= (the manifest to use) or source= (an ArtifactLocation: configmap, "
            "git, s3, url, file, inline), exactly one of them"
        )
    if resource is not None:
        manifest = _resource(where, resource, what)
        return {"resource": manifest}, manifest
    data = plain(source, f"{where}: source")
    if not isinstance(data, dict):
        raise EventsDSLError(
            f"{where}: source must be an ArtifactLocation (a mapping), got {type(data).__name__}"
        )
    return data, data.get("resource") if isinstance(data.get("resource"), dict) else None


@dataclasses.dataclass
class ArgoWorkflowTrigger(TriggerBase):
    """Run an Argo Workflows `operation` (`submit` by default; also submit-from, resubmit, retry, resume,
    suspend, terminate, stop) on `workflow`.

    `workflow` is a `hera.workflows` object (anything whose `to_dict()` returns the manifest), a generated
    model or a dict; `source=` (an ArtifactLocation) replaces it to read the manifest from a ConfigMap, git,
    S3, a URL, ... `parameters` write event data into the workflow before the operation
    (`TriggerParameter(dep, data_key="body.message", parameter="message")`). `args` are extra `argo` CLI
    arguments.
    """

    workflow: Any = None
    _: dataclasses.KW_ONLY
    operation: str = "submit"
    parameters: Sequence[TriggerParameter | Mapping[str, Any]] | None = None
    args: Sequence[str] | None = None
    source: Any = None

    key: ClassVar[str] = "argoWorkflow"

    def _action(self) -> tuple[str, dict[str, Any]]:
        if self.operation not in WORKFLOW_OPERATIONS:
            raise EventsDSLError(
                f"{self.where}: operation {self.operation!r} is not an Argo Workflow trigger operation; "
                f"use one of {', '.join(WORKFLOW_OPERATIONS)}"
            )
        source, manifest = _source(self.where, self.workflow, self.source, "workflow")
        if manifest is not None and self.operation == "submit" and manifest.get("kind") != "Workflow":
            raise EventsDSLError(
                f"{self.where}: operation 'submit' needs a Workflow, got a {manifest.get('kind')}; "
                "use operation='submit-from' for a WorkflowTemplate or CronWorkflow"
            )
        body: dict[str, Any] = {"operation": self.operation}
        if self.args is not None:
            if isinstance(self.args, str):
                raise EventsDSLError(f"{self.where}: args must be a list of strings, got a string")
            body["args"] = [str(arg) for arg in self.args]
        body["source"] = source
        params = self._parameters(self.parameters, "parameters", manifest)
        if params is not None:
            body["parameters"] = params
        return self.key, body


@dataclasses.dataclass
class K8sTrigger(TriggerBase):
    """Create, update, patch or delete a Kubernetes `resource` (a manifest as a dict, model or any object with
    `to_dict()`; `source=` an ArtifactLocation instead). `parameters` write event data into the resource.
    """

    resource: Any = None
    _: dataclasses.KW_ONLY
    operation: str = "create"
    parameters: Sequence[TriggerParameter | Mapping[str, Any]] | None = None
    patch_strategy: str | None = None
    live_object: bool | None = None
    source: Any = None

    key: ClassVar[str] = "k8s"

    def _action(self) -> tuple[str, dict[str, Any]]:
        if self.operation not in K8S_OPERATIONS:
            raise EventsDSLError(
                f"{self.where}: operation {self.operation!r} is not a Kubernetes trigger operation; "
                f"use one of {', '.join(K8S_OPERATIONS)}"
            )
        source, manifest = _source(self.where, self.resource, self.source, "resource")
        body: dict[str, Any] = {"operation": self.operation, "source": source}
        params = self._parameters(self.parameters, "parameters", manifest)
        if params is not None:
            body["parameters"] = params
        if self.patch_strategy is not None:
            body["patchStrategy"] = self.patch_strategy
        if self.live_object is not None:
            body["liveObject"] = self.live_object
        return self.key, body


@dataclasses.dataclass
class HTTPTrigger(TriggerBase):
    """Send an HTTP request to `url`. `payload` TriggerParameters build the JSON body (each `dest` is a key of
    it); `parameters` change the trigger itself (like the URL). `secure_headers`, `basic_auth` and `tls` refer
    to Kubernetes secrets by name and key: they never hold a secret's value.
    """

    url: str = ""
    _: dataclasses.KW_ONLY
    method: str | None = None
    payload: Sequence[TriggerParameter | Mapping[str, Any]] | None = None
    parameters: Sequence[TriggerParameter | Mapping[str, Any]] | None = None
    headers: Mapping[str, str] | None = None
    secure_headers: Sequence[Any] | None = None
    dynamic_headers: Sequence[TriggerParameter | Mapping[str, Any]] | None = None
    basic_auth: Any = None
    tls: Any = None
    timeout: int | None = None

    key: ClassVar[str] = "http"

    def _action(self) -> tuple[str, dict[str, Any]]:
        if not isinstance(self.url, str) or not self.url:
            raise EventsDSLError(
                f"{self.where}: url must be given, like 'http://service.namespace.svc:8080/path'"
            )
        body: dict[str, Any] = {"url": self.url}
        if self.method is not None:
            if self.method.upper() not in _HTTP_METHODS:
                raise EventsDSLError(
                    f"{self.where}: method {self.method!r} is not an HTTP method; use one of {', '.join(_HTTP_METHODS)}"
                )
            body["method"] = self.method.upper()
        for field, params in (
            ("payload", self.payload),
            ("parameters", self.parameters),
            ("dynamicHeaders", self.dynamic_headers),
        ):
            built = self._parameters(params, field)
            if built is not None:
                body[field] = built
        for field, value in (
            ("headers", self.headers),
            ("secureHeaders", self.secure_headers),
            ("basicAuth", self.basic_auth),
            ("tls", self.tls),
            ("timeout", self.timeout),
        ):
            if value is not None:
                body[field] = plain(value, f"{self.where}: {field}")
        return self.key, body


@dataclasses.dataclass
class Trigger(TriggerBase):
    """Any other kind of trigger: `kind` is the TriggerTemplate field (`"log"`, `"slack"`, `"awsLambda"`,
    `"kafka"`, `"nats"`, `"pulsar"`, `"openWhisk"`, `"custom"`, `"email"`, `"azureEventHubs"`,
    `"azureServiceBus"`, or one of the kinds above) and `spec` its generated model or dict.
    """

    kind: str = ""
    spec: Any = None

    KINDS: ClassVar[tuple[str, ...]] = TRIGGER_KINDS

    def _action(self) -> tuple[str, dict[str, Any]]:
        if self.kind not in self.KINDS:
            raise EventsDSLError(
                f"{self.where}: {self.kind!r} is not a kind of trigger; use one of {', '.join(self.KINDS)}"
            )
        body = plain(self.spec if self.spec is not None else {}, f"{self.where}: {self.kind}")
        if not isinstance(body, dict):
            raise EventsDSLError(f"{self.where}: spec must be a mapping or model, got {type(body).__name__}")
        return self.kind, body
