"""The ordered migration path between file formats.

`MIGRATIONS[n]` upgrades a file from format n to n + 1 inside one transaction. Before any
migration runs, the original file is copied beside itself (`name.v<n>.bak.duocoder`), so a
researcher never loses a project to an upgrade. A file written by any released version must
open in every later version: each new format adds its step here and a test that opens a
frozen copy of the old format (see tests/core/test_migrations.py)."""

from __future__ import annotations

import filecmp
import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from duocoder.domain.errors import ProjectFileError
from duocoder.storage.encryption import FileKey, connect
from duocoder.storage.fileformat import SCHEMA_VERSION

Migration = Callable[[sqlite3.Connection], None]

# Format 1 is the first released format; each later format registers its upgrade step below.
# Format 2 adds the language features: the text index (derived data, rebuilt on demand), its
# lemma lexicon and word forms, and the rejected auto-coding suggestions. The DDL is written
# out, not taken from the models, so this step keeps doing what format 2 meant even after the
# models move on; tests/core/test_migrations.py checks it matches a newly created file.
_FORMAT_2_DDL = (
    """CREATE TABLE nlp_documents (
        document_id INTEGER NOT NULL,
        content_hash VARCHAR(64) NOT NULL,
        language VARCHAR(8) NOT NULL,
        pipeline VARCHAR(200) NOT NULL,
        format INTEGER NOT NULL,
        tokens INTEGER NOT NULL,
        indexed_at DATETIME NOT NULL,
        lemmas BLOB NOT NULL,
        flags BLOB NOT NULL,
        offsets BLOB NOT NULL,
        sentences BLOB NOT NULL,
        CONSTRAINT pk_nlp_documents PRIMARY KEY (document_id),
        CONSTRAINT fk_nlp_documents_document_id_documents FOREIGN KEY(document_id)
            REFERENCES documents (id) ON DELETE CASCADE
    )""",
    """CREATE TABLE nlp_lemmas (
        id INTEGER NOT NULL,
        lemma VARCHAR(400) NOT NULL,
        CONSTRAINT pk_nlp_lemmas PRIMARY KEY (id),
        CONSTRAINT uq_nlp_lemmas_lemma UNIQUE (lemma)
    )""",
    """CREATE TABLE nlp_forms (
        form VARCHAR(400) NOT NULL,
        lemma_id INTEGER NOT NULL,
        CONSTRAINT pk_nlp_forms PRIMARY KEY (form, lemma_id),
        CONSTRAINT fk_nlp_forms_lemma_id_nlp_lemmas FOREIGN KEY(lemma_id)
            REFERENCES nlp_lemmas (id) ON DELETE CASCADE
    )""",
    """CREATE TABLE nlp_rejections (
        id INTEGER NOT NULL,
        code_id INTEGER NOT NULL,
        document_id INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        rejected_at DATETIME NOT NULL,
        CONSTRAINT pk_nlp_rejections PRIMARY KEY (id),
        CONSTRAINT uq_nlp_rejections_code_id UNIQUE (code_id, document_id, start, "end"),
        CONSTRAINT ck_nlp_rejections_span CHECK (start >= 0 AND start < "end"),
        CONSTRAINT fk_nlp_rejections_code_id_codes FOREIGN KEY(code_id)
            REFERENCES codes (id) ON DELETE CASCADE,
        CONSTRAINT fk_nlp_rejections_document_id_documents FOREIGN KEY(document_id)
            REFERENCES documents (id) ON DELETE CASCADE
    )""",
)


def _add_language_tables(raw: sqlite3.Connection) -> None:
    """Format 1 → 2: create the tables of the language features; existing data is untouched
    (documents get indexed when first searched, as after an import)."""
    for ddl in _FORMAT_2_DDL:
        raw.execute(ddl)


