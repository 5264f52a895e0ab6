"""The test server's memory: Kubernetes-like objects with names, uids and resource versions.

Objects behave as the Kubernetes API server makes them behave behind the Argo Server: `generateName` gets a
random suffix, a second object of the same name is refused (409), an update must carry the current
`metadata.resourceVersion` (409 when stale), and each namespace is separate. Workflows advance one phase on
every read (`progress`), so a client waiting for completion sees them run; finished workflows are archived.
"""

from __future__ import annotations

import copy
import random
import string
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from tools.argo_test_server.spec import ApiError

__all__ = ["KINDS", "Kind", "Store", "now"]


@dataclass(frozen=True)
class Kind:
    """A stored resource type."""

    kind: str
    plural: str
    namespaced: bool = True

    @property
    def resource(self) -> str:
        """The API resource name used in Kubernetes messages, e.g. `workflows.argoproj.io`."""
        return f"{self.plural}.argoproj.io"


KINDS = {
    "Workflow": Kind("Workflow", "workflows"),
    "WorkflowTemplate": Kind("WorkflowTemplate", "workflowtemplates"),
    "ClusterWorkflowTemplate": Kind("ClusterWorkflowTemplate", "clusterworkflowtemplates", namespaced=False),
    "CronWorkflow": Kind("CronWorkflow", "cronworkflows"),
    "EventSource": Kind("EventSource", "eventsources"),
    "Sensor": Kind("Sensor", "sensors"),
    "WorkflowEventBinding": Kind("WorkflowEventBinding", "workfloweventbindings"),
}

TERMINAL = ("Succeeded", "Failed", "Error")


