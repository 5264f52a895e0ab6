"""A DAG task that calls another DAG (with inputs), and a Steps template that calls a DAG."""

from hera.workflows import DAG, Container, Parameter, Steps, Workflow

with Workflow(generate_name="nested-templates-", entrypoint="outer") as w:
    echo = Container(
        name="echo",
        image="busybox",
        command=["echo", "{{inputs.parameters.text}}"],
        inputs=[Parameter(name="text")],
    )
    with DAG(name="inner", inputs=[Parameter(name="prefix")]) as inner:
        first = echo(name="first", arguments={"text": "{{inputs.parameters.prefix}}-1"})
        second = echo(name="second", arguments={"text": "{{inputs.parameters.prefix}}-2"})
        first >> second
    with DAG(name="middle") as middle:
        a = inner(name="a", arguments={"prefix": "a"})
        b = inner(name="b", arguments={"prefix": "b"})
        a >> b
    with Steps(name="outer"):
        middle(name="run-middle")
        inner(name="run-inner", arguments={"prefix": "outer"})
