"""Language work with spaCy, imported lazily so small commands start fast."""
