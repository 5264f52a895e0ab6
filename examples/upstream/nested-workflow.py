"""Parameters and artifacts passed into a steps template and returned from it as its own outputs."""

from hera.workflows import Artifact, Container, Parallel, Parameter, Steps, ValueFrom, Workflow

with Workflow(
    generate_name="nested-workflow-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="nested-workflow-example",
) as w:
    generate = Container(
        name="generate",
        outputs=[
            Parameter(name="out-parameter", value_from=ValueFrom(path="/tmp/my-output-parameter.txt")),
            Artifact(name="out-artifact", path="/tmp/my-output-artifact.txt"),
        ],
        image="busybox",
        command=["sh", "-c"],
        args=[
            " echo hello world | tee /tmp/my-output-artifact.txt &&"
            " echo 'my-output-parameter' > /tmp/my-output-parameter.txt "
        ],
    )
    consume = Container(
        name="consume",
        inputs=[Parameter(name="in-parameter"), Artifact(name="in-artifact", path="/tmp/art")],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=[
            " echo 'input parameter value: {{inputs.parameters.in-parameter}}' &&"
            " echo 'input artifact contents:' && cat /tmp/art "
        ],
    )
    with Steps(
        name="nested-wf",
        inputs=[Parameter(name="nested-in-parameter"), Artifact(name="nested-in-artifact")],
    ) as nested_wf:
        with Parallel():
            consume(
                name="consume",
                arguments={
                    "in-parameter": nested_wf.get_parameter("nested-in-parameter"),
                    "in-artifact": nested_wf.get_artifact("nested-in-artifact"),
                },
            )
            inner = generate(name="generate")
    nested_wf.outputs = [
        Parameter(
            name="nested-out-parameter", value_from=ValueFrom(parameter=inner.get_parameter("out-parameter"))
        ),
        inner.get_artifact("out-artifact").with_name("nested-out-artifact"),
    ]
    with Steps(name="nested-workflow-example"):
        generated = generate(name="generate")
        nested = nested_wf(
            name="nested-wf",
            arguments={
                "nested-in-parameter": generated.get_parameter("out-parameter"),
                "nested-in-artifact": generated.get_artifact("out-artifact"),
            },
        )
        consume(
            name="consume",
            arguments={
                "in-parameter": nested.get_parameter("nested-out-parameter"),
                "in-artifact": nested.get_artifact("nested-out-artifact"),
            },
        )
