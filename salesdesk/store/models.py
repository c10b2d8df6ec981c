"""The complete domain model of SPEC §2 as SQLModel tables.

Money is stored as integers in minor units (kopecks, cents). Sale dates are calendar dates,
timestamps are UTC. Enumerations are stored as short lowercase strings so that the file stays
readable by any SQLite tool; the allowed values are the ``StrEnum`` classes below.

The tables are created by the Alembic baseline migration (``salesdesk/store/migrations``), never by
``SQLModel.metadata.create_all`` on a user's file.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint, text
from sqlmodel import Field, SQLModel


class OrgMode(StrEnum):
    GEOGRAPHIC = "geographic"
    PRODUCT = "product"
    CUSTOMER = "customer"


class Role(StrEnum):
    HEAD = "head"
    MANAGER = "manager"
    SUPERVISOR = "supervisor"
    REPRESENTATIVE = "representative"


class CustomerKind(StrEnum):
    COMPANY = "company"
    PERSON = "person"


class CustomerStatus(StrEnum):
    PROSPECT = "prospect"
    CURRENT = "current"
    LOST = "lost"


class ChannelKind(StrEnum):
    OFFLINE = "offline"
    ONLINE = "online"


class InteractionKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    SERVICE_TICKET = "service_ticket"
    COMPLAINT = "complaint"
    OTHER = "other"


class Department(StrEnum):
    SALES = "sales"
    SERVICE = "service"


class ResearchKind(StrEnum):
    CUSTOMER = "customer"
    MARKET = "market"


class GoalMetric(StrEnum):
    REVENUE = "revenue"
    UNITS = "units"
    ORDERS = "orders"
    NEW_CUSTOMERS = "new_customers"
    CURRENT_CUSTOMERS = "current_customers"
    RETENTION_RATE = "retention_rate"
    CHURN_RATE = "churn_rate"
    CONVERSION_RATE = "conversion_rate"
    AVERAGE_ORDER_VALUE = "average_order_value"
    GROSS_MARGIN = "gross_margin"
    DEALS_WON = "deals_won"
    WIN_RATE = "win_rate"
    PIPELINE_CREATED = "pipeline_created"
    MANUAL = "manual"


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class FollowUpKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    TASK = "task"


class BaselineKind(StrEnum):
    PREVIOUS_PERIOD = "previous_period"
    SAME_PERIOD_LAST_YEAR = "same_period_last_year"


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class _Versioned(SQLModel):
    """A row people edit: its version goes up with every change, so that a save made from an
    older version is refused instead of overwriting someone's newer change (SPEC §13)."""

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class Settings(_Versioned, table=True):
    """One row per database (id = 1)."""

    id: int | None = Field(default=None, primary_key=True)
    company_name: str = ""
    currency: str = "RUB"
    org_mode: str = OrgMode.GEOGRAPHIC
    retention_window_days: int = 365
    at_risk_days: int = 90
    fiscal_year_start_month: int = 1
    report_language: str = "en"
    complaint_days: int = 14  # an open complaint or ticket older than this puts at risk
    currency_position: str = "language"  # the symbol "before" or "after" the amount, or as
    # the language writes it (salesdesk.settings.CURRENCY_POSITIONS)


