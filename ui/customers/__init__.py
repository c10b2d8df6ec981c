"""The pages of the Customers section: the list with its detail, segments, personas, retention."""
