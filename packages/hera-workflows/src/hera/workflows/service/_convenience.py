"""Server calls for DSL objects: what `Workflow.create()`, `WorkflowTemplate.update()`, ... do.

The DSL classes import this module lazily and pass themselves in. An object offers `kind`, `name`,
`generate_name`, `namespace`, `to_dict()` and `workflows_service` (a service to use, or None to build one
from `hera.shared.global_config`). Each function has an `_async` twin on `AsyncWorkflowsService`.
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Any

from hera.shared.exceptions import NotFound
from hera.workflows.service._generated.async_service import AsyncWorkflowsService
from hera.workflows.service._generated.sync_service import WorkflowsService

__all__ = [
    "create",
    "create_as_workflow",
    "create_as_workflow_async",
    "create_async",
    "get",
    "get_async",
    "get_workflow_link",
    "lint",
    "lint_async",
    "update",
    "update_async",
    "wait",
    "wait_async",
]

logger = logging.getLogger("hera.workflows.service")

FINISHED = ("Succeeded", "Failed", "Error")
_NODE_DONE = ("Succeeded", "Failed", "Error", "Skipped", "Omitted")


@dataclass(frozen=True)
class _Kind:
    """The service methods and UI path of one kind."""

    suffix: str  # `workflow` -> create_workflow, get_workflow, ...
    ui_path: str
    namespaced: bool = True
    updatable: bool = True


_KINDS = {
    "Workflow": _Kind("workflow", "workflows", updatable=False),
    "WorkflowTemplate": _Kind("workflow_template", "workflow-templates"),
    "ClusterWorkflowTemplate": _Kind(
        "cluster_workflow_template", "cluster-workflow-templates", namespaced=False
    ),
    "CronWorkflow": _Kind("cron_workflow", "cron-workflows"),
}


def _kind_of(obj: Any) -> tuple[str, _Kind]:
    kind = getattr(obj, "kind", None) or (obj.to_dict() or {}).get("kind")
    if kind not in _KINDS:
        raise TypeError(
            f"{type(obj).__name__} (kind {kind!r}) cannot be sent to the Argo Server; "
            f"expected one of {', '.join(_KINDS)}"
        )
    return kind, _KINDS[kind]


def _namespace_kw(obj: Any, spec: _Kind) -> dict[str, Any]:
    return {"namespace": getattr(obj, "namespace", None)} if spec.namespaced else {}


def _require_name(obj: Any, kind: str, action: str) -> str:
    name = getattr(obj, "name", None)
    if not name:
        raise ValueError(
            f"cannot {action} a {kind} without a name: set name=..., or create it first (a generateName is "
            "replaced by the server's name on create)"
        )
    return str(name)


def _adopt_name(obj: Any, created: Any) -> None:
    """Give the object the name the server chose for its generateName."""
    metadata = getattr(created, "metadata", None)
    name = getattr(metadata, "name", None)
    if name and not getattr(obj, "name", None):
        obj.name = name


@contextmanager
def _sync_service(obj: Any) -> Iterator[WorkflowsService]:
    service = getattr(obj, "workflows_service", None)
    if isinstance(service, WorkflowsService):
        yield service
        return
    built = (
        WorkflowsService.from_settings(service.settings, service.retry)
        if isinstance(service, AsyncWorkflowsService)
        else WorkflowsService()
    )
    try:
        yield built
    finally:
        built.close()


@asynccontextmanager
async def _async_service(obj: Any) -> AsyncIterator[AsyncWorkflowsService]:
    service = getattr(obj, "workflows_service", None)
    if isinstance(service, AsyncWorkflowsService):
        yield service
        return
    built = (
        AsyncWorkflowsService.from_settings(service.settings, service.retry)
        if isinstance(service, WorkflowsService)
        else AsyncWorkflowsService()
    )
    try:
        yield built
    finally:
        await built.aclose()


# --- progress ------------------------------------------------------------------------------------------


def _progress(workflow: Any) -> tuple[str, int, int]:
    """(phase, nodes done, nodes total) of a workflow model."""
    status = getattr(workflow, "status", None)
    phase = getattr(status, "phase", None) or "Pending"
    progress = getattr(status, "progress", None)
    if progress and "/" in progress:
        done, _, total = progress.partition("/")
        if done.isdigit() and total.isdigit():
            return phase, int(done), int(total)
    nodes = list((getattr(status, "nodes", None) or {}).values())
    pods = [node for node in nodes if getattr(node, "type", None) == "Pod"] or nodes
    return phase, sum(getattr(node, "phase", None) in _NODE_DONE for node in pods), len(pods)


class _Watcher:
    """Logs a workflow's progress when it changes and enforces the timeout."""

    def __init__(self, namespace: str, name: str, timeout: float | None, poll_interval: float) -> None:
        if poll_interval <= 0:
            raise ValueError(f"poll_interval={poll_interval} must be positive")
        self.where = f"{namespace}/{name}"
        self.timeout = timeout
        self.poll_interval = poll_interval
        self.start = time.monotonic()
        self.last: tuple[str, int, int] | None = None

    def seen(self, workflow: Any) -> bool:
        """Record a state; True when the workflow has finished. Raises TimeoutError when time is up."""
        state = _progress(workflow)
        elapsed = time.monotonic() - self.start
        if state != self.last:
            phase, done, total = state
            logger.info(
                "workflow %s: %s, %d/%d nodes done, %.0f s elapsed", self.where, phase, done, total, elapsed
            )
            self.last = state
        if state[0] in FINISHED:
            return True
        if self.timeout is not None and elapsed + self.poll_interval > self.timeout:
            raise TimeoutError(
                f"workflow {self.where} did not finish within {self.timeout:g} s (last phase: {state[0]}, "
                f"{state[1]}/{state[2]} nodes done)"
            )
        return False


