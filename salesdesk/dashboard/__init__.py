"""The dashboard's figures beyond the KPI cards: breakdowns, drill-down lists."""
