"""The Project facade: everything a researcher can do to a project, without Qt.

The GUI and the CLI both drive this class; tests drive it directly. It hands out frozen
records (`duocoder.domain.records`) and ids, never database objects.

A project is composed of parts (`duocoder.app.service`), each in a module of its own:
documents, importing, codes, codebook, codings, analysis and the language features. The
core (`base.py`) holds the file, its transactions, undo and settings. Below, every method
the facade offers names the part it lives in; a new feature goes into the part it belongs
to (or a new one) and gets its line here."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from duocoder.app.agreement import Agreement
from duocoder.app.analysis import Analysis
from duocoder.app.base import ProjectBase
from duocoder.app.codebook import Codebook, CodebookImportReport
from duocoder.app.coders import Coders
from duocoder.app.codes import Codes
from duocoder.app.codings import Codings, CodingSpec
from duocoder.app.consensus import Consensus
from duocoder.app.documents import Documents
from duocoder.app.exchange import Exchange, QdpxExportReport
from duocoder.app.export_guard import TextExports
from duocoder.app.importing import ImportFailure, Importing, ImportReport
from duocoder.app.language import Language
from duocoder.app.language_index import LanguageIndex
from duocoder.app.media import Media
from duocoder.app.merging import MergeReport, Merging
from duocoder.app.privacy import Privacy
from duocoder.app.project_import import ProjectImport
from duocoder.app.pseudonymise import Pseudonymisation
from duocoder.app.service import Service, forward
from duocoder.app.team import Team
from duocoder.app.turns import SpeakerTurns

__all__ = [
    "CodebookImportReport",
    "CodingSpec",
    "ImportFailure",
    "ImportReport",
    "MergeReport",
    "Project",
    "QdpxExportReport",
]


class Project(ProjectBase):
    """A DuoCoder project file (`*.duocoder`), open for reading and changing."""

    def __init__(self, path: Path | None, engine: Engine, address: str | None = None) -> None:
        super().__init__(path, engine, address)
        parts: list[Service] = [
            Documents(self),
            Importing(self),
            Codes(self),
            Codebook(self),
            Codings(self),
            Coders(self),
            Consensus(self),
            Analysis(self),
            Agreement(self),
            Language(self),
            SpeakerTurns(self),
            Media(self),
            ProjectImport(self),
            Merging(self),
            Exchange(self),
            Privacy(self),
            Pseudonymisation(self),
            TextExports(self),
            Team(self),
        ]
        # by class name, a part also under the names of the parts it extends
        self._parts: dict[str, Service] = {}
        for part in parts:
            for cls in type(part).__mro__:
                if issubclass(cls, Service) and cls is not Service:
                    self._parts.setdefault(cls.__name__, part)

    # -- Documents: their text, properties, turns and attributes -------------------------------
    documents = forward(Documents.documents)
    document = forward(Documents.document)
    text = forward(Documents.text)
    paragraphs = forward(Documents.paragraphs)
    turns = forward(Documents.turns)
    speakers = forward(Documents.speakers)
    find_by_hash = forward(Documents.find_by_hash)
    add_document = forward(Documents.add_document)
    rename_document = forward(Documents.rename_document)
    set_document_properties = forward(Documents.set_document_properties)
    delete_document = forward(Documents.delete_document)

    # -- Speaker turns: detection, per-document rules, re-detection ---------------------------
    turn_rules = forward(SpeakerTurns.turn_rules)
    preview_turns = forward(SpeakerTurns.preview_turns)
    detect_turns = forward(SpeakerTurns.detect_turns)
    redetect_turns = forward(SpeakerTurns.redetect_turns)
    source_turns = forward(SpeakerTurns.source_turns)

    # -- Recordings linked to documents, sync marks, turns in time -----------------------------
    link_recording = forward(Media.link_recording)
    unlink_recording = forward(Media.unlink_recording)
    recording = forward(Media.recording)
    recordings = forward(Media.recordings)
    relink_recordings = forward(Media.relink_recordings)
    set_sync_mark = forward(Media.set_sync_mark)
    remove_sync_mark = forward(Media.remove_sync_mark)
    sync_marks = forward(Media.sync_marks)
    timed_turns = forward(Media.timed_turns)
    turn_at = forward(Media.turn_at)

    # -- Importing transcripts -----------------------------------------------------------------
    import_files = forward(Importing.import_files)

    # -- Importing whole REFI-QDA projects (.qdpx) ----------------------------------------------
    import_qdpx = forward(ProjectImport.import_qdpx)

    # -- Merging coders' copies of the project -------------------------------------------------
    merge_projects = forward(Merging.merge_projects)
    source_needs_passphrase = forward(Merging.source_needs_passphrase)

    # -- The code tree -------------------------------------------------------------------------
    codes = forward(Codes.codes)
    code = forward(Codes.code)
    descendants = forward(Codes.descendants)
    add_code = forward(Codes.add_code)
    ensure_code_path = forward(Codes.ensure_code_path)
    rename_code = forward(Codes.rename_code)
    recolor_code = forward(Codes.recolor_code)
    describe_code = forward(Codes.describe_code)
    set_codable = forward(Codes.set_codable)
    set_keywords = forward(Codes.set_keywords)
    move_code = forward(Codes.move_code)
    reorder_code = forward(Codes.reorder_code)
    merge_codes = forward(Codes.merge_codes)
    delete_code = forward(Codes.delete_code)

    # -- Codebooks in and out (.qdc, .xlsx, .csv, .docx) ---------------------------------------
    codebook_entries = forward(Codebook.codebook_entries)
    export_codebook = forward(Codebook.export_codebook)

    # -- Whole projects out to other programs (REFI-QDA .qdpx) and the GUIDs they name ---------
    export_qdpx = forward(Exchange.export_qdpx)
    document_guid = forward(Exchange.document_guid)
    coding_guids = forward(Exchange.coding_guids)
    import_codebook_file = forward(Codebook.import_codebook_file)
    import_codebook = forward(Codebook.import_codebook)

    # -- Codings, coders and memos -------------------------------------------------------------
    add_coding = forward(Codings.add_coding)
    add_codings = forward(Codings.add_codings)
    apply_codings = forward(Codings.apply_codings)
    duplicate_codings = forward(Codings.duplicate_codings)
    code_selection = forward(Codings.code_selection)
    remove_duplicate_codings = forward(Codings.remove_duplicate_codings)
    remove_coding = forward(Codings.remove_coding)
    remove_codings = forward(Codings.remove_codings)
    set_coding_memo = forward(Codings.set_coding_memo)
    recode = forward(Codings.recode)
    set_coding_span = forward(Codings.set_coding_span)
    segments = forward(Codings.segments)
    coding_count = forward(Codings.coding_count)
    coders = forward(Coders.coders)
    add_coder = forward(Coders.add_coder)
    set_coder = forward(Coders.set_coder)
    coding_changes = forward(Coders.coding_changes)
    set_memo = forward(Codings.set_memo)
    memo = forward(Codings.memo)
    memos = forward(Codings.memos)

    # -- Consensus between coders: the agreed coder and the review's accepted versions ---------
    build_consensus = forward(Consensus.build_consensus)
    accept_version = forward(Consensus.accept_version)
    accept_versions = forward(Consensus.accept_versions)

    # -- Analyses and their exports ------------------------------------------------------------
    cooccurrence = forward(Analysis.cooccurrence)
    cooccurring_pairs = forward(Analysis.cooccurring_pairs)
    code_matrix = forward(Analysis.code_matrix)
    duo_comparison = forward(Analysis.duo_comparison)
    duo_matrix = forward(Analysis.duo_matrix)
    stakeholder_comparison = forward(Analysis.stakeholder_comparison)
    export_table = forward(Analysis.export_table)
    export_quotes = forward(Analysis.export_quotes)

    # -- Segment lists and search hits to .xlsx/.csv, past the export guard ----------------------
    export_segments = forward(TextExports.export_segments)
    export_hits = forward(TextExports.export_hits)

    # -- Privacy: finding identifiers, the review, pseudonymising with a key, the export guard
    privacy_names = forward(Privacy.privacy_names)
    set_privacy_names = forward(Privacy.set_privacy_names)
    pseudonym_styles = forward(Privacy.pseudonym_styles)
    set_pseudonym_style = forward(Privacy.set_pseudonym_style)
    known_names = forward(Privacy.known_names)
    scan_documents = forward(Privacy.scan_documents)
    identifier_candidates = forward(Privacy.identifier_candidates)
    accept_candidates = forward(Privacy.accept_candidates)
    reject_candidates = forward(Privacy.reject_candidates)
    reopen_candidates = forward(Privacy.reopen_candidates)
    edit_candidate = forward(Privacy.edit_candidate)
    set_pseudonym = forward(Privacy.set_pseudonym)
    entities = forward(Privacy.entities)
    privacy_findings = forward(Privacy.privacy_findings)
    guard_export = forward(Privacy.guard_export)
    record_export_override = forward(Privacy.record_export_override)
    export_overrides = forward(Privacy.export_overrides)
    identifying_words = forward(Privacy.identifying_words)
    key_id = forward(Pseudonymisation.key_id)
    unlock_key = forward(Pseudonymisation.unlock_key)
    lock_key = forward(Pseudonymisation.lock_key)
    pseudonymise = forward(Pseudonymisation.pseudonymise)
    restore_original = forward(Pseudonymisation.restore_original)
    restore_all = forward(Pseudonymisation.restore_all)
    document_history = forward(Pseudonymisation.document_history)

    # -- Intercoder agreement and its report files ----------------------------------------------
    agreement = forward(Agreement.agreement)
    write_agreement = forward(Agreement.write_agreement)

    # -- The text index ------------------------------------------------------------------------
    language_pipeline = forward(LanguageIndex.language_pipeline)
    index_status = forward(LanguageIndex.index_status)
    index_documents = forward(LanguageIndex.index_documents)

    # -- Language features: search, suggestions, word frequencies ------------------------------
    search = forward(Language.search)
    preview_hits = forward(Language.preview_hits)
    code_hits = forward(Language.code_hits)
    code_turns = forward(Language.code_turns)
    suggestions = forward(Language.suggestions)
    accept_suggestions = forward(Language.accept_suggestions)
    reject_suggestions = forward(Language.reject_suggestions)
    remove_auto_codings = forward(Language.remove_auto_codings)
    apply_keywords_file = forward(Language.apply_keywords_file)
    word_frequencies = forward(Language.word_frequencies)
    export_word_frequencies = forward(Language.export_word_frequencies)

    # -- A team project's members (places enforced by the server) -------------------------------
    place = forward(Team.place)
    grant = forward(Team.grant)
    revoke = forward(Team.revoke)
    members = forward(Team.members)