def _as_workflow(obj: Any, kind: str, name: str | None, generate_name: str | None) -> dict[str, Any]:
    """A Workflow manifest running a template's or cron workflow's spec."""
    manifest = copy.deepcopy(obj.to_dict())
    metadata = manifest.get("metadata") or {}
    base = metadata.get("name") or (metadata.get("generateName") or "workflow").rstrip("-")
    if kind == "CronWorkflow":
        cron_spec = manifest.get("spec") or {}
        spec = copy.deepcopy(cron_spec.get("workflowSpec") or {})
        extra = cron_spec.get("workflowMetadata") or {}
    elif kind in ("WorkflowTemplate", "ClusterWorkflowTemplate"):
        spec = copy.deepcopy(manifest.get("spec") or {})
        extra = {}
    else:
        raise TypeError(
            f"create_as_workflow needs a WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow, got a {kind}"
        )
    new_metadata: dict[str, Any] = {}
    if name:
        new_metadata["name"] = name
    else:
        new_metadata["generateName"] = generate_name or f"{base}-"
    for key in ("labels", "annotations"):
        merged = {**(metadata.get(key) or {}), **(extra.get(key) or {})}
        if merged:
            new_metadata[key] = merged
    if kind != "ClusterWorkflowTemplate" and metadata.get("namespace"):
        new_metadata["namespace"] = metadata["namespace"]
    return {
        "apiVersion": manifest.get("apiVersion", "argoproj.io/v1alpha1"),
        "kind": "Workflow",
        "metadata": new_metadata,
        "spec": spec,
    }


def _with_resource_version(manifest: dict[str, Any], current: Any) -> dict[str, Any]:
    metadata = manifest.setdefault("metadata", {})
    if not metadata.get("resourceVersion"):
        metadata["resourceVersion"] = current.metadata.resource_version
    return manifest


# --- blocking ------------------------------------------------------------------------------------------


def create(obj: Any, *, wait: bool = False, poll_interval: float = 5) -> Any:
    """Create the object on the server and return the server's model (waiting for a Workflow to finish
    when `wait`); a generateName'd object gets the name the server chose."""
    kind, spec = _kind_of(obj)
    if wait and kind != "Workflow":
        raise ValueError(f"wait=True only applies to a Workflow, not a {kind}")
    with _sync_service(obj) as service:
        created = getattr(service, f"create_{spec.suffix}")(obj, **_namespace_kw(obj, spec))
        _adopt_name(obj, created)
        if wait:
            return _wait(service, str(created.metadata.name), created.metadata.namespace, None, poll_interval)
        return created


