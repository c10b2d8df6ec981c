"""Who sees and changes what on the server: roles, logins and row-level security (SPEC §13).

Every database has two group roles, named after it: ``<db>_team`` (every member's login:
reads the shared lists, reads and writes the rows that are theirs) and ``<db>_head`` (the
head of sales: everything, the team tree, the settings and the imports too). ``member_login``
says which team member a login is. The policies are PostgreSQL's own, so they hold for any
client with that login, raw SQL included; the database's owner (the admin who ran
``server init``) is not subject to them.

What is a member's:
- a representative: the customers they own, the sales credited to them, their deals,
  follow-ups and goals, and what hangs off those (interactions, stage history, check-ins,
  the per-customer figures);
- a manager or supervisor: the same for every member of the team they lead or belong to and
  its sub-teams, and of everyone reporting to them, however deep;
- the head of sales: everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from salesdesk.errors import SalesDeskError
from salesdesk.i18n import tr
from salesdesk.store.rights import MEMBER_WRITES

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

_SEES_ALL = "(SELECT salesdesk_sees_all())"
_MEMBERS = "(SELECT salesdesk_visible_members())"
_TEAMS = "(SELECT salesdesk_visible_teams())"
_OWN_CUSTOMER = "customer_id IN (SELECT id FROM customer)"

# table -> whose rows a login may see and write (besides the head, who sees all)
POLICIES = {
    "customer": f"owner_member_id IN {_MEMBERS}",
    "sale": f"member_id IN {_MEMBERS}",
    "deal": f"owner_member_id IN {_MEMBERS}",
    "follow_up": f"owner_member_id IN {_MEMBERS}",
    "goal": f"owner_member_id IN {_MEMBERS} OR owner_team_id IN {_TEAMS}",
    "interaction": _OWN_CUSTOMER,
    "customer_summary": _OWN_CUSTOMER,
    "customer_summary_past": _OWN_CUSTOMER,
    "customer_owner_change": _OWN_CUSTOMER,
    "agg_customer": _OWN_CUSTOMER,
    "deal_stage_change": "deal_id IN (SELECT id FROM deal)",
    "goal_checkin": "goal_id IN (SELECT id FROM goal)",
    "member_login": "login = current_user",
    # the stored aggregates sum everybody's sales: the head's alone
    "agg_state": "false",
    "agg_deleted": "false",
    "agg_sales_day": "false",
    "agg_customer_day": "false",
    "agg_spell": "false",
}

_FUNCTIONS = (
    # not SECURITY DEFINER: current_user must be the login asking
    """CREATE FUNCTION salesdesk_sees_all() RETURNS boolean LANGUAGE sql STABLE
    SET search_path = public AS $$
        SELECT pg_has_role(current_user, current_database() || '_head', 'MEMBER')
    $$""",
    """CREATE FUNCTION salesdesk_visible_teams() RETURNS SETOF integer LANGUAGE sql STABLE
    SET search_path = public AS $$
        WITH RECURSIVE me AS (
            SELECT m.id, m.role, m.team_id FROM member_login l
            JOIN member m ON m.id = l.member_id WHERE l.login = current_user
        ), led(id) AS (
            SELECT t.id FROM team t JOIN me ON me.role IN ('manager', 'supervisor')
                AND (t.lead_member_id = me.id OR t.id = me.team_id)
            UNION SELECT t.id FROM team t JOIN led ON t.parent_id = led.id
        )
        SELECT id FROM led
    $$""",
    """CREATE FUNCTION salesdesk_visible_members() RETURNS SETOF integer LANGUAGE sql STABLE
    SET search_path = public AS $$
        WITH RECURSIVE me AS (
            SELECT m.id, m.role FROM member_login l
            JOIN member m ON m.id = l.member_id WHERE l.login = current_user
        ), reports(id) AS (
            SELECT id FROM me
            UNION SELECT m.id FROM member m JOIN reports r ON m.reports_to_id = r.id
                WHERE (SELECT role FROM me) IN ('manager', 'supervisor')
        )
        SELECT id FROM reports
        UNION SELECT m.id FROM member m WHERE m.team_id IN (SELECT salesdesk_visible_teams())
    $$""",
)

_ROLES = """DO $$
DECLARE
    team text := current_database() || '_team';
    head text := current_database() || '_head';
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = team) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', team);
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = head) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', head);
    END IF;
    EXECUTE format('GRANT %I TO %I', team, head);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', team);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', team);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', team);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON {member_writes} TO %I', team);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', head);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %I',
                   team);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO %I', head);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT'
                   ' ON SEQUENCES TO %I', team);
