"""The demo company's numbers, the same in every language.

An office-equipment distributor: 5 product groups, 15 leaf categories, 100 products. Prices are
in US dollars here and converted by the language's currency rate. Account types, channels and
product lines are referred to by key; each language module names them.
"""

from __future__ import annotations

from dataclasses import dataclass

from salesdesk.store.models import ChannelKind, CustomerKind


@dataclass(frozen=True)
class AccountTypeProfile:
    key: str
    kind: CustomerKind
    share: float  # of all customers
    orders_per_month: float  # relative buying frequency
    extra_lines: float  # mean lines per order beyond the first
    quantity_factor: float
    discount_chance: float
    discount_range: tuple[float, float]
    yearly_churn: float
    channel_mix: tuple[float, ...]  # in CHANNELS order


@dataclass(frozen=True)
class ChannelProfile:
    key: str
    kind: ChannelKind
    cac_usd: float  # acquisition spend per new customer
    retention_ratio: float  # CAC ÷ retention cost per retained customer and year


@dataclass(frozen=True)
class ProductLine:
    """A leaf category: its products are (noun key, model) pairs."""

    key: str
    group: str
    sku_prefix: str
    price_usd: tuple[float, float]
    cost_ratio: float
    quantity_scale: float
    affinity: tuple[float, float, float, float]  # in ACCOUNT_TYPES order
    products: tuple[tuple[str, str], ...]
    half_units: bool = False  # sold by the half hour


ACCOUNT_TYPES = (
    AccountTypeProfile(
        "corporate",
        CustomerKind.COMPANY,
        0.10,
        3.0,
        3.0,
        4.0,
        0.6,
        (0.05, 0.15),
        0.10,
        (0.03, 0.05, 0.15, 0.62, 0.15, 0.0),
    ),
    AccountTypeProfile(
        "small_business",
        CustomerKind.COMPANY,
        0.45,
        1.0,
        1.8,
        1.6,
        0.3,
        (0.03, 0.10),
        0.22,
        (0.2, 0.2, 0.25, 0.2, 0.1, 0.05),
    ),
    AccountTypeProfile(
        "public_sector",
        CustomerKind.COMPANY,
        0.05,
        0.8,
        2.5,
        3.0,
        0.4,
        (0.05, 0.12),
        0.08,
        (0.0, 0.1, 0.2, 0.5, 0.2, 0.0),
    ),
    AccountTypeProfile(
        "private",
        CustomerKind.PERSON,
        0.40,
        0.3,
        0.5,
        1.0,
        0.1,
        (0.05, 0.05),
        0.35,
        (0.4, 0.35, 0.1, 0.0, 0.0, 0.15),
    ),
)
CORPORATE, SMALL_BUSINESS, PUBLIC_SECTOR, PRIVATE = range(4)

CHANNELS = (
    ChannelProfile("store", ChannelKind.OFFLINE, 15, 6),
    ChannelProfile("ecommerce", ChannelKind.ONLINE, 30, 8),
    ChannelProfile("phone", ChannelKind.OFFLINE, 80, 10),
    ChannelProfile("field", ChannelKind.OFFLINE, 300, 14),
    ChannelProfile("partners", ChannelKind.OFFLINE, 120, 9),
    ChannelProfile("marketplace", ChannelKind.ONLINE, 25, 7),
)
ECOMMERCE = 1

PRODUCT_GROUPS = ("computers", "peripherals", "furniture", "supplies", "services")