# Format 3 keeps the undo history in the project (undo survives the process and is per
# coder); an upgraded file starts with an empty history.
_FORMAT_3_DDL = (
    """CREATE TABLE history_steps (
        id INTEGER NOT NULL,
        coder VARCHAR(200),
        label VARCHAR(400) NOT NULL,
        state VARCHAR(8) NOT NULL,
        seq INTEGER NOT NULL,
        created_at DATETIME NOT NULL,
        CONSTRAINT pk_history_steps PRIMARY KEY (id),
        CONSTRAINT ck_history_steps_state CHECK (state IN ('done', 'undone'))
    )""",
    "CREATE INDEX ix_history_steps_seq ON history_steps (seq)",
    """CREATE TABLE history_parts (
        step_id INTEGER NOT NULL,
        part INTEGER NOT NULL,
        data BLOB NOT NULL,
        CONSTRAINT pk_history_parts PRIMARY KEY (step_id, part),
        CONSTRAINT fk_history_parts_step_id_history_steps FOREIGN KEY(step_id)
            REFERENCES history_steps (id) ON DELETE CASCADE
    )""",
)


def _add_history_tables(raw: sqlite3.Connection) -> None:
    """Format 2 → 3: the tables of the persistent undo history."""
    for ddl in _FORMAT_3_DDL:
        raw.execute(ddl)


# Format 4 keeps each document's turn rules and its paragraphs' formatting (italic, bold,
# list items), so turns can be found again later, also from questions marked by formatting.
# An upgraded file has automatic rules for every document and no formatting known: its
# turns stay exactly as they were until the researcher re-detects them.
_FORMAT_4_DDL = (
    """CREATE TABLE paragraph_styles (
        document_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        style INTEGER NOT NULL,
        CONSTRAINT pk_paragraph_styles PRIMARY KEY (document_id, position),
        CONSTRAINT fk_paragraph_styles_document_id_documents FOREIGN KEY(document_id)
            REFERENCES documents (id) ON DELETE CASCADE
    )""",
    """CREATE TABLE turn_rules (
        document_id INTEGER NOT NULL,
        rules TEXT NOT NULL,
        CONSTRAINT pk_turn_rules PRIMARY KEY (document_id),
        CONSTRAINT fk_turn_rules_document_id_documents FOREIGN KEY(document_id)
            REFERENCES documents (id) ON DELETE CASCADE
    )""",
)


def _add_turn_tables(raw: sqlite3.Connection) -> None:
    """Format 3 → 4: the tables of turn rules and paragraph formatting."""
    for ddl in _FORMAT_4_DDL:
        raw.execute(ddl)


# Format 5 gives documents and codings stable GUIDs (REFI-QDA exchange names sources and
# selections by GUID). Tables of their own, like format 4's, so the large `documents` and
# `codings` tables are not rebuilt and the undo history kept in the file stays valid. Every
# existing document and coding gets a new random GUID here; new ones get theirs when created.
_FORMAT_5_DDL = (
    """CREATE TABLE document_guids (
        document_id INTEGER NOT NULL,
        guid VARCHAR(36) NOT NULL,
        CONSTRAINT pk_document_guids PRIMARY KEY (document_id),
        CONSTRAINT fk_document_guids_document_id_documents FOREIGN KEY(document_id)
            REFERENCES documents (id) ON DELETE CASCADE,
        CONSTRAINT uq_document_guids_guid UNIQUE (guid)
    )""",
    """CREATE TABLE coding_guids (
        coding_id INTEGER NOT NULL,
        guid VARCHAR(36) NOT NULL,
        CONSTRAINT pk_coding_guids PRIMARY KEY (coding_id),
        CONSTRAINT fk_coding_guids_coding_id_codings FOREIGN KEY(coding_id)
            REFERENCES codings (id) ON DELETE CASCADE,
        CONSTRAINT uq_coding_guids_guid UNIQUE (guid)
    )""",
)


def _add_guid_tables(raw: sqlite3.Connection) -> None:
    """Format 4 → 5: the GUID tables, with a new uuid4 GUID for every document and coding."""
    for ddl in _FORMAT_5_DDL:
        raw.execute(ddl)
    for table, key, owner in (
        ("document_guids", "document_id", "documents"),
        ("coding_guids", "coding_id", "codings"),
    ):
        ids = [row[0] for row in raw.execute(f"SELECT id FROM {owner} ORDER BY id")]
        raw.executemany(
            f"INSERT INTO {table} ({key}, guid) VALUES (?, ?)",
            [(i, str(uuid.uuid4())) for i in ids],
        )


