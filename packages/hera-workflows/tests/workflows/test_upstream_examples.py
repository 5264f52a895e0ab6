"""Every upstream Argo Workflows example document of the four kinds loads into DSL objects and dumps back equal."""

from __future__ import annotations

from typing import Any

import pytest

from hera.shared._yaml import dump, load, load_all
from hera.workflows import ClusterWorkflowTemplate, Container, CronWorkflow, Workflow, WorkflowTemplate
from hera.workflows._template import TemplateBase
from hera.workflows.steps import Parallel, Step, Steps
from hera.workflows.task import Task
from tools.testing import WORKFLOWS_EXAMPLES, iter_yaml_documents, require

CLASSES = {c.kind: c for c in (Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow)}
DOCUMENTS = list(iter_yaml_documents(WORKFLOWS_EXAMPLES, set(CLASSES))) if WORKFLOWS_EXAMPLES.exists() else []


def _templates(obj: Any) -> list[Any]:
    return obj.templates


@pytest.mark.parametrize(("name", "index", "document"), DOCUMENTS, ids=[f"{n}#{i}" for n, i, _ in DOCUMENTS])
def test_document_round_trips_through_the_dsl(name: str, index: int, document: dict[str, Any]) -> None:
    obj = CLASSES[document["kind"]].from_dict(document)
    assert obj.to_dict(validate=False) == document
    for template in _templates(obj):
        assert isinstance(template, TemplateBase), f"{name}: template {template!r} was not converted"
        for item in getattr(template, "tasks", []) or []:
            assert isinstance(item, Task)
        if isinstance(template, Steps):
            for group in template.steps:
                assert isinstance(group, (Step, Parallel))


@pytest.mark.parametrize(("name", "index", "document"), DOCUMENTS, ids=[f"{n}#{i}" for n, i, _ in DOCUMENTS])
def test_document_keeps_its_key_order_in_yaml(name: str, index: int, document: dict[str, Any]) -> None:
    obj = CLASSES[document["kind"]].from_dict(document)
    assert obj.to_yaml(validate=False) == dump(document)


def test_single_document_files_load_with_from_file() -> None:
    root = require(WORKFLOWS_EXAMPLES)
    loaded = 0
    for path in sorted(root.rglob("*.yaml")):
        docs = load_all(path.read_text())
        if len(docs) != 1 or not isinstance(docs[0], dict) or docs[0].get("kind") not in CLASSES:
            continue
        obj = CLASSES[docs[0]["kind"]].from_file(path)
        assert obj.to_dict(validate=False) == docs[0], path.name
        loaded += 1
    assert loaded > 150


def test_there_are_documents_of_every_kind() -> None:
    require(WORKFLOWS_EXAMPLES)
    assert {doc["kind"] for _, _, doc in DOCUMENTS} == set(CLASSES)
    assert len(DOCUMENTS) > 200


def test_loaded_templates_are_dsl_objects_of_the_right_class() -> None:
    path = require(WORKFLOWS_EXAMPLES) / "dag-diamond.yaml"
    w = Workflow.from_file(path)
    by_name = {t.name: t for t in w.templates}
    assert isinstance(by_name["echo"], Container)
    diamond = by_name["diamond"]
    assert [t.name for t in diamond.tasks] == ["A", "B", "C", "D"]
    assert load(path.read_text()) == w.to_dict()
