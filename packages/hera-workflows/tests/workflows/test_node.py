"""`Node`: the slot bookkeeping `Task` and `Step` share."""

from __future__ import annotations

from typing import Any

from hera.workflows import DAG, Steps, Workflow
from hera.workflows._loading import load_node
from hera.workflows.steps import Step
from hera.workflows.task import Task


class _TracedTask(Task):
    __slots__ = ("trace",)


def test_all_slots_include_inherited_ones_once() -> None:
    assert set(Step._ALL_SLOTS) < set(Task._ALL_SLOTS)
    assert {"_dep_names", "depends"} <= set(Task._ALL_SLOTS)
    assert (*Task._ALL_SLOTS, "trace") == _TracedTask._ALL_SLOTS
    assert len(set(Task._ALL_SLOTS)) == len(Task._ALL_SLOTS)


def test_clear_sets_every_slot_of_a_subclass_to_none() -> None:
    task = _TracedTask(name="t", template="echo", depends="a")
    assert task.trace is None
    task.trace = "x"
    task._clear()
    slots = _TracedTask._ALL_SLOTS
    assert {slot: getattr(task, slot) for slot in slots} == dict.fromkeys(slots)


def test_new_nodes_start_with_private_slots_blank() -> None:
    with Workflow(name="w"), DAG(name="d"):
        task = Task(name="t", template="echo")
    with Workflow(name="w2"), Steps(name="s"):
        step = Step(name="s1", template="echo")
    assert (task._dep_names, task._dep_text, task._key_order) == (None, None, None)
    assert step._key_order is None
    assert task._parent is not None and step._parent is not None


def test_loaded_node_sets_every_slot() -> None:
    data: dict[str, Any] = {"name": "t", "template": "echo", "depends": "a"}
    task = load_node(Task, data, ("tasks", 0))
    values = {slot: getattr(task, slot) for slot in Task._ALL_SLOTS}
    assert values == {**dict.fromkeys(Task._ALL_SLOTS), **data, "_key_order": ("name", "template", "depends")}
    step = load_node(Step, {"name": "s"}, ("steps", 0, 0))
    assert {slot: getattr(step, slot) for slot in Step._ALL_SLOTS} == {
        **dict.fromkeys(Step._ALL_SLOTS),
        "name": "s",
        "_key_order": ("name",),
    }