# Format 6 keeps each coder's chosen colour and when and by whom a coding was last changed.
# An upgraded file has no colours chosen (each coder gets the colour derived from their name
# until they choose one) and no changes recorded (its codings' created times stand).
_FORMAT_6_DDL = (
    """CREATE TABLE coder_colors (
        coder_id INTEGER NOT NULL,
        color VARCHAR(9) NOT NULL,
        CONSTRAINT pk_coder_colors PRIMARY KEY (coder_id),
        CONSTRAINT fk_coder_colors_coder_id_coders FOREIGN KEY(coder_id)
            REFERENCES coders (id) ON DELETE CASCADE
    )""",
    """CREATE TABLE coding_changes (
        coding_id INTEGER NOT NULL,
        changed_at DATETIME NOT NULL,
        changed_by INTEGER,
        CONSTRAINT pk_coding_changes PRIMARY KEY (coding_id),
        CONSTRAINT fk_coding_changes_coding_id_codings FOREIGN KEY(coding_id)
            REFERENCES codings (id) ON DELETE CASCADE,
        CONSTRAINT fk_coding_changes_changed_by_coders FOREIGN KEY(changed_by)
            REFERENCES coders (id) ON DELETE SET NULL
    )""",
)


def _add_coder_tables(raw: sqlite3.Connection) -> None:
    """Format 5 → 6: the tables of coders' colours and of coding changes, both empty."""
    for ddl in _FORMAT_6_DDL:
        raw.execute(ddl)


