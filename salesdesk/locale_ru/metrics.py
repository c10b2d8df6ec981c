"""Russian for periods, metrics and the ``kpi`` command."""

MESSAGES = {
    "{text!r} is not a period; use 2026-Q3, 2026-07 or 2026":
        "{text!r} — не период; используйте 2026-Q3, 2026-07 или 2026",
    "FY {first}/{second}": "ФГ {first}/{second}",
    "Q{q} {year}": "{q} кв. {year}",
    "(not set)": "(не указано)",
}
