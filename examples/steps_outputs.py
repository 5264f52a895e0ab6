"""References inside Steps render `{{steps....}}`: result, output parameters, status and exit code."""

from hera.workflows import Container, Parameter, Steps, Workflow, script
from hera.workflows.models import ValueFrom


@script(add_cwd_to_sys_path=False)
def report(result, status, code):
    print(result, status, code)


with Workflow(generate_name="steps-outputs-", entrypoint="main") as w:
    generate = Container(
        name="generate",
        image="busybox",
        command=["sh", "-c", "echo 7 | tee /tmp/n"],
        outputs=Parameter(name="n", value_from=ValueFrom(path="/tmp/n")),
    )
    with Steps(name="main"):
        g = generate(name="generate")
        report(
            name="report",
            arguments={"result": g.result, "status": g.status, "code": g.exit_code},
        )
        report(
            name="report-parameter", arguments={"result": g.get_parameter("n"), "status": "-", "code": "-"}
        )
