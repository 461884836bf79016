"""The import dialog's summary tells what was repaired in an imported file, and what stopped
a whole batch, in plain sentences."""

from __future__ import annotations

from pathlib import Path

from duocoder.domain.errors import DiskFullError


def _run(window, qtbot, files: list[Path]):  # type: ignore[no-untyped-def]
    dialog = window.import_files([str(f) for f in files])
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    return dialog


def test_the_summary_names_repaired_bytes_per_file(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    transcript = tmp_path / "Ilse.txt"
    transcript.write_bytes("I: Hoe gaat het?\nR: Het café is zo".encode() + b"\x92n plek.\n")
    dialog = _run(window, qtbot, [transcript])
    summary = dialog.summary.toPlainText()
    assert "1 document imported" in summary
    assert "Imported, but please check these places:" in summary
    assert (
        "Ilse.txt: 1 byte that is not valid UTF-8 was read as Windows-1252: ’ on line 2; "
        "please check that place."
    ) in summary
    dialog.close()


def test_a_full_disk_stops_the_batch_with_its_own_sentence(  # type: ignore[no-untyped-def]
    window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    transcript = tmp_path / "Jan.txt"
    transcript.write_text("R: Dag.", encoding="utf-8")
    project = window.controller.project

    def full(*_args: object, **_kwargs: object) -> object:
        raise DiskFullError("The disk is full, so nothing was imported.")

    monkeypatch.setattr(project, "add_document", full)
    dialog = _run(window, qtbot, [transcript])
    summary = dialog.summary.toPlainText()
    assert "These files could not be imported:\nThe disk is full, so nothing was imported." in (
        summary
    )
    assert "Jan.txt" not in summary  # the transcript is not to blame
    dialog.close()
