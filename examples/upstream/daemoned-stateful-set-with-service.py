"""A StatefulSet with its Service used as a daemoned server: created, awaited, tested, deleted on exit."""

from hera.workflows import Container, Parallel, Resource, Steps, Workflow

SERVICE = """\
apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  ports:
    - port: 80
      name: web
  clusterIP: None
  selector:
    app: nginx
"""

STATEFUL_SET = """\
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: nginx # has to match .spec.template.metadata.labels
  serviceName: "nginx"
  template:
    metadata:
      labels:
        app: nginx # has to match .spec.selector.matchLabels
    spec:
      terminationGracePeriodSeconds: 10
      containers:
        - name: nginx
          image:  nginx:1.13
          ports:
            - containerPort: 80
              name: web
"""

SERVICE_REF = "apiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\n"
STATEFUL_SET_REF = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n"

with Workflow(
    labels={"workflows.argoproj.io/no-test": "environment"},
    generate_name="daemoned-stateful-set-with-service-",
    entrypoint="create-wait-and-test",
    on_exit="delete",
) as w:
    create_service = Resource(name="create-service", action="create", manifest=SERVICE)
    create_stateful_set = Resource(name="create-stateful-set", action="create", manifest=STATEFUL_SET)
    wait_stateful_set = Resource(
        name="wait-stateful-set",
        action="get",
        success_condition="status.readyReplicas == 1",
        manifest=STATEFUL_SET_REF,
    )
    test = Container(name="test", image="curlimages/curl:latest", command=["sh", "-c"], args=["curl nginx"])
    delete_service = Resource(
        name="delete-service", action="delete", flags=["--ignore-not-found"], manifest=SERVICE_REF
    )
    delete_stateful_set = Resource(
        name="delete-stateful-set", action="delete", flags=["--ignore-not-found"], manifest=STATEFUL_SET_REF
    )
    with Steps(name="create-wait-and-test"):
        with Parallel():
            create_service(name="create-service")
            create_stateful_set(name="create-stateful-set")
        wait_stateful_set(name="wait-stateful-set")
        test(name="test")
    with Steps(name="delete"):
        with Parallel():
            delete_service(name="delete-service")
            delete_stateful_set(name="delete-stateful-set")
