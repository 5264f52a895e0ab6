"""`@script` functions: defaults become input defaults, inputs load as JSON, and the function stays callable."""

from hera.workflows import DAG, Workflow, script


@script()
def add(a, b=1, options={"verbose": False}):  # noqa: B006 - the default is only read
    """Add two numbers."""
    total = a + b
    if options["verbose"]:
        print(f"{a} + {b} = {total}")
    print(total)


@script(add_cwd_to_sys_path=False, image="python:3.12-alpine", name="multiply-numbers")
def multiply(x, y):
    print(x * y)


with Workflow(generate_name="script-functions-", entrypoint="main") as w:
    with DAG(name="main"):
        s = add(name="sum", arguments={"a": 2, "b": 3, "options": {"verbose": True}})
        m = multiply(name="product", arguments={"x": s.result, "y": 10})
        s >> m

assert add(2, 3) is None  # outside any context the function runs as plain Python
