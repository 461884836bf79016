"""Analysis ▸ Duos: the two accounts of each duo side by side, and the duo matrix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.analysis_helpers import headers, open_from_menu, row_keys, settle, texts, values

H, V = Qt.Orientation.Horizontal, Qt.Orientation.Vertical


def test_each_duo_shows_both_accounts_side_by_side(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "duos")
    project = analysis_window.controller.project
    assert headers(view.model, H) == [
        "Duo 1\nparticipant",
        "Duo 1\nvolunteer",
        "Duo 2\nparticipant",
        "Duo 2\nvolunteer",
    ]
    assert headers(view.model, V) == ["\u2003Vertrouwen", "\u2003Klik", "\u2003Mobiliteit"]
    core = project.duo_comparison()
    rows = [core.codes.index(k) for k in row_keys(view.model)]
    assert values(view.model) == [
        [float(n) for d in core.duos for n in (d.participant[i], d.volunteer[i])] for i in rows
    ]
    # present with its count; "—" where only the other account of the duo speaks of it
    assert texts(view.model) == [
        ["1", "1", "1", "—"],
        ["2", "1", "", ""],
        ["", "", "1", "—"],
    ]
    assert view.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == (
        "Duo 2, volunteer: “Verbinding/Vertrouwen” is absent"
    )
    assert headers(view.model, H, Qt.ItemDataRole.ToolTipRole)[3] == (
        "Duo 2: no transcript selected"
    )


def test_the_duo_matrix_counts_complete_duos(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "duos")
    project = analysis_window.controller.project
    core = project.duo_matrix()
    assert core.duos == ("Duo 1",)  # Duo 2 has no volunteer's account
    rows = [core.codes.index(k) for k in row_keys(view.matrix_model)]
    columns = [
        core.codes.index(k) for k in headers(view.matrix_model, H, Qt.ItemDataRole.UserRole + 2)
    ]
    assert values(view.matrix_model) == [[float(core.counts[i][j]) for j in columns] for i in rows]
    assert texts(view.matrix_model) == [["1", "1"], ["1", "1"]]
    tip = view.matrix_model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == [
        "Participant: Verbinding/Klik",
        "Volunteer: Verbinding/Vertrouwen",
        "1 duo: Duo 1",
    ]
    assert view.caption.text().endswith("(1 complete duo)")


def test_descendants_and_hiding_unused_codes(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "duos")
    project = analysis_window.controller.project
    view.descendants.setChecked(True)
    settle(view, qtbot)
    verbinding = row_keys(view.model).index(project.code("Verbinding").id)
    assert texts(view.model)[verbinding] == ["3", "2", "1", "—"]
    view.hide_unused.setChecked(False)
    assert view.model.rowCount() == len(project.codes())


def test_export_writes_the_duo_matrix(analysis_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    view = open_from_menu(analysis_window, qtbot, "duos")
    view._fill_export_menu()
    texts_ = [a.text() for a in view.export_menu.actions()]
    assert texts_ == [
        "Duo &comparison to Excel or CSV…",
        "Duo &matrix to Excel or CSV…",
        "&Quotes to Word…",
    ]
    view.export_table(view.result.matrix, str(tmp_path / "duomatrix.xlsx"))
    sheet = openpyxl.load_workbook(tmp_path / "duomatrix.xlsx")["Duomatrix"]
    assert sheet.cell(1, 1).value == "Deelnemer ↓ · vrijwilliger →"
    klik = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Verbinding/Klik")
    vertrouwen = [c.value for c in sheet[1]].index("Verbinding/Vertrouwen")
    assert klik[vertrouwen] == 1


def test_the_models_pass_the_model_tester(analysis_window, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "duos")
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.matrix_model)
