"""The Reports section: pick, preview and save PDF reports."""
