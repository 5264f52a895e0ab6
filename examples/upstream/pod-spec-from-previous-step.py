"""A pod spec patch whose resource figures come from the output of a previous task."""

from hera.workflows import DAG, Parameter, Script, ValueFrom, Workflow

with Workflow(generate_name="pod-spec-from-previous-step-", entrypoint="workflow") as w:
    parse = Script(
        name="parse-resources-tmpl",
        outputs=[Parameter(name="resources", value_from=ValueFrom(path="/tmp/resources.json"))],
        image="alpine:3.23",
        command=["sh"],
        source=(
            'echo \'{"memory": "10Gi", "cpu": "2000m"}\' > /tmp/resources.json && cat /tmp/resources.json\n'
        ),
    )
    setup = Script(
        name="setup-resources-tmpl",
        inputs=[Parameter(name="resources")],
        pod_spec_patch=(
            '{"containers":[{"name":"main", "resources":{"limits": {{inputs.parameters.resources}}, '
            '"requests": {{inputs.parameters.resources}} }}]}'
        ),
        image="alpine:3.23",
        command=["sh"],
        source="echo {{inputs.parameters.resources}}\n",
    )
    with DAG(name="workflow"):
        parsed = parse(name="parse-resources")
        parsed >> setup(name="setup-resources", arguments={"resources": parsed.get_parameter("resources")})
