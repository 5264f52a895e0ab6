"""`Container` and the template-level fields every template shares."""

from __future__ import annotations

import pytest

from hera.shared import global_config
from hera.workflows import Container, Parameter
from hera.workflows import models as m
from hera.workflows.exceptions import DSLError, InvalidTemplateCall


def test_container_fields_template_fields_and_metadata() -> None:
    c = Container(
        name="c",
        image="busybox",
        container_name="main",
        command=["sh", "-c"],
        args=["echo hi"],
        env=[m.EnvVar(name="A", value="1")],
        working_dir="/w",
        security_context=m.SecurityContext(privileged=False),
        pod_security_context={"runAsUser": 1000},
        labels={"l": "v"},
        annotations={"a": "b"},
        template_annotations={"workflows.argoproj.io/display-name": "C"},
        metadata={"labels": {"base": "x"}},
        retry_strategy=m.RetryStrategy(limit="2"),
        active_deadline_seconds="{{inputs.parameters.deadline}}",
        daemon=True,
        timeout="1m",
        tolerations=[{"key": "k", "operator": "Exists"}],
    )
    assert c._build() == {
        "name": "c",
        "activeDeadlineSeconds": "{{inputs.parameters.deadline}}",
        "daemon": True,
        "timeout": "1m",
        "tolerations": [{"key": "k", "operator": "Exists"}],
        "annotations": {"workflows.argoproj.io/display-name": "C"},
        "container": {
            "name": "main",
            "image": "busybox",
            "workingDir": "/w",
            "args": ["echo hi"],
            "command": ["sh", "-c"],
            "env": [{"name": "A", "value": "1"}],
            "securityContext": {"privileged": False},
        },
        "metadata": {"labels": {"base": "x", "l": "v"}, "annotations": {"a": "b"}},
        "retryStrategy": {"limit": "2"},
        "securityContext": {"runAsUser": 1000},
    }


def test_image_defaults_to_global_config() -> None:
    global_config.image = "python:3.13"
    assert Container(name="c").image == "python:3.13"


def test_unknown_argument_is_a_type_error_naming_the_template() -> None:
    with pytest.raises(
        TypeError, match=r"Container\(name='c'\): unknown argument 'imag'; did you mean image"
    ):
        Container(name="c", imag="x")


def test_calling_a_template_outside_any_context_says_where_to_call_it() -> None:
    c = Container(name="c", image="busybox")
    with pytest.raises(InvalidTemplateCall, match=r"template 'c' was called outside any context.*with DAG"):
        c(name="x")


def test_template_references_to_its_own_inputs() -> None:
    from hera.workflows import Artifact

    c = Container(name="c", image="busybox", inputs=[Parameter(name="p"), Artifact(name="a", path="/a")])
    assert c.get_parameter("p").value == "{{inputs.parameters.p}}"
    assert str(c.get_parameter("p")) == "{{inputs.parameters.p}}"
    assert c.get_artifact("a").from_ == "{{inputs.artifacts.a}}"
    with pytest.raises(DSLError, match=r"template 'c' has no input parameter 'q'; its input parameters: 'p'"):
        c.get_parameter("q")
    with pytest.raises(DSLError, match=r"template 'c' has no input artifact 'b'"):
        c.get_artifact("b")


def test_outputs_with_result_and_exit_code_models() -> None:
    c = Container(
        name="c",
        image="busybox",
        outputs=m.Outputs(result="r", parameters=[m.Parameter(name="p", value="v")]),
    )
    assert c._build()["outputs"] == {"parameters": [{"name": "p", "value": "v"}], "result": "r"}
