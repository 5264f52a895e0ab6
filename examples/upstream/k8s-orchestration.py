"""Create a Kubernetes Job, print the logs of its pods found by the Job's uid, then delete the Job."""

from hera.workflows import Container, Parameter, Resource, Steps, ValueFrom, Workflow

JOB = """\
apiVersion: batch/v1
kind: Job
metadata:
  generateName: rand-num-
spec:
  completions: 10
  parallelism: 10
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
    generate_name="k8s-orchestrate-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    annotations={
        "workflows.argoproj.io/no-test-reasons": (
            "main: Error (exit code 64): no more retries Error from server (Forbidden):\n"
            'error when creating "/tmp/manifest.yaml": jobs.batch is forbidden: U ser\n'
            '"system:serviceaccount:argo:default" cannot create resource "jobs" in API\n'
            'group "batch" in the namespace "argo"\n'
        )
    },
    entrypoint="k8s-orchestrate",
) as w:
    random_number_job = Resource(
        name="random-number-job",
        action="create",
        success_condition="status.succeeded > 9",
        failure_condition="status.failed > 0",
        manifest=JOB,
        outputs=[
            Parameter(name="job-name", value_from=ValueFrom(json_path="{.metadata.name}")),
            Parameter(name="job-uid", value_from=ValueFrom(json_path="{.metadata.uid}")),
        ],
    )
    print_generated_numbers = Container(
        name="print-generated-numbers",
        inputs=[Parameter(name="job-uid")],
        image="quay.io/argoproj/argoexec:latest",
        command=["sh", "-c"],
        args=[
            " for i in `kubectl get pods -l controller-uid={{inputs.parameters.job-uid}} -o name`; do"
            " kubectl logs $i; done "
        ],
    )
    delete_job = Resource(
        name="delete-job",
        inputs=[Parameter(name="job-name")],
        action="delete",
        manifest="apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: {{inputs.parameters.job-name}}\n",
    )
    with Steps(name="k8s-orchestrate"):
        job = random_number_job(name="random-number-job")
        print_generated_numbers(
            name="print-generated-numbers", arguments={"job-uid": job.get_parameter("job-uid")}
        )
        delete_job(name="delete-job", arguments={"job-name": job.get_parameter("job-name")})