class Territory(_Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    code: str | None = Field(default=None, unique=True)
    parent_id: int | None = Field(default=None, foreign_key="territory.id", index=True)


class AccountType(_Versioned, table=True):
    __tablename__ = "account_type"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class ProductCategory(_Versioned, table=True):
    __tablename__ = "product_category"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    parent_id: int | None = Field(default=None, foreign_key="product_category.id", index=True)


class Product(_Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    name: str
    category_id: int | None = Field(default=None, foreign_key="product_category.id", index=True)
    unit_cost: int = 0
    list_price: int = 0
    active: bool = True


class Channel(_Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str = ChannelKind.OFFLINE


class ChannelSpend(_Versioned, table=True):
    __tablename__ = "channel_spend"
    __table_args__ = (UniqueConstraint("channel_id", "month"),)
    id: int | None = Field(default=None, primary_key=True)
    channel_id: int = Field(foreign_key="channel.id")
    month: dt.date = Field(description="first day of the month")
    acquisition_spend: int = 0
    retention_spend: int = 0


class Team(_Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    parent_id: int | None = Field(default=None, foreign_key="team.id", index=True)
    # Team and member reference each other: use_alter tells SQLAlchemy how to order them; the
    # migration declares the key inline, since SQLite accepts forward references.
    lead_member_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("member.id", use_alter=True, name="fk_team_lead_member")
        ),
    )


class Member(_Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    role: str = Role.REPRESENTATIVE
    team_id: int | None = Field(default=None, foreign_key="team.id", index=True)
    reports_to_id: int | None = Field(default=None, foreign_key="member.id")
    email: str | None = None
    phone: str | None = None
    hired_on: dt.date | None = None
    left_on: dt.date | None = None
    capacity: int | None = None


class Coverage(_Versioned, table=True):
    """A member or a team assigned to a territory, a product category or an account type."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int | None = Field(default=None, foreign_key="member.id", index=True)
    team_id: int | None = Field(default=None, foreign_key="team.id", index=True)
    territory_id: int | None = Field(default=None, foreign_key="territory.id")
    category_id: int | None = Field(default=None, foreign_key="product_category.id")
    account_type_id: int | None = Field(default=None, foreign_key="account_type.id")


class Persona(_Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    summary: str = ""
    demographics: str = ""
    goals: str = ""
    pains: str = ""
    preferred_channels: str = ""
    objections: str = ""
    segment_id: int | None = Field(default=None, foreign_key="segment.id")


class Segment(_Versioned, table=True):
    """A saved customer filter; the rule is JSON: a list of conditions joined by AND."""

    id: int | None = Field(default=None, primary_key=True)
    name: str
    rule: str = "[]"


class Customer(_Versioned, table=True):
    __table_args__ = (
        Index("ix_customer_owner", "owner_member_id"),
        Index("ix_customer_name", "name"),
    )
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    name: str
    kind: str = CustomerKind.COMPANY
    account_type_id: int | None = Field(default=None, foreign_key="account_type.id")
    territory_id: int | None = Field(default=None, foreign_key="territory.id", index=True)
    owner_member_id: int | None = Field(default=None, foreign_key="member.id")
    persona_id: int | None = Field(default=None, foreign_key="persona.id")
    acquisition_channel_id: int | None = Field(default=None, foreign_key="channel.id")
    created_on: dt.date
    status_override: str | None = None
    lost_reason: str | None = None
    contact_name: str | None = None
    email: str | None = None
    phone: str | None = None
    notes: str = ""


# The full-text index over customers' name, code and contacts (FTS5, migration 0003). It is a
# virtual table with shadow tables of its own, kept in step with ``customer`` by triggers; it
# has no model, so the schema comparison leaves it out.
CUSTOMER_SEARCH_TABLE = "customer_search"


def is_search_table(name: str) -> bool:
    return name == CUSTOMER_SEARCH_TABLE or name.startswith(f"{CUSTOMER_SEARCH_TABLE}_")


class _SummaryColumns(SQLModel):
    """Per-customer figures derived from the sales at one day (SPEC §3a As of a date)."""

    # No foreign key: a cache row is not a dependent worth naming before a delete; a trigger
    # removes it with its customer.
    customer_id: int | None = Field(default=None, primary_key=True)
    first_sale: dt.date | None = None  # first purchase (returns are not purchases)
    last_sale: dt.date | None = None  # last purchase on or before the day
    lifetime_revenue: int = 0
    orders_365: int = 0
    revenue_365: int = 0
    recency_score: int | None = None
    frequency_score: int | None = None
    monetary_score: int | None = None
    rfm_tier: str | None = None


RANKED = ("orders_365", "revenue_365")


def _summary_indexes(table: str) -> tuple[Index, ...]:
    columns = ("first_sale", "last_sale", "lifetime_revenue", "rfm_tier")
    return tuple(Index(f"ix_{table}_{column}", column) for column in columns)


class CustomerSummary(_SummaryColumns, table=True):
    """The figures as of today, one row per customer (a trigger adds it).

    A cache rebuilt in bulk by ``salesdesk.customers.summary`` when the sales or the day
    changed; it lets a million-row customer list filter and sort by sales figures in SQL.
    Scores and tier follow SPEC §3 RFM as of ``CustomerSummaryState.as_of`` (id 1).
    """

    __tablename__ = "customer_summary"
    # By orders and revenue, then last sale: the RFM cut points of the scored buyers are read
    # from them when a write keeps the figures in step (migrations 0014, 0015 for the past).
    __table_args__ = (
        *_summary_indexes("customer_summary"),
        *(Index(f"ix_customer_summary_{c}_last_sale", c, "last_sale") for c in RANKED),
    )


class CustomerSummaryPast(_SummaryColumns, table=True):
    """The same figures as of one other day, the last one a screen or report asked for
    (``CustomerSummaryState`` id 2): a past period browsed or printed on a million customers."""

    __tablename__ = "customer_summary_past"
    __table_args__ = (
        *_summary_indexes("customer_summary_past"),
        *(Index(f"ix_customer_summary_past_{c}_last_sale", c, "last_sale") for c in RANKED),
    )


class CustomerOwnerChange(SQLModel, table=True):
    """A customer handed from one owner to another (SPEC §3a Roll-up): written by a trigger on
    every change of ``customer.owner_member_id``, so that a past period's customer counts use
    the owner of that time (:mod:`salesdesk.metrics.ownership`). No foreign keys: history
    outlives the rows it names, and an undone delete finds its history again."""

    __tablename__ = "customer_owner_change"
    __table_args__ = (
        Index("ix_customer_owner_change_customer", "customer_id", "changed_on"),
        Index("ix_customer_owner_change_day", "changed_on"),
    )
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int
    changed_on: dt.date
    from_member_id: int | None = None
    to_member_id: int | None = None


class CustomerSummaryState(SQLModel, table=True):
    """When a customer summary was computed and which sales (and, for the past day's,
    customers) it saw: id 1 today's, id 2 the past day's."""

    __tablename__ = "customer_summary_state"
    id: int | None = Field(default=None, primary_key=True)
    as_of: dt.date | None = None
    sale_count: int = 0
    sale_max_id: int = 0
    customer_count: int = 0
    customer_max_id: int = 0
    # The RFM cut points (salesdesk.customers.summary_keeping): the values of last sale,
    # orders and revenue of the last 365 days above which a scored buyer scores 2, 3, 4, 5.
    cut_last_sale_2: dt.date | None = None
    cut_last_sale_3: dt.date | None = None
    cut_last_sale_4: dt.date | None = None
    cut_last_sale_5: dt.date | None = None
    cut_orders_365_2: int | None = None
    cut_orders_365_3: int | None = None
    cut_orders_365_4: int | None = None
    cut_orders_365_5: int | None = None
    cut_revenue_365_2: int | None = None
    cut_revenue_365_3: int | None = None
    cut_revenue_365_4: int | None = None
    cut_revenue_365_5: int | None = None


class Sale(SQLModel, table=True):
    """One order line. ``amount`` is net of discount (negative: a return); ``cost`` is the
    line's total cost, None when unknown (SPEC §3a)."""

    __table_args__ = (
        Index("ix_sale_date", "date"),
        # a customer's purchases by date, read without the table (amount tells a return)
        Index("ix_sale_customer_date", "customer_id", "date", "amount"),
        Index("ix_sale_member_date", "member_id", "date"),
        Index("ix_sale_line_ref", "line_ref"),
        # an order's lines (salesdesk.metrics.keeper keeps the split-order count)
        Index(
            "ix_sale_order_ref",
            "order_ref",
            sqlite_where=text("order_ref IS NOT NULL"),
            postgresql_where=text("order_ref IS NOT NULL"),
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    order_ref: str | None = None
    line_ref: str | None = None
    date: dt.date
    customer_id: int = Field(foreign_key="customer.id")
    product_id: int | None = Field(default=None, foreign_key="product.id")
    member_id: int | None = Field(default=None, foreign_key="member.id")
    channel_id: int | None = Field(default=None, foreign_key="channel.id")
    quantity: float = 1
    unit_price: int = 0
    discount: int = 0
    amount: int = 0
    cost: int | None = None


class Interaction(_Versioned, table=True):
    __table_args__ = (
        Index("ix_interaction_customer_date", "customer_id", "date"),
        # the complaints and tickets that put a customer at risk while open (metrics.status)
        Index(
            "ix_interaction_complaint",
            "date",
            "customer_id",
            sqlite_where=text("kind IN ('complaint', 'service_ticket')"),
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id")
    date: dt.date
    kind: str = InteractionKind.CALL
    department: str = Department.SALES
    member_id: int | None = Field(default=None, foreign_key="member.id")
    subject: str = ""
    outcome: str = ""
    is_open: bool = False
    closed_on: dt.date | None = None  # when it was resolved (None: still open, or unknown)
    follow_up_on: dt.date | None = None


# --- the sales process (SPEC §12) ---------------------------------------------------------------


class Pipeline(_Versioned, table=True):
    """A sequence of stages deals go through; a company may have several."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    active: bool = True


class Stage(_Versioned, table=True):
    """A step of a pipeline. Won and lost are a deal's statuses, not stages."""

    __table_args__ = (UniqueConstraint("pipeline_id", "name"),)
    id: int | None = Field(default=None, primary_key=True)
    pipeline_id: int = Field(foreign_key="pipeline.id", index=True)
    name: str
    position: int = 0  # the order within the pipeline, from 0
    probability: float = 0.1  # the default P(win) while too few closed deals passed the stage
    rotting_days: int = 14  # an open deal untouched for longer than this is rotting


class Deal(_Versioned, table=True):
    """A sale being worked. ``stage_id`` is the current stage, or the last one of a closed
    deal; ``amount`` is in minor units; a won deal may name the order it became."""

    __table_args__ = (
        # the board: open deals per stage with their totals, without the table
        Index("ix_deal_status_stage", "status", "stage_id", "amount"),
        Index("ix_deal_status_closed", "status", "closed_on"),
        Index("ix_deal_owner", "owner_member_id", "status"),
        Index("ix_deal_customer", "customer_id"),
        Index("ix_deal_created", "created_on"),
        Index("ix_deal_expected_close", "status", "expected_close"),
    )
    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(unique=True)
    title: str
    customer_id: int | None = Field(default=None, foreign_key="customer.id")
    owner_member_id: int | None = Field(default=None, foreign_key="member.id")
    amount: int = 0
    expected_close: dt.date | None = None
    stage_id: int = Field(foreign_key="stage.id")
    status: str = DealStatus.OPEN
    created_on: dt.date
    closed_on: dt.date | None = None
    lost_reason: str | None = None
    channel_id: int | None = Field(default=None, foreign_key="channel.id")
    product_id: int | None = Field(default=None, foreign_key="product.id")
    category_id: int | None = Field(default=None, foreign_key="product_category.id")
    next_step_on: dt.date | None = None
    next_step: str = ""
    order_ref: str | None = None


class DealStageChange(SQLModel, table=True):
    """One stay of a deal in a stage: the full history, re-entries included. The stay a deal
    is in has no ``left_at``; a closed deal's last stay ends when it closed."""

    __tablename__ = "deal_stage_change"
    __table_args__ = (
        # a deal's stays in order, read without the table (histories, P(win | stage))
        Index("ix_deal_stage_change_deal", "deal_id", "entered_at", "stage_id", "left_at"),
        Index("ix_deal_stage_change_left", "left_at", "stage_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(foreign_key="deal.id")
    stage_id: int = Field(foreign_key="stage.id")
    entered_at: dt.datetime
    left_at: dt.datetime | None = None


class FollowUp(_Versioned, table=True):
    """A planned call, meeting, e-mail or task about a customer and/or a deal; overdue while
    not done and due before today."""

    __tablename__ = "follow_up"
    __table_args__ = (
        Index("ix_follow_up_owner_due", "owner_member_id", "done_at", "due_on"),
        Index("ix_follow_up_deal", "deal_id", "done_at"),
        Index("ix_follow_up_customer", "customer_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    kind: str = FollowUpKind.CALL
    customer_id: int | None = Field(default=None, foreign_key="customer.id")
    deal_id: int | None = Field(default=None, foreign_key="deal.id")
    owner_member_id: int | None = Field(default=None, foreign_key="member.id")
    due_on: dt.date
    done_at: dt.datetime | None = None
    note: str = ""
    outcome: str = ""


class DealState(SQLModel, table=True):
    """Counts the changes to closed deals (id = 1), which P(win | stage) is learned from:
    triggers bump it when a closed deal, its history or a stage changes, so that the learned
    probabilities are recomputed only then, not after every move of an open deal."""

    __tablename__ = "deal_state"
    id: int | None = Field(default=None, primary_key=True)
    closed_changes: int = 0


class Competitor(_Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    website: str = ""
    positioning: str = ""
    strengths: str = ""
    weaknesses: str = ""
    differentiation: str = ""
    market_share: float | None = None


class CompetitorPrice(_Versioned, table=True):
    __tablename__ = "competitor_price"
    __table_args__ = (Index("ix_competitor_price_product", "product_id", "observed_on"),)
    id: int | None = Field(default=None, primary_key=True)
    competitor_id: int = Field(foreign_key="competitor.id", index=True)
    product_id: int = Field(foreign_key="product.id")
    their_product_name: str = ""
    price: int
    observed_on: dt.date
    source: str = ""


class ResearchNote(_Versioned, table=True):
    __tablename__ = "research_note"
    id: int | None = Field(default=None, primary_key=True)
    kind: str = ResearchKind.MARKET
    title: str
    date: dt.date
    body: str = ""
    tags: str = ""
    persona_id: int | None = Field(default=None, foreign_key="persona.id")
    segment_id: int | None = Field(default=None, foreign_key="segment.id")
    competitor_id: int | None = Field(default=None, foreign_key="competitor.id")


class Goal(_Versioned, table=True):
    """A SMART goal (SPEC §5). The scope is one optional dimension column."""

    id: int | None = Field(default=None, primary_key=True)
    title: str
    description: str = ""
    metric: str = GoalMetric.REVENUE
    manual_unit: str | None = None
    owner_member_id: int | None = Field(default=None, foreign_key="member.id")
    owner_team_id: int | None = Field(default=None, foreign_key="team.id")
    parent_id: int | None = Field(default=None, foreign_key="goal.id", index=True)
    scope_channel_id: int | None = Field(default=None, foreign_key="channel.id")
    scope_product_id: int | None = Field(default=None, foreign_key="product.id")
    scope_category_id: int | None = Field(default=None, foreign_key="product_category.id")
    scope_territory_id: int | None = Field(default=None, foreign_key="territory.id")
    scope_account_type_id: int | None = Field(default=None, foreign_key="account_type.id")
    scope_segment_id: int | None = Field(default=None, foreign_key="segment.id")
    baseline_kind: str = BaselineKind.PREVIOUS_PERIOD
    target_value: float
    direction: str = Direction.HIGHER_IS_BETTER
    budget: int | None = None
    resource_notes: str = ""
    start_on: dt.date
    end_on: dt.date


class GoalCheckin(_Versioned, table=True):
    __tablename__ = "goal_checkin"
    id: int | None = Field(default=None, primary_key=True)
    goal_id: int = Field(foreign_key="goal.id", index=True)
    date: dt.date
    value: float | None = None
    note: str = ""


class ChangeLog(SQLModel, table=True):
    __tablename__ = "change_log"
    id: int | None = Field(default=None, primary_key=True)
    entity: str
    entity_id: int
    field: str
    old_value: str | None = None
    new_value: str | None = None
    changed_at: dt.datetime
    changed_by: str


class MemberLogin(SQLModel, table=True):
    """The server login of a team member (SPEC §13): row-level security on PostgreSQL shows
    a login what is its member's (salesdesk.store.postgresql.security). Empty in a file."""

    __tablename__ = "member_login"
    login: str = Field(primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)


class ImportMapping(SQLModel, table=True):
    """A saved import mapping: ``columns`` is JSON, file column header -> field name."""

    __tablename__ = "import_mapping"
    __table_args__ = (UniqueConstraint("kind", "name"),)
    id: int | None = Field(default=None, primary_key=True)
    kind: str
    name: str
    columns: str = "{}"
    date_format: str | None = None
    updated_at: dt.datetime


# --- stored aggregates (salesdesk.metrics.aggregates): caches of the sales, never edited ---


class AggregateState(SQLModel, table=True):
    """What the aggregates were built from (id = 1); triggers count later changes."""

    __tablename__ = "agg_state"
    id: int | None = Field(default=None, primary_key=True)
    sale_max_id: int = 0
    customer_max_id: int = 0
    changes: int = 0  # bumped by triggers on every update and delete of sales and customers
    built_changes: int = -1  # ``changes`` when the aggregates were built; -1: never built
    split_orders: int = 0  # orders whose lines differ in day, member, channel or customer
    retention_window_days: int = 0
    at_risk_days: int = 0


class AggregateDeleted(SQLModel, table=True):
    """Ids of deleted sales and customers: one that exists again was put back (an undo)."""

    __tablename__ = "agg_deleted"
    entity: str = Field(primary_key=True)  # "sale" or "customer"
    row_id: int = Field(primary_key=True)


class AggregateSalesDay(SQLModel, table=True):
    """Sales per day and one dimension (``dim`` '' = all sales, key 0 = not set)."""

    __tablename__ = "agg_sales_day"
    __table_args__ = (
        # one key's days, read without the table (the figures of one member or territory)
        Index(
            "ix_agg_sales_day_key",
            "dim",
            "key",
            "day",
            "revenue",
            "cost",
            "costed_revenue",
            "units",
            "orders",
            "new_customers",
        ),
    )
    dim: str = Field(primary_key=True)
    day: dt.date = Field(primary_key=True)
    key: int = Field(primary_key=True)
    revenue: int = 0
    cost: int | None = None  # of the lines with a known cost; None: no such line
    costed_revenue: int = 0  # revenue of the lines with a known cost
    units: float = 0
    orders: int = 0  # with a positive total
    new_customers: int = 0  # customers whose first purchase line this is
    # the lines summed, and those with a known cost: a write adds and takes away its lines'
    # share (salesdesk.metrics.keeper), and these say when a day is left without a line or
    # without a known cost (no row; cost None), as a rebuild would leave it
    line_count: int = 0
    costed_line_count: int = 0


class AggregateCustomer(SQLModel, table=True):
    """Per customer: the facts the status of SPEC §3 is computed from."""

    __tablename__ = "agg_customer"
    __table_args__ = (
        Index(
            "ix_agg_customer_bought_before_created",
            "first_sale",
            sqlite_where=text("first_sale < created_on"),
        ),
    )
    customer_id: int = Field(primary_key=True)
    created_on: dt.date
    first_sale: dt.date | None = None
    last_sale: dt.date | None = None
    marked_lost: bool = False
    owner_id: int = 0
    territory_id: int = 0
    account_type_id: int = 0


class AggregateSpell(SQLModel, table=True):
    """A stretch of days (ordinals) in which a customer counts as current (kind 'retention')
    or bought within the at-risk threshold (kind 'risk')."""

    __tablename__ = "agg_spell"
    __table_args__ = (
        Index("ix_agg_spell_customer", "customer_id"),
        # covers the customers lost in a period: spells ending in it
        Index(
            "ix_agg_spell_ending",
            "kind",
            "last_day",
            "first_day",
            "next_first_day",
            "customer_id",
            "owner_id",
            "territory_id",
            "account_type_id",
        ),
        # the same within one owner, territory or account type
        *(
            Index(
                f"ix_agg_spell_ending_by_{column.removesuffix('_id')}",
                "kind",
                column,
                "last_day",
                "first_day",
                "next_first_day",
                "customer_id",
            )
            for column in ("owner_id", "territory_id", "account_type_id")
        ),
    )
    kind: str = Field(primary_key=True)
    last_day: int = Field(primary_key=True)
    customer_id: int = Field(primary_key=True)
    first_day: int
    next_first_day: int | None = None
    owner_id: int = 0
    territory_id: int = 0
    account_type_id: int = 0


class AggregateCustomerDay(SQLModel, table=True):
    """Customer events per day and one customer dimension, summed into counts at a date."""

    __tablename__ = "agg_customer_day"
    __table_args__ = (
        Index(
            "ix_agg_customer_day_key",
            "dim",
            "key",
            "day",
            "created",
            "first_sales",
            "marked_never_bought",
            "starts",
            "ends",
            "risk_starts",
            "risk_ends",
        ),
    )
    dim: str = Field(primary_key=True)
    day: dt.date = Field(primary_key=True)
    key: int = Field(primary_key=True)
    created: int = 0
    first_sales: int = 0
    marked_never_bought: int = 0
    starts: int = 0
    ends: int = 0
    risk_starts: int = 0
    risk_ends: int = 0
