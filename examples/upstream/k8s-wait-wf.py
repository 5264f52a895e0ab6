"""Create a Workflow, then wait until it succeeds (or fail when it fails) with a `get` resource template."""

from hera.workflows import Parameter, Resource, Steps, ValueFrom, Workflow

SLEEP = """\
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: sleep-
spec:
  entrypoint: sleep
  templates:
  - name: sleep
    container:
      image: alpine:3.23
      command: [sleep, "20"]
"""

with Workflow(
    generate_name="k8s-wait-wf-",
    labels={"workflows.argoproj.io/no-test": "flaky"},
    entrypoint="k8s-wait-wf",
) as w:
    create_wf = Resource(
        name="create-wf",
        action="create",
        manifest=SLEEP,
        outputs=[Parameter(name="wf-name", value_from=ValueFrom(json_path="{.metadata.name}"))],
    )
    wait_wf = Resource(
        name="wait-wf",
        inputs=[Parameter(name="wf-name")],
        action="get",
        success_condition="status.phase == Succeeded",
        failure_condition="status.phase in (Failed, Error)",
        manifest="apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  name: {{inputs.parameters.wf-name}}\n",
    )
    with Steps(name="k8s-wait-wf"):
        created = create_wf(name="create-wf")
        wait_wf(name="wait-wf", arguments={"wf-name": created.get_parameter("wf-name")})
