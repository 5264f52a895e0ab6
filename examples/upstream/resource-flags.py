"""Create an OpenShift Route; when that fails, create it again with kubectl's validation turned off."""

from hera.workflows import ContinueOn, Resource, Steps, Workflow

ROUTE = {
    "apiVersion": "route.openshift.io/v1",
    "kind": "Route",
    "metadata": {"name": "host-route"},
    "spec": {"to": {"kind": "Service", "name": "service-name"}},
}

with Workflow(
    generate_name="resource-validate-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    annotations={"workflows.argoproj.io/no-test-reasons": "route openshift crd not installed\n"},
    entrypoint="resource-validate-example",
) as w:
    create_route = Resource(name="create-route", action="create", manifest=ROUTE)
    create_unvalidated = Resource(
        name="create-route-without-validation", action="create", flags=["--validate=false"], manifest=ROUTE
    )
    with Steps(name="resource-validate-example"):
        submitted = create_route(name="submit-resource", continue_on=ContinueOn(failed=True))
        create_unvalidated(name="submit-resource-without-validation", when=f"{submitted.status} == Failed")
