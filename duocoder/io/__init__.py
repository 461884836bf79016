"""File formats: transcript readers, REFI-QDA exchange, Word and spreadsheet exports."""