def _wait(
    service: WorkflowsService, name: str, namespace: str | None, timeout: float | None, poll_interval: float
) -> Any:
    watcher = _Watcher(namespace or service.namespace, name, timeout, poll_interval)
    while True:
        workflow = service.get_workflow(name, namespace=namespace)
        if watcher.seen(workflow):
            return workflow
        time.sleep(poll_interval)


def wait(obj: Any, *, timeout: float | None = None, poll_interval: float = 5) -> Any:
    """Poll a Workflow until it has Succeeded, Failed or Errored, logging its progress (phase, nodes done,
    elapsed) on the `hera.workflows.service` logger; return the final model. TimeoutError after `timeout`."""
    kind, _ = _kind_of(obj)
    if kind != "Workflow":
        raise TypeError(f"only a Workflow can be waited for, not a {kind}")
    name = _require_name(obj, kind, "wait for")
    with _sync_service(obj) as service:
        return _wait(service, name, getattr(obj, "namespace", None), timeout, poll_interval)


def lint(obj: Any) -> Any:
    """Have the server lint the object; a lint failure raises `BadRequest` with the server's message."""
    _, spec = _kind_of(obj)
    with _sync_service(obj) as service:
        return getattr(service, f"lint_{spec.suffix}")(obj, **_namespace_kw(obj, spec))


def get(obj: Any) -> Any:
    """The server's current version of the object (by name)."""
    kind, spec = _kind_of(obj)
    name = _require_name(obj, kind, "get")
    with _sync_service(obj) as service:
        return getattr(service, f"get_{spec.suffix}")(name, **_namespace_kw(obj, spec))


def update(obj: Any) -> Any:
    """Replace the object on the server, or create it when the server has none of that name.

    Without a `metadata.resourceVersion` in the object, the server's current one is fetched first.
    """
    kind, spec = _kind_of(obj)
    if not spec.updatable:
        raise TypeError(f"a {kind} cannot be updated on the server; create a new one (or resubmit it)")
    name = _require_name(obj, kind, "update")
    manifest = copy.deepcopy(obj.to_dict())
    with _sync_service(obj) as service:
        if not (manifest.get("metadata") or {}).get("resourceVersion"):
            try:
                current = getattr(service, f"get_{spec.suffix}")(name, **_namespace_kw(obj, spec))
            except NotFound:
                return getattr(service, f"create_{spec.suffix}")(manifest, **_namespace_kw(obj, spec))
            _with_resource_version(manifest, current)
        return getattr(service, f"update_{spec.suffix}")(name, manifest, **_namespace_kw(obj, spec))


def create_as_workflow(
    obj: Any,
    *,
    name: str | None = None,
    generate_name: str | None = None,
    wait: bool = False,
    poll_interval: float = 5,
) -> Any:
    """Create a Workflow running a WorkflowTemplate's, ClusterWorkflowTemplate's or CronWorkflow's spec
    (named `name`, or `generate_name`, default `<object name>-`); return the created Workflow model."""
    kind, _ = _kind_of(obj)
    manifest = _as_workflow(obj, kind, name, generate_name)
    with _sync_service(obj) as service:
        namespace = getattr(obj, "namespace", None) if kind != "ClusterWorkflowTemplate" else None
        created = service.create_workflow(manifest, namespace=namespace)
        if wait:
            return _wait(service, str(created.metadata.name), created.metadata.namespace, None, poll_interval)
        return created


def get_workflow_link(obj: Any) -> str:
    """The object's page in the Argo UI: `<host><base href>/workflows/<namespace>/<name>` and the like."""
    kind, spec = _kind_of(obj)
    name = _require_name(obj, kind, "link to")
    service = getattr(obj, "workflows_service", None)
    settings = service.settings if service is not None else WorkflowsService().settings
    if not spec.namespaced:
        return f"{settings.base_url}/{spec.ui_path}/{name}"
    namespace = getattr(obj, "namespace", None) or settings.namespace
    return f"{settings.base_url}/{spec.ui_path}/{namespace}/{name}"


