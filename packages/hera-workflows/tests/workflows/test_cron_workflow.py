"""`CronWorkflow`: schedules (and the single schedule), cron fields, the nested workflow spec."""

from __future__ import annotations

from hera.workflows import Container, CronWorkflow
from tools.testing import assert_schema_valid


def test_single_schedule_becomes_schedules() -> None:
    with CronWorkflow(name="c", schedule="*/5 * * * *", entrypoint="t") as cw:
        Container(name="t", image="busybox")
    manifest = cw.to_dict()
    assert manifest["spec"]["schedules"] == ["*/5 * * * *"]
    assert "schedule" not in manifest["spec"]
    assert_schema_valid(manifest)


def test_schedules_with_the_single_one_joined() -> None:
    cw = CronWorkflow(name="c", schedules=["a", "b"], schedule="c")
    assert cw.to_dict(validate=False)["spec"]["schedules"] == ["a", "b", "c"]


def test_cron_fields_and_their_workflow_twins() -> None:
    with CronWorkflow(
        name="c",
        schedules=["0 * * * *"],
        cron_suspend=True,
        suspend=False,
        cron_workflow_metadata={"labels": {"from": "cron"}},
        workflow_metadata={"labels": {"from": "workflow"}},
        when="true",
        timezone="UTC",
        entrypoint="t",
    ) as cw:
        Container(name="t", image="busybox")
    assert_schema_valid(cw.to_dict())
    spec = cw.to_dict()["spec"]
    assert spec["suspend"] is True
    assert spec["workflowMetadata"] == {"labels": {"from": "cron"}}
    assert spec["when"] == "true"
    assert spec["timezone"] == "UTC"
    assert spec["workflowSpec"]["suspend"] is False
    assert spec["workflowSpec"]["workflowMetadata"] == {"labels": {"from": "workflow"}}
    assert spec["workflowSpec"]["templates"] == [{"name": "t", "container": {"image": "busybox"}}]


def test_cron_status_is_an_alias_of_status() -> None:
    cw = CronWorkflow(name="c", schedules=["x"], cron_status={"active": []})
    assert cw.to_dict(validate=False)["status"] == {"active": []}
