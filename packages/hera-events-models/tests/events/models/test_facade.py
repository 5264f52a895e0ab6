"""The flat, lazy `hera.events.models` facade and the public modules mirroring the definition names."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

import hera.events.models as models
from tools import testing

PACKAGE = "hera.events.models"
# Modules whose definitions keep a shared short name, in precedence order (the documented collision rule).
RANKED = ["io.argoproj.events.v1alpha1", "io.k8s.api.core.v1", "io.k8s.apimachinery.pkg.apis.meta.v1"]


def definition_names() -> list[str]:
    schema = json.loads(testing.require(testing.EVENTS_SCHEMA).read_text())
    return sorted(schema["definitions"])


def public_module(definition: str) -> str:
    return testing.public_module(PACKAGE, definition)


def facade_name(definition: str, all_definitions: list[str]) -> str:
    return testing.facade_name(definition, all_definitions, RANKED)


def test_every_definition_is_reachable_by_full_path_and_by_facade_name() -> None:
    definitions = definition_names()
    assert len(definitions) == 772
    for definition in definitions:
        obj = getattr(importlib.import_module(public_module(definition)), definition.rpartition(".")[2])
        assert getattr(models, facade_name(definition, definitions)) is obj, definition


def test_the_facade_lists_exactly_one_name_per_definition() -> None:
    definitions = definition_names()
    assert sorted(models.__all__) == sorted(facade_name(d, definitions) for d in definitions)
    assert set(models.__all__) <= set(dir(models))


def test_every_argo_events_definition_keeps_its_short_name() -> None:
    argo = [d for d in definition_names() if d.startswith("io.argoproj.events.v1alpha1.")]
    assert len(argo) == 134
    module = importlib.import_module(f"{PACKAGE}.io.argoproj.events.v1alpha1")
    for definition in argo:
        short = definition.rpartition(".")[2]
        assert getattr(models, short) is getattr(module, short)


@pytest.mark.parametrize(
    ("name", "definition"),
    [
        ("Sensor", "io.argoproj.events.v1alpha1.Sensor"),
        ("EventSource", "io.argoproj.events.v1alpha1.EventSource"),
        ("CoreV1EventSource", "io.k8s.api.core.v1.EventSource"),
        ("Container", "io.argoproj.events.v1alpha1.Container"),
        ("CoreV1Container", "io.k8s.api.core.v1.Container"),
        ("Event", "io.argoproj.events.v1alpha1.Event"),
        ("CoreV1Event", "io.k8s.api.core.v1.Event"),
        ("EventsV1Event", "io.k8s.api.events.v1.Event"),
        ("Condition", "io.argoproj.events.v1alpha1.Condition"),
        ("MetaV1Condition", "io.k8s.apimachinery.pkg.apis.meta.v1.Condition"),
        ("AutoscalingV1CrossVersionObjectReference", "io.k8s.api.autoscaling.v1.CrossVersionObjectReference"),
        ("AutoscalingV2CrossVersionObjectReference", "io.k8s.api.autoscaling.v2.CrossVersionObjectReference"),
        (
            "ApiextensionsV1ServiceReference",
            "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ServiceReference",
        ),
    ],
)
def test_collision_rule(name: str, definition: str) -> None:
    module = importlib.import_module(public_module(definition))
    assert getattr(models, name) is getattr(module, definition.rpartition(".")[2])


def test_a_name_shared_only_by_unranked_modules_has_no_bare_form() -> None:
    assert not hasattr(models, "CrossVersionObjectReference")
    with pytest.raises(AttributeError, match=r"did you mean 'AutoscalingV\dCrossVersionObjectReference'"):
        _ = models.CrossVersionObjectReference


def test_unknown_names_raise_attribute_error_with_suggestions() -> None:
    with pytest.raises(AttributeError, match=r"has no attribute 'Sensr'; did you mean 'Sensor'"):
        _ = models.Sensr


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_importing_the_facade_does_not_import_pydantic() -> None:
    code = (
        "import sys, hera.events.models, hera.events.models.io.argoproj.events.v1alpha1\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic'))"
    )
    assert _run(code) == "[]"


def test_loading_sensor_imports_only_the_chunks_a_sensor_needs() -> None:
    code = (
        "import sys\nfrom hera.events.models import Sensor\n"
        "print(','.join(sorted(m for m in sys.modules if '._generated.' in m and m.count('.') == 5)))"
    )
    chunks = _run(code).split(",")
    assert all(chunk.rpartition(".")[2].split("_")[0] == "sensor" for chunk in chunks), chunks
    assert not any("io_k8s_api_apps" in chunk for chunk in chunks)
