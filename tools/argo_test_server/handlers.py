"""What the test server does for each of the 73 operations, on top of the `Store`.

A handler takes the validated `Call` and returns a JSON value, a `Binary`, or a `StreamOf` items; it raises
`ApiError` for an error answer. `HANDLERS` maps every operationId of the swagger to its handler (the server
refuses to start if one is missing).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tools.argo_test_server.spec import ApiError, Route
from tools.argo_test_server.store import KINDS, TERMINAL, Kind, Store

__all__ = ["HANDLERS", "Binary", "Call", "StreamOf"]


@dataclass
class Call:
    """A request that passed validation."""

    route: Route
    path: dict[str, str]
    query: dict[str, list[str]]
    body: Any
    store: Store

    def q(self, name: str) -> str | None:
        """The first value of a query parameter, or None."""
        values = self.query.get(name)
        return values[0] if values else None

    def q_bool(self, name: str) -> bool:
        """A boolean query parameter (absent is False)."""
        return self.q(name) == "true"

    def q_int(self, name: str) -> int | None:
        """An integer query parameter, or None."""
        value = self.q(name)
        return None if value is None else int(value)

    @property
    def namespace(self) -> str:
        """The `namespace` path parameter ("" for cluster-scoped operations)."""
        return self.path.get("namespace", "")


@dataclass
class Binary:
    """A raw answer (artifacts)."""

    content: bytes
    content_type: str = "application/octet-stream"


@dataclass
class StreamOf:
    """A streamed answer: each item is `{"result": ...}` or `{"error": ...}`."""

    items: Iterable[dict[str, Any]]
    extra: dict[str, Any] = field(default_factory=dict)


Handler = Callable[[Call], Any]
HANDLERS: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of `operation_ids`."""

    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            HANDLERS[operation_id] = handler
        return handler

    return register


# --- selection helpers ---------------------------------------------------------------------------------


def _labels_match(selector: str | None, labels: dict[str, str]) -> bool:
    """Kubernetes equality-based label selectors: `a=b`, `a==b`, `a!=b`, `a`, `!a`, comma separated."""
    if not selector:
        return True
    for term in (t.strip() for t in selector.split(",") if t.strip()):
        if "!=" in term:
            key, value = term.split("!=", 1)
            if labels.get(key.strip()) == value.strip():
                return False
        elif "=" in term:
            key, value = re.split(r"==?", term, maxsplit=1)
            if labels.get(key.strip()) != value.strip():
                return False
        elif term.startswith("!"):
            if term[1:] in labels:
                return False
        elif term not in labels:
            return False
    return True


def _fields_match(selector: str | None, obj: dict[str, Any], name_filter: str | None = None) -> bool:
    if not selector:
        return True
    for term in (t.strip() for t in selector.split(",") if t.strip()):
        negate = "!=" in term
        key, value = re.split(r"!=|==?", term, maxsplit=1)
        actual: Any = obj
        for part in key.strip().split("."):
            actual = actual.get(part) if isinstance(actual, dict) else None
        actual = "" if actual is None else str(actual)
        if key.strip() == "metadata.name" and name_filter in ("Contains", "Prefix"):
            hit = value in actual if name_filter == "Contains" else actual.startswith(value)
        else:
            hit = actual == value
        if hit == negate:
            return False
    return True


def _project(obj: Any, paths: list[list[str]]) -> Any:
    """Keep only the given dotted paths (each a list of keys) of a JSON object."""
    if not isinstance(obj, dict):
        return obj
    kept: dict[str, Any] = {}
    for key, value in obj.items():
        below = [p[1:] for p in paths if p and p[0] == key]
        if not below:
            continue
        if any(not p for p in below):
            kept[key] = value
        elif isinstance(value, list):
            kept[key] = [_project(item, below) for item in value]
        else:
            kept[key] = _project(value, below)
    return kept


