"""What the services put on the wire: paths, namespaces, query encoding, bodies, headers, configuration."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from hera.shared import ConfigError, Secret, TokenGenerator, global_config
from hera.workflows.models.io.argoproj.workflow.v1alpha1 import Workflow, WorkflowCreateRequest
from hera.workflows.service import AsyncWorkflowsService, WorkflowsService
from tools.argo_test_server import ArgoTestServer

CREATE = "WorkflowService_CreateWorkflow"


def manifest(name: str, namespace: str | None = None) -> dict[str, Any]:
    metadata: dict[str, Any] = {"name": name}
    if namespace:
        metadata["namespace"] = namespace
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": metadata,
        "spec": {"entrypoint": "main", "templates": [{"name": "main", "container": {"image": "alpine"}}]},
    }


class FakeDsl:
    """What the DSL hands over: an object with `to_dict()`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def to_dict(self) -> dict[str, Any]:
        return manifest(self.name)


@pytest.fixture
def open_server() -> Iterator[ArgoTestServer]:
    """A server that accepts any token (so tests can look at what was sent)."""
    with ArgoTestServer() as server:
        yield server


def last(server: ArgoTestServer, operation_id: str) -> Any:
    return server.calls_of(operation_id)[-1]


# --- paths and namespaces --------------------------------------------------------------------------------


def test_the_namespace_comes_from_the_call_the_body_the_service_or_the_global_config(
    open_server: ArgoTestServer,
) -> None:
    service = WorkflowsService(host=open_server.url)
    service.create_workflow(manifest("a"))
    global_config.namespace = "team"
    service.create_workflow(manifest("b"))
    service.create_workflow(manifest("c", namespace="from-body"))
    service.create_workflow(manifest("d"), namespace="explicit")
    WorkflowsService(host=open_server.url, namespace="svc").create_workflow(manifest("e"))
    paths = [r.path for r in open_server.calls_of(CREATE)]
    assert paths == [
        "/api/v1/workflows/default",
        "/api/v1/workflows/team",
        "/api/v1/workflows/from-body",
        "/api/v1/workflows/explicit",
        "/api/v1/workflows/svc",
    ]
    assert [r.body for r in open_server.calls_of(CREATE)][3]["namespace"] == "explicit"


def test_path_parameters_are_quoted(open_server: ArgoTestServer) -> None:
    service = WorkflowsService(host=open_server.url, namespace="argo")
    with pytest.raises(Exception, match="not found"):
        service.get_workflow("a b/c")
    assert last(open_server, "WorkflowService_GetWorkflow").path == "/api/v1/workflows/argo/a b/c".replace(
        " ", "%20"
    ).replace("b/c", "b%2Fc")


def test_a_missing_path_parameter_is_refused_before_sending(open_server: ArgoTestServer) -> None:
    service = WorkflowsService(host=open_server.url, namespace="argo")
    with pytest.raises(
        ValueError, match="WorkflowService_GetWorkflow: the path parameter 'name' is required"
    ):
        service.get_workflow("")
    assert open_server.requests == []


# --- query parameters ------------------------------------------------------------------------------------


def test_query_parameters_use_the_flattened_names_and_protobuf_encodings(open_server: ArgoTestServer) -> None:
    service = WorkflowsService(host=open_server.url, namespace="argo")
    service.list_workflows(label_selector="a=b", limit=5, continue_="2", watch=False, fields="items.metadata")
    assert last(open_server, "WorkflowService_ListWorkflows").query == {
        "listOptions.labelSelector": ["a=b"],
        "listOptions.limit": ["5"],
        "listOptions.continue": ["2"],
        "listOptions.watch": ["false"],
        "fields": ["items.metadata"],
    }
    service.create_workflow(manifest("x"))
    service.delete_workflow("x", dry_run=["All", "Other"], grace_period_seconds=0, force=True)
    assert last(open_server, "WorkflowService_DeleteWorkflow").query == {
        "deleteOptions.dryRun": ["All", "Other"],
        "deleteOptions.gracePeriodSeconds": ["0"],
        "force": ["true"],
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"limit": "five"}, "limit must be an int"),
        ({"limit": True}, "limit must be an int"),
        ({"watch": "yes"}, "watch must be True or False"),
        ({"label_selector": 3}, "label_selector must be a str"),
    ],
)
def test_badly_typed_query_values_are_refused_before_sending(
    open_server: ArgoTestServer, kwargs: dict[str, Any], message: str
) -> None:
    service = WorkflowsService(host=open_server.url, namespace="argo")
    with pytest.raises(TypeError, match=f"WorkflowService_ListWorkflows: {message}"):
        service.list_workflows(**kwargs)
    assert open_server.requests == []


