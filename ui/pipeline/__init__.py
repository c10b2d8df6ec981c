"""The Pipeline section (issue 15): board, list, My day, analytics and their dialogs.

``ui.sections`` lists this package's section among the navigation's pages while the section
builds on ``ui.sections.base``; importing ``ui.sections`` first settles that cycle in the one
order that works, whichever module is imported first.
"""

import ui.sections  # noqa: F401
