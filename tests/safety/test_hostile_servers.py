"""Hostile server addresses and files around the team database (SPEC §13).

A password in the address is refused and never echoed; an address without a database, with a
port that is no number, naming a database or login the server does not have, or a server
nobody runs, is one plain line; ``server pull`` writes exactly where named or refuses, and a
hostile file name goes through push and pull intact.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.harness import assert_one_plain_line, cli_run
from tests.safety.test_hostile_paths import HOSTILE_PATHS, _without_logs


def _socket(url: str) -> str:
    return url.split("?", 1)[1]


@pytest.mark.parametrize(
    ("address", "says"),
    [
        ("postgresql://anna:s3cret-pw@db.example.com/sales", "Leave the password out"),
        ("postgresql://anna@db.example.com:notaport/sales", "is not a server address"),
        ("postgresql://anna@db.example.com/", "names no database"),
    ],
)
@pytest.mark.parametrize("command", ["kpi --db", "server pull --db {file} --url"])
def test_a_bad_address_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, address: str, says: str, command: str
) -> None:
    args = command.format(file=tmp_path / "out.sqlite").split()
    result = cli_run(capsys, *args, address)
    line = assert_one_plain_line(result, codes=(1, 2))
    assert says in line and "s3cret" not in result.stderr + result.stdout
    assert list(tmp_path.iterdir()) == []


def test_what_the_server_says_is_one_plain_line(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path
) -> None:
    socket = _socket(pg_url)
    cases = {
        f"postgresql://postgres@/no';drop table sale;--?{socket}": "no such database",
        f"postgresql://nobody@/postgres?{socket}": "no such login",
        "postgresql://postgres@/sales?host=/nonexistent/socket": "cannot be reached",
    }
    for address, says in cases.items():
        line = assert_one_plain_line(cli_run(capsys, "kpi", "--db", address))
        assert says in line, line
    line = assert_one_plain_line(cli_run(capsys, "kpi", "--db", pg_url))
    assert "server init" in line  # an empty database


def test_pull_refuses_to_write_over_a_database_or_beside_it(
    capsys: pytest.CaptureFixture[str], demo_file: Path, pushed: str, tmp_path: Path
) -> None:
    local = tmp_path / "mine.sqlite"
    local.write_bytes(demo_file.read_bytes())
    before = local.read_bytes()
    for target in (local, tmp_path / "mine.sqlite-wal", tmp_path):
        line = assert_one_plain_line(cli_run(capsys, "server", "pull", "--url", pushed,
                                             "--db", target))  # fmt: skip
        assert str(target.name) in line or "folder" in line
    assert local.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.sqlite"]


@pytest.mark.parametrize("case", ["everything", "percent-escape", "uri-like"])
def test_hostile_file_names_go_through_push_and_pull(
    capsys: pytest.CaptureFixture[str], demo_file: Path, pg_url: str, tmp_path: Path, case: str
) -> None:
    _, folder, name = next(entry for entry in HOSTILE_PATHS if entry[0] == case)
    (tmp_path / folder).mkdir(parents=True)
    source = tmp_path / folder / name
    source.write_bytes(demo_file.read_bytes())
    assert cli_run(capsys, "server", "push", "--db", source, "--url", pg_url).returncode == 0
    pulled = source.with_name("pulled " + name)
    result = cli_run(capsys, "server", "pull", "--url", pg_url, "--db", pulled)
    assert result.returncode == 0, result.stderr
    beside = _without_logs({p.name for p in (tmp_path / folder).iterdir()})  # of reading
    assert beside == {name, pulled.name}
    assert pulled.stat().st_mode & 0o077 == 0  # private, like every file SalesDesk writes