def test_an_enum_value_is_checked(open_server: ArgoTestServer) -> None:
    service = WorkflowsService(host=open_server.url, namespace="argo")
    with pytest.raises(ValueError, match="type='SQL' is not one of CONFIGMAP, DATABASE"):
        service.get_sync_limit("k", type="SQL")  # type: ignore[arg-type]


def test_list_pages_with_limit_and_continue(open_server: ArgoTestServer) -> None:
    service = WorkflowsService(host=open_server.url, namespace="argo")
    for name in ("a", "b", "c"):
        service.create_workflow(manifest(name))
    first = service.list_workflows(limit=2)
    second = service.list_workflows(limit=2, continue_=first.metadata.continue_)
    assert [w.metadata.name for w in first.items] == ["a", "b"]
    assert [w.metadata.name for w in second.items] == ["c"]
    assert second.metadata.continue_ is None


def test_an_empty_list_is_an_empty_list(open_server: ArgoTestServer) -> None:
    """The Argo Server sends `"items": null` for an empty list; the model gets `[]`."""
    assert WorkflowsService(host=open_server.url, namespace="argo").list_cron_workflows().items == []


def test_fields_give_a_partial_but_typed_answer(open_server: ArgoTestServer) -> None:
    service = WorkflowsService(host=open_server.url, namespace="argo")
    service.create_workflow(manifest("a"))
    listed = service.list_workflows(fields="items.metadata.name,metadata.resourceVersion")
    assert [w.metadata.name for w in listed.items] == ["a"]
    assert isinstance(listed.items[0], Workflow)
    assert "spec" not in listed.items[0].model_fields_set


# --- bodies ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(manifest("w"), id="manifest-dict"),
        pytest.param(Workflow.model_validate(manifest("w")), id="model"),
        pytest.param(FakeDsl("w"), id="dsl-object"),
        pytest.param(
            WorkflowCreateRequest(workflow=Workflow.model_validate(manifest("w"))), id="wrapper-model"
        ),
        pytest.param({"workflow": manifest("w")}, id="wrapper-dict"),
    ],
)
def test_every_body_form_sends_the_same_request(open_server: ArgoTestServer, body: Any) -> None:
    WorkflowsService(host=open_server.url, namespace="argo").create_workflow(body)
    sent = last(open_server, CREATE).body
    assert sent["namespace"] == "argo"
    assert sent["workflow"]["metadata"] == {"name": "w"}
    assert set(sent) == {"namespace", "workflow"}


def test_wrapper_options_are_sent(open_server: ArgoTestServer) -> None:
    service = WorkflowsService(host=open_server.url, namespace="argo")
    created = service.create_workflow({"workflow": manifest("dry"), "serverDryRun": True})
    assert created.metadata.name == "dry"
    assert service.list_workflows().items == []


def test_a_body_namespace_that_contradicts_the_call_is_refused(open_server: ArgoTestServer) -> None:
    service = WorkflowsService(host=open_server.url, namespace="argo")
    with pytest.raises(ValueError, match="the body's 'namespace' is 'other' but the call is for 'argo'"):
        service.create_workflow({"workflow": manifest("w"), "namespace": "other"}, namespace="argo")
    assert open_server.requests == []


