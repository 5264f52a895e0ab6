"""An InfluxDB daemon step fed and queried by later steps through its IP address."""

from hera.workflows import Container, HTTPGetAction, Parallel, Parameter, Probe, Steps, Workflow

with Workflow(generate_name="daemon-step-", entrypoint="daemon-example") as w:
    influxdb = Container(
        name="influxdb",
        daemon=True,
        image="influxdb:1.2",
        readiness_probe=Probe(
            http_get=HTTPGetAction(path="/ping", port=8086), initial_delay_seconds=5, timeout_seconds=1
        ),
    )
    client = Container(
        name="influxdb-client",
        inputs=[Parameter(name="cmd")],
        image="curlimages/curl:latest",
        command=["sh", "-c"],
        args=["{{inputs.parameters.cmd}}"],
    )
    with Steps(name="daemon-example"):
        influx = influxdb(name="influx")
        client(
            name="init-database",
            arguments={
                "cmd": f"curl -XPOST 'http://{influx.ip}:8086/query' --data-urlencode \"q=CREATE DATABASE mydb\""
            },
        )
        with Parallel():
            client(
                name="producer-1",
                arguments={
                    "cmd": f"for i in $(seq 1 10); do curl -XPOST 'http://{influx.ip}:8086/write?db=mydb' "
                    '-d "cpu,host=server01,region=uswest load=$i" ; sleep .5 ; done'
                },
            )
            client(
                name="producer-2",
                arguments={
                    "cmd": f"for i in $(seq 1 10); do curl -XPOST 'http://{influx.ip}:8086/write?db=mydb' "
                    '-d "cpu,host=server02,region=uswest load=$((RANDOM % 100))" ; sleep .5 ; done'
                },
            )
            client(
                name="producer-3",
                arguments={
                    "cmd": f"curl -XPOST 'http://{influx.ip}:8086/write?db=mydb' "
                    "-d 'cpu,host=server03,region=useast load=15.4'"
                },
            )
        client(
            name="consumer",
            arguments={
                "cmd": f"curl --silent -G http://{influx.ip}:8086/query?pretty=true "
                '--data-urlencode "db=mydb" --data-urlencode "q=SELECT * FROM cpu"'
            },
        )
