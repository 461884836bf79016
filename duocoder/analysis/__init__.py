"""Pure analysis functions over coded segments (co-occurrence, matrices)."""
