"""Checks that depend on where a value is used: probes of liveness/startup, container vs pod security
contexts, and `template_defaults=` given a template object."""

from __future__ import annotations

import pytest

from hera.shared import global_config
from hera.workflows import (
    Container,
    PodSecurityContext,
    Probe,
    Resources,
    RetryStrategy,
    Script,
    SecurityContext,
    Steps,
    TemplateDefaults,
    Workflow,
)
from hera.workflows import models as m
from hera.workflows._pod_checks import check_container_settings, pod_security_context, template_defaults
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid


def _workflow(defaults: object) -> Workflow:
    with Workflow(generate_name="defaults-", entrypoint="main", template_defaults=defaults) as w:
        hello = Container(name="hello", image="busybox", command=["echo", "hi"])
        with Steps(name="main"):
            hello(name="hello")
    return w


def test_a_nameless_container_is_written_as_the_template_defaults() -> None:
    defaults = Container(image="busybox", resources=Resources(memory_limit="64Mi"), timeout="30s")
    manifest = _workflow(defaults).to_dict()
    assert_schema_valid(manifest)
    assert manifest["spec"]["templateDefaults"] == {
        "timeout": "30s",
        "container": {"image": "busybox", "resources": {"limits": {"memory": "64Mi"}}},
    }
    assert [t["name"] for t in manifest["spec"]["templates"]] == ["hello", "main"]
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_template_defaults_objects_models_and_dicts_pass_through() -> None:
    made = TemplateDefaults(retry_strategy=RetryStrategy(limit="2"))
    assert template_defaults(made, "workflow 'w'") is made
    model = m.Template(timeout="1m")
    assert template_defaults(model, "workflow 'w'") is model
    assert template_defaults({"timeout": "1m"}, "workflow 'w'") == {"timeout": "1m"}
    global_config.set_class_defaults(Script, image="python:3.12")
    nameless = Script(source="print(1)", command=["python"])
    assert template_defaults(nameless, "workflow 'w'") == {
        "script": {"image": "python:3.12", "source": "print(1)", "command": ["python"]}
    }


def test_a_named_template_as_template_defaults_is_an_error() -> None:
    with Workflow(generate_name="d-", entrypoint="hello") as w:
        hello = Container(name="hello", image="busybox")
    w.template_defaults = hello
    with pytest.raises(
        DSLError,
        match=r"workflow 'd-': template_defaults got Container 'hello', a template with a name; the defaults apply "
        r"to every template, so give TemplateDefaults\(\.\.\.\) or a template without name=",
    ):
        w.to_dict()


def test_pod_security_context_passes_pod_values_through() -> None:
    pod = PodSecurityContext(run_as_user=1)
    assert pod_security_context(pod, "template 't'") is pod
    assert pod_security_context({"runAsUser": 1}, "template 't'") == {"runAsUser": 1}
    with pytest.raises(DSLError, match=r"template 't': the pod security context"):
        pod_security_context(SecurityContext(run_as_user=1), "template 't'")


def test_container_settings_without_problems_pass() -> None:
    container = Container(
        name="c",
        image="alpine",
        liveness_probe=Probe(tcp_socket=80, success_threshold=1),
        startup_probe={"tcpSocket": {"port": 80}},
        security_context={"runAsUser": 1},
    )
    check_container_settings(container, "template 'c'")
    container.liveness_probe = m.Probe(success_threshold=4)
    with pytest.raises(DSLError, match=r"template 'c': liveness_probe has success_threshold=4"):
        check_container_settings(container, "template 'c'")
