"""The language features: search, suggestions, coding by speaker and word frequencies,
over the language index."""
