"""Exit handlers: the workflow's `on_exit` sees `{{workflow.status}}`; a task's own `on_exit`."""

from hera.workflows import DAG, Container, Task, Workflow

with Workflow(generate_name="exit-handlers-", entrypoint="main", on_exit="exit-handler") as w:
    work = Container(name="work", image="busybox", command=["sh", "-c", "echo working"])
    notify = Container(name="notify", image="busybox", command=["echo", "task finished"])
    celebrate = Container(name="celebrate", image="busybox", command=["echo", "hooray"])
    cry = Container(name="cry", image="busybox", command=["echo", "boohoo"])
    with DAG(name="exit-handler"):
        yay = Task(name="celebrate", template=celebrate)
        nay = Task(name="cry", template=cry)
        yay.on_workflow_status("Succeeded")
        nay.on_workflow_status("Succeeded", "!=")
    with DAG(name="main"):
        work(name="first", on_exit=notify)
        work(name="second", on_exit="notify")
