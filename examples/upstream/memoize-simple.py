"""A memoized template: a second run with the same key within ten seconds reuses the stored output."""

from hera.workflows import Container, Memoize, Parameter, ValueFrom, Workflow

with Workflow(generate_name="memoized-", entrypoint="world-to-file") as w:
    Container(
        name="world-to-file",
        memoize=Memoize(key="cache-key", max_age="10s", config_map="cache-config"),
        image="busybox",
        command=["sh", "-c"],
        args=["echo world > /tmp/hello_world.txt"],
        outputs=[Parameter(name="hello", value_from=ValueFrom(path="/tmp/hello_world.txt"))],
    )