# --- async -----------------------------------------------------------------------------------------------


async def create_async(obj: Any, *, wait: bool = False, poll_interval: float = 5) -> Any:
    """`create` on `AsyncWorkflowsService`."""
    kind, spec = _kind_of(obj)
    if wait and kind != "Workflow":
        raise ValueError(f"wait=True only applies to a Workflow, not a {kind}")
    async with _async_service(obj) as service:
        created = await getattr(service, f"create_{spec.suffix}")(obj, **_namespace_kw(obj, spec))
        _adopt_name(obj, created)
        if wait:
            return await _wait_async(
                service, str(created.metadata.name), created.metadata.namespace, None, poll_interval
            )
        return created


async def _wait_async(
    service: AsyncWorkflowsService,
    name: str,
    namespace: str | None,
    timeout: float | None,
    poll_interval: float,
) -> Any:
    import anyio

    watcher = _Watcher(namespace or service.namespace, name, timeout, poll_interval)
    while True:
        workflow = await service.get_workflow(name, namespace=namespace)
        if watcher.seen(workflow):
            return workflow
        await anyio.sleep(poll_interval)


async def wait_async(obj: Any, *, timeout: float | None = None, poll_interval: float = 5) -> Any:
    """`wait` on `AsyncWorkflowsService`."""
    kind, _ = _kind_of(obj)
    if kind != "Workflow":
        raise TypeError(f"only a Workflow can be waited for, not a {kind}")
    name = _require_name(obj, kind, "wait for")
    async with _async_service(obj) as service:
        return await _wait_async(service, name, getattr(obj, "namespace", None), timeout, poll_interval)


async def lint_async(obj: Any) -> Any:
    """`lint` on `AsyncWorkflowsService`."""
    _, spec = _kind_of(obj)
    async with _async_service(obj) as service:
        return await getattr(service, f"lint_{spec.suffix}")(obj, **_namespace_kw(obj, spec))


async def get_async(obj: Any) -> Any:
    """`get` on `AsyncWorkflowsService`."""
    kind, spec = _kind_of(obj)
    name = _require_name(obj, kind, "get")
    async with _async_service(obj) as service:
        return await getattr(service, f"get_{spec.suffix}")(name, **_namespace_kw(obj, spec))


async def update_async(obj: Any) -> Any:
    """`update` on `AsyncWorkflowsService`."""
    kind, spec = _kind_of(obj)
    if not spec.updatable:
        raise TypeError(f"a {kind} cannot be updated on the server; create a new one (or resubmit it)")
    name = _require_name(obj, kind, "update")
    manifest = copy.deepcopy(obj.to_dict())
    async with _async_service(obj) as service:
        if not (manifest.get("metadata") or {}).get("resourceVersion"):
            try:
                current = await getattr(service, f"get_{spec.suffix}")(name, **_namespace_kw(obj, spec))
            except NotFound:
                return await getattr(service, f"create_{spec.suffix}")(manifest, **_namespace_kw(obj, spec))
            _with_resource_version(manifest, current)
        return await getattr(service, f"update_{spec.suffix}")(name, manifest, **_namespace_kw(obj, spec))


async def create_as_workflow_async(
    obj: Any,
    *,
    name: str | None = None,
    generate_name: str | None = None,
    wait: bool = False,
    poll_interval: float = 5,
) -> Any:
    """`create_as_workflow` on `AsyncWorkflowsService`."""
    kind, _ = _kind_of(obj)
    manifest = _as_workflow(obj, kind, name, generate_name)
    async with _async_service(obj) as service:
        namespace = getattr(obj, "namespace", None) if kind != "ClusterWorkflowTemplate" else None
        created = await service.create_workflow(manifest, namespace=namespace)
        if wait:
            return await _wait_async(
                service, str(created.metadata.name), created.metadata.namespace, None, poll_interval
            )
        return created
