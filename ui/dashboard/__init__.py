"""The Dashboard section: KPI cards, charts, drill-down."""
