"""Archive strategies: what each writes, the gzip level check, loading, class defaults and hooks."""

from __future__ import annotations

import dataclasses

import pytest

from hera.shared import global_config
from hera.workflows import (
    ArchiveStrategy,
    Artifact,
    Container,
    NoneArchiveStrategy,
    TarArchiveStrategy,
    Workflow,
    ZipArchiveStrategy,
)
from hera.workflows._serialize import plain
from hera.workflows.archive import load_archive
from tools.testing import assert_schema_valid


@pytest.mark.parametrize(
    ("strategy", "expected"),
    [
        (NoneArchiveStrategy(), {"none": {}}),
        (ZipArchiveStrategy(), {"zip": {}}),
        (TarArchiveStrategy(), {"tar": {}}),
        (TarArchiveStrategy(compression_level=0), {"tar": {"compressionLevel": 0}}),
        (TarArchiveStrategy(compression_level=9), {"tar": {"compressionLevel": 9}}),
    ],
)
def test_each_strategy_writes_its_key(strategy: ArchiveStrategy, expected: dict[str, object]) -> None:
    assert plain(strategy) == expected
    assert Artifact(name="a", path="/a", archive=strategy)._dump() == {
        "name": "a",
        "path": "/a",
        "archive": expected,
    }


def test_strategies_in_a_workflow_are_schema_valid() -> None:
    with Workflow(generate_name="archive-", entrypoint="main") as w:
        Container(
            name="main",
            image="busybox",
            outputs=[
                Artifact(name="plain", path="/p", archive=NoneArchiveStrategy()),
                Artifact(name="zipped", path="/z", archive=ZipArchiveStrategy()),
                Artifact(name="tarred", path="/t", archive=TarArchiveStrategy(compression_level=-1)),
            ],
        )
    manifest = w.to_dict()
    assert [a["archive"] for a in manifest["spec"]["templates"][0]["outputs"]["artifacts"]] == [
        {"none": {}},
        {"zip": {}},
        {"tar": {"compressionLevel": -1}},
    ]
    assert_schema_valid(manifest)


@pytest.mark.parametrize("level", [10, -3, 1.5, "5", True])
def test_a_compression_level_outside_gzip_levels_is_an_error(level: object) -> None:
    with pytest.raises(
        ValueError, match=rf"compression_level={level!r} is not a gzip level; use an integer from 0"
    ):
        TarArchiveStrategy(compression_level=level)  # type: ignore[arg-type]


def test_the_base_class_cannot_be_written() -> None:
    with pytest.raises(TypeError, match="ArchiveStrategy is a base class; use NoneArchiveStrategy"):
        plain(ArchiveStrategy())


@pytest.mark.parametrize(
    ("data", "cls"),
    [
        ({"none": {}}, NoneArchiveStrategy),
        ({"zip": {}}, ZipArchiveStrategy),
        ({"tar": {}}, TarArchiveStrategy),
        ({"tar": {"compressionLevel": 3}}, TarArchiveStrategy),
    ],
)
def test_loading_gives_strategy_objects_that_write_the_same(data: dict[str, object], cls: type) -> None:
    loaded = load_archive(data)
    assert type(loaded) is cls
    assert plain(loaded) == data


@pytest.mark.parametrize(
    "data",
    [
        {"none": {}, "zip": {}},
        {"none": {"extra": 1}},
        {"tar": {"compressionLevel": "3"}},
        {"tar": {"other": 1}},
        {"unknown": {}},
        {"none": None},
        "none",
    ],
)
def test_other_shapes_are_kept_as_data(data: object) -> None:
    assert load_archive(data) is data


def test_class_defaults_fill_new_strategies_but_not_loaded_ones() -> None:
    global_config.set_class_defaults(TarArchiveStrategy, compression_level=6)
    assert plain(TarArchiveStrategy()) == {"tar": {"compressionLevel": 6}}
    assert plain(TarArchiveStrategy(compression_level=1)) == {"tar": {"compressionLevel": 1}}
    assert plain(load_archive({"tar": {}})) == {"tar": {}}


def test_pre_build_hooks_run_when_the_strategy_is_written() -> None:
    @global_config.register_pre_build_hook
    def fastest(strategy: TarArchiveStrategy) -> TarArchiveStrategy:
        return dataclasses.replace(strategy, compression_level=1)

    assert plain(TarArchiveStrategy(compression_level=9)) == {"tar": {"compressionLevel": 1}}
    assert plain(ZipArchiveStrategy()) == {"zip": {}}
