"""The flat, lazy `hera.workflows.models` facade and the public modules mirroring the definition names."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections import defaultdict

import pytest

import hera.workflows.models as models
from tools import testing

PACKAGE = "hera.workflows.models"
# Modules whose definitions keep a shared short name, in precedence order (the documented collision rule).
RANKED = ["io.argoproj.workflow.v1alpha1", "io.k8s.api.core.v1", "io.k8s.apimachinery.pkg.apis.meta.v1"]


def definition_names() -> list[str]:
    schema = json.loads(testing.require(testing.WORKFLOWS_SCHEMA).read_text())
    return sorted(schema["definitions"])


def public_module(definition: str) -> str:
    return testing.public_module(PACKAGE, definition)


def facade_name(definition: str, all_definitions: list[str]) -> str:
    return testing.facade_name(definition, all_definitions, RANKED)


def test_every_definition_is_reachable_by_full_path_and_by_facade_name() -> None:
    definitions = definition_names()
    assert len(definitions) == 425
    for definition in definitions:
        obj = getattr(importlib.import_module(public_module(definition)), definition.rpartition(".")[2])
        assert getattr(models, facade_name(definition, definitions)) is obj, definition


def test_the_facade_lists_exactly_one_name_per_definition() -> None:
    definitions = definition_names()
    assert sorted(models.__all__) == sorted(facade_name(d, definitions) for d in definitions)
    assert set(models.__all__) <= set(dir(models))


@pytest.mark.parametrize(
    ("name", "definition"),
    [
        ("Workflow", "io.argoproj.workflow.v1alpha1.Workflow"),
        ("Template", "io.argoproj.workflow.v1alpha1.Template"),
        ("EventsV1alpha1Template", "github.com.argoproj.argo_events.pkg.apis.events.v1alpha1.Template"),
        ("Container", "io.k8s.api.core.v1.Container"),
        ("EventsV1alpha1Container", "github.com.argoproj.argo_events.pkg.apis.events.v1alpha1.Container"),
        ("Event", "io.argoproj.workflow.v1alpha1.Event"),
        ("CoreV1Event", "io.k8s.api.core.v1.Event"),
        ("HTTPHeader", "io.argoproj.workflow.v1alpha1.HTTPHeader"),
        ("CoreV1HTTPHeader", "io.k8s.api.core.v1.HTTPHeader"),
        ("EventsourceLogEntry", "eventsource.LogEntry"),
        ("SensorLogEntry", "sensor.LogEntry"),
        ("ObjectMeta", "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"),
    ],
)
def test_collision_rule(name: str, definition: str) -> None:
    module = importlib.import_module(public_module(definition))
    assert getattr(models, name) is getattr(module, definition.rpartition(".")[2])


def test_the_log_entry_shared_by_unranked_modules_keeps_the_ranked_one() -> None:
    owners = defaultdict(list)
    for definition in definition_names():
        owners[definition.rpartition(".")[2]].append(definition)
    assert owners["LogEntry"] == [
        "eventsource.LogEntry",
        "io.argoproj.workflow.v1alpha1.LogEntry",
        "sensor.LogEntry",
    ]
    assert models.LogEntry is importlib.import_module(f"{PACKAGE}.io.argoproj.workflow.v1alpha1").LogEntry


def test_unknown_names_raise_attribute_error_with_suggestions() -> None:
    with pytest.raises(AttributeError, match=r"has no attribute 'Workflw'; did you mean 'Workflow'"):
        _ = models.Workflw
    with pytest.raises(
        AttributeError, match=r"has no attribute 'Zzzzzz' \(it exports 4\d\d generated models"
    ):
        _ = models.Zzzzzz
    v1alpha1 = importlib.import_module(f"{PACKAGE}.io.argoproj.workflow.v1alpha1")
    with pytest.raises(
        AttributeError,
        match=r"'hera\.workflows\.models\.io\.argoproj\.workflow\.v1alpha1' has no attribute 'Container'; did you mean 'UserContainer' or 'ContainerNode'",
    ):
        _ = v1alpha1.Container  # a core/v1 name is not in the Argo module
    assert not hasattr(models, "__wrapped__")


def test_names_are_cached_after_first_access() -> None:
    first = models.WorkflowSpec
    assert models.__dict__["WorkflowSpec"] is first
    assert models.WorkflowSpec is first


def test_dir_of_a_public_module_lists_its_definitions() -> None:
    core = importlib.import_module(f"{PACKAGE}.io.k8s.api.core.v1")
    assert {"Container", "Volume", "Probe", "EnvVar"} <= set(dir(core))
    assert "Workflow" not in dir(core)


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_importing_the_facade_does_not_import_pydantic() -> None:
    code = (
        "import sys, hera.workflows.models, hera.workflows.models.io.argoproj.workflow.v1alpha1\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic'))"
    )
    assert _run(code) == "[]"


def test_loading_workflow_imports_only_the_chunks_a_workflow_needs() -> None:
    code = (
        "import sys\nfrom hera.workflows.models import Workflow\n"
        "print(','.join(sorted(m for m in sys.modules if '._generated.' in m and m.count('.') == 5)))"
    )
    chunks = _run(code).split(",")
    assert chunks, "Workflow lives in a generated chunk"
    assert all(chunk.rpartition(".")[2].split("_")[0] == "wf" for chunk in chunks), chunks
    assert any(chunk.endswith("io_k8s_api_core_v1.wf_wft_cwft_cron") for chunk in chunks)
