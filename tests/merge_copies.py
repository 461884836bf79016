"""Three coders' copies of the demo project, as a team makes them before a merge: each copy
is the demo project coded further by one coder ("Anna", "Bram", "Chris").

What the copies hold (the merge and agreement tests count on it):

- all three code the same passage of Anja's interview with 'Verbinding/Klik' (`SHARED`),
  so after a merge the three codings are one passage coded by three coders;
- Anna and Bram each make a new code 'Verbinding/Humor' on their own (two GUIDs, one path)
  and code a passage of Ben's interview with it (`HUMOR`, the same span); Bram also codes
  `BRAM_ONLY`; Anna writes a memo on the coding she makes there;
- Anna and Bram each write their own project memo (`MEMOS`);
- Chris replaces Griet's interview by a changed text under the same name (`CHANGED_DOC`)
  and codes it, so that document conflicts with the other copies;
- every copy keeps the demo coder's codings, identical in all of them.

Import as `from tests.merge_copies import make_coder_copies`."""

from __future__ import annotations

import shutil
from pathlib import Path

from duocoder.app.demo import build_demo
from duocoder.app.project import Project
from tests.helpers import source

CODERS = ("Anna", "Bram", "Chris")
DEMO_DOC = "Anja (deelnemer)"
HUMOR_DOC = "Ben (vrijwilliger)"
CHANGED_DOC = "Griet (coördinator)"
HUMOR = "Verbinding/Humor"
KLIK = "Verbinding/Klik en matching zoals beleefd"
MEMOS = {
    "Anna": "Anna: de duo's zien elkaar vooral in het weekend.",
    "Bram": "Bram: let op wat de coördinator over matching zegt.",
}
CODING_MEMO = "Grappig, maar ook een manier om spanning te breken."


def _span(project: Project, doc: str, start: int, length: int) -> tuple[int, int]:
    """A span of whole characters within the document's text (clamped to its length)."""
    size = len(project.text(doc))
    start = min(start, size - 2)
    return start, min(start + length, size)


SHARED = (DEMO_DOC, 40, 60)  # document, start, length
HUMOR_SPAN = (HUMOR_DOC, 120, 45)
BRAM_ONLY = (DEMO_DOC, 200, 30)


def make_coder_copies(tmp_path: Path) -> dict[str, Path]:
    """The demo project built once in `tmp_path`, copied and coded by each of the three
    coders; returns each coder's copy (`Anna` -> `.../anna.duocoder`), and `"base"`, the
    demo project as all three started from."""
    base = build_demo(tmp_path / "base.duocoder")
    copies: dict[str, Path] = {"base": base}
    for coder in CODERS:
        copy = tmp_path / f"{coder.lower()}.duocoder"
        shutil.copyfile(base, copy)
        copies[coder] = copy
        with Project.open(copy) as project:
            project.coder = coder
            doc, start, length = SHARED
            a, b = _span(project, doc, start, length)
            project.add_coding(project.document(doc).id, KLIK, a, b, coder=coder)
            if coder in ("Anna", "Bram"):
                project.ensure_code_path(HUMOR)
                doc, start, length = HUMOR_SPAN
                a, b = _span(project, doc, start, length)
                memo = CODING_MEMO if coder == "Anna" else None
                project.add_coding(project.document(doc).id, HUMOR, a, b, coder=coder, memo=memo)
                project.set_memo("project", None, MEMOS[coder], coder=coder)
            if coder == "Bram":
                doc, start, length = BRAM_ONLY
                a, b = _span(project, doc, start, length)
                project.add_coding(project.document(doc).id, KLIK, a, b, coder=coder)
            if coder == "Chris":
                old = project.document(CHANGED_DOC)
                text = project.text(old.id) + "\nR: En dat wou ik nog zeggen.\n"
                project.delete_document(old.id)
                new = project.add_document(CHANGED_DOC, source(text), old.role, old.case, old.duo)
                project.add_coding(new.id, KLIK, 0, 10, coder=coder)
            project.history.clear()
    return copies
