"""Every error of every command is one plain line with exit 1 (2 for wrong usage): no
traceback, no library's web address; ``--debug`` keeps the traceback (issue 11, item 13).

SQLite's, SQLAlchemy's and the system's errors are turned into sentences in one place,
:func:`salesdesk.errors.explain`, which the command line and the GUI both use.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError, ProgrammingError

from salesdesk import i18n
from salesdesk.errors import _DATABASE_MESSAGES, _OS_MESSAGES, explain, unexpected
from salesdesk.locale_ru import MESSAGES
from salesdesk.store import db
from tests.safety.harness import assert_one_plain_line, cli_run, run_cli

COMMANDS = {
    "new": ["new", "--db", "{missing_folder}/x.sqlite"],
    "demo": ["demo", "--db", "{foreign}", "--force", "--customers", 5, "--sales", 5],
    "import": ["import", "sales", "{foreign}", "--db", "{database}"],
    "export": ["export", "sales", "--db", "{foreign}", "--out", "{folder}/x.csv"],
    "kpi": ["kpi", "--db", "{newer}"],
    "report": ["report", "goals", "--db", "{missing}", "--out", "{folder}/x.pdf"],
    "check": ["check", "--db", "{foreign}"],
    "backup": ["backup", "--db", "{newer}", "--out", "{folder}/x.sqlite"],
}
USAGE = {
    "kpi-from-year-1": ["kpi", "--db", "{database}", "--by", "month", "--from", "0001-01-01",
                        "--to", "9999-12-31"],
    "report-period-year-1": ["report", "team", "--db", "{database}", "--period", "0001-Q1",
                             "--out", "{folder}/r.pdf"],
    "currency-injection": ["new", "--db", "{folder}/n.sqlite", "--currency", "');DROP TABLE x"],
    "currency-unknown": ["new", "--db", "{folder}/n.sqlite", "--currency", "QQQ"],
    "date-format": ["import", "sales", "{foreign}", "--db", "{database}", "--date-format", "%Q"],
}  # fmt: skip


@pytest.fixture
def places(tmp_path: Path) -> dict[str, Path]:
    database = tmp_path / "sales.sqlite"
    db.create_database(database)
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    newer = tmp_path / "newer.sqlite"
    db.create_database(newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("PRAGMA user_version = 999")
    connection.close()
    return {
        "database": database,
        "foreign": foreign,
        "newer": newer,
        "folder": tmp_path,
        "missing": tmp_path / "missing.sqlite",
        "missing_folder": tmp_path / "nowhere",
    }


def _argv(template: list[object], places: dict[str, Path]) -> list[str]:
    return [str(arg).format(**places) for arg in template]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_fails_in_one_plain_line(
    command: str, places: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    result = cli_run(capsys, *_argv(COMMANDS[command], places))
    assert_one_plain_line(result, codes=(1,))


@pytest.mark.parametrize("case", sorted(USAGE))
def test_out_of_range_and_malformed_arguments_are_usage_errors(
    case: str, places: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    result = cli_run(capsys, *_argv(USAGE[case], places))
    line = assert_one_plain_line(result, codes=(2,))
    if case.startswith("currency"):
        assert "is not an ISO 4217 currency code" in line
    assert not (places["folder"] / "n.sqlite").exists()


def test_debug_keeps_the_traceback(places: dict[str, Path]) -> None:
    plain = run_cli("check", "--db", places["foreign"])
    assert_one_plain_line(plain)
    debug = run_cli("--debug", "check", "--db", places["foreign"])
    assert debug.returncode != 0 and "Traceback" in debug.stderr


@pytest.mark.parametrize(("fragment", "message"), _DATABASE_MESSAGES)
def test_sqlite_errors_become_sentences(fragment: str, message: str) -> None:
    error = sqlite3.OperationalError(f"error: {fragment} (code 5)")
    assert str(explain(error)) == message
    wrapped = OperationalError("INSERT ...", {}, error)  # what SQLAlchemy raises
    assert str(explain(wrapped)) == message
    assert "sqlalche.me" not in str(explain(wrapped))


@pytest.mark.parametrize("number", sorted(_OS_MESSAGES))
def test_system_errors_become_sentences(number: int) -> None:
    explained = str(explain(OSError(number, "os text", "/data/sales.sqlite")))
    assert explained == _OS_MESSAGES[number].format(path="/data/sales.sqlite")


def test_an_error_nobody_foresaw_is_still_one_line_without_a_web_address() -> None:
    error = ProgrammingError("SELECT\n  1", {}, sqlite3.ProgrammingError("odd\nthing"))
    assert explain(error) is None
    line = unexpected(error)
    assert line == "unexpected error: ProgrammingError: odd (run with --debug for details)"
    assert explain(ValueError("x")) is None


def test_every_sentence_has_its_russian() -> None:
    sentences = [message for _, message in _DATABASE_MESSAGES] + list(_OS_MESSAGES.values())
    assert [sentence for sentence in sentences if sentence not in MESSAGES] == []
    with i18n.language_set_to("ru"):
        assert str(explain(OSError(errno.ENOSPC, "full"))).startswith("Диск заполнен")
