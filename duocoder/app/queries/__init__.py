"""The SQL the facade's parts share, one module per concern (codes, documents, codings).

A facade module (`app/codes.py`, `app/analysis.py`…) may use any of these; it never
imports another facade module's private helpers."""
