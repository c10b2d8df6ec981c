"""The sales process of SPEC §12: pipelines and their stages, deals, follow-ups.

Its figures are the shared metric core's: :mod:`salesdesk.metrics.deals` holds every §12
metric, once, computed as of a date, over the deals of a scope
(:mod:`salesdesk.metrics.deal_scope`) and the stages of :mod:`salesdesk.metrics.stages`.
Here:

- :mod:`~salesdesk.pipeline.board` pages the deals of the board and the list in SQL;
- :mod:`~salesdesk.pipeline.deals` reads one deal with its history and follow-ups;
- :mod:`~salesdesk.pipeline.edits` makes the logged, undoable edits (and the default pipeline);
- :mod:`~salesdesk.pipeline.stage_edits` sets up the pipelines and their stages;
- :mod:`~salesdesk.pipeline.myday` gathers what one member should do today;
- :mod:`~salesdesk.pipeline.summary` groups the figures by stage, member, team or month;
- :mod:`~salesdesk.pipeline.analytics` gathers the analytics view and the report, with the
  goals' pipeline coverage (:mod:`salesdesk.goals.coverage`).

Like the rest of the core it imports no Qt; money is in minor units, rates are ratios.
"""
