"""The metrics of SPEC §3: the one implementation behind the dashboard, goals, reports and CLI.

One module per concern; import the one you need:

- :mod:`~salesdesk.metrics.scope`: what narrows a metric (member, team, territory, ...) as SQL;
- :mod:`~salesdesk.metrics.ownership`: who owned a customer at a date;
- :mod:`~salesdesk.metrics.clock`: today, and the day that closes a (running) period;
- :mod:`~salesdesk.metrics.comparison`: what a period is compared with (to date while it runs);
- :mod:`~salesdesk.metrics.lines`: what a sale line counts as (returns, orders, unknown cost);
- :mod:`~salesdesk.metrics.sales`: revenue, orders, units, buying and new customers, margin;
- :mod:`~salesdesk.metrics.status`: the one definition of prospect / current / lost / at risk
  and why, as parameters and SQL; :mod:`~salesdesk.metrics.customer_counts` counts by it, and
  the customer flow over a period;
- :mod:`~salesdesk.metrics.costs`: CAC, retention cost, lifetime value;
- :mod:`~salesdesk.metrics.rfm`: RFM scores and tiers;
- :mod:`~salesdesk.metrics.kpis`: goal metrics by name, the dashboard's cards and growth;
- :mod:`~salesdesk.metrics.glossary`: one sentence of definition per metric;
- :mod:`~salesdesk.metrics.aggregates` and :mod:`~salesdesk.metrics.stored`: the stored daily
  sums that make them fast on ten million sales, and how a scope reads them.

Everything is aggregated in SQL with bound parameters; money is in minor units throughout and
rates are ratios (0.25 = 25 %).
"""

from salesdesk.metrics import keeper as _keeper

# Every write transaction keeps the stored aggregates in step (salesdesk.metrics.keeper).
_keeper.register()
