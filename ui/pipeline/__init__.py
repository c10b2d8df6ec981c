"""The Pipeline section (issue 15): board, list, My day, analytics and their dialogs."""
