"""The head's rights and whose figures a login sees (SPEC §13), on the organisation of
tests/postgres/helpers.py: imports, the settings, the team tree and the shared lists are the
head's (or the admin's) — a member's login is refused up front in one plain line — and every
command and report says whose figures they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from salesdesk.i18n import language_set_to
from salesdesk.settings import save_settings
from salesdesk.store import db
from salesdesk.store.editing import update_row
from salesdesk.store.engine import DatabaseUrl, storage_for
from salesdesk.store.login import login_visibility
from salesdesk.store.rights import HeadRightsError
from salesdesk.team.edits import rename_team
from tests.postgres.helpers import as_login, run_cli


def _customers_csv(tmp_path: Path) -> Path:
    path = tmp_path / "customers.csv"
    path.write_text("code,name,kind\nc-imported,Imported Ltd,company\n", encoding="utf-8")
    return path


def _customer_count(url: str) -> int:
    engine = storage_for(url).make_engine()  # the admin sees every row
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT COUNT(*) FROM customer")).scalar_one())
    finally:
        engine.dispose()


@pytest.mark.parametrize("login", ["rob", "sue", "max"])
def test_an_import_by_a_members_login_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], team_url: str, tmp_path: Path, login: str
) -> None:
    csv = _customers_csv(tmp_path)
    code, out, err = run_cli(capsys, "import", "customers", csv, "--db", as_login(team_url, login))
    assert code == 1
    assert err.count("\n") == 1 and "Only the head of sales or the admin may import" in err
    assert "Traceback" not in err and "row-level" not in err and out == ""
    assert _customer_count(team_url) == 5
    with language_set_to("ru"):
        code, _, err = run_cli(
            capsys, "--lang", "ru", "import", "customers", csv, "--db", as_login(team_url, login)
        )
    assert code == 1 and "может только руководитель отдела продаж" in err


@pytest.mark.parametrize("login", ["hanna", "postgres"])
def test_the_head_and_the_admin_import(
    capsys: pytest.CaptureFixture[str], team_url: str, tmp_path: Path, login: str
) -> None:
    csv = _customers_csv(tmp_path)
    code, _, err = run_cli(capsys, "import", "customers", csv, "--db", as_login(team_url, login))
    assert code == 0, err
    assert _customer_count(team_url) == 6


def test_settings_team_and_shared_lists_are_refused_before_the_server_is_asked(
    team_url: str,
) -> None:
    edits = {
        "settings": lambda conn: save_settings(conn, {"company_name": "Mine"}),
        "team": lambda conn: rename_team(conn, 2, "Mine"),
        "shared lists": lambda conn: update_row(conn, "channel", _channel(team_url), {"name": "X"}),
    }
    with db.open_database(DatabaseUrl(as_login(team_url, "max"))) as database:
        for action, edit in edits.items():
            with pytest.raises(HeadRightsError) as refused, database.write() as conn:
                edit(conn)
            assert refused.value.action == action
            assert "\n" not in str(refused.value) and "nothing was changed" in str(refused.value)
        with database.write() as conn:  # their own customer is theirs to change
            update_row(conn, "customer", 2, {"notes": "called"})
    hanna = DatabaseUrl(as_login(team_url, "hanna"))
    with db.open_database(hanna) as database, database.write() as conn:
        rename_team(conn, 2, "Northern")
        save_settings(conn, {"company_name": "Hanna Ltd"})


def _channel(url: str) -> int:
    engine = storage_for(url).make_engine()
    try:
        with engine.begin() as conn:
            return int(
                conn.execute(
                    text("INSERT INTO channel (name, kind) VALUES ('Web', 'online') RETURNING id")
                ).scalar_one()
            )
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("login", "english", "russian"),
    [
        ("postgres", "Whole company", "Вся компания"),
        ("hanna", "Whole company", "Вся компания"),
        ("max", "Макс Орлов's team", "Команда Макса Орлова"),
        ("sue", "Светлана Ильина's team", "Команда Светланы Ильиной"),
        ("rob", "Роберт Троицкий's customers", "Клиенты Роберта Троицкого"),
        ("rita", "Рита Смирнова's customers", "Клиенты Риты Смирновой"),
    ],
)
def test_each_login_says_whose_figures_it_sees(
    team_url: str, login: str, english: str, russian: str
) -> None:
    _russian_names(team_url)
    with db.open_database(DatabaseUrl(as_login(team_url, login))) as database:
        with database.read() as conn:
            visibility = login_visibility(conn)
            assert visibility.scope_label() == english
            with language_set_to("ru"):
                assert visibility.scope_label() == russian
        assert visibility.head_rights is (login in {"postgres", "hanna"})


def _russian_names(url: str) -> None:
    names = {2: "Макс Орлов", 3: "Светлана Ильина", 4: "Роберт Троицкий", 5: "Рита Смирнова"}
    engine = storage_for(url).make_engine()
    try:
        with engine.begin() as conn:
            for member_id, name in names.items():
                conn.execute(text("UPDATE member SET name = :n WHERE id = :i"),
                             {"n": name, "i": member_id})  # fmt: skip
    finally:
        engine.dispose()


def test_kpi_and_reports_say_whose_figures_they_are(
    capsys: pytest.CaptureFixture[str], team_url: str, tmp_path: Path
) -> None:
    import json
    import subprocess

    _russian_names(team_url)
    rob = as_login(team_url, "rob")
    period = ["--from", "2026-01-01", "--to", "2026-12-31"]
    code, out, err = run_cli(capsys, "kpi", "--db", rob, *period)
    assert code == 0, err
    assert out.splitlines()[0].startswith("Роберт Троицкий's customers · ")
    code, out, _ = run_cli(capsys, "--lang", "ru", "kpi", "--db", rob, *period, "--format", "json")
    assert json.loads(out)["scope"] == "Клиенты Роберта Троицкого"
    for login, whose in (("rob", "Клиенты Роберта Троицкого"), ("max", "Команда Макса Орлова"),
                         ("hanna", "Вся компания")):  # fmt: skip
        out_file = tmp_path / f"{login}.pdf"
        code, out, err = run_cli(capsys, "report", "team", "--db", as_login(team_url, login),
                                 "--out", out_file, "--period", "2026", "--lang", "ru")  # fmt: skip
        assert code == 0, err
        pages = subprocess.run(["pdftotext", out_file, "-"], capture_output=True, text=True,
                               check=True).stdout.split("\f")  # fmt: skip
        headed = [page for page in pages if page.strip()]
        assert all(whose in page for page in headed), whose
        assert login == "hanna" or "Вся компания" not in pages[0]