def now() -> str:
    """The current UTC time in Kubernetes' format."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Store:
    """All server state; every method is safe to call from several handler threads."""

    progress: tuple[str, ...] = ("Pending", "Running", "Succeeded")
    """The phases a workflow goes through, one per read; the last one is final."""
    nodes: int = 3
    """How many pod nodes a running workflow shows."""
    seed: int = 0
    objects: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)
    archive: dict[str, dict[str, Any]] = field(default_factory=dict)
    sync_limits: dict[tuple[str, str, str, str], dict[str, Any]] = field(default_factory=dict)
    logs: dict[tuple[str, str], list[dict[str, str]]] = field(default_factory=dict)
    k8s_events: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    es_logs: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    sensor_logs: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    artifacts: dict[tuple[str, str, str, str], bytes] = field(default_factory=dict)
    received_events: list[tuple[str, str, Any]] = field(default_factory=list)
    collected_events: list[str] = field(default_factory=list)
    _version: int = 0
    lock: threading.RLock = field(default_factory=threading.RLock)
    _random: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)

    # -- identity -------------------------------------------------------------------------------------

    def next_version(self) -> str:
        """A new, increasing resourceVersion."""
        with self.lock:
            self._version += 1
            return str(self._version)

    def new_uid(self) -> str:
        """A new uid (reproducible: drawn from the store's seeded random generator)."""
        with self.lock:
            return str(uuid.UUID(int=self._random.getrandbits(128), version=4))

    def suffix(self) -> str:
        """Five random characters, as Kubernetes appends to a generateName."""
        with self.lock:
            return "".join(self._random.choice(string.ascii_lowercase + string.digits) for _ in range(5))

    # -- generic objects ------------------------------------------------------------------------------

    @staticmethod
    def _key(kind: Kind, namespace: str, name: str) -> tuple[str, str, str]:
        return (kind.kind, namespace if kind.namespaced else "", name)

    def create(
        self, kind: Kind, namespace: str, obj: dict[str, Any], *, dry_run: bool = False
    ) -> dict[str, Any]:
        """Store a new object as the API server would (or only check it, for a dry run)."""
        obj = copy.deepcopy(obj)
        metadata = obj.setdefault("metadata", {})
        if kind.namespaced:
            given = metadata.get("namespace")
            if given and given != namespace:
                raise ApiError(
                    400,
                    f"the namespace of the provided object ({given}) does not match the namespace sent on the "
                    f"request ({namespace})",
                )
            metadata["namespace"] = namespace
        with self.lock:
            if not metadata.get("name"):
                prefix = metadata.get("generateName")
                if not prefix:
                    raise ApiError(
                        400, f"{kind.resource}: metadata.name or metadata.generateName is required"
                    )
                name = prefix + self.suffix()
                while self._key(kind, namespace, name) in self.objects:
                    name = prefix + self.suffix()
                metadata["name"] = name
            key = self._key(kind, namespace, metadata["name"])
            if key in self.objects:
                raise ApiError(409, f'{kind.resource} "{metadata["name"]}" already exists', code=6)
            obj.setdefault("apiVersion", "argoproj.io/v1alpha1")
            obj.setdefault("kind", kind.kind)
            metadata["uid"] = self.new_uid()
            metadata["resourceVersion"] = self.next_version()
            metadata["creationTimestamp"] = now()
            if not dry_run:
                self.objects[key] = obj
            return copy.deepcopy(obj)

    def get(self, kind: Kind, namespace: str, name: str) -> dict[str, Any]:
        """A copy of a stored object, or a 404 ApiError."""
        with self.lock:
            found = self.objects.get(self._key(kind, namespace, name))
            if found is None:
                raise ApiError(404, f'{kind.resource} "{name}" not found')
            return copy.deepcopy(found)

    def put(self, kind: Kind, obj: dict[str, Any]) -> dict[str, Any]:
        """Replace a stored object without checks (server-side changes such as suspend or progress)."""
        with self.lock:
            metadata = obj["metadata"]
            obj["metadata"]["resourceVersion"] = self.next_version()
            self.objects[self._key(kind, metadata.get("namespace", ""), metadata["name"])] = copy.deepcopy(
                obj
            )
            return copy.deepcopy(obj)

    def update(self, kind: Kind, namespace: str, name: str, obj: dict[str, Any]) -> dict[str, Any]:
        """A client's update: same name, current resourceVersion, immutable uid and creation time."""
        obj = copy.deepcopy(obj)
        metadata = obj.setdefault("metadata", {})
        if metadata.get("name") and metadata["name"] != name:
            raise ApiError(
                400,
                f"the name of the object ({metadata['name']}) does not match the name on the URL ({name})",
            )
        with self.lock:
            current = self.get(kind, namespace, name)
            version = metadata.get("resourceVersion")
            if not version:
                raise ApiError(
                    400,
                    f'{kind.kind}.argoproj.io "{name}" is invalid: metadata.resourceVersion: Invalid value: '
                    "0x0: must be specified for an update",
                )
            if version != current["metadata"]["resourceVersion"]:
                raise ApiError(
                    409,
                    f'Operation cannot be fulfilled on {kind.resource} "{name}": the object has been modified; '
                    "please apply your changes to the latest version and try again",
                    code=10,
                )
            metadata["name"] = name
            if kind.namespaced:
                metadata["namespace"] = namespace
            for key in ("uid", "creationTimestamp"):
                metadata[key] = current["metadata"][key]
            obj.setdefault("apiVersion", current.get("apiVersion", "argoproj.io/v1alpha1"))
            obj.setdefault("kind", kind.kind)
            return self.put(kind, obj)

    def delete(
        self,
        kind: Kind,
        namespace: str,
        name: str,
        *,
        uid: str | None = None,
        resource_version: str | None = None,
    ) -> None:
        """Delete an object; a uid or resourceVersion precondition that does not hold is a 409."""
        with self.lock:
            current = self.get(kind, namespace, name)
            for given, key in ((uid, "uid"), (resource_version, "resourceVersion")):
                if given and given != current["metadata"][key]:
                    raise ApiError(
                        409,
                        f'Operation cannot be fulfilled on {kind.resource} "{name}": Precondition failed: '
                        f"{key} in precondition: {given}, {key} in object meta: {current['metadata'][key]}",
                        code=10,
                    )
            del self.objects[self._key(kind, namespace, name)]

    def list(self, kind: Kind, namespace: str | None) -> list[dict[str, Any]]:
        """Objects of a kind, in a namespace (None: all), sorted by namespace and name."""
        with self.lock:
            found = [
                copy.deepcopy(obj)
                for (k, ns, _), obj in self.objects.items()
                if k == kind.kind and (namespace is None or not kind.namespaced or ns == namespace)
            ]
        return sorted(found, key=lambda o: (o["metadata"].get("namespace", ""), o["metadata"]["name"]))

    def find_uid(self, uid: str) -> dict[str, Any] | None:
        """A live or archived workflow by uid."""
        with self.lock:
            for (kind, _, _), obj in self.objects.items():
                if kind == "Workflow" and obj["metadata"].get("uid") == uid:
                    return copy.deepcopy(obj)
            found = self.archive.get(uid)
            return copy.deepcopy(found) if found else None

    # -- workflows ------------------------------------------------------------------------------------

    def advance(self, workflow: dict[str, Any]) -> dict[str, Any]:
        """Move a workflow one phase along `progress` (a no-op once it is finished or suspended)."""
        status = workflow.setdefault("status", {})
        phase = status.get("phase", "")
        spec = workflow.get("spec", {})
        if phase in TERMINAL or spec.get("suspend"):
            return workflow
        phases = list(self.progress)
        index = phases.index(phase) + 1 if phase in phases else 0
        step = min(index, len(phases) - 1)
        status["phase"] = phases[step]
        status.setdefault("startedAt", now())
        done = round(self.nodes * step / max(1, len(phases) - 1))
        name = workflow["metadata"]["name"]
        node_phase = "Failed" if status["phase"] in ("Failed", "Error") else "Succeeded"
        status["nodes"] = {
            f"{name}-{i}": {
                "id": f"{name}-{i}",
                "name": f"{name}[{i}]",
                "displayName": f"step-{i}",
                "type": "Pod",
                "templateName": "step",
                "phase": node_phase
                if i < done
                else ("Running" if status["phase"] == "Running" else "Pending"),
            }
            for i in range(self.nodes)
        }
        status["progress"] = f"{done}/{self.nodes}"
        if status["phase"] in TERMINAL:
            status["finishedAt"] = now()
            with self.lock:
                self.archive[workflow["metadata"]["uid"]] = copy.deepcopy(workflow)
        return self.put(KINDS["Workflow"], workflow)

    def add_log(self, namespace: str, workflow: str, pod: str, content: str) -> None:
        """Add a log line of a workflow's pod (seeded lines replace the generated ones)."""
        with self.lock:
            self.logs.setdefault((namespace, workflow), []).append({"podName": pod, "content": content})

    def workflow_logs(self, namespace: str, workflow: dict[str, Any]) -> Iterator[dict[str, str]]:
        """The seeded log lines of a workflow, else one line per pod node."""
        name = workflow["metadata"]["name"]
        with self.lock:
            seeded = list(self.logs.get((namespace, name), []))
        if seeded:
            yield from seeded
            return
        for node in workflow.get("status", {}).get("nodes", {}).values():
            if node.get("type") == "Pod":
                yield {"podName": node["id"], "content": f"{node['displayName']}: {node.get('phase', '')}"}
