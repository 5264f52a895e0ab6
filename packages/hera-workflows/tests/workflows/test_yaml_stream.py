"""Large manifests are written in pieces, and the text is the same as one dump of the whole manifest."""

from __future__ import annotations

import pytest

from hera.shared._yaml import dump
from hera.workflows import DAG, Container, Parallel, Script, Steps, Workflow, _yaml_stream


@pytest.fixture(autouse=True)
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_yaml_stream, "THRESHOLD", 3)
    monkeypatch.setattr(_yaml_stream, "CHUNK", 2)


def test_long_task_and_step_lists_are_written_in_pieces_with_the_same_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pieces: list[int] = []
    real_dump = _yaml_stream.__dict__.get("dump")
    assert real_dump is None  # dump is imported inside dump_manifest
    import hera.shared._yaml as yaml_module

    original = yaml_module.dump

    def counting(data: object) -> str:
        pieces.append(1)
        return original(data)

    monkeypatch.setattr(yaml_module, "dump", counting)
    multiline = Script(name="s", source="line one\n  indented\n\nafter a blank line\n", image="python")
    with Workflow(generate_name="big-", entrypoint="main") as w:
        c = Container(name="c", image="busybox", args=["a: b", "y", "'quoted'"])
        with DAG(name="main"):
            previous = None
            for i in range(7):
                task = c(name=f"t{i}", arguments={"text": f"multi\nline {i}\n"})
                if previous is not None:
                    previous >> task
                previous = task
        with Steps(name="steps") as s:
            for i in range(3):
                multiline(name=f"s{i}")
            with Parallel():
                multiline(name="p1")
                multiline(name="p2")
            with s.parallel():
                c(name="p3")
        for i in range(3):
            Container(name=f"extra-{i}", image="busybox")
    expected = original(w.to_dict())
    assert w.to_yaml() == expected
    assert len(pieces) > 5


def test_small_manifests_are_one_dump() -> None:
    w = Workflow(name="w", entrypoint="c", templates=[Container(name="c", image="busybox")])
    assert w.to_yaml() == dump(w.to_dict())
