"""`import hera.shared` stays cheap and its public names all resolve."""

from __future__ import annotations

import subprocess
import sys

import pytest

import hera.shared
from hera.shared import base_model, config, exceptions


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


def test_import_does_not_load_pydantic_or_http_clients() -> None:
    result = _run(
        "import hera.shared, sys\n"
        "assert 'pydantic' not in sys.modules, 'pydantic'\n"
        "for name in ('requests', 'httpx', 'yaml'):\n"
        "    assert name not in sys.modules, name\n"
        "hera.shared.global_config.host = 'localhost:2746'\n"
        "assert 'pydantic' not in sys.modules, 'pydantic after config use'\n"
    )
    assert result.returncode == 0, result.stderr


def test_exceptions_are_cheap_to_import() -> None:
    result = _run(
        "import sys\n"
        "from hera.shared import NotFound, error_for_status\n"
        "assert isinstance(error_for_status(404, 'm', 'GET', '/x'), NotFound)\n"
        "assert 'pydantic' not in sys.modules\n"
    )
    assert result.returncode == 0, result.stderr


def test_base_model_loads_on_first_access() -> None:
    result = _run(
        "import sys, hera.shared\n"
        "assert 'hera.shared.base_model' not in sys.modules\n"
        "model = hera.shared.BaseModel\n"
        "assert 'pydantic' in sys.modules\n"
        "from hera.shared.base_model import BaseModel\n"
        "assert model is BaseModel\n"
    )
    assert result.returncode == 0, result.stderr


def test_public_names() -> None:
    for name in hera.shared.__all__:
        assert getattr(hera.shared, name) is not None, name
    assert "BaseModel" in dir(hera.shared)
    assert hera.shared.BaseModel is base_model.BaseModel
    assert hera.shared.global_config is config.global_config
    assert hera.shared.GlobalConfig is config.GlobalConfig
    assert hera.shared.NotFound is exceptions.NotFound
    assert hera.shared.register_pre_build_hook == hera.shared.global_config.register_pre_build_hook


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = hera.shared.Nope


def test_hera_shared_never_imports_the_distributions_built_on_it() -> None:
    import re
    from pathlib import Path

    import hera.shared

    root = Path(hera.shared.__file__).parent
    offending = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if re.match(r"\s*(from|import)\s+hera\.(workflows|events)\b", line)
    ]
    assert offending == []