def test_an_action_body_is_optional(open_server: ArgoTestServer) -> None:
    service = WorkflowsService(host=open_server.url, namespace="argo")
    service.create_workflow(manifest("w"))
    service.suspend_workflow("w")
    assert last(open_server, "WorkflowService_SuspendWorkflow").body == {"name": "w", "namespace": "argo"}


def test_a_create_without_body_is_refused(open_server: ArgoTestServer) -> None:
    service = WorkflowsService(host=open_server.url, namespace="argo")
    with pytest.raises(TypeError, match="WorkflowService_CreateWorkflow needs a request body"):
        service.create_workflow(None)  # type: ignore[arg-type]


# --- authentication and configuration ---------------------------------------------------------------------


class Counter(TokenGenerator):
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return f"short-lived-{self.calls}"


def test_a_token_generator_is_called_for_every_request(open_server: ArgoTestServer) -> None:
    tokens = Counter()
    service = WorkflowsService(host=open_server.url, token=tokens)
    service.get_info()
    service.get_info()
    assert [r.authorization for r in open_server.requests] == ["Bearer short-lived-1", "Bearer short-lived-2"]


def test_the_global_token_is_read_for_every_request(open_server: ArgoTestServer) -> None:
    global_config.host = open_server.url
    service = WorkflowsService()
    global_config.token = "first"
    service.get_info()
    global_config.token = lambda: "Bearer second"
    service.get_info()
    global_config.token = "Basic dXNlcjpwYXNz"
    service.get_info()
    global_config.token = None
    service.get_info()
    assert [r.authorization for r in open_server.requests] == [
        "Bearer first",
        "Bearer second",
        "Basic dXNlcjpwYXNz",
        None,
    ]


def test_explicit_settings_win_over_the_global_ones(open_server: ArgoTestServer) -> None:
    global_config.host = "https://elsewhere.invalid:2746"
    global_config.token = "global"
    service = WorkflowsService(host=open_server.url, token=Secret("explicit"), verify_ssl=False)
    service.get_info()
    assert open_server.requests[0].authorization == "Bearer explicit"
    assert service.settings.verify_ssl is False


def test_the_global_host_is_read_when_the_service_has_none(open_server: ArgoTestServer) -> None:
    service = WorkflowsService()
    with pytest.raises(ConfigError, match="ARGO_SERVER"):
        service.get_info()
    global_config.host = open_server.url
    assert service.get_info().links is not None


def test_a_base_href_prefixes_every_path() -> None:
    with ArgoTestServer(base_href="/argo") as server:
        service = WorkflowsService(host=server.url, base_href="argo/", namespace="argo")
        assert service.get_version().version == "v4.1.2"
        with pytest.raises(Exception) as caught:
            service.get_workflow("missing")
        assert getattr(caught.value, "path", None) == "/argo/api/v1/workflows/argo/missing"
        assert [r.path for r in server.requests] == [
            "/argo/api/v1/version",
            "/argo/api/v1/workflows/argo/missing",
        ]


def test_the_async_service_sends_the_same_requests(open_server: ArgoTestServer) -> None:
    async def run() -> None:
        async with AsyncWorkflowsService(host=open_server.url, token="t", namespace="argo") as service:
            await service.create_workflow(FakeDsl("w"))
            await service.list_workflows(limit=1, watch=True)

    asyncio.run(run())
    WorkflowsService(host=open_server.url, token="t", namespace="argo").list_workflows(limit=1, watch=True)
    create, list_async, list_sync = open_server.requests
    assert create.body == {"namespace": "argo", "workflow": manifest("w")}
    assert (list_async.path, list_async.query, list_async.authorization) == (
        list_sync.path,
        list_sync.query,
        list_sync.authorization,
    )


def test_the_service_repr_hides_the_token(open_server: ArgoTestServer) -> None:
    service = WorkflowsService(host=open_server.url, token="s3cr3t-value", namespace="argo")
    assert repr(service) == f"WorkflowsService(host='{open_server.url}', namespace='argo', token='***')"