def _drop(obj: Any, path: list[str]) -> None:
    if not isinstance(obj, dict) or not path:
        return
    if len(path) == 1:
        obj.pop(path[0], None)
        return
    value = obj.get(path[0])
    for item in value if isinstance(value, list) else [value]:
        _drop(item, path[1:])


def apply_fields(obj: dict[str, Any], fields: str | None) -> dict[str, Any]:
    """Argo's `fields`: a comma-separated list of dotted paths to keep, or (leading `-`) to remove."""
    if not fields:
        return obj
    if fields.startswith("-"):
        result = copy.deepcopy(obj)
        for path in fields[1:].split(","):
            _drop(result, path.strip().split("."))
        return result
    return _project(obj, [p.strip().split(".") for p in fields.split(",") if p.strip()])


def list_of(call: Call, items: list[dict[str, Any]]) -> dict[str, Any]:
    """A Kubernetes list with label/field selection and `limit`/`continue` paging.

    Like the Argo Server, an empty list has `"items": null`.
    """
    items = [
        item
        for item in items
        if _labels_match(call.q("listOptions.labelSelector"), item.get("metadata", {}).get("labels") or {})
        and _fields_match(call.q("listOptions.fieldSelector"), item, call.q("nameFilter"))
    ]
    start = int(call.q("listOptions.continue") or 0)
    limit = call.q_int("listOptions.limit") or 0
    page = items[start : start + limit] if limit else items[start:]
    metadata: dict[str, Any] = {"resourceVersion": call.store.next_version()}
    if limit and start + limit < len(items):
        metadata["continue"] = str(start + limit)
    return {"metadata": metadata, "items": page or None}


def _body(call: Call, field_name: str) -> dict[str, Any]:
    value = call.body.get(field_name) if isinstance(call.body, dict) else None
    if not isinstance(value, dict):
        raise ApiError(400, f"the request body has no {field_name}")
    return value


def _dry_run(call: Call) -> bool:
    body = call.body if isinstance(call.body, dict) else {}
    return bool(body.get("serverDryRun")) or bool((body.get("createOptions") or {}).get("dryRun"))


def _check_body_names(call: Call, **expected: str) -> None:
    """The wrapper's name/namespace fields, when given, must equal the path's (as in the Argo Server)."""
    body = call.body if isinstance(call.body, dict) else {}
    for key, value in expected.items():
        given = body.get(key)
        if given not in (None, "") and given != value:
            raise ApiError(400, f"the body's {key} {given!r} does not match the URL's {value!r}")


# --- generic CRUD ----------------------------------------------------------------------------------------


def _crud(kind: Kind, field_name: str, prefix: str, plural: str, singular: str) -> None:
    """Register List/Create/Lint/Get/Update/Delete for a resource stored under `kind`."""

    def list_(call: Call) -> Any:
        items = call.store.list(kind, call.namespace if kind.namespaced else None)
        pattern = call.q("namePattern")
        if pattern:
            items = [item for item in items if pattern in item["metadata"]["name"]]
        return list_of(call, items)

    def create(call: Call) -> Any:
        if kind.namespaced:
            _check_body_names(call, namespace=call.namespace)
        return call.store.create(kind, call.namespace, _body(call, field_name), dry_run=_dry_run(call))

    def lint(call: Call) -> Any:
        obj = copy.deepcopy(_body(call, field_name))
        _lint(kind, obj)
        if kind.namespaced:
            obj.setdefault("metadata", {})["namespace"] = call.namespace
        return obj

    def get(call: Call) -> Any:
        return call.store.get(kind, call.namespace, call.path["name"])

    def update(call: Call) -> Any:
        names = {"name": call.path["name"]}
        if kind.namespaced:
            names["namespace"] = call.namespace
        _check_body_names(call, **names)
        return call.store.update(kind, call.namespace, call.path["name"], _body(call, field_name))

    def delete(call: Call) -> Any:
        call.store.delete(
            kind,
            call.namespace,
            call.path["name"],
            uid=call.q("deleteOptions.preconditions.uid"),
            resource_version=call.q("deleteOptions.preconditions.resourceVersion"),
        )
        return {}

    service = f"{prefix}Service"
    HANDLERS[f"{service}_List{plural}"] = list_
    HANDLERS[f"{service}_Create{singular}"] = create
    HANDLERS[f"{service}_Get{singular}"] = get
    HANDLERS[f"{service}_Update{singular}"] = update
    HANDLERS[f"{service}_Delete{singular}"] = delete
    if prefix not in ("EventSource", "Sensor"):
        HANDLERS[f"{service}_Lint{singular}"] = lint


