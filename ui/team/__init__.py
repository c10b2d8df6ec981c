"""The parts of the Team section: undoable edits, editors, detail pane, coverage, assignment."""
