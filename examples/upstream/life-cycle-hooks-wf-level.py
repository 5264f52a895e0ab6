"""Workflow lifecycle hooks: an HTTP template runs while the workflow is running and when it exits."""

from hera.workflows import HTTP, Container, LifecycleHook, Steps, Workflow

SWAGGER = (
    "https://raw.githubusercontent.com/argoproj/argo-workflows/4e450e250168e6b4d51a126b784e90b11a0162bc/"
    "pkg/apis/workflow/v1alpha1/generated.swagger.json"
)

http = HTTP(name="http", url=SWAGGER)

with Workflow(
    generate_name="lifecycle-hook-",
    entrypoint="main",
    hooks={
        "exit": LifecycleHook(template=http),
        "running": LifecycleHook(expression='workflow.status == "Running"', template=http),
    },
) as w:
    heads = Container(name="heads", image="alpine:3.23", command=["sh", "-c"], args=['echo "it was heads"'])
    with Steps(name="main"):
        heads(name="step1")