def _lint(kind: Kind, obj: dict[str, Any]) -> None:
    """A small part of Argo's lint: the entrypoint must name a template (unless a template is referenced)."""
    spec = obj.get("spec") or {}
    if kind.kind == "CronWorkflow":
        spec = spec.get("workflowSpec") or {}
    if spec.get("workflowTemplateRef"):
        return
    names = {template.get("name") for template in spec.get("templates") or []}
    entrypoint = spec.get("entrypoint")
    if kind.kind == "Workflow" and not entrypoint:
        raise ApiError(400, "spec.entrypoint is required")
    if entrypoint and entrypoint not in names:
        raise ApiError(400, f"spec.entrypoint template '{entrypoint}' not found")


_crud(KINDS["WorkflowTemplate"], "template", "WorkflowTemplate", "WorkflowTemplates", "WorkflowTemplate")
_crud(
    KINDS["ClusterWorkflowTemplate"],
    "template",
    "ClusterWorkflowTemplate",
    "ClusterWorkflowTemplates",
    "ClusterWorkflowTemplate",
)
_crud(KINDS["CronWorkflow"], "cronWorkflow", "CronWorkflow", "CronWorkflows", "CronWorkflow")
_crud(KINDS["EventSource"], "eventSource", "EventSource", "EventSources", "EventSource")
_crud(KINDS["Sensor"], "sensor", "Sensor", "Sensors", "Sensor")
_crud(KINDS["Workflow"], "workflow", "Workflow", "Workflows", "Workflow")
HANDLERS.pop("WorkflowService_UpdateWorkflow")  # workflows have no update operation


# --- workflows ---------------------------------------------------------------------------------------------

WF = KINDS["Workflow"]


@handles("WorkflowService_ListWorkflows")
def _list_workflows(call: Call) -> Any:
    items = call.store.list(WF, call.namespace)
    after, before = call.q("createdAfter"), call.q("finishedBefore")
    if after:
        items = [w for w in items if w["metadata"]["creationTimestamp"] > after]
    if before:
        items = [w for w in items if (w.get("status") or {}).get("finishedAt", "9999") < before]
    return apply_fields(list_of(call, items), call.q("fields"))


@handles("WorkflowService_GetWorkflow")
def _get_workflow(call: Call) -> Any:
    workflow = call.store.get(WF, call.namespace, call.path["name"])
    uid = call.q("uid")
    if uid and workflow["metadata"]["uid"] != uid:
        raise ApiError(404, f'workflows.argoproj.io "{call.path["name"]}" with uid {uid} not found')
    return apply_fields(call.store.advance(workflow), call.q("fields"))


@handles("WorkflowService_CreateWorkflow")
def _create_workflow(call: Call) -> Any:
    _check_body_names(call, namespace=call.namespace)
    return call.store.create(WF, call.namespace, _body(call, "workflow"), dry_run=_dry_run(call))


def _parameters(values: list[str] | None) -> list[dict[str, str]]:
    result = []
    for value in values or []:
        name, sep, text = value.partition("=")
        if not sep:
            raise ApiError(400, f"parameter {value!r} is not name=value")
        result.append({"name": name, "value": text})
    return result


_SUBMITTABLE = {
    "workflowtemplate": "WorkflowTemplate",
    "workflowtemplates": "WorkflowTemplate",
    "wftmpl": "WorkflowTemplate",
    "clusterworkflowtemplate": "ClusterWorkflowTemplate",
    "clusterworkflowtemplates": "ClusterWorkflowTemplate",
    "cwftmpl": "ClusterWorkflowTemplate",
    "cronworkflow": "CronWorkflow",
    "cronworkflows": "CronWorkflow",
    "cwf": "CronWorkflow",
}


