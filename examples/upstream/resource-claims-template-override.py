"""A workflow-wide resource claim, replaced by a template-level claim of the same name for one step."""

from hera.workflows import Container, PodResourceClaim, Resources, Steps, Workflow

with Workflow(
    generate_name="resource-claims-template-override-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="main",
    resource_claims=[
        PodResourceClaim(name="accelerator", resource_claim_template_name="example-device-claim-template")
    ],
) as w:
    default_device = Container(
        name="default-device",
        image="busybox",
        command=["echo"],
        args=["using the workflow default device"],
        resources=Resources(claims=["accelerator"]),
    )
    other_device = Container(
        name="other-device",
        resource_claims=[
            PodResourceClaim(
                name="accelerator", resource_claim_template_name="example-large-device-claim-template"
            )
        ],
        image="busybox",
        command=["echo"],
        args=["using a different device"],
        resources=Resources(claims=["accelerator"]),
    )
    with Steps(name="main"):
        default_device(name="default-device")
        other_device(name="other-device")
