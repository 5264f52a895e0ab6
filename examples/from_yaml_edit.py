"""Load a manifest written in YAML into DSL objects, change it in Python, and write it back."""

from hera.workflows import Container, Task, Workflow

MANIFEST = """
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: loaded-
spec:
  entrypoint: main
  templates:
  - name: main
    dag:
      tasks:
      - name: hello
        template: say
  - name: say
    container:
      image: busybox
      command: [echo, hello]
"""

w = Workflow.from_yaml(MANIFEST)
main = w.templates[0]
say = w.templates[1]
assert isinstance(say, Container)
say.image = "busybox:1.36"
main.tasks.append(Task(name="again", template="say", depends="hello"))
w.labels = {"edited": "true"}