@handles("WorkflowService_SubmitWorkflow")
def _submit_workflow(call: Call) -> Any:
    _check_body_names(call, namespace=call.namespace)
    body = call.body
    kind_name = _SUBMITTABLE.get(str(body.get("resourceKind", "")).lower())
    if kind_name is None:
        raise ApiError(
            400,
            f"resourceKind {body.get('resourceKind')!r} is not WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow",
        )
    source = call.store.get(KINDS[kind_name], call.namespace, body.get("resourceName", ""))
    name = source["metadata"]["name"]
    options = body.get("submitOptions") or {}
    labels = {f"workflows.argoproj.io/{kind_name[0].lower() + kind_name[1:]}": name}
    for pair in filter(None, (options.get("labels") or "").split(",")):
        key, _, value = pair.partition("=")
        labels[key] = value
    if kind_name == "CronWorkflow":
        spec = copy.deepcopy(source["spec"]["workflowSpec"])
        labels = {"workflows.argoproj.io/cron-workflow": name, **labels}
    else:
        spec = {
            "workflowTemplateRef": {
                "name": name,
                **({"clusterScope": True} if kind_name.startswith("Cluster") else {}),
            }
        }
    if options.get("entryPoint"):
        spec["entrypoint"] = options["entryPoint"]
    if options.get("parameters"):
        spec.setdefault("arguments", {})["parameters"] = _parameters(options["parameters"])
    if options.get("serviceAccount"):
        spec["serviceAccountName"] = options["serviceAccount"]
    metadata: dict[str, Any] = {"labels": labels}
    if options.get("name"):
        metadata["name"] = options["name"]
    else:
        metadata["generateName"] = options.get("generateName") or f"{name}-"
    workflow = {"apiVersion": "argoproj.io/v1alpha1", "kind": "Workflow", "metadata": metadata, "spec": spec}
    return call.store.create(
        WF, call.namespace, workflow, dry_run=bool(options.get("dryRun") or options.get("serverDryRun"))
    )


def _workflow_action(change: Callable[[Call, dict[str, Any]], None]) -> Handler:
    def handler(call: Call) -> Any:
        _check_body_names(call, namespace=call.namespace, name=call.path["name"])
        workflow = call.store.get(WF, call.namespace, call.path["name"])
        change(call, workflow)
        return call.store.put(WF, workflow)

    return handler


def _suspend(call: Call, workflow: dict[str, Any]) -> None:
    workflow.setdefault("spec", {})["suspend"] = True


def _resume(call: Call, workflow: dict[str, Any]) -> None:
    workflow.setdefault("spec", {}).pop("suspend", None)


def _shutdown(strategy: str) -> Callable[[Call, dict[str, Any]], None]:
    def change(call: Call, workflow: dict[str, Any]) -> None:
        if (workflow.get("status") or {}).get("phase") in TERMINAL:
            raise ApiError(409, f"cannot {strategy.lower()} a workflow that has finished", code=9)
        workflow.setdefault("spec", {})["shutdown"] = strategy
        message = (call.body or {}).get("message")
        if message:
            workflow.setdefault("status", {})["message"] = message

    return change


def _retry(call: Call, workflow: dict[str, Any]) -> None:
    status = workflow.setdefault("status", {})
    if status.get("phase") not in ("Failed", "Error"):
        raise ApiError(
            409, f"workflow must be Failed/Error to retry (it is {status.get('phase') or 'Pending'})", code=9
        )
    status["phase"] = "Running"
    status.pop("finishedAt", None)
    parameters = _parameters((call.body or {}).get("parameters"))
    if parameters:
        workflow["spec"].setdefault("arguments", {})["parameters"] = parameters