END $$"""


def head_sequences(*, granted: bool = True) -> str:
    """The head's right to move the id sequences on, which an import does after giving its
    rows their ids (migration 0016); the team's role has USAGE and SELECT only."""
    verb, to = ("GRANT", "TO") if granted else ("REVOKE", "FROM")
    return f"""DO $$
DECLARE
    head text := current_database() || '_head';
BEGIN
    EXECUTE format('{verb} UPDATE ON ALL SEQUENCES IN SCHEMA public {to} %I', head);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public {verb} UPDATE ON SEQUENCES {to} %I',
                   head);
END $$"""


def row_security() -> list[str]:
    """The statements that set up roles, grants and policies (migration 0012)."""
    statements = [*_FUNCTIONS, _ROLES.replace("{member_writes}", ", ".join(MEMBER_WRITES))]
    for table, condition in POLICIES.items():
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY {table}_visible ON {table} USING ({_SEES_ALL} OR {condition})"
            f" WITH CHECK ({_SEES_ALL} OR {condition})",
        ]
    return statements


def drop_row_security() -> list[str]:
    statements = [
        statement
        for table in POLICIES
        for statement in (
            f"DROP POLICY {table}_visible ON {table}",
            f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY",
        )
    ]
    functions = ("salesdesk_visible_members", "salesdesk_visible_teams", "salesdesk_sees_all")
    return [*statements, *(f"DROP FUNCTION {name}()" for name in functions)]


# --- logins of members ---------------------------------------------------------------------


@dataclass(frozen=True)
class TeamLogin:
    login: str
    member: str
    email: str
    role: str
    can_log_in: bool


class UnknownMemberError(SalesDeskError):
    def __init__(self, email: str) -> None:
        super().__init__(tr("No team member has the e-mail {email}.", email=email))


class LoginNameError(SalesDeskError):
    def __init__(self, login: str) -> None:
        super().__init__(
            tr("{login!r} cannot be a login name: use letters, digits, '_', '.' or '-' "
               "(at most 63).", login=login)
        )  # fmt: skip


def _checked_login(login: str) -> str:
    import re

    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.\-]{0,62}", login) or login.startswith("pg_"):
        raise LoginNameError(login)
    return login


def _roles(conn: Connection) -> tuple[str, str]:
    from sqlalchemy import text

    database = conn.execute(text("SELECT current_database()")).scalar_one()
    return f"{database}_team", f"{database}_head"


def _quoted(conn: Connection, name: str) -> str:
    from sqlalchemy import text

    return str(conn.execute(text("SELECT quote_ident(:name)"), {"name": name}).scalar_one())


def grant(conn: Connection, login: str, email: str) -> TeamLogin:
    """Makes ``login`` the login of the member with ``email`` (creating the PostgreSQL role,
    without a password, if it does not exist): it joins the team's role, and the head's
    when the member is the head of sales."""
    from sqlalchemy import text

    login = _checked_login(login)
    member = conn.execute(
        text("SELECT id, name, role FROM member WHERE lower(email) = lower(:email)"),
        {"email": email.strip()},
    ).first()
    if member is None:
        raise UnknownMemberError(email)
    team, head = _roles(conn)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).first()
    if exists is None:
        conn.execute(text(f"CREATE ROLE {_quoted(conn, login)} LOGIN"))
    conn.execute(text(f"GRANT {_quoted(conn, team)} TO {_quoted(conn, login)}"))
    if member.role == "head":
        conn.execute(text(f"GRANT {_quoted(conn, head)} TO {_quoted(conn, login)}"))
    else:
        conn.execute(text(f"REVOKE {_quoted(conn, head)} FROM {_quoted(conn, login)}"))
    conn.execute(text("DELETE FROM member_login WHERE login = :login"), {"login": login})
    conn.execute(
        text("INSERT INTO member_login (login, member_id) VALUES (:login, :member)"),
        {"login": login, "member": member.id},
    )
    return next(user for user in users(conn) if user.login == login)


def revoke(conn: Connection, login: str) -> bool:
    """Takes the team's roles from ``login`` and forgets whose it was; the PostgreSQL role
    itself stays (it may serve elsewhere). Returns whether it was a member's login."""
    from sqlalchemy import text

    login = _checked_login(login)
    forgotten = conn.execute(
        text("DELETE FROM member_login WHERE login = :login RETURNING login"), {"login": login}
    ).first()
    if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).first():
        for role in _roles(conn):
            conn.execute(text(f"REVOKE {_quoted(conn, role)} FROM {_quoted(conn, login)}"))
    return forgotten is not None


def users(conn: Connection) -> list[TeamLogin]:
    from sqlalchemy import text

    rows = conn.execute(
        text(
            "SELECT l.login, m.name, COALESCE(m.email, ''), m.role,"
            " COALESCE(r.rolcanlogin, false) FROM member_login l"
            " JOIN member m ON m.id = l.member_id"
            " LEFT JOIN pg_roles r ON r.rolname = l.login ORDER BY l.login"
        )
    )
    return [TeamLogin(*row) for row in rows]
