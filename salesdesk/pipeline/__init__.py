"""The sales process of SPEC §12: pipelines and their stages, deals, follow-ups.

- :mod:`~salesdesk.pipeline.scope` turns a :class:`salesdesk.metrics.scope.Scope` into conditions
  on ``deal d``;
- :mod:`~salesdesk.pipeline.stages` reads pipelines and stages (and makes the default one);
- :mod:`~salesdesk.pipeline.measures` holds every §12 metric, once, computed as of a date;
- :mod:`~salesdesk.pipeline.board` pages the deals of the board and the list in SQL;
- :mod:`~salesdesk.pipeline.deals` reads one deal with its history and follow-ups;
- :mod:`~salesdesk.pipeline.edits` makes the logged, undoable edits;
- :mod:`~salesdesk.pipeline.myday` gathers what one member should do today;
- :mod:`~salesdesk.pipeline.coverage` sets the open pipeline against the goals.

Like the rest of the core it imports no Qt; money is in minor units, rates are ratios.
"""
