"""Loops over lists: scalars through `{{item}}`, dicts filled into a script's inputs automatically."""

from hera.workflows import DAG, Container, Parameter, Workflow, script


@script(add_cwd_to_sys_path=False)
def greet(name, greeting="hello"):
    print(f"{greeting}, {name}")


with Workflow(generate_name="loops-with-items-", entrypoint="main") as w:
    echo = Container(
        name="echo",
        image="busybox",
        command=["echo", "{{inputs.parameters.word}}"],
        inputs=[Parameter(name="word")],
    )
    with DAG(name="main"):
        echo(name="words", arguments={"word": "{{item}}"}, with_items=["one", "two", 3])
        greet(
            name="greetings",
            with_items=[{"name": "Ada", "greeting": "hi"}, {"name": "Linus", "greeting": "hey"}],
        )
        greet(
            name="names", arguments={"greeting": "welcome"}, with_items=[{"name": "Grace"}, {"name": "Alan"}]
        )
