"""`ContinueOn`: steps and tasks that let the workflow go on after they fail or error."""

from __future__ import annotations

import pytest

from hera.workflows import DAG, Container, ContinueOn, Steps, Workflow
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid


def test_written_on_steps_and_tasks_and_loaded_back() -> None:
    with Workflow(generate_name="continue-", entrypoint="main") as w:
        fail = Container(name="fail", image="busybox", command=["false"])
        with Steps(name="main"):
            fail(name="a", continue_on=ContinueOn(failed=True))
            fail(name="b", continue_on=m.ContinueOn(error=True))
        with DAG(name="graph"):
            fail(name="c", continue_on=ContinueOn(error=True, failed=True))
    manifest = w.to_dict()
    main, graph = (
        next(t for t in manifest["spec"]["templates"] if t["name"] == n) for n in ("main", "graph")
    )
    assert [group[0]["continueOn"] for group in main["steps"]] == [{"failed": True}, {"error": True}]
    assert graph["dag"]["tasks"][0]["continueOn"] == {"error": True, "failed": True}
    assert_schema_valid(manifest)
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_unset_fields_are_left_out() -> None:
    assert plain(ContinueOn()) == {}
    assert plain(ContinueOn(failed=False)) == {"failed": False}


def test_values_must_be_booleans() -> None:
    with pytest.raises(DSLError, match="ContinueOn: failed must be True or False; got 'yes'"):
        ContinueOn(failed="yes")  # type: ignore[arg-type]
