"""File and Tools commands on the database: new, open, back up, restore, check."""
