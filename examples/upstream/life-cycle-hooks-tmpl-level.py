"""Lifecycle hooks on steps: an HTTP template runs when a step starts running and when it succeeds."""

from hera.workflows import HTTP, Container, LifecycleHook, Steps, Workflow

SWAGGER = (
    "https://raw.githubusercontent.com/argoproj/argo-workflows/4e450e250168e6b4d51a126b784e90b11a0162bc/"
    "pkg/apis/workflow/v1alpha1/generated.swagger.json"
)

with Workflow(generate_name="lifecycle-hook-tmpl-level-", entrypoint="main") as w:
    echo = Container(name="echo", image="alpine:3.23", command=["sh", "-c"], args=['echo "it was heads"'])
    http = HTTP(name="http", url=SWAGGER)

    def status_hooks(step: str) -> dict[str, LifecycleHook]:
        """Hooks calling `http` when `step` is running and when it succeeded."""
        return {
            "running": LifecycleHook(expression=f'{step}.status == "Running"', template=http),
            "success": LifecycleHook(expression=f'{step}.status == "Succeeded"', template=http),
        }

    with Steps(name="main"):
        echo(name="step-1", hooks=status_hooks('steps["step-1"]'))
        echo(name="step2", hooks=status_hooks("steps.step2"))
