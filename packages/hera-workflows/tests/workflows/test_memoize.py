"""`Memoize`: manifest output, generated models and dicts, loading back, class defaults and hooks, errors."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from hera.shared import global_config
from hera.workflows import Container, Memoize, Parameter, Steps, ValueFrom, Workflow
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from hera.workflows.memoize import memoize_problems
from hera.workflows.validation import InvalidWorkflowError
from tools.testing import assert_schema_valid


def _workflow(memoize: object) -> Workflow:
    with Workflow(generate_name="memoized-", entrypoint="main") as w:
        work = Container(
            name="work",
            inputs=[Parameter(name="day")],
            image="busybox",
            command=["sh", "-c", "date > /tmp/out"],
            outputs=[Parameter(name="out", value_from=ValueFrom(path="/tmp/out"))],
            memoize=memoize,
        )
        with Steps(name="main"):
            work(name="run", arguments={"day": "monday"})
    return w


def _memoize_of(manifest: dict) -> object:
    return next(t for t in manifest["spec"]["templates"] if t["name"] == "work")["memoize"]


def test_manifest_output_validates_and_loads_back() -> None:
    w = _workflow(Memoize(key="{{inputs.parameters.day}}", max_age="24h", config_map="report-cache"))
    manifest = w.to_dict()
    assert _memoize_of(manifest) == {
        "key": "{{inputs.parameters.day}}",
        "maxAge": "24h",
        "cache": {"configMap": {"name": "report-cache"}},
    }
    assert_schema_valid(manifest)
    assert Workflow.from_yaml(w.to_yaml()).to_dict() == manifest


def test_max_age_from_a_number_or_timedelta() -> None:
    assert plain(Memoize(key="k", max_age=90, config_map="c"))["maxAge"] == "90s"
    assert plain(Memoize(key="k", max_age=datetime.timedelta(hours=1), config_map="c"))["maxAge"] == "3600s"


def test_the_model_and_a_dict_are_accepted() -> None:
    expected = {"key": "k", "maxAge": "1h", "cache": {"configMap": {"name": "c"}}}
    model = m.Memoize(key="k", max_age="1h", cache=m.Cache(config_map=m.LocalObjectReference(name="c")))
    assert _memoize_of(_workflow(model).to_dict()) == expected
    assert _memoize_of(_workflow(dict(expected)).to_dict()) == expected


def test_class_defaults_supply_the_cache_and_age() -> None:
    global_config.set_class_defaults(Memoize, max_age="10m", config_map="shared-cache")
    assert plain(Memoize(key="k")) == {
        "key": "k",
        "maxAge": "10m",
        "cache": {"configMap": {"name": "shared-cache"}},
    }


def test_pre_build_hooks_run_on_build() -> None:
    @global_config.register_pre_build_hook
    def versioned(memoize: Memoize) -> Memoize:
        return dataclasses.replace(memoize, key=f"v2-{memoize.key}")

    assert _memoize_of(_workflow(Memoize(key="k", max_age="1h", config_map="c")).to_dict())["key"] == "v2-k"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"key": "k", "config_map": "c"}, r"Memoize\(key='k'\): max_age is required"),
        ({"key": "k", "max_age": "1h"}, r"Memoize\(key='k'\): config_map is required"),
        ({"key": "", "max_age": "1h", "config_map": "c"}, r"Memoize\(key=''\): key must be the cache key"),
        (
            {"key": "k", "max_age": "10", "config_map": "c"},
            r"max_age '10' has no unit; use a duration such as '30s'",
        ),
        ({"key": "k", "max_age": "a day", "config_map": "c"}, r"max_age 'a day' is not a valid duration"),
    ],
)
def test_bad_values_name_the_field(kwargs: dict, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        Memoize(**kwargs)


def test_a_bad_dict_is_reported_by_validation() -> None:
    w = _workflow({"key": "k", "maxAge": "forever", "cache": {}})
    with pytest.raises(InvalidWorkflowError) as caught:
        w.to_dict()
    text = str(caught.value)
    assert (
        "template 'work' (spec.templates[0].memoize.maxAge): memoize.maxAge 'forever' is not a valid duration"
        in text
    )
    assert "(spec.templates[0].memoize.cache): memoize.cache must name the ConfigMap" in text


def test_problems_of_manifest_data() -> None:
    assert memoize_problems({"key": "k", "maxAge": "1h", "cache": {"configMap": {"name": "c"}}}) == []
    assert [path for path, _ in memoize_problems({})] == [("key",), ("maxAge",), ("cache",)]
