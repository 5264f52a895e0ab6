"""A workflow whose steps each create a Workflow from a WorkflowTemplate and wait for it to finish."""

from hera.workflows import Parameter, Resource, Steps, Workflow

WITHOUT_ARGUMENT = """\
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: workflow-of-workflows-1-
spec:
  workflowTemplateRef:
    name: {{inputs.parameters.workflowtemplate}}
"""
WITH_ARGUMENT = """\
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: workflow-of-workflows-2-
spec:
  arguments:
    parameters:
    - name: message
      value: {{inputs.parameters.message}}
  workflowTemplateRef:
    name: {{inputs.parameters.workflowtemplate}}
"""

with Workflow(
    generate_name="workflow-of-workflows-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="main",
) as w:
    without_argument = Resource(
        name="resource-without-argument",
        inputs=[Parameter(name="workflowtemplate")],
        action="create",
        manifest=WITHOUT_ARGUMENT,
        success_condition="status.phase == Succeeded",
        failure_condition="status.phase in (Failed, Error)",
    )
    with_argument = Resource(
        name="resource-with-argument",
        inputs=[Parameter(name="workflowtemplate"), Parameter(name="message")],
        action="create",
        manifest=WITH_ARGUMENT,
        success_condition="status.phase == Succeeded",
        failure_condition="status.phase in (Failed, Error)",
    )
    with Steps(name="main"):
        without_argument(name="workflow1", arguments={"workflowtemplate": "workflow-template-submittable"})
        with_argument(
            name="workflow2",
            arguments={"workflowtemplate": "workflow-template-submittable", "message": "Welcome Argo"},
        )
