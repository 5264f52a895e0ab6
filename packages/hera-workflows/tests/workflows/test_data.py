"""`Data`: sources (artifacts, models, dicts), transformations (expressions), and errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from hera.workflows import Data, Steps, Workflow
from hera.workflows import models as m
from hera.workflows.artifact import S3Artifact
from hera.workflows.exceptions import DSLError, InvalidType

SchemaCheck = Callable[[dict[str, Any]], None]


def test_artifact_source_and_expression_steps(assert_schema_valid: SchemaCheck) -> None:
    with Workflow(generate_name="data-", entrypoint="main") as w:
        listing = Data(
            name="list",
            source=S3Artifact(name="bucket", bucket="my-bucket"),
            transformations=[
                'filter(data, {# endsWith "main.log"})',
                m.TransformationStep(expression="map(data, #)"),
            ],
        )
        with Steps(name="main"):
            listing(name="list")
    assert listing._build()["data"] == {
        "transformation": [
            {"expression": 'filter(data, {# endsWith "main.log"})'},
            {"expression": "map(data, #)"},
        ],
        "source": {"artifactPaths": {"name": "bucket", "s3": {"bucket": "my-bucket"}}},
    }
    assert_schema_valid(w.to_dict())


def test_models_and_dicts_as_source() -> None:
    paths = m.ArtifactPaths(name="b", s3=m.S3Artifact(key="logs/"))
    assert Data(name="d", source=paths, transformations=[])._build()["data"]["source"] == {
        "artifactPaths": {"name": "b", "s3": {"key": "logs/"}}
    }
    source = m.DataSource(artifact_paths=paths)
    assert Data(name="d", source=source, transformation=[])._build()["data"]["source"] == {
        "artifactPaths": {"name": "b", "s3": {"key": "logs/"}}
    }
    raw = {"artifactPaths": {"name": "b"}}
    assert Data(name="d", source=raw, transformations=["data"])._build()["data"]["source"] == raw


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"transformations": ["x"]}, DSLError, r"Data 'd': source is required; pass the artifact to list"),
        ({"source": {"artifactPaths": {"name": "a"}}}, DSLError, "Data 'd': transformations is required"),
        (
            {"source": {"artifactPaths": {"name": "a"}}, "transformations": "x"},
            InvalidType,
            r"transformations must be a list of expression strings, got a str; write transformations=\['x'\]",
        ),
        (
            {"source": {"artifactPaths": {"name": "a"}}, "transformations": [" "]},
            DSLError,
            r"transformations\[0\] is an empty",
        ),
        (
            {"source": {"artifactPaths": {"name": "a"}}, "transformations": [3]},
            InvalidType,
            r"transformations\[0\] must be",
        ),
        (
            {"source": {"artifactPaths": {"name": "a"}}, "transformations": [], "transformation": []},
            DSLError,
            "give transformations \\(or transformation\\), not both",
        ),
    ],
)
def test_errors_name_the_template_and_field(kwargs: dict[str, Any], error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        Data(name="d", **kwargs)


def test_loading_round_trips() -> None:
    manifest = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"name": "d"},
        "spec": {
            "entrypoint": "d",
            "templates": [
                {
                    "name": "d",
                    "data": {
                        "source": {"artifactPaths": {"name": "b", "s3": {"bucket": "x"}}},
                        "transformation": [{"expression": "data"}],
                    },
                }
            ],
        },
    }
    w = Workflow.from_dict(manifest)
    assert isinstance(w.templates[0], Data)
    assert w.to_dict() == manifest
    assert list(w.to_dict()["spec"]["templates"][0]["data"]) == ["source", "transformation"]
