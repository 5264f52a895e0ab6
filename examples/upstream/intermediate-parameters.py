"""A suspend step that asks a person for a value, which decides whether the next step runs."""

from hera.workflows import Container, Parameter, Steps, Suspend, Workflow

with Workflow(
    generate_name="intermediate-parameters-cicd-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="cicd-pipeline",
) as w:
    deploy = Container(
        name="deploy", image="argoproj/argosay:v2", command=["/argosay"], args=["echo", "deploying"]
    )
    approval = Suspend(
        name="approval",
        intermediate_parameters=[
            Parameter(
                name="approve",
                default="NO",
                enum=["YES", "NO"],
                description="Choose YES to continue workflow and deploy to production",
            )
        ],
    )
    with Steps(name="cicd-pipeline"):
        deploy(name="deploy-pre-prod")
        approved = approval(name="approval")
        deploy(name="deploy-prod", when=f"{approved.get_parameter('approve')} == YES")
