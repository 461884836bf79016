"""The review of disagreements under the agreement table: a row per unit where the coders
differ, opening in its transcript with both coders' codings shown, settled by accepting one
coder's version into the consensus coder (one undo step), and the consensus coder built
from what the coders agree on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from duocoder.gui.agreement.review_model import FIRST_CODER, SETTLED_ROLE
from tests.gui.agreement_support import (
    LIES,
    add_coder,
    compute,
    open_agreement,
    open_window,
    tick_only,
)


@pytest.fixture
def window(app, qtbot, analysis_path: Path) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    add_coder(analysis_path, "Lies", LIES)
    w = open_window(qtbot, analysis_path)
    yield w
    w.set_project(None)


@pytest.fixture
def view(window, qtbot) -> Any:  # type: ignore[no-untyped-def]
    v = open_agreement(window)
    tick_only(v, ["Lies", "Tester"])
    v.unit.setCurrentIndex(v.unit.findData("paragraph"))
    compute(v, qtbot)
    return v


def shown(review: Any) -> list[tuple[Any, ...]]:
    """What each visible row says: document, code, the coders' marks."""
    model = review.table.model()
    coders = len(review.model.coders)
    return [
        tuple(model.index(r, c).data() for c in (0, 1, *range(FIRST_CODER, FIRST_CODER + coders)))
        for r in range(model.rowCount())
    ]


def select_rows(review: Any, rows: list[int]) -> None:
    table = review.table
    table.clearSelection()
    for r in rows:
        index = table.model().index(r, 0)
        table.selectionModel().select(
            index,
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )


def row_of(review: Any, coder_with: str) -> int:
    """The first visible row where `coder_with` gave the code and the other did not."""
    for r, d in enumerate(review.model.rows):
        if d.with_code == (coder_with,):
            return review.proxy.mapFromSource(review.model.index(r, 0)).row()
    raise AssertionError(f"no disagreement where only {coder_with} coded")


def consensus_codings(window: Any, name: str = "Consensus") -> set[tuple[int, int, int, int]]:
    project = window.controller.project
    if name not in {c.name for c in project.coders()}:
        return set()
    return {(s.doc_id, s.start, s.end, s.code_id) for s in project.segments(coders=[name])}


def test_a_row_per_disagreement_with_each_coders_mark(window, view) -> None:  # type: ignore[no-untyped-def]
    report = view.report
    assert report.disagreements, "Lies and Tester differ on some paragraphs"
    review = view.review
    assert [
        review.model.headerData(FIRST_CODER + i, Qt.Orientation.Horizontal) for i in (0, 1)
    ] == [
        "Lies",
        "Tester",
    ]
    expected = [
        (
            d.document,
            d.code.split("/")[-1],
            "✓" if "Lies" in d.with_code else "–",
            "✓" if "Tester" in d.with_code else "–",
        )
        for d in report.disagreements
    ]
    assert shown(review) == expected
    first = report.disagreements[0]
    text = window.controller.project.text(first.document_id)[first.start : first.end]
    assert (
        review.table.model().index(0, review.model.text_column()).data(Qt.ItemDataRole.ToolTipRole)
        == text.strip()
    )
    assert f"{len(expected)}, 0 settled" in review.heading.text()


def test_clicking_a_code_row_lists_only_its_disagreements(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    review = view.review
    codes = {d.code_id for d in view.report.disagreements}
    code_id = sorted(codes)[0]
    row = next(r for r in range(view.model.rowCount()) if view.model.rows[r].code_id == code_id)
    index = view.model.index(row, 0)
    view.table.scrollTo(index)
    QTest.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center()
    )
    assert review.code.currentData() == code_id
    wanted = [d for d in view.report.disagreements if d.code_id == code_id]
    assert len(shown(review)) == len(wanted) < len(view.report.disagreements) or len(codes) == 1


