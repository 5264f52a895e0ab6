"""A step looped over a list of maps, reading their fields as `{{item.<key>}}`."""

from hera.workflows import Container, Parameter, Steps, Workflow

NO_TEST_REASON = """\
the code that checks images allowed to run in test runs before the actual
image value is applied. In this case it checks for the template variable
and it is not an allowed image
"""

with Workflow(
    generate_name="loops-maps-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    annotations={"workflows.argoproj.io/no-test-resons": NO_TEST_REASON},
    entrypoint="loop-map-example",
) as w:
    cat_os_release = Container(
        name="cat-os-release",
        inputs=[Parameter(name="image"), Parameter(name="tag")],
        image="{{inputs.parameters.image}}:{{inputs.parameters.tag}}",
        command=["cat"],
        args=["/etc/os-release"],
    )
    with Steps(name="loop-map-example"):
        cat_os_release(
            name="test-linux",
            arguments={"image": "{{item.image}}", "tag": "{{item.tag}}"},
            with_items=[
                {"image": "debian", "tag": "9.1"},
                {"image": "debian", "tag": "8.9"},
                {"image": "alpine", "tag": "3.6"},
                {"image": "ubuntu", "tag": "17.10"},
            ],
        )