PRODUCT_LINES = (
    ProductLine(
        "laptops",
        "computers",
        "NB",
        (600, 2200),
        0.82,
        2,
        (3, 2, 2, 2),
        (
            ("laptop", "Vega 14"),
            ("laptop", "Vega 15 Pro"),
            ("laptop", "Orion X13"),
            ("laptop", "Orion X15"),
            ("laptop", "Atlas 14 Lite"),
            ("laptop", "Atlas 16"),
            ("laptop", "Nova Book Air"),
            ("laptop", "Nova Book Pro"),
        ),
    ),
    ProductLine(
        "desktops",
        "computers",
        "PC",
        (500, 1600),
        0.80,
        2,
        (2, 1.5, 3, 0.5),
        (
            ("desktop", "Tower T3"),
            ("desktop", "Tower T5"),
            ("desktop", "Tower T7 Pro"),
            ("desktop", "Mini M2"),
            ("desktop", "Mini M4"),
            ("all_in_one", "AIO 24"),
        ),
    ),
    ProductLine(
        "monitors",
        "computers",
        "MON",
        (150, 900),
        0.78,
        3,
        (3, 2, 2, 1.5),
        (
            ("monitor", "View 22"),
            ("monitor", "View 24 IPS"),
            ("monitor", "View 27 QHD"),
            ("monitor", "View 27 4K"),
            ("monitor", "Curve 32"),
            ("monitor", "Curve 34 UW"),
            ("monitor", "Pro 32 4K"),
        ),
    ),
    ProductLine(
        "networking",
        "computers",
        "NET",
        (40, 600),
        0.70,
        2,
        (2, 1.5, 1, 0.5),
        (
            ("router", "R300"),
            ("router", "R900"),
            ("switch", "S8"),
            ("switch", "S24 PoE"),
            ("access_point", "W6"),
            ("firewall", "F100"),
        ),
    ),
    ProductLine(
        "printers",
        "peripherals",
        "PRN",
        (120, 1500),
        0.75,
        1,
        (1, 1.5, 1.5, 1),
        (
            ("laser_printer", "L200"),
            ("laser_printer", "L400 Duplex"),
            ("color_printer", "C300"),
            ("mfp", "C500"),
            ("inkjet_printer", "I100"),
            ("mfp", "M600"),
            ("plotter", "P24"),
        ),
    ),
    ProductLine(
        "input",
        "peripherals",
        "KBM",
        (15, 150),
        0.60,
        5,
        (2, 2, 2, 2.5),
        (
            ("keyboard", "K100"),
            ("keyboard", "K300 Wireless"),
            ("mouse", "M10"),
            ("mouse", "M30 Wireless"),
            ("combo", "KM200"),
            ("keyboard", "K500 Mechanical"),
            ("mouse", "M90 Ergo"),
            ("webcam", "C720"),
        ),
    ),
    ProductLine(
        "audio",
        "peripherals",
        "AUD",
        (25, 300),
        0.60,
        4,
        (2, 1.5, 1, 2),
        (
            ("headset", "H20"),
            ("headset", "H40 USB"),
            ("headset", "H60 ANC"),
            ("speakerphone", "S10"),
            ("speakerphone", "S30"),
            ("earbuds", "E5"),
        ),
    ),
    ProductLine(
        "chairs",
        "furniture",
        "CHR",
        (90, 900),
        0.62,
        4,
        (2, 1.5, 1.5, 1),
        (
            ("chair", "Basic"),
            ("chair", "Comfort"),
            ("chair", "Ergo Plus"),
            ("chair", "Executive"),
            ("chair", "Mesh Pro"),
            ("stool", "Lab"),
            ("visitor_chair", "V2"),
        ),
    ),
    ProductLine(
        "desks",
        "furniture",
        "DSK",
        (200, 1400),
        0.65,
        2,
        (1.5, 1, 1.5, 0.6),
        (
            ("desk", "120"),
            ("desk", "140"),
            ("corner_desk", "160"),
            ("standing_desk", "Lift"),
            ("meeting_table", "8"),
            ("reception_desk", "R1"),
        ),
    ),
    ProductLine(
        "storage",
        "furniture",
        "CAB",
        (80, 700),
        0.60,
        2,
        (1, 1, 1.5, 0.3),
        (
            ("cabinet", "A2"),
            ("cabinet", "A4"),
            ("locker", "L6"),
            ("shelf", "S5"),
            ("pedestal", "P3"),
            ("safe", "SF1"),
        ),
    ),
    ProductLine(
        "paper",
        "supplies",
        "PAP",
        (5, 40),
        0.75,
        20,
        (3, 4, 5, 2),
        (
            ("paper_a4", "Classic 500"),
            ("paper_a4", "Premium 500"),
            ("paper_a3", "Classic 500"),
            ("paper_a4", "Recycled 500"),
            ("paper_color", "A4 250"),
            ("photo_paper", "10x15 100"),
            ("receipt_roll", "80"),
        ),
    ),
    ProductLine(
        "toner",
        "supplies",
        "TON",
        (30, 180),
        0.55,
        4,
        (2, 3, 3, 1.5),
        (
            ("toner", "T200"),
            ("toner", "T400"),
            ("toner_set", "C300"),
            ("drum", "D200"),
            ("ink", "I100 Black"),
            ("ink", "I100 Color"),
            ("toner", "M600"),
        ),
    ),
    ProductLine(
        "stationery",
        "supplies",
        "STA",
        (1, 25),
        0.50,
        25,
        (2, 4, 4, 3),
        (
            ("pens", "x50"),
            ("notebook", "A5"),
            ("stapler", "S10"),
            ("staples", "10/1000"),
            ("folders", "x100"),
            ("sticky_notes", "x12"),
            ("markers", "x12"),
            ("binder", "A4"),
        ),
    ),
    ProductLine(
        "installation",
        "services",
        "SRV",
        (40, 120),
        0.40,
        4,
        (1.5, 0.8, 1, 0.2),
        (
            ("setup_workplace", ""),
            ("setup_network", ""),
            ("setup_printer", ""),
            ("assembly_furniture", ""),
            ("data_migration", ""),
        ),
        half_units=True,
    ),
    ProductLine(
        "support",
        "services",
        "SUP",
        (150, 2500),
        0.35,
        1,
        (1.2, 0.5, 0.8, 0.05),
        (
            ("support", "Basic"),
            ("support", "Standard"),
            ("support", "Premium"),
            ("managed_print", "MPS-100"),
            ("onsite_service", "OS-1"),
            ("warranty", "W2"),
        ),
    ),
)

# Seasonality of demand by calendar month: a Q4 peak and a summer dip.
MONTH_FACTOR = (0.85, 0.95, 1.05, 1.0, 1.0, 0.9, 0.8, 0.85, 1.0, 1.1, 1.2, 1.3)
WEEKDAY_FACTOR = (1.0, 1.0, 1.0, 1.0, 1.0, 0.45, 0.25)  # Monday first
ACQUISITION_GROWTH = 0.10  # yearly growth of the number of customers won
LEGACY_SHARE = 0.45  # customers already on the books when the history starts
PROSPECT_SHARE = 0.10  # leads that never bought
