"""Plain-Python records, rules and typed errors shared by every layer; imports nothing of ours."""
