"""The export guard's dialog: what an export would carry, and the three ways out."""

from __future__ import annotations

from duocoder.domain.privacy import GuardFinding, UnreviewedIdentifiersError
from duocoder.gui.privacy.guard_dialog import MAX_ROWS, GuardDialog, ask_export_anyway
from tests.gui.helpers import when_shown


def _error(n: int = 2) -> UnreviewedIdentifiersError:
    findings = [
        GuardFinding("Anja", "Sofie", "person", "open", "…ik vertrouw Sofie volledig…"),
        GuardFinding("Ben", "Vzw De Brug", "organisation", "accepted", "bij Vzw De Brug"),
    ]
    findings += [
        GuardFinding("Ben", f"Naam{i}", "person", "open", f"met Naam{i} erbij")
        for i in range(n - 2)
    ]
    return UnreviewedIdentifiersError(findings, passages=3)


def test_lists_findings_with_the_sentence(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = GuardDialog(_error())
    qtbot.addWidget(dialog)
    assert "3 passage" in dialog.sentence.text()
    assert "Sofie" in dialog.sentence.text() and "Vzw De Brug" in dialog.sentence.text()
    rows = [
        [dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())
    ]
    assert rows[0] == ["Anja", "Sofie", "name", "…ik vertrouw Sofie volledig…"]
    assert rows[1][2] == "organisation (accepted)"
    assert not dialog.more.isVisibleTo(dialog)


def test_long_lists_end_with_how_many_more(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = GuardDialog(_error(MAX_ROWS + 7))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == MAX_ROWS
    assert dialog.more.isVisibleTo(dialog)
    assert "7 more" in dialog.more.text()


def test_export_anyway_only_with_a_reason(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = GuardDialog(_error())
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()
    dialog.reason.setText("   ")
    assert not dialog.export_button.isEnabled()
    dialog.reason.setText("Shared with the ethics board only")
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    assert dialog.answer == "Shared with the ethics board only"


def _answer(click: str) -> object:
    """Run `ask_export_anyway` modally and press a button from inside its event loop."""

    def press(dialog: GuardDialog) -> None:
        if click == "export":
            dialog.reason.setText("Anonymised by hand afterwards")
            dialog.export_button.click()
        elif click == "review":
            dialog.review_button.click()
        else:
            dialog.cancel_button.click()

    when_shown(GuardDialog, press)
    return ask_export_anyway(None, _error())


def test_ask_returns_reason_review_or_none(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert _answer("export") == "Anonymised by hand afterwards"
    assert _answer("review") == "review"
    assert _answer("cancel") is None
