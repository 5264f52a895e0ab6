"""`hera.shared.base_model.BaseModel`: names and aliases, forbidden extras, dumps by alias without None."""

from __future__ import annotations

import enum
import json
import warnings

import pydantic
import pytest
from pydantic import Field

from hera.shared.base_model import BaseModel


class Phase(str, enum.Enum):
    running = "Running"
    succeeded = "Succeeded"


class Inner(BaseModel):
    pod_name: str | None = Field(default=None, alias="podName")


class Sample(BaseModel):
    service_account_name: str | None = Field(default=None, alias="serviceAccountName")
    phase: Phase | None = None
    inner: Inner | None = None
    labels: dict[str, str] | None = None


def test_accepts_field_name_and_alias() -> None:
    assert Sample(serviceAccountName="a").service_account_name == "a"
    assert Sample(service_account_name="b").service_account_name == "b"  # type: ignore[call-arg]
    assert Sample.model_validate({"serviceAccountName": "c"}).service_account_name == "c"
    assert Sample.model_validate({"service_account_name": "d"}).service_account_name == "d"


def test_forbids_unknown_keys_naming_them() -> None:
    with pytest.raises(pydantic.ValidationError) as info:
        Sample.model_validate({"serviceAccountName": "a", "serviceAcountName": "typo"})
    errors = info.value.errors()
    assert [(error["type"], error["loc"]) for error in errors] == [
        ("extra_forbidden", ("serviceAcountName",))
    ]
    assert "serviceAcountName" in str(info.value)


def test_nested_unknown_key_is_located() -> None:
    with pytest.raises(pydantic.ValidationError) as info:
        Sample.model_validate({"inner": {"podName": "p", "pod": "x"}})
    assert info.value.errors()[0]["loc"] == ("inner", "pod")


def test_to_dict_dumps_by_alias_without_none() -> None:
    sample = Sample(service_account_name="sa", inner=Inner(pod_name=None), phase=Phase.running)  # type: ignore[call-arg]
    assert sample.to_dict() == {"serviceAccountName": "sa", "phase": "Running", "inner": {}}
    assert Sample().to_dict() == {}


def test_to_json_matches_to_dict() -> None:
    sample = Sample.model_validate(
        {"serviceAccountName": "sa", "labels": {"a": "b"}, "inner": {"podName": "p"}}
    )
    assert json.loads(sample.to_json()) == sample.to_dict()
    assert json.loads(sample.to_json(indent=2)) == sample.to_dict()
    assert "\n" in sample.to_json(indent=2)


def test_enum_values_are_stored_as_values() -> None:
    sample = Sample(phase=Phase.succeeded)
    assert sample.phase == "Succeeded"
    assert type(sample.phase) is str
    assert Sample.model_validate({"phase": "Running"}).phase == "Running"
    with pytest.raises(pydantic.ValidationError):
        Sample.model_validate({"phase": "Pending"})


def test_round_trip_through_dict() -> None:
    data = {"serviceAccountName": "sa", "phase": "Running", "inner": {"podName": "p"}, "labels": {"k": "v"}}
    assert Sample.model_validate(data).to_dict() == data


def test_config() -> None:
    config = BaseModel.model_config
    assert config["extra"] == "forbid"
    assert config["defer_build"] is True
    assert config["use_enum_values"] is True
    assert config["populate_by_name"] is True
    assert config["arbitrary_types_allowed"] is False


def test_arbitrary_types_are_refused() -> None:
    class Opaque:
        pass

    with pytest.raises(pydantic.PydanticSchemaGenerationError):

        class Holder(BaseModel):
            value: Opaque

        Holder(value=Opaque())


def test_subclassing_emits_no_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")

        class Quiet(BaseModel):
            some_field: int = Field(default=1, alias="someField")

        assert Quiet(someField=2).to_dict() == {"someField": 2}
