"""A loop over a list produced at run time: `with_param=` a task's result."""

from hera.workflows import DAG, Workflow, script


@script(add_cwd_to_sys_path=False)
def make_list():
    import json

    print(json.dumps([{"id": i} for i in range(3)]))


@script(add_cwd_to_sys_path=False)
def process(item):
    print(item)


with Workflow(generate_name="loops-with-param-", entrypoint="main") as w:
    with DAG(name="main"):
        produce = make_list()
        consume = process(with_param=produce.result)
        produce >> consume
