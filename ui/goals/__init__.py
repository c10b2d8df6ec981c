"""The Goals section's widgets: list delegate, goal view, goal editor, check-in dialog."""
