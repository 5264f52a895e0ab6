"""A resource template that creates a Job, waits for its conditions, and reads outputs by jsonPath and jq."""

from hera.workflows import Parameter, Resource, ValueFrom, Workflow

INVALID_UPSTREAM = "upstream indents `name: k8s-jobs` into an annotation's text, so the workflow has no name"

JOB = """\
apiVersion: batch/v1
kind: Job
metadata:
  generateName: rand-num-
spec:
  completions: 3
  parallelism: 3
  template:
    metadata:
      name: rand
    spec:
      containers:
      - name: rand
        image: python:alpine3.23
        command: ["python", "-c", "import random; import time; print(random.randint(1, 1000)); time.sleep(10)"]
      restartPolicy: Never
"""

with Workflow(
    labels={"workflows.argoproj.io/no-test": "environment"},
    annotations={
        "workflows.argoproj.io/no-test-reasons": (
            "Error (exit code 64): no more retries Error from server (Forbidden): error when\n"
            'creating "/tmp/manifest.yaml": jobs.batch is forbidden: User\n'
            '"system:serviceaccount:argo:default" cannot create resource "jobs" in API group\n'
            '"batch" in the namespace "argo"\n'
            "name: k8s-jobs\n"
        )
    },
    entrypoint="rand-num",
) as w:
    Resource(
        name="rand-num",
        action="create",
        success_condition="status.succeeded > 2",
        failure_condition="status.failed > 1",
        set_owner_reference=True,
        manifest=JOB,
        outputs=[
            Parameter(name="job-name", value_from=ValueFrom(json_path="{.metadata.name}")),
            Parameter(name="job-obj", value_from=ValueFrom(jq_filter=".")),
        ],
    )
