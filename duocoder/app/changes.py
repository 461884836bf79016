"""What an operation changed, in the researcher's terms: which documents, codes, codings…

Every change made through `Project` (and every undo or redo) is announced to listeners as a
`Changes` value, so each view refreshes only for what it shows. The value is built from the
rows the storage layer recorded, but speaks of entities, not tables: a view never needs to
know that a document's attributes live in a table of their own."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from duocoder.storage.recorder import Recorded, RowChange

Ids = frozenset[int]
_NONE: Ids = frozenset()


@dataclass(frozen=True, slots=True)
class Changes:
    """Ids per kind of entity; `everything` asks every view to reload (a project opened or
    changed by someone else in ways not recorded here)."""

    documents: Ids = _NONE  # a document itself, its attributes, or its text index
    paragraphs: Ids = _NONE  # ids of the documents whose paragraphs changed
    turns: Ids = _NONE  # ids of the documents whose speaker turns changed
    codes: Ids = _NONE
    codings: Ids = _NONE
    coders: Ids = _NONE
    memos: Ids = _NONE
    suggestions: Ids = _NONE  # rejected suggestions
    privacy: Ids = _NONE  # decisions on identifiers and entities' pseudonyms (their ids)
    media: Ids = _NONE  # ids of the documents whose recording or sync marks changed
    settings: frozenset[str] = field(default_factory=frozenset)  # keys of project settings
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or any(getattr(self, f.name) for f in fields(self))

    def any_of(self, *kinds: str) -> bool:
        """Did anything of these kinds (field names) change? Always true for `everything`."""
        return self.everything or any(getattr(self, k) for k in kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{
                f.name: (getattr(self, f.name) or getattr(other, f.name))
                if f.name == "everything"
                else getattr(self, f.name) | getattr(other, f.name)
                for f in fields(self)
            }
        )

    @classmethod
    def reload(cls) -> Changes:
        return cls(everything=True)

    @classmethod
    def of_rows(cls, rows: Iterable[RowChange]) -> Changes:
        """The entities touched by recorded row changes."""
        found: dict[str, set[int]] = {}
        settings: set[str] = set()
        for row in rows:
            image = row.after if row.after is not None else row.before
            assert image is not None
            kind, ident = _ENTITY.get(row.table, (None, None))
            if kind == "settings":
                settings.add(str(image["key"]))
            elif kind is not None and ident is not None:
                found.setdefault(kind, set()).add(int(image[ident]))
        return cls._of(found, settings)

    @classmethod
    def of_recorded(cls, recorded: Recorded) -> Changes:
        """`of_rows` of what a step recorded, read without decoding its rows: a bulk step's
        entities come from its keys."""
        found: dict[str, set[int]] = {}
        settings: set[str] = set()
        for table, value in recorded.values(_COLUMN):
            kind = _ENTITY[table][0]
            if kind == "settings":
                settings.add(str(value))
            else:
                found.setdefault(kind, set()).add(int(value))
        return cls._of(found, settings)

    @classmethod
    def _of(cls, found: dict[str, set[int]], settings: set[str]) -> Changes:

        def ids(kind: str) -> Ids:
            return frozenset(found[kind]) if kind in found else _NONE

        # each field by name (not `**found`), so a type checker sees every value's type
        return cls(
            documents=ids("documents"),
            paragraphs=ids("paragraphs"),
            turns=ids("turns"),
            codes=ids("codes"),
            codings=ids("codings"),
            coders=ids("coders"),
            memos=ids("memos"),
            suggestions=ids("suggestions"),
            privacy=ids("privacy"),
            media=ids("media"),
            settings=frozenset(settings),
        )


# table → (kind of entity, the column holding the entity's id)
_ENTITY: dict[str, tuple[str, str]] = {
    "documents": ("documents", "id"),
    "document_guids": ("documents", "document_id"),
    "document_attributes": ("documents", "document_id"),
    "paragraphs": ("paragraphs", "document_id"),
    "turns": ("turns", "document_id"),
    "codes": ("codes", "id"),
    "codings": ("codings", "id"),
    "coding_guids": ("codings", "coding_id"),
    "coders": ("coders", "id"),
    "coder_colors": ("coders", "coder_id"),
    "coding_changes": ("codings", "coding_id"),
    "memos": ("memos", "id"),
    "nlp_rejections": ("suggestions", "id"),
    "meta": ("settings", "key"),
    "pseudo_decisions": ("privacy", "id"),
    "pseudo_entities": ("privacy", "id"),
    "document_events": ("documents", "document_id"),
    "recordings": ("media", "document_id"),
    "sync_marks": ("media", "document_id"),
}
_COLUMN = {table: column for table, (_kind, column) in _ENTITY.items()}
