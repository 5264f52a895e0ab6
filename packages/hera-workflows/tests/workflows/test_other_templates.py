"""Resource, HTTP, Data, ContainerSet and Plugin templates: their body fields as keyword arguments."""

from __future__ import annotations

from hera.workflows import HTTP, ContainerSet, Data, Plugin, Resource


def test_resource() -> None:
    r = Resource(
        name="r", action="apply", manifest="kind: ConfigMap\n", success_condition="status.ok", flags=["--x"]
    )
    assert r._build() == {
        "name": "r",
        "resource": {
            "action": "apply",
            "manifest": "kind: ConfigMap\n",
            "successCondition": "status.ok",
            "flags": ["--x"],
        },
    }


def test_http() -> None:
    h = HTTP(
        name="h",
        url="https://example.com",
        method="POST",
        timeout_seconds=5,
        headers=[{"name": "A", "value": "b"}],
    )
    assert h._build()["http"] == {
        "method": "POST",
        "timeoutSeconds": 5,
        "url": "https://example.com",
        "headers": [{"name": "A", "value": "b"}],
    }


def test_data_container_set_and_plugin() -> None:
    d = Data(name="d", source={"artifactPaths": {"name": "x"}}, transformation=[{"expression": "true"}])
    assert d._build()["data"] == {
        "transformation": [{"expression": "true"}],
        "source": {"artifactPaths": {"name": "x"}},
    }
    cs = ContainerSet(
        name="cs",
        containers=[{"name": "a", "image": "busybox"}],
        container_set_retry_strategy={"retries": 1},
        retry_strategy={"limit": "2"},
    )
    assert cs._build() == {
        "name": "cs",
        "containerSet": {"containers": [{"name": "a", "image": "busybox"}], "retryStrategy": {"retries": 1}},
        "retryStrategy": {"limit": "2"},
    }
    assert Plugin(name="p", plugin={"hello": {"text": "hi"}})._build() == {
        "name": "p",
        "plugin": {"hello": {"text": "hi"}},
    }


def test_data_accepts_hera_transformations_name() -> None:
    d = Data(name="d", source={"artifactPaths": {"name": "x"}}, transformations=[{"expression": "true"}])
    assert d._build()["data"]["transformation"] == [{"expression": "true"}]
    assert d.transformations is None
