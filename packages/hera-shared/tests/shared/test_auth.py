"""`Secret`, `TokenGenerator` and `resolve_token`."""

from __future__ import annotations

import pickle

import pytest

from hera.shared.auth import Secret, TokenGenerator, resolve_token

TOKEN = "s3cr3t-t0ken-value"


def test_secret_hides_its_value_everywhere_but_reveal() -> None:
    secret = Secret(TOKEN)
    assert secret.reveal() == TOKEN
    for shown in (repr(secret), str(secret), f"{secret}", f"{secret!r}", format(secret), repr([secret])):
        assert TOKEN not in shown
    assert str(secret) == "***"
    assert repr(secret) == "Secret('***')"


def test_secret_compares_and_hashes_by_value() -> None:
    assert Secret(TOKEN) == Secret(TOKEN)
    assert Secret(TOKEN) != Secret("other")
    assert Secret(TOKEN) != TOKEN
    assert len({Secret(TOKEN), Secret(TOKEN)}) == 1
    assert bool(Secret(TOKEN))
    assert not Secret("")


def test_secret_survives_pickling() -> None:
    assert pickle.loads(pickle.dumps(Secret(TOKEN))).reveal() == TOKEN


def test_secret_only_wraps_strings() -> None:
    with pytest.raises(TypeError, match="Secret wraps a str, got int"):
        Secret(42)  # type: ignore[arg-type]


def test_token_generator_is_abstract() -> None:
    class Incomplete(TokenGenerator):
        pass

    with pytest.raises(TypeError):
        Incomplete()  # type: ignore[abstract]


def test_token_generator_subclass_is_called() -> None:
    class Fixed(TokenGenerator):
        def __call__(self) -> str | None:
            return TOKEN

    assert resolve_token(Fixed()) == TOKEN


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (None, None),
        ("", None),
        ("abc", "abc"),
        (Secret("abc"), "abc"),
        (Secret(""), None),
        (lambda: "abc", "abc"),
        (lambda: None, None),
        (lambda: "", None),
        (lambda: Secret("abc"), "abc"),
    ],
)
def test_resolve_token(source: object, expected: str | None) -> None:
    assert resolve_token(source) == expected  # type: ignore[arg-type]


def test_resolve_token_calls_the_callable_each_time() -> None:
    calls = []

    def source() -> str:
        calls.append(1)
        return f"token-{len(calls)}"

    assert [resolve_token(source) for _ in range(3)] == ["token-1", "token-2", "token-3"]


def test_resolve_token_rejects_a_non_string_without_showing_it() -> None:
    def bad() -> bytes:
        return TOKEN.encode()

    with pytest.raises(TypeError, match="returned a bytes; it must return a str or None") as info:
        resolve_token(bad)  # type: ignore[arg-type]
    assert TOKEN not in str(info.value)
    assert "bad" in str(info.value)
