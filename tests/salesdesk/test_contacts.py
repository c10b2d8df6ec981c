"""The e-mail rule, on addresses worked out by hand."""

from __future__ import annotations

import pytest

from salesdesk import i18n
from salesdesk.contacts import email_problem


@pytest.mark.parametrize(
    "text", ["", "   ", "anna@example.com", " ivan.petrov@sales.example.ru ", "a+b@x.co"]
)
def test_addresses_and_nothing_pass(text: str) -> None:
    assert email_problem(text) is None


@pytest.mark.parametrize(
    "text",
    ["anna", "anna@", "@example.com", "anna@example", "anna@@example.com", "an na@example.com",
     "anna@example.c", "anna@.com", "anna@example..com"],
)  # fmt: skip
def test_what_is_not_an_address_is_refused_with_it_named(text: str) -> None:
    assert email_problem(text) == f"{text} is not an e-mail address (name@example.com)."


def test_the_reason_in_russian() -> None:
    i18n.set_language("ru")
    assert email_problem("anna") == "anna — не адрес электронной почты (name@example.com)."
