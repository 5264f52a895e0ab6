"""An InfluxDB sidecar next to the main container, which waits for it and then writes to it."""

from hera.workflows import Container, UserContainer, Workflow

SCRIPT = (
    " apk update && apk add curl && "
    "until curl -XPOST 'http://127.0.0.1:8086/query' --data-urlencode 'q=CREATE DATABASE mydb' ; do sleep .5; done && "
    "for i in $(seq 1 20); do curl -XPOST 'http://127.0.0.1:8086/write?db=mydb' "
    '-d "cpu,host=server01,region=uswest load=$i" ; sleep .5 ; done '
)

with Workflow(generate_name="sidecar-", entrypoint="sidecar-example") as w:
    Container(
        name="sidecar-example",
        image="alpine:3.23",
        command=["sh", "-c"],
        args=[SCRIPT],
        sidecars=[UserContainer(name="influxdb", image="influxdb:1.2", command=["influxd"])],
    )
