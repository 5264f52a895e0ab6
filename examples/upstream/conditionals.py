"""`when` conditions in the govaluate form and in the `{{= ...}}` expression form."""

from hera.workflows import Container, Parallel, Parameter, Steps, Workflow

with Workflow(
    generate_name="conditional-",
    entrypoint="conditional-example",
    arguments={"should-print": "true"},
) as w:
    argosay = Container(
        name="argosay", image="argoproj/argosay:v1", command=["sh", "-c"], args=["cowsay hello"]
    )
    with Steps(name="conditional-example", inputs=[Parameter(name="should-print")]) as example:
        should_print = example.get_parameter("should-print")
        with Parallel():
            argosay(name="print-hello-govaluate", when=f"{should_print} == true")
            argosay(name="print-hello-expr", when="{{= inputs.parameters[\"should-print\"] == 'true'}}")
            argosay(
                name="print-hello-expr-json",
                when="{{=jsonpath(workflow.parameters.json, '$[0].value') == 'true'}}",
            )
