"""Map-reduce with key-only S3 artifacts: split into parts, map each part in a loop, reduce the results."""

from hera.workflows import DAG, Artifact, NoneArchiveStrategy, Parameter, S3Artifact, Script, Workflow

SPLIT = """\
import json
import os
import sys
os.mkdir("/mnt/out")
partIds = list(map(lambda x: str(x), range({{inputs.parameters.numParts}})))
for i, partId in enumerate(partIds, start=1):
  with open("/mnt/out/" + partId + ".json", "w") as f:
    json.dump({"foo": i}, f)
json.dump(partIds, sys.stdout)
"""
MAP = """\
import json
import os
import sys
os.mkdir("/mnt/out")
with open("/mnt/in/part.json") as f:
  part = json.load(f)
with open("/mnt/out/part.json", "w") as f:
  json.dump({"bar": part["foo"] * 2}, f)
"""
REDUCE = """\
import json
import os
import sys
total = 0
os.mkdir("/mnt/out")
for f in list(map(lambda x: open("/mnt/in/" + x), os.listdir("/mnt/in"))):
  result = json.load(f)
  total = total + result["bar"]
with open("/mnt/out/total.json" , "w") as f:
  json.dump({"total": total}, f)
"""


def stored(name: str, path: str, key: str) -> S3Artifact:
    """An output stored as it is (no tarball) under `key` in the workflow's bucket."""
    return S3Artifact(name=name, path=path, archive=NoneArchiveStrategy(), key=key)


with Workflow(
    generate_name="map-reduce-",
    annotations={
        "workflows.argoproj.io/description": (
            'This workflow demonstrates map-reduce using "key-only" artifacts.\n'
            'The first task "split" produces a number of parts, each in the form of a JSON document, saving it '
            "to a bucket.\n"
            'Each "map" task then reads those documents, performs a map operation, and writes them out to a new '
            "bucket.\n"
            'Finally, "reduce" merges all the mapped documents into a final document.\n'
        ),
        "workflows.argoproj.io/version": ">= 3.0.0",
    },
    entrypoint="main",
    arguments={"numParts": "4"},
) as w:
    split = Script(
        name="split",
        inputs=[Parameter(name="numParts")],
        image="python:alpine3.23",
        command=["python"],
        source=SPLIT,
        outputs=[stored("parts", "/mnt/out", "{{workflow.name}}/parts/")],
    )
    map_ = Script(
        name="map",
        inputs=[Parameter(name="partId"), Artifact(name="part", path="/mnt/in/part.json")],
        image="python:alpine3.23",
        command=["python"],
        source=MAP,
        outputs=[
            stored(
                "part", "/mnt/out/part.json", "{{workflow.name}}/results/{{inputs.parameters.partId}}.json"
            )
        ],
    )
    reduce = Script(
        name="reduce",
        inputs=[S3Artifact(name="results", path="/mnt/in", key="{{workflow.name}}/results")],
        image="python:alpine3.23",
        command=["python"],
        source=REDUCE,
        outputs=[stored("total", "/mnt/out/total.json", "{{workflow.name}}/total.json")],
    )
    with DAG(name="main"):
        parts = split(name="split", arguments={"numParts": "{{workflow.parameters.numParts}}"})
        mapped = map_(
            name="map",
            arguments=[
                Parameter(name="partId", value="{{item}}"),
                S3Artifact(name="part", key="{{workflow.name}}/parts/{{item}}.json"),
            ],
            with_param=parts.result,
        )
        parts >> mapped >> reduce(name="reduce")
