"""Queries on the code tree that several parts of the facade share: the tree with its
counts, a code by path, sibling names, positions. One home for this SQL, so a second engine
or a faster query changes one place."""

from __future__ import annotations

import unicodedata
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duocoder.domain import limits
from duocoder.domain.codepaths import join_path
from duocoder.domain.errors import ValidationError
from duocoder.domain.limits import check_length
from duocoder.domain.records import CodeInfo
from duocoder.storage.models import (
    Code,
    Coding,
)

# Distinct, readable-behind-black-text colours for codes created without one.
PALETTE = (
    "#8ecae6",
    "#ffb703",
    "#b5e48c",
    "#f4a261",
    "#cdb4db",
    "#ffafcc",
    "#a3c4f3",
    "#e9c46a",
    "#90dbb5",
    "#f28482",
)


def clean_code_name(name: str) -> str:
    """A new code name as stored: blanks collapsed, NFC, not empty and not too long."""
    name = normal_name(name)
    if not name:
        raise ValidationError("A code needs a name.")
    return check_length("A code name", name, limits.NAME)


def normal_name(name: str) -> str:
    """Blanks collapsed and NFC, for comparing names (older projects may hold longer ones)."""
    return unicodedata.normalize("NFC", " ".join(name.split()))


def normalise_color(color: str) -> str:
    c = color.strip().lower()
    if not c.startswith("#"):
        c = "#" + c
    if len(c) == 4 and all(ch in "0123456789abcdef" for ch in c[1:]):
        c = "#" + "".join(ch * 2 for ch in c[1:])
    if len(c) != 7 or any(ch not in "0123456789abcdef" for ch in c[1:]):
        raise ValidationError(f"'{color}' is not a colour; write it as #RRGGBB.")
    return c


def children(s: Session, parent_id: int | None) -> list[Code]:
    cond = Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id
    return list(s.scalars(select(Code).where(cond).order_by(Code.position, Code.id)))


def renumber(s: Session, parent_id: int | None) -> None:
    for i, c in enumerate(children(s, parent_id)):
        if c.position != i:
            c.position = i


def subtree(s: Session, code_id: int) -> list[int]:
    rows = s.execute(select(Code.id, Code.parent_id)).all()
    children: dict[int | None, list[int]] = {}
    for cid, pid in rows:
        children.setdefault(pid, []).append(cid)
    out, stack = [], [code_id]
    while stack:
        cid = stack.pop()
        out.append(cid)
        stack.extend(children.get(cid, []))
    return out


def check_sibling_name(
    s: Session, parent_id: int | None, name: str, exclude: int | None = None
) -> None:
    folded = normal_name(name).casefold()
    for c in children(s, parent_id):
        if c.id != exclude and c.name.casefold() == folded:
            where = "at the top level" if parent_id is None else "under the same parent"
            raise ValidationError(f"There is already a code '{c.name}' {where}.")


def insert_code(
    s: Session,
    name: str,
    parent_id: int | None,
    color: str | None,
    description: str,
    codable: bool,
    guid: str | None,
    position: int | None,
) -> int:
    check_sibling_name(s, parent_id, name)
    if color is None:
        if parent_id is not None:
            color = s.get_one(Code, parent_id).color
        else:
            n = s.scalar(select(func.count()).where(Code.parent_id.is_(None))) or 0
            color = PALETTE[n % len(PALETTE)]
    siblings = children(s, parent_id)
    guid = (guid or str(uuid.uuid4())).lower()
    if s.scalar(select(Code.id).where(Code.guid == guid)) is not None:
        raise ValidationError(f"A code with guid {guid} is already in this project.")
    code = Code(
        parent_id=parent_id,
        name=name,
        guid=guid,
        color=normalise_color(color),
        description=description,
        codable=codable,
        position=len(siblings),
    )
    s.add(code)
    s.flush()
    if position is not None and position < len(siblings):
        siblings.insert(max(0, position), code)
        for i, c in enumerate(siblings):
            c.position = i
    return code.id


def ensure_path(s: Session, names: list[str], created: list[str] | None = None) -> int:
    """The id of the code at `names`, made (with any missing parents) if it is not there;
    the paths made are appended to `created`."""
    if len(names) > limits.CODE_DEPTH:
        # the code tree is walked recursively everywhere; no codebook nests this deep
        raise ValidationError(
            f"A code path can have at most {limits.CODE_DEPTH} levels; this one has {len(names):,}."
        )
    parent_id: int | None = None
    for depth, name in enumerate(names, start=1):
        match = next(
            (c for c in children(s, parent_id) if c.name.casefold() == name.casefold()), None
        )
        if match is not None:
            parent_id = match.id
            continue
        parent_id = insert_code(s, name, parent_id, None, "", True, None, None)
        if created is not None:
            created.append(join_path(names[:depth]))
    assert parent_id is not None
    return parent_id


def code_infos(s: Session) -> list[CodeInfo]:
    codes = list(s.scalars(select(Code).order_by(Code.position, Code.id)))
    own = dict(s.execute(select(Coding.code_id, func.count()).group_by(Coding.code_id)).all())
    children: dict[int | None, list[Code]] = {}
    for c in codes:
        children.setdefault(c.parent_id, []).append(c)
    out: list[CodeInfo] = []

    def walk(parent: int | None, prefix: list[str]) -> int:
        total_here = 0
        for c in children.get(parent, []):
            names = [*prefix, c.name]
            index = len(out)
            out.append(CodeInfo(0, "", "", None, "", "", "", True, 0))  # placeholder
            total = own.get(c.id, 0) + walk(c.id, names)
            out[index] = CodeInfo(
                id=c.id,
                name=c.name,
                path=join_path(names),
                parent_id=c.parent_id,
                guid=c.guid,
                color=c.color,
                description=c.description,
                codable=c.codable,
                position=c.position,
                keywords=tuple(k for k in c.keywords.split("\n") if k),
                own_count=own.get(c.id, 0),
                total_count=total,
            )
            total_here += total
        return total_here

    walk(None, [])
    return out
