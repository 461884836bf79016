"""Errors of the language features, each one plain sentence a researcher can act on."""

from __future__ import annotations

from duocoder.domain.errors import DuoCoderError, ValidationError


class SearchError(ValidationError):
    """A query cannot be run as given (an empty query, a broken regular expression)."""


class NotIndexedError(DuoCoderError):
    """Some documents have no up-to-date language index yet, so the answer would be
    incomplete; index them first (the CLI does this by itself)."""

    def __init__(self, count: int) -> None:
        self.count = count
        what = "1 document is" if count == 1 else f"{count} documents are"
        super().__init__(f"{what} not indexed yet; index the project first.")


class LanguageModelError(DuoCoderError):
    """The spaCy pipeline that was asked for cannot be loaded or is for another language."""