def _node_selector(selector: str) -> Callable[[dict[str, Any]], bool]:
    terms = []
    for term in filter(None, (t.strip() for t in selector.split(","))):
        negate = "!=" in term
        key, value = re.split(r"!=|==?", term, maxsplit=1)
        terms.append((key.strip(), value.strip(), negate))

    def matches(node: dict[str, Any]) -> bool:
        return all((str(node.get(key, "")) == value) != negate for key, value, negate in terms)

    return matches


def _set(call: Call, workflow: dict[str, Any]) -> None:
    body = call.body or {}
    matches = _node_selector(body.get("nodeFieldSelector") or "")
    nodes = [node for node in ((workflow.get("status") or {}).get("nodes") or {}).values() if matches(node)]
    if not nodes:
        raise ApiError(400, f"no nodes match the node field selector {body.get('nodeFieldSelector')!r}")
    outputs = json.loads(body["outputParameters"]) if body.get("outputParameters") else {}
    for node in nodes:
        if body.get("phase"):
            node["phase"] = body["phase"]
        if body.get("message"):
            node["message"] = body["message"]
        if outputs:
            node["outputs"] = {"parameters": [{"name": k, "value": str(v)} for k, v in outputs.items()]}


HANDLERS["WorkflowService_SuspendWorkflow"] = _workflow_action(_suspend)
HANDLERS["WorkflowService_ResumeWorkflow"] = _workflow_action(_resume)
HANDLERS["WorkflowService_StopWorkflow"] = _workflow_action(_shutdown("Stop"))
HANDLERS["WorkflowService_TerminateWorkflow"] = _workflow_action(_shutdown("Terminate"))
HANDLERS["WorkflowService_RetryWorkflow"] = _workflow_action(_retry)
HANDLERS["WorkflowService_SetWorkflow"] = _workflow_action(_set)


def _resubmit(
    store: Store, namespace: str, source: dict[str, Any], parameters: list[str] | None
) -> dict[str, Any]:
    name = source["metadata"]["name"]
    spec = copy.deepcopy(source.get("spec") or {})
    spec.pop("shutdown", None)
    spec.pop("suspend", None)
    if parameters:
        spec.setdefault("arguments", {})["parameters"] = _parameters(parameters)
    labels = dict(source["metadata"].get("labels") or {})
    labels["workflows.argoproj.io/resubmitted-from-workflow"] = name
    workflow = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"generateName": f"{name}-", "labels": labels},
        "spec": spec,
    }
    return store.create(WF, namespace, workflow)


@handles("WorkflowService_ResubmitWorkflow")
def _resubmit_workflow(call: Call) -> Any:
    _check_body_names(call, namespace=call.namespace, name=call.path["name"])
    source = call.store.get(WF, call.namespace, call.path["name"])
    return _resubmit(call.store, call.namespace, source, (call.body or {}).get("parameters"))


def _log_lines(call: Call, lines: Iterable[dict[str, str]]) -> Iterator[dict[str, Any]]:
    grep = call.q("grep")
    for line in lines:
        if grep and grep not in line["content"]:
            continue
        yield {"result": line}


@handles("WorkflowService_WorkflowLogs")
def _workflow_logs(call: Call) -> Any:
    workflow = call.store.get(WF, call.namespace, call.path["name"])
    pod = call.q("podName")
    lines = [
        line
        for line in call.store.workflow_logs(call.namespace, workflow)
        if not pod or line["podName"] == pod
    ]
    return StreamOf(_log_lines(call, lines))


@handles("WorkflowService_PodLogs")
def _pod_logs(call: Call) -> Any:
    workflow = call.store.get(WF, call.namespace, call.path["name"])
    pod = call.path["podName"]
    lines = [line for line in call.store.workflow_logs(call.namespace, workflow) if line["podName"] == pod]
    return StreamOf(_log_lines(call, lines))


def _watch(call: Call, kind: Kind, fields: str | None = None) -> StreamOf:
    listed = list_of(call, call.store.list(kind, call.namespace))["items"] or []
    return StreamOf({"result": {"type": "ADDED", "object": apply_fields(obj, fields)}} for obj in listed)


