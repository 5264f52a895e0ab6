"""Backfilling a daily CronWorkflow: the WorkflowTemplate it runs, the CronWorkflow, and two workflows that
run the template for a range of past dates (one creates a Workflow per date, one calls the template directly)."""

from hera.workflows import (
    CronWorkflow,
    Parameter,
    Resource,
    Script,
    Sequence,
    Steps,
    TemplateRef,
    Workflow,
    WorkflowTemplate,
    WorkflowTemplateRef,
)

with WorkflowTemplate(name="job", entrypoint="main", arguments={"date": "yesterday"}) as job:
    Script(
        name="main",
        inputs=[Parameter(name="date")],
        image="busybox",
        command=["sh"],
        source=(
            'date="{{inputs.parameters.date}}"\n'
            "if [ $date = yesterday ]; then\n"
            "  date=$(date -d yesterday +%Y-%m-%d)\n"
            "fi\n"
            'echo "run for $date"\n'
        ),
    )

daily = CronWorkflow(
    name="daily-job", schedules=["0 2 * * *"], workflow_template_ref=WorkflowTemplateRef(name="job")
)

JOB_MANIFEST = """\
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  # using a name based on the date prevents re-creating resources,
  # making this more robust
  name: job-{{inputs.parameters.date}}
spec:
  entrypoint: main
  templates:
    - name: main
      steps:
        - - name: start-job
            arguments:
              parameters:
                - name: date
                  value: "{{inputs.parameters.date}}"
            templateRef:
              name: job
              template: main
"""

with Workflow(
    name="backfill-v1",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="main",
    service_account_name="argo-server",
) as backfill_v1:
    create_job = Resource(
        name="create-job", inputs=[Parameter(name="date")], action="apply", manifest=JOB_MANIFEST
    )
    with Steps(name="main"):
        create_job(
            name="day",
            arguments={"date": "{{item}}"},
            with_sequence=Sequence(start="19", end="21", format="2020-05-%02X"),
        )

with Workflow(
    name="backfill-v2",
    labels={"workflows.argoproj.io/no-test": "environment"},
    annotations={
        "workflows.argoproj.io/no-test-reasons": (
            "This is the error, we should fix the service account\n"
            "\n"
            "workflowtaskresults.argoproj.io is forbidden: User\n"
            '"system:serviceaccount:argo:argo-server" cannot create resource\n'
            '"workflowtaskresults" in API group "argoproj.io" in the namespace "argo"\n'
        )
    },
    entrypoint="main",
    parallelism=1,
) as backfill_v2:
    with Steps(name="main"):
        TemplateRef(name="job", template="main")(
            name="create-job",
            arguments={"date": "{{item}}"},
            with_sequence=Sequence(start="19", end="21", format="2020-05-%02d"),
        )

documents = [job, daily, backfill_v1, backfill_v2]
