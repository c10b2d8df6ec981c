"""The words of the demo database in one language: places, teams, products, texts.

Each language module (:mod:`content_en`, :mod:`content_ru`) builds one :class:`Content`.
The numbers that shape the data live in :mod:`salesdesk.demo.profile` and are shared, so
both languages tell the same story in their own words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    name: str
    code: str
    weight: float  # share of customers, relative


@dataclass(frozen=True)
class Region:
    name: str
    code: str
    team: int | None  # index of the top team covering it; None leaves a coverage gap
    cities: tuple[City, ...]
    fallback_team: int = 0  # serves part of a gap region's customers without covering it


@dataclass(frozen=True)
class Country:
    name: str
    code: str
    regions: tuple[Region, ...]


@dataclass(frozen=True)
class Competitor:
    name: str
    website: str
    positioning: str
    strengths: str
    weaknesses: str
    differentiation: str
    market_share: float
    price_factor: float  # their prices relative to ours
    brand: str  # prefix of their product names
    specialty: str | None = None  # the only product group they sell (profile.PRODUCT_GROUPS)


@dataclass(frozen=True)
class Persona:
    name: str
    summary: str
    demographics: str
    goals: str
    pains: str
    preferred_channels: str
    objections: str


@dataclass(frozen=True)
class ResearchNote:
    kind: str  # ResearchKind value
    title: str
    body: str
    tags: str
    months_ago: int
    persona: int | None = None  # index into Content.personas
    segment: str | None = None  # key of a segment (see strategy.SEGMENT_KEYS)
    competitor: int | None = None  # index into Content.competitors


@dataclass(frozen=True)
class InteractionTexts:
    subjects: tuple[str, ...]
    outcomes: tuple[str, ...]


@dataclass(frozen=True)
class GoalTexts:
    """Titles and descriptions; ``{fields}`` are filled by the goal builder."""

    company_title: str  # {year} {growth}
    company_description: str
    team_title: str  # {team} {year}
    behind_title: str  # {team} {quarter}
    behind_description: str
    unrealistic_title: str  # {channel} {quarter}
    unrealistic_description: str
    churn_title: str  # {rate} {year}
    churn_description: str
    manual_title: str
    manual_description: str
    manual_unit: str
    checkin_notes: tuple[str, ...]
    resource_notes: str


@dataclass(frozen=True)
class Content:
    language: str
    company: str
    company_domain: str
    currency: str
    usd_rate: float  # currency units per US dollar
    cents_endings: bool  # prices end in .99 (USD) rather than in 90 (RUB)
    yearly_inflation: float
    customer_code_prefix: str
    order_prefix: str
    phone_pattern: str  # SQLite printf pattern taking 4 integers from phone_ranges
    phone_ranges: tuple[tuple[int, int], ...]
    countries: tuple[Country, ...]
    team_names: tuple[str, ...]  # the top teams, in Region.team index order
    key_accounts_team: str
    account_types: Mapping[str, str]
    channels: Mapping[str, str]
    product_groups: Mapping[str, str]
    product_lines: Mapping[str, str]
    product_nouns: Mapping[str, str]
    competitors: tuple[Competitor, ...]
    competitor_sources: tuple[str, ...]
    personas: tuple[Persona, ...]  # in profile.ACCOUNT_TYPES order
    segments: Mapping[str, str]  # segment key -> name
    research_notes: tuple[ResearchNote, ...]
    interactions: Mapping[str, InteractionTexts]  # by InteractionKind value
    lost_reasons: tuple[str, ...]
    customer_notes: tuple[str, ...]
    goals: GoalTexts


def content_for(language: str) -> Content:
    if language == "ru":
        from salesdesk.demo.content_ru import CONTENT
    else:
        from salesdesk.demo.content_en import CONTENT
    return CONTENT
