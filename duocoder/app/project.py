"""The Project facade: everything a researcher can do to a project, without Qt.

The GUI and the CLI both drive this class; tests drive it directly. It hands out frozen
records (`duocoder.domain.records`) and ids, never database objects."""

from __future__ import annotations

from duocoder.app.analysis import AnalysisMixin
from duocoder.app.codebook import CodebookImportReport, CodebookMixin
from duocoder.app.codings import CodingsMixin, CodingSpec
from duocoder.app.importing import ImportFailure, ImportMixin, ImportReport
from duocoder.app.language import LanguageMixin

__all__ = ["CodebookImportReport", "CodingSpec", "ImportFailure", "ImportReport", "Project"]


class Project(ImportMixin, CodebookMixin, AnalysisMixin, CodingsMixin, LanguageMixin):
    """A DuoCoder project file (`*.duocoder`), open for reading and changing."""
