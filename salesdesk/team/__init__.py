"""The team: its tree, edits, coverage of territories/categories/account types, assignment."""
