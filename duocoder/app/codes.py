"""The code tree: every operation of the codebook, each one transaction and undoable."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from duocoder.app.queries import codes as code_q
from duocoder.app.service import Service
from duocoder.domain import limits
from duocoder.domain.codebook import clean_keywords
from duocoder.domain.codepaths import join_path, split_path
from duocoder.domain.errors import NotFoundError, ValidationError
from duocoder.domain.limits import check_length
from duocoder.domain.records import CodeInfo
from duocoder.storage.models import Code, Coding, Memo


class Codes(Service):
    # -- reading ---------------------------------------------------------------------------
    def codes(self) -> list[CodeInfo]:
        """All codes in tree order (depth first, siblings by position), with their counts."""
        with self.project._read() as s:
            return code_q.code_infos(s)

    def code(self, ref: int | str) -> CodeInfo:
        """A code by id or by path (`Verbinding/Vertrouwensrelatie`)."""
        infos = self.codes()
        if isinstance(ref, str):
            wanted = [unicodedata.normalize("NFC", n).casefold() for n in split_path(ref)]
            for c in infos:
                if [n.casefold() for n in split_path(c.path)] == wanted:
                    return c
        if isinstance(ref, int) or ref.isdigit():
            for c in infos:
                if c.id == int(ref):
                    return c
        raise NotFoundError(f"There is no code '{ref}' in this project.")

    def descendants(self, code_id: int) -> list[int]:
        """The code's id and all ids below it."""
        with self.project._read() as s:
            return code_q.subtree(s, code_id)

    # -- changing --------------------------------------------------------------------------
    def add_code(
        self,
        name: str,
        parent: int | str | None = None,
        *,
        color: str | None = None,
        description: str = "",
        codable: bool = True,
        guid: str | None = None,
        position: int | None = None,
    ) -> CodeInfo:
        name = code_q.clean_code_name(name)
        check_length("A code description", description, limits.TEXT)
        parent_id = self.code(parent).id if parent is not None else None

        def change(s: Session) -> int:
            return code_q.insert_code(
                s, name, parent_id, color, description, codable, guid, position
            )

        return self.code(self.project._run(f"Add code {name}", change))

    def ensure_code_path(self, path: str) -> CodeInfo:
        """The code at `path`, creating missing codes along the way (in-vivo coding)."""
        check_length("A code path", path, limits.CODE_PATH)
        names = [code_q.clean_code_name(n) for n in split_path(path)]
        if not names:
            raise ValidationError("A code path needs at least one name.")

        def change(s: Session) -> int:
            return code_q.ensure_path(s, names)

        return self.code(self.project._run(f"Add code {join_path(names)}", change))

    def rename_code(self, ref: int | str, name: str) -> CodeInfo:
        name = code_q.clean_code_name(name)
        code_id = self.code(ref).id

        def change(s: Session) -> None:
            code = s.get_one(Code, code_id)
            code_q.check_sibling_name(s, code.parent_id, name, exclude=code.id)
            code.name = name

        self.project._run(f"Rename code to {name}", change)
        return self.code(code_id)

    def recolor_code(self, ref: int | str, color: str) -> CodeInfo:
        return self._update_code(ref, "Change code colour", color=code_q.normalise_color(color))

    def describe_code(self, ref: int | str, description: str) -> CodeInfo:
        description = check_length("A code description", description.strip(), limits.TEXT)
        return self._update_code(ref, "Change code description", description=description)

    def set_codable(self, ref: int | str, codable: bool) -> CodeInfo:
        return self._update_code(ref, "Change whether a code is codable", codable=codable)

    def set_keywords(self, ref: int | str, keywords: Iterable[str]) -> CodeInfo:
        """Give a code exactly these auto-coding keywords, as one undoable step: each is
        trimmed, `;` and `,` inside a value separate keywords, empty ones and repeats that
        differ only in case are dropped (see `clean_keywords`). No keywords clears them;
        keywords equal to the code's own change nothing and add no undo step."""
        unique = clean_keywords(keywords)
        if len(unique) > limits.KEYWORDS:
            raise ValidationError(
                f"A code can have at most {limits.KEYWORDS:,} keywords; these are {len(unique):,}."
            )
        for keyword in unique:
            check_length("A keyword", keyword, limits.KEYWORD)
        info = self.code(ref)
        if list(info.keywords) == unique:
            return info
        return self._update_code(
            info.id, f"Change the keywords of {info.path}", keywords="\n".join(unique)
        )

    def _update_code(self, ref: int | str, label: str, **values: object) -> CodeInfo:
        code_id = self.code(ref).id
        self.project._run(
            label, lambda s: s.execute(update(Code).where(Code.id == code_id).values(**values))
        )
        return self.code(code_id)

    def move_code(
        self, ref: int | str, parent: int | str | None, position: int | None = None
    ) -> CodeInfo:
        """Move a code (with its subtree) under `parent` (None: top level) at `position`
        among its new siblings (None: last); refuses to move a code into its own subtree."""
        code_id = self.code(ref).id
        parent_id = self.code(parent).id if parent is not None else None

        def change(s: Session) -> None:
            code = s.get_one(Code, code_id)
            if parent_id is not None and parent_id in code_q.subtree(s, code_id):
                raise ValidationError(f"'{code.name}' cannot be moved into its own subtree.")
            code_q.check_sibling_name(s, parent_id, code.name, exclude=code.id)
            siblings = [c for c in code_q.children(s, parent_id) if c.id != code.id]
            index = len(siblings) if position is None else max(0, min(position, len(siblings)))
            siblings.insert(index, code)
            code.parent_id = parent_id
            for i, c in enumerate(siblings):
                if c.position != i:
                    c.position = i

        self.project._run("Move code", change)
        return self.code(code_id)

    def reorder_code(self, ref: int | str, position: int) -> CodeInfo:
        info = self.code(ref)
        return self.move_code(info.id, info.parent_id, position)

    def merge_codes(self, source: int | str, target: int | str) -> CodeInfo:
        """Merge `source` into `target`: its codings move to the target (exact duplicates
        collapse), its children and memos move along, and the source code disappears."""
        source_id, target_id = self.code(source).id, self.code(target).id
        if source_id == target_id:
            raise ValidationError("A code cannot be merged into itself.")

        def change(s: Session) -> None:
            if target_id in code_q.subtree(s, source_id):
                raise ValidationError("A code cannot be merged into one of its own sub-codes.")
            src = s.get_one(Code, source_id)
            # (document, start, end, coder) of the target's codings: rows are typed as tuples,
            # and the keys added below are plain ones
            existing: set[tuple[int, int, int, int | None]] = set(
                s.execute(
                    select(Coding.document_id, Coding.start, Coding.end, Coding.coder_id).where(
                        Coding.code_id == target_id
                    )
                ).all()
            )
            for coding in s.scalars(select(Coding).where(Coding.code_id == source_id)):
                key = (coding.document_id, coding.start, coding.end, coding.coder_id)
                if key in existing:
                    target_row = s.scalars(
                        select(Coding).where(
                            Coding.code_id == target_id,
                            Coding.document_id == key[0],
                            Coding.start == key[1],
                            Coding.end == key[2],
                            Coding.coder_id.is_(key[3])
                            if key[3] is None
                            else Coding.coder_id == key[3],
                        )
                    ).first()
                    if target_row is not None and coding.memo:
                        target_row.memo = _join_memos(target_row.memo, coding.memo)
                    s.delete(coding)
                else:
                    existing.add(key)
                    coding.code_id = target_id
            s.flush()
            offset = len(code_q.children(s, target_id))
            for i, child in enumerate(code_q.children(s, source_id)):
                code_q.check_sibling_name(s, target_id, child.name, exclude=child.id)
                child.parent_id, child.position = target_id, offset + i
            src_memo = s.scalars(
                select(Memo).where(Memo.target == "code", Memo.target_id == source_id)
            ).first()
            if src_memo is not None:
                tgt_memo = s.scalars(
                    select(Memo).where(Memo.target == "code", Memo.target_id == target_id)
                ).first()
                if tgt_memo is None:
                    src_memo.target_id = target_id
                else:
                    tgt_memo.text = _join_memos(tgt_memo.text, f"[{src.name}] {src_memo.text}")
                    s.delete(src_memo)
            s.flush()
            s.delete(src)
            code_q.renumber(s, src.parent_id)

        self.project._run("Merge codes", change)
        return self.code(target_id)

    def delete_code(self, ref: int | str, *, keep_children: bool = False) -> int:
        """Delete a code. With `keep_children`, its sub-codes move up to its parent and only
        its own codings go; otherwise the whole subtree goes with all its codings.
        Returns the number of codings deleted."""
        code_id = self.code(ref).id

        def change(s: Session) -> int:
            code = s.get_one(Code, code_id)
            ids = [code_id] if keep_children else code_q.subtree(s, code_id)
            if keep_children:
                children = code_q.children(s, code_id)
                for child in children:
                    code_q.check_sibling_name(s, code.parent_id, child.name, exclude=child.id)
                siblings: list[Code] = []
                for sib in code_q.children(s, code.parent_id):
                    siblings.extend(children if sib.id == code_id else [sib])
                for i, sib in enumerate(siblings):
                    sib.parent_id, sib.position = code.parent_id, i
                s.flush()
            n = s.scalar(select(func.count()).where(Coding.code_id.in_(ids))) or 0
            s.execute(delete(Coding).where(Coding.code_id.in_(ids)))
            s.execute(delete(Memo).where(Memo.target == "code", Memo.target_id.in_(ids)))
            for cid in reversed(ids):  # leaves first: parents are RESTRICTed while children exist
                s.execute(delete(Code).where(Code.id == cid))
            s.flush()
            code_q.renumber(s, code.parent_id)
            return n

        return self.project._run("Delete code", change)


def _join_memos(a: str | None, b: str) -> str:
    return b if not a else f"{a}\n\n{b}"
