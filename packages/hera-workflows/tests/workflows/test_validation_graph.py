"""Tests of cycle finding and ancestry over DAG task dependencies."""

from __future__ import annotations

from hera.workflows._validation_graph import find_cycles, is_ancestor


def test_acyclic_graphs_have_no_cycle() -> None:
    assert find_cycles([], {}) == []
    assert find_cycles(["a", "b", "c"], {"b": ["a"], "c": ["a", "b"]}) == []
    # Listed out of dependency order.
    assert find_cycles(["c", "b", "a"], {"c": ["b"], "b": ["a"], "a": []}) == []


def test_cycles_in_execution_order_from_the_first_listed_task() -> None:
    deps = {"a": ["c"], "b": ["a"], "c": ["b"], "d": ["d"], "e": ["a"]}
    assert find_cycles(["a", "b", "c", "d", "e"], deps) == [["a", "b", "c", "a"], ["d", "d"]]
    assert find_cycles(["e", "c", "b", "a", "d"], deps) == [["c", "a", "b", "c"], ["d", "d"]]


def test_cycles_sharing_tasks_are_reported_once() -> None:
    deps = {"a": ["b", "c"], "b": ["a"], "c": ["a"]}
    cycles = find_cycles(["a", "b", "c"], deps)
    assert len(cycles) == 1
    assert cycles[0][0] == cycles[0][-1] == "a"


def test_long_chains_do_not_recurse() -> None:
    names = [f"t{i}" for i in range(50_000)]
    deps = {name: [names[i - 1]] for i, name in enumerate(names) if i}
    assert find_cycles(names, deps) == []
    deps["t0"] = [names[-1]]
    (cycle,) = find_cycles(names, deps)
    assert len(cycle) == 50_001
    assert is_ancestor("t0", "t49999", deps)


def test_is_ancestor() -> None:
    deps = {"b": ["a"], "c": ["b"], "d": []}
    assert is_ancestor("a", "c", deps)
    assert is_ancestor("b", "c", deps)
    assert not is_ancestor("c", "a", deps)
    assert not is_ancestor("a", "d", deps)
    assert is_ancestor("a", "a", {"a": ["b"], "b": ["a"]})  # on a cycle a task is its own ancestor