def test_double_click_opens_the_unit_with_both_coders_shown(window, view, qtbot) -> None:  # type: ignore[no-untyped-def]
    controller = window.controller
    controller.set_visible_coders(["Tester"])  # the researcher was looking at their own
    assert not controller.coder_visible("Lies")
    review = view.review
    r = row_of(review, "Lies")
    d = review.model.rows[review.proxy.mapToSource(review.table.model().index(r, 0)).row()]
    index = review.table.model().index(r, review.model.text_column())
    review.table.scrollTo(index)
    pos = review.table.visualRect(index).center()
    QTest.mouseClick(review.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.transcript.doc_id != d.document_id or window.transcript.selected_span() != (
        d.start,
        d.end,
    )  # a click only selects the row
    QTest.mouseDClick(review.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.transcript.doc_id == d.document_id
    assert window.transcript.selected_span() == (d.start, d.end)
    assert controller.coder_visible("Lies") and controller.coder_visible("Tester")
    assert review.table.hasFocus()  # Enter on the next row opens that one
    other = next(
        (i for i, x in enumerate(review.model.rows) if x.document_id != d.document_id), None
    )
    if other is not None:
        review.table.setCurrentIndex(
            review.proxy.mapFromSource(review.model.index(other, review.model.text_column()))
        )
        QTest.keyClick(review.table, Qt.Key.Key_Return)
        e = review.model.rows[other]
        assert window.transcript.doc_id == e.document_id
        assert window.transcript.selected_span() == (e.start, e.end)


def test_accepting_a_version_fills_the_consensus_coder_and_undo_takes_it_back(window, view) -> None:  # type: ignore[no-untyped-def]
    review = view.review
    r = row_of(review, "Lies")
    d = review.model.rows[review.proxy.mapToSource(review.table.model().index(r, 0)).row()]
    project = window.controller.project
    lies = {
        (s.doc_id, s.start, s.end, s.code_id)
        for s in project.segments(coders=["Lies"], documents=[d.document_id])
        if s.code_id == d.code_id and s.start < d.end and s.end > d.start
    }
    assert consensus_codings(window) == set()
    select_rows(review, [r])
    button = review.accept_buttons["Lies"]
    assert button.text() == "Accept Lies's version" and button.isEnabled()
    button.click()
    assert consensus_codings(window) == lies
    settled = review.table.model().index(r, 0)
    assert settled.data(SETTLED_ROLE) == "Lies"
    assert settled.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert review.table.model().index(r, review.model.status_column()).data() == "✓ Lies"
    assert not view.notice.isVisibleTo(view)  # the compared coders' figures still hold
    window.actions_.undo.trigger()  # Edit ▸ Undo
    assert consensus_codings(window) == set()
    assert review.table.model().index(r, 0).data(SETTLED_ROLE) is None
    assert "0 settled" in review.heading.text()


def test_several_rows_are_settled_in_one_undo_step(window, view) -> None:  # type: ignore[no-untyped-def]
    review = view.review
    rows = review.table.model().rowCount()
    assert rows >= 2
    select_rows(review, [0, 1])
    review.accept_buttons["Tester"].click()
    after = consensus_codings(window)
    assert after  # at least one of the two units is Tester's coding
    # both settled as Tester's version, also where Tester's version is "not coded"
    assert [review.table.model().index(r, 0).data(SETTLED_ROLE) for r in (0, 1)] == [
        "Tester",
        "Tester",
    ]
    assert window.controller.undo_stack.text(window.controller.undo_stack.index() - 1) == (
        "Accept Tester's version"
    )
    select_rows(review, [0, 1])
    review.no_code.click()  # changed their mind: the code does not belong there
    assert consensus_codings(window) == set()
    marks = [review.table.model().index(r, 0).data(SETTLED_ROLE) for r in (0, 1)]
    assert marks == ["", ""]
    assert [review.table.model().index(r, review.model.status_column()).data() for r in (0, 1)] == [
        "✓ no code",
        "✓ no code",
    ]
    window.actions_.undo.trigger()
    assert consensus_codings(window) == after  # one step back: Tester's versions again
    window.actions_.undo.trigger()
    assert consensus_codings(window) == set()


def test_building_the_consensus_coder(window, view, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project = window.controller.project
    asked: list[str] = []

    def get_text(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(kwargs.get("text", ""))
        return "Overeenkomst", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    review = view.review
    assert review.build.isEnabled()
    review.build.click()
    assert asked == ["Consensus"]  # the name offered
    names = {c.name for c in project.coders()}
    assert "Overeenkomst" in names
    lies = {(s.doc_id, s.start, s.end, s.code_id) for s in project.segments(coders=["Lies"])}
    tester = {(s.doc_id, s.start, s.end, s.code_id) for s in project.segments(coders=["Tester"])}
    assert consensus_codings(window, "Overeenkomst") == lies & tester
    assert "Overeenkomst" in review.target.text()
    # later acceptances go to that coder
    r = row_of(review, "Lies")
    select_rows(review, [r])
    review.accept_buttons["Lies"].click()
    assert len(consensus_codings(window, "Overeenkomst")) > len(lies & tester)
    assert consensus_codings(window, "Consensus") == set()


def test_a_changed_coding_of_a_compared_coder_asks_to_compute_again(window, view) -> None:  # type: ignore[no-untyped-def]
    project = window.controller.project
    text = project.text("Ben")
    start = text.index("Mijn vader")
    window.controller.run("Code", project.add_coding, "Ben", "Verbinding/Klik", start, start + 10)
    assert view.notice.isVisibleTo(view)
    assert "codings changed since this was computed" in view.notice.text()
