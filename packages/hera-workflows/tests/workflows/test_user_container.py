"""`UserContainer`: sidecars and init containers of templates, built, loaded back, defaulted and hooked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from hera.shared import global_config
from hera.workflows import Container, UserContainer, Workflow
from hera.workflows import models as m
from hera.workflows.exceptions import DSLError, ManifestLoadError
from hera.workflows.volume import EmptyDirVolume

SchemaCheck = Callable[[dict[str, Any]], None]


def test_sidecar_and_init_container_are_written_in_argo_order(assert_schema_valid: SchemaCheck) -> None:
    with Workflow(generate_name="sidecar-", entrypoint="main") as w:
        Container(
            name="main",
            image="alpine",
            sidecars=[
                UserContainer(
                    name="nginx",
                    image="nginx:1.27",
                    mirror_volume_mounts=True,
                    ports=[m.ContainerPort(container_port=80)],
                    command=["nginx", "-g", "daemon off;"],
                )
            ],
            init_containers=[UserContainer(name="setup", image="alpine", args=["echo", "hi"])],
        )
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    template = manifest["spec"]["templates"][0]
    assert template["sidecars"] == [
        {
            "name": "nginx",
            "image": "nginx:1.27",
            "mirrorVolumeMounts": True,
            "command": ["nginx", "-g", "daemon off;"],
            "ports": [{"containerPort": 80}],
        }
    ]
    assert list(template["sidecars"][0]) == ["name", "image", "command", "ports", "mirrorVolumeMounts"]
    assert template["initContainers"] == [{"name": "setup", "image": "alpine", "args": ["echo", "hi"]}]


def test_loading_gives_user_containers_that_write_the_same_manifest() -> None:
    manifest = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"generateName": "s-"},
        "spec": {
            "entrypoint": "main",
            "templates": [
                {
                    "name": "main",
                    "container": {"image": "alpine"},
                    "sidecars": [{"ports": [{"containerPort": 80}], "name": "web", "image": "nginx"}],
                    "initContainers": [{"name": "init", "image": "busybox", "command": ["true"]}],
                }
            ],
        },
    }
    w = Workflow.from_dict(manifest)
    sidecar = w.templates[0].sidecars[0]
    assert isinstance(sidecar, UserContainer)
    assert (sidecar.name, sidecar.image) == ("web", "nginx")
    assert isinstance(w.templates[0].init_containers[0], UserContainer)
    assert w.to_dict() == manifest
    assert list(w.to_dict()["spec"]["templates"][0]["sidecars"][0]) == ["ports", "name", "image"]
    sidecar.image = "nginx:2"
    assert w.to_dict()["spec"]["templates"][0]["sidecars"][0]["image"] == "nginx:2"


def test_loading_an_unknown_sidecar_field_names_its_path() -> None:
    manifest: dict[str, Any] = {
        "kind": "Workflow",
        "metadata": {"name": "w"},
        "spec": {
            "templates": [
                {"name": "t", "container": {"image": "a"}, "sidecars": [{"name": "s", "imag": "x"}]}
            ]
        },
    }
    with pytest.raises(ManifestLoadError) as error:
        Workflow.from_dict(manifest)
    assert error.value.location == "spec.templates[0].sidecars[0].imag"
    assert "did you mean 'image'" in str(error.value)
    manifest["spec"]["templates"][0]["sidecars"] = [{"image": "x"}]
    with pytest.raises(ManifestLoadError, match=r"sidecars\[0\]\.name: a sidecar or init container needs"):
        Workflow.from_dict(manifest)


def test_volumes_give_mounts() -> None:
    sidecar = UserContainer(name="s", image="a", volumes=[EmptyDirVolume(name="cache", mount_path="/cache")])
    assert sidecar._dump()["volumeMounts"] == [{"name": "cache", "mountPath": "/cache"}]


def test_class_defaults_and_pre_build_hooks() -> None:
    global_config.set_class_defaults(UserContainer, image="busybox:1.36")
    assert UserContainer(name="a").image == "busybox:1.36"
    assert UserContainer(name="a", image="alpine").image == "alpine"

    @global_config.register_pre_build_hook
    def pull_always(container: UserContainer) -> UserContainer:
        container.image_pull_policy = "Always"
        return container

    assert UserContainer(name="a")._dump() == {
        "name": "a",
        "image": "busybox:1.36",
        "imagePullPolicy": "Always",
    }


def test_bad_values_are_reported_with_the_container_name() -> None:
    with pytest.raises(DSLError, match="UserContainer: name must be a non-empty string"):
        UserContainer(name="")
    with pytest.raises(
        DSLError, match=r"UserContainer 's': command must be a list of strings.*command=\['sleep 1'\]"
    ):
        UserContainer(name="s", command="sleep 1")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="UserContainer 's': mirror_volume_mounts must be True or False"):
        UserContainer(name="s", mirror_volume_mounts="yes")  # type: ignore[arg-type]


def test_repr_shows_only_the_fields_set() -> None:
    assert repr(UserContainer(name="s", image="nginx")) == "UserContainer(name='s', image='nginx')"


def test_key_tables_match_the_pinned_schema() -> None:
    import json

    from hera.workflows import ContainerNode
    from tools.testing import WORKFLOWS_SCHEMA, require

    definitions = json.loads(require(WORKFLOWS_SCHEMA).read_text())["definitions"]
    for cls, definition in ((UserContainer, "UserContainer"), (ContainerNode, "ContainerNode")):
        properties = definitions[f"io.argoproj.workflow.v1alpha1.{definition}"]["properties"]
        assert set(cls._KEYS) == set(properties), definition