@handles("WorkflowService_WatchWorkflows")
def _watch_workflows(call: Call) -> Any:
    fields = call.q("fields")
    return _watch(call, WF, fields.replace("result.object.", "") if fields else None)


@handles("WorkflowService_WatchEvents")
def _watch_events(call: Call) -> Any:
    events = [
        event
        for event in call.store.k8s_events.get(call.namespace, [])
        if _labels_match(call.q("listOptions.labelSelector"), event.get("metadata", {}).get("labels") or {})
    ]
    return StreamOf({"result": event} for event in events)


@handles("EventSourceService_WatchEventSources")
def _watch_event_sources(call: Call) -> Any:
    return _watch(call, KINDS["EventSource"])


@handles("SensorService_WatchSensors")
def _watch_sensors(call: Call) -> Any:
    return _watch(call, KINDS["Sensor"])


def _component_logs(call: Call, lines: list[dict[str, Any]], filters: dict[str, str]) -> StreamOf:
    grep = call.q("grep")
    selected = []
    for line in lines:
        if any(call.q(param) and line.get(key) != call.q(param) for param, key in filters.items()):
            continue
        if grep and grep not in line.get("msg", ""):
            continue
        selected.append({"result": line})
    return StreamOf(selected)


@handles("EventSourceService_EventSourcesLogs")
def _event_sources_logs(call: Call) -> Any:
    filters = {"name": "eventSourceName", "eventSourceType": "eventSourceType", "eventName": "eventName"}
    return _component_logs(call, call.store.es_logs.get(call.namespace, []), filters)


@handles("SensorService_SensorsLogs")
def _sensors_logs(call: Call) -> Any:
    filters = {"name": "sensorName", "triggerName": "triggerName"}
    return _component_logs(call, call.store.sensor_logs.get(call.namespace, []), filters)


# --- cron workflows ------------------------------------------------------------------------------------------

CRON = KINDS["CronWorkflow"]


def _cron_suspend(value: bool) -> Handler:
    def handler(call: Call) -> Any:
        _check_body_names(call, namespace=call.namespace, name=call.path["name"])
        cron = call.store.get(CRON, call.namespace, call.path["name"])
        cron.setdefault("spec", {})["suspend"] = value
        return call.store.put(CRON, cron)

    return handler


HANDLERS["CronWorkflowService_SuspendCronWorkflow"] = _cron_suspend(True)
HANDLERS["CronWorkflowService_ResumeCronWorkflow"] = _cron_suspend(False)


# --- archived workflows ------------------------------------------------------------------------------------


def _archived(call: Call) -> list[dict[str, Any]]:
    namespace = call.q("namespace")
    with call.store.lock:
        items = [copy.deepcopy(w) for w in call.store.archive.values()]
    items = [w for w in items if not namespace or w["metadata"].get("namespace") == namespace]
    return sorted(items, key=lambda w: (w["metadata"].get("namespace", ""), w["metadata"]["name"]))


def _archived_one(call: Call) -> dict[str, Any]:
    found = call.store.archive.get(call.path["uid"])
    if found is None:
        raise ApiError(404, f"archived workflow {call.path['uid']} not found")
    return copy.deepcopy(found)


@handles("ArchivedWorkflowService_ListArchivedWorkflows")
def _list_archived(call: Call) -> Any:
    prefix = call.q("namePrefix")
    items = [w for w in _archived(call) if not prefix or w["metadata"]["name"].startswith(prefix)]
    return list_of(call, items)


@handles("ArchivedWorkflowService_ListArchivedWorkflowLabelKeys")
def _archived_label_keys(call: Call) -> Any:
    keys = {key for w in _archived(call) for key in (w["metadata"].get("labels") or {})}
    return {"items": sorted(keys)}


@handles("ArchivedWorkflowService_ListArchivedWorkflowLabelValues")
def _archived_label_values(call: Call) -> Any:
    key = call.q("listOptions.labelSelector")
    if not key:
        raise ApiError(400, "listOptions.labelSelector must name the label key")
    values = {(w["metadata"].get("labels") or {}).get(key) for w in _archived(call)}
    return {"items": sorted(v for v in values if v is not None)}


