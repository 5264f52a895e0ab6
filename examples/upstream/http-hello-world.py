"""Two HTTP requests made by the Argo agent: one succeeds, the other fails and the workflow continues."""

from hera.workflows import HTTP, ContinueOn, Parameter, Steps, Workflow

SPEC_PATH = "pkg/apis/workflow/v1alpha1/generated.swagger.json"
REPO = "https://raw.githubusercontent.com/argoproj/argo-workflows"

with Workflow(
    generate_name="http-template-",
    annotations={
        "workflows.argoproj.io/description": "Http template will demostrate http template functionality\n",
        "workflows.argoproj.io/version": ">= 3.2.0",
    },
    entrypoint="main",
) as w:
    http = HTTP(name="http", inputs=[Parameter(name="url")], url="{{inputs.parameters.url}}")
    with Steps(name="main") as main:
        with main.parallel():
            http(
                name="good", arguments={"url": f"{REPO}/4e450e250168e6b4d51a126b784e90b11a0162bc/{SPEC_PATH}"}
            )
            http(
                name="bad",
                continue_on=ContinueOn(failed=True),
                arguments={"url": f"{REPO}/thisisnotahash/{SPEC_PATH}"},
            )
