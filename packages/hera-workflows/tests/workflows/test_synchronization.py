"""`Mutex`, `Semaphore` (ConfigMap and database forms), `Synchronization`: the forms `synchronization=` takes at
template and workflow level, loading back, class defaults and hooks, and errors."""

from __future__ import annotations

import dataclasses

import pytest

from hera.shared import global_config
from hera.workflows import Container, Mutex, Semaphore, Steps, Synchronization, Workflow
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError, InvalidType
from hera.workflows.synchronization import synchronization_problems
from hera.workflows.validation import InvalidWorkflowError
from tools.testing import assert_schema_valid


def _workflow(template_sync: object = None, **workflow_fields: object) -> Workflow:
    with Workflow(generate_name="sync-", entrypoint="main", **workflow_fields) as w:
        work = Container(name="work", image="busybox", command=["true"], synchronization=template_sync)
        with Steps(name="main"):
            work(name="run")
    return w


def _sync_of(manifest: dict) -> object:
    return next(t for t in manifest["spec"]["templates"] if t["name"] == "work")["synchronization"]


def test_mutex_forms() -> None:
    assert plain(Mutex(name="deploy")) == {"name": "deploy"}
    assert plain(Mutex(name="deploy", namespace="ops", database=True)) == {
        "name": "deploy",
        "namespace": "ops",
        "database": True,
    }


def test_semaphore_forms() -> None:
    assert plain(Semaphore(config_map="limits", key="workflow")) == {
        "configMapKeyRef": {"name": "limits", "key": "workflow"}
    }
    assert plain(Semaphore(config_map="limits", key="workflow", optional=True, namespace="ops")) == {
        "configMapKeyRef": {"name": "limits", "key": "workflow", "optional": True},
        "namespace": "ops",
    }
    assert plain(Semaphore(key="workflow", database=True)) == {"database": {"key": "workflow"}}


def test_one_lock_or_a_list_is_sorted_into_mutexes_and_semaphores() -> None:
    locks = [Mutex(name="a"), Semaphore(key="k", database=True), Mutex(name="b", database=True)]
    manifest = _workflow(locks).to_dict()
    assert _sync_of(manifest) == {
        "mutexes": [{"name": "a"}, {"name": "b", "database": True}],
        "semaphores": [{"database": {"key": "k"}}],
    }
    assert_schema_valid(manifest)
    assert _sync_of(_workflow(Mutex(name="a")).to_dict()) == {"mutexes": [{"name": "a"}]}
    semaphore = Semaphore(config_map="c", key="k")
    assert _sync_of(_workflow(semaphore).to_dict()) == {
        "semaphores": [{"configMapKeyRef": {"name": "c", "key": "k"}}]
    }


def test_every_accepted_form_writes_the_same_section() -> None:
    expected = {"mutexes": [{"name": "a"}], "semaphores": [{"configMapKeyRef": {"name": "c", "key": "k"}}]}
    forms = [
        [Mutex(name="a"), Semaphore(config_map="c", key="k")],
        Synchronization(mutexes=[Mutex(name="a")], semaphores=[Semaphore(config_map="c", key="k")]),
        m.Synchronization(
            mutexes=[m.Mutex(name="a")],
            semaphores=[m.SemaphoreRef(config_map_key_ref=m.ConfigMapKeySelector(name="c", key="k"))],
        ),
        [m.Mutex(name="a"), m.SemaphoreRef(config_map_key_ref=m.ConfigMapKeySelector(name="c", key="k"))],
        [{"name": "a"}, {"configMapKeyRef": {"name": "c", "key": "k"}}],
        expected,
    ]
    for form in forms:
        assert _sync_of(_workflow(form).to_dict()) == expected, form


def test_workflow_level_lock_and_loading_back() -> None:
    w = _workflow(None, synchronization=Semaphore(key="workflow", database=True))
    manifest = w.to_dict()
    assert manifest["spec"]["synchronization"] == {"semaphores": [{"database": {"key": "workflow"}}]}
    assert_schema_valid(manifest)
    assert Workflow.from_yaml(w.to_yaml()).to_dict() == manifest


def test_class_defaults_and_hooks() -> None:
    global_config.set_class_defaults(Mutex, namespace="locks")
    assert plain(Mutex(name="a")) == {"name": "a", "namespace": "locks"}

    @global_config.register_pre_build_hook
    def in_database(mutex: Mutex) -> Mutex:
        return dataclasses.replace(mutex, database=True)

    assert _sync_of(_workflow(Mutex(name="a")).to_dict()) == {
        "mutexes": [{"name": "a", "namespace": "locks", "database": True}]
    }


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Mutex(name=""), r"Mutex\(name=''\): name must be the mutex's name \(a non-empty string\)"),
        (
            lambda: Semaphore(key="k"),
            r"Semaphore\(key='k'\): needs config_map= \(the ConfigMap holding the limit\) or database=True",
        ),
        (
            lambda: Semaphore(key="k", database=True, config_map="c"),
            r"Semaphore\(key='k'\): config_map is for a ConfigMap semaphore",
        ),
        (lambda: Semaphore(key="k", database=True, optional=True), r"optional is for a ConfigMap semaphore"),
        (
            lambda: Semaphore(key="", config_map="c"),
            r"Semaphore\(key=''\): key must be the key holding the limit",
        ),
        (
            lambda: Semaphore(key="k", config_map=""),
            r"config_map must be the name of the ConfigMap holding the limit",
        ),
        (
            lambda: Synchronization(mutexes=[{"name": 3}]),
            r"Synchronization: mutexes\[0\].name must be the mutex's name",
        ),
        (
            lambda: Synchronization(semaphores=[{"namespace": "x"}]),
            r"semaphores\[0\] a semaphore takes its limit from a ConfigMap",
        ),
    ],
)
def test_bad_locks_name_the_lock_and_field(make: object, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        make()  # type: ignore[operator]


def test_a_value_of_another_type_names_the_template() -> None:
    with pytest.raises(
        InvalidType, match=r"template 'work': synchronization= cannot hold a value of type str"
    ):
        _workflow(["lock"]).to_dict()


def test_a_bad_dict_is_reported_by_validation_with_template_and_path() -> None:
    w = _workflow({"mutex": {"name": "old"}, "semaphores": [{"database": {"key": ""}}]})
    with pytest.raises(InvalidWorkflowError) as caught:
        w.to_dict()
    text = str(caught.value)
    assert (
        "template 'work' (spec.templates[0].synchronization.mutex): synchronization.mutex the single 'mutex' field is gone"
        in text
    )
    assert (
        "(spec.templates[0].synchronization.semaphores[0].database.key): synchronization.semaphores[0].database.key must be"
        in text
    )


def test_problems_of_manifest_data() -> None:
    assert (
        synchronization_problems({"mutexes": [{"name": "a"}], "semaphores": [{"database": {"key": "k"}}]})
        == []
    )
    assert synchronization_problems({"mutexes": {"name": "a"}}) == [
        (("mutexes",), "must be a list; got {'name': 'a'}")
    ]