@handles("ArchivedWorkflowService_GetArchivedWorkflow")
def _get_archived(call: Call) -> Any:
    return _archived_one(call)


@handles("ArchivedWorkflowService_DeleteArchivedWorkflow")
def _delete_archived(call: Call) -> Any:
    _archived_one(call)
    with call.store.lock:
        del call.store.archive[call.path["uid"]]
    return {}


@handles("ArchivedWorkflowService_ResubmitArchivedWorkflow")
def _resubmit_archived(call: Call) -> Any:
    _check_body_names(call, uid=call.path["uid"])
    source = _archived_one(call)
    namespace = (call.body or {}).get("namespace") or source["metadata"]["namespace"]
    return _resubmit(call.store, namespace, source, (call.body or {}).get("parameters"))


@handles("ArchivedWorkflowService_RetryArchivedWorkflow")
def _retry_archived(call: Call) -> Any:
    _check_body_names(call, uid=call.path["uid"])
    source = _archived_one(call)
    if (source.get("status") or {}).get("phase") not in ("Failed", "Error"):
        raise ApiError(409, "workflow must be Failed/Error to retry", code=9)
    namespace = source["metadata"]["namespace"]
    try:
        call.store.get(WF, namespace, source["metadata"]["name"])
    except ApiError:
        pass
    else:
        raise ApiError(409, f'workflows.argoproj.io "{source["metadata"]["name"]}" already exists', code=6)
    source["status"]["phase"] = "Running"
    source["status"].pop("finishedAt", None)
    return call.store.put(WF, source)


# --- info, events, sync, artifacts -------------------------------------------------------------------------


@handles("InfoService_GetInfo")
def _get_info(call: Call) -> Any:
    return {
        "links": [
            {
                "name": "docs",
                "scope": "workflow",
                "target": "_blank",
                "url": "https://argo-workflows.readthedocs.io",
            }
        ],
        "modals": {"feedbackBanner": False},
        "navColor": "blue",
    }


@handles("InfoService_GetUserInfo")
def _get_user_info(call: Call) -> Any:
    return {
        "subject": "system:serviceaccount:argo:test",
        "issuer": "argo-test-server",
        "serviceAccountName": "test",
        "serviceAccountNamespace": "argo",
    }


@handles("InfoService_GetVersion")
def _get_version(call: Call) -> Any:
    return {
        "version": "v4.1.2",
        "buildDate": "2025-01-01T00:00:00Z",
        "gitCommit": "0" * 40,
        "gitTag": "v4.1.2",
        "gitTreeState": "clean",
        "goVersion": "go1.24",
        "compiler": "gc",
        "platform": "linux/amd64",
    }


@handles("InfoService_CollectEvent")
def _collect_event(call: Call) -> Any:
    call.store.collected_events.append(call.body.get("name", ""))
    return {}


@handles("EventService_ReceiveEvent")
def _receive_event(call: Call) -> Any:
    call.store.received_events.append((call.namespace, call.path["discriminator"], call.body))
    return {}


@handles("EventService_ListWorkflowEventBindings")
def _list_bindings(call: Call) -> Any:
    return list_of(call, call.store.list(KINDS["WorkflowEventBinding"], call.namespace))


def _sync_key(call: Call, body: dict[str, Any] | None = None) -> tuple[str, str, str, str]:
    source = body if body is not None else {"cmName": call.q("cmName"), "type": call.q("type")}
    key = call.path.get("key") or (body or {}).get("key") or ""
    kind = source.get("type") or "CONFIGMAP"
    if kind == "CONFIGMAP" and not source.get("cmName"):
        raise ApiError(400, "cmName is required for a CONFIGMAP sync limit")
    if not key:
        raise ApiError(400, "key is required")
    return (call.namespace, kind, source.get("cmName") or "", key)