# Format 7 adds pseudonymisation: the entities and their pseudonyms, the researcher's
# decisions on candidates, each document's history of text changes, the detector's cached
# findings (derived data) and the record of exports made despite identifying text. An
# upgraded file starts with all of them empty.
_FORMAT_7_DDL = (
    """CREATE TABLE pseudo_entities (
        id INTEGER NOT NULL,
        kind VARCHAR(16) NOT NULL,
        style VARCHAR(16) NOT NULL,
        pseudonym VARCHAR(400) NOT NULL,
        created_at DATETIME NOT NULL,
        CONSTRAINT pk_pseudo_entities PRIMARY KEY (id),
        CONSTRAINT ck_pseudo_entities_style CHECK (style IN ('alias', 'role', 'category'))
    )""",
    """CREATE TABLE pseudo_decisions (
        id INTEGER NOT NULL,
        kind VARCHAR(16) NOT NULL,
        text VARCHAR(400) NOT NULL,
        scope VARCHAR(400) NOT NULL,
        status VARCHAR(8) NOT NULL,
        entity_id INTEGER,
        decided_at DATETIME NOT NULL,
        decided_by VARCHAR(200),
        CONSTRAINT pk_pseudo_decisions PRIMARY KEY (id),
        CONSTRAINT uq_pseudo_decisions_kind UNIQUE (kind, text, scope),
        CONSTRAINT ck_pseudo_decisions_status CHECK (status IN ('accepted', 'rejected')),
        CONSTRAINT fk_pseudo_decisions_entity_id_pseudo_entities FOREIGN KEY(entity_id)
            REFERENCES pseudo_entities (id) ON DELETE SET NULL
    )""",
    """CREATE TABLE document_events (
        id INTEGER NOT NULL,
        document_id INTEGER NOT NULL,
        event VARCHAR(32) NOT NULL,
        at DATETIME NOT NULL,
        coder VARCHAR(200),
        detail TEXT NOT NULL,
        CONSTRAINT pk_document_events PRIMARY KEY (id),
        CONSTRAINT fk_document_events_document_id_documents FOREIGN KEY(document_id)
            REFERENCES documents (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_document_events_document_id ON document_events (document_id)",
    """CREATE TABLE pseudo_scans (
        document_id INTEGER NOT NULL,
        content_hash VARCHAR(64) NOT NULL,
        detector VARCHAR(200) NOT NULL,
        found TEXT NOT NULL,
        scanned_at DATETIME NOT NULL,
        CONSTRAINT pk_pseudo_scans PRIMARY KEY (document_id),
        CONSTRAINT fk_pseudo_scans_document_id_documents FOREIGN KEY(document_id)
            REFERENCES documents (id) ON DELETE CASCADE
    )""",
    """CREATE TABLE privacy_overrides (
        id INTEGER NOT NULL,
        at DATETIME NOT NULL,
        coder VARCHAR(200),
        export VARCHAR(400) NOT NULL,
        reason TEXT NOT NULL,
        findings INTEGER NOT NULL,
        CONSTRAINT pk_privacy_overrides PRIMARY KEY (id)
    )""",
)


def _add_privacy_tables(raw: sqlite3.Connection) -> None:
    """Format 6 → 7: the pseudonymisation tables, all empty."""
    for ddl in _FORMAT_7_DDL:
        raw.execute(ddl)


# Format 8 links documents to their recordings (path and fingerprint, never the recording)
# and keeps the moments a researcher set for turns while listening. An upgraded file has no
# recordings linked and no marks set.
_FORMAT_8_DDL = (
    """CREATE TABLE recordings (
        document_id INTEGER NOT NULL,
        path TEXT NOT NULL,
        size INTEGER NOT NULL,
        head_hash VARCHAR(64) NOT NULL,
        linked_at DATETIME NOT NULL,
        CONSTRAINT pk_recordings PRIMARY KEY (document_id),
        CONSTRAINT fk_recordings_document_id_documents FOREIGN KEY(document_id)
            REFERENCES documents (id) ON DELETE CASCADE
    )""",
    """CREATE TABLE sync_marks (
        document_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        millis INTEGER NOT NULL,
        CONSTRAINT pk_sync_marks PRIMARY KEY (document_id, position),
        CONSTRAINT ck_sync_marks_millis CHECK (millis >= 0),
        CONSTRAINT fk_sync_marks_document_id_documents FOREIGN KEY(document_id)
            REFERENCES documents (id) ON DELETE CASCADE
    )""",
)


def _add_recording_tables(raw: sqlite3.Connection) -> None:
    """Format 7 → 8: the tables of linked recordings and sync marks, both empty."""
    for ddl in _FORMAT_8_DDL:
        raw.execute(ddl)


MIGRATIONS: dict[int, Migration] = {
    1: _add_language_tables,
    2: _add_history_tables,
    3: _add_turn_tables,
    4: _add_guid_tables,
    5: _add_coder_tables,
    6: _add_privacy_tables,
    7: _add_recording_tables,
}


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.v{version}.bak{path.suffix}")


def _back_up(path: Path, version: int) -> Path:
    """Copy the file before upgrading it. A backup that already holds these very bytes (an
    earlier attempt that failed) is kept as it is, and an older, different backup is never
    overwritten: the next free name is used instead."""
    target = backup_path(path, version)
    n = 1
    while target.exists():
        if filecmp.cmp(path, target, shallow=False):
            return target
        n += 1
        target = path.with_name(f"{path.stem}.v{version}.bak{n}{path.suffix}")
    tmp = target.with_name(f".{target.name}.copying")
    try:
        shutil.copy2(path, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ProjectFileError(
            f"'{path.name}' must be upgraded, but its backup copy could not be written "
            f"({exc.strerror}); the file was left unchanged."
        ) from exc
    return target


def migrate(
    path: Path, version: int, target: int | None = None, *, key: FileKey | None = None
) -> None:
    """Upgrade the file to format `target` after backing it up; an encrypted file is opened
    with its `key` (its backup is a byte copy, so it stays encrypted)."""
    target = SCHEMA_VERSION if target is None else target
    if version >= target:
        return
    missing = [v for v in range(version, target) if v not in MIGRATIONS]
    if missing:
        raise ProjectFileError(
            f"'{path.name}' uses file format {version}, which this version cannot upgrade."
        )
    _back_up(path, version)
    raw = connect(path, key, isolation_level=None)
    try:
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("BEGIN IMMEDIATE")
        for v in range(version, target):
            MIGRATIONS[v](raw)
            raw.execute(f"PRAGMA user_version = {v + 1}")
        raw.execute("COMMIT")
    except Exception as exc:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        raise ProjectFileError(
            f"'{path.name}' could not be upgraded ({exc}); the file was left unchanged."
        ) from exc
    finally:
        raw.close()