def _sync_response(key: tuple[str, str, str, str], limit: int) -> dict[str, Any]:
    namespace, kind, cm_name, name = key
    response = {"namespace": namespace, "type": kind, "key": name, "limit": limit}
    if cm_name:
        response["cmName"] = cm_name
    return response


@handles("SyncService_CreateSyncLimit")
def _create_sync_limit(call: Call) -> Any:
    _check_body_names(call, namespace=call.namespace)
    key = _sync_key(call, call.body)
    with call.store.lock:
        if key in call.store.sync_limits:
            raise ApiError(409, f"sync limit {key[3]!r} already exists in {key[2] or key[1]}", code=6)
        call.store.sync_limits[key] = {"limit": int(call.body.get("limit") or 0)}
    return _sync_response(key, call.store.sync_limits[key]["limit"])


@handles("SyncService_GetSyncLimit")
def _get_sync_limit(call: Call) -> Any:
    key = _sync_key(call)
    found = call.store.sync_limits.get(key)
    if found is None:
        raise ApiError(404, f"sync limit {key[3]!r} not found")
    return _sync_response(key, found["limit"])


@handles("SyncService_UpdateSyncLimit")
def _update_sync_limit(call: Call) -> Any:
    _check_body_names(call, namespace=call.namespace, key=call.path["key"])
    key = _sync_key(call, call.body)
    with call.store.lock:
        if key not in call.store.sync_limits:
            raise ApiError(404, f"sync limit {key[3]!r} not found")
        call.store.sync_limits[key] = {"limit": int(call.body.get("limit") or 0)}
    return _sync_response(key, call.store.sync_limits[key]["limit"])


@handles("SyncService_DeleteSyncLimit")
def _delete_sync_limit(call: Call) -> Any:
    key = _sync_key(call)
    with call.store.lock:
        if call.store.sync_limits.pop(key, None) is None:
            raise ApiError(404, f"sync limit {key[3]!r} not found")
    return {}


def _artifact(call: Call, workflow: dict[str, Any] | None, direction: str) -> Binary:
    if workflow is None:
        raise ApiError(404, "workflow not found")
    key = (workflow["metadata"]["uid"], call.path["nodeId"], direction, call.path["artifactName"])
    content = call.store.artifacts.get(key)
    if content is None:
        raise ApiError(
            404, f"artifact {call.path['artifactName']!r} of node {call.path['nodeId']!r} not found"
        )
    return Binary(content)


def _live(call: Call) -> dict[str, Any] | None:
    try:
        return call.store.get(WF, call.namespace, call.path["name"])
    except ApiError:
        return None


@handles("ArtifactService_GetOutputArtifact")
def _get_output_artifact(call: Call) -> Any:
    return _artifact(call, _live(call), "outputs")


@handles("ArtifactService_GetInputArtifact")
def _get_input_artifact(call: Call) -> Any:
    return _artifact(call, _live(call), "inputs")


@handles("ArtifactService_GetOutputArtifactByUID")
def _get_output_artifact_by_uid(call: Call) -> Any:
    return _artifact(call, call.store.find_uid(call.path["uid"]), "outputs")


@handles("ArtifactService_GetInputArtifactByUID")
def _get_input_artifact_by_uid(call: Call) -> Any:
    return _artifact(call, call.store.find_uid(call.path["uid"]), "inputs")


@handles("ArtifactService_GetArtifactFile")
def _get_artifact_file(call: Call) -> Any:
    discriminator = call.path["idDiscriminator"]
    if discriminator == "workflow":
        call.path["name"] = call.path["id"]
        workflow = _live(call)
    elif discriminator == "archived-workflows":
        workflow = call.store.find_uid(call.path["id"])
    else:
        raise ApiError(400, f"idDiscriminator must be workflow or archived-workflows, not {discriminator!r}")
    if call.path["artifactDiscriminator"] != "outputs":
        raise ApiError(400, "artifactDiscriminator must be outputs")
    return _artifact(call, workflow, "outputs")
