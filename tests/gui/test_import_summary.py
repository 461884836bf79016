"""The import dialog's summary tells what was repaired in an imported file, and what stopped
a whole batch, in plain sentences."""

from __future__ import annotations

from pathlib import Path

from duocoder.domain.errors import DiskFullError


def _run(window, qtbot, files: list[Path]):  # type: ignore[no-untyped-def]
    dialog = window.import_files([str(f) for f in files])
    dialog.role.setCurrentIndex(dialog.role.findData("participant"))
    dialog.apply.click()  # no row selected: every row
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
    files = []
    for name in ("Jan", "Kim"):
        files.append(tmp_path / f"{name}.txt")
        files[-1].write_text(f"R: Ik ben {name}.", encoding="utf-8")
    project = window.controller.project
    add_document = project.add_document

    def full_after_one(name: str, *args: object, **kwargs: object) -> object:
        if name == "Kim":
            raise DiskFullError("The disk is full, so nothing more was imported.")
        return add_document(name, *args, **kwargs)

    monkeypatch.setattr(project, "add_document", full_after_one)
    dialog = _run(window, qtbot, files)
    summary = dialog.summary.toPlainText()
    assert "1 document imported." in summary  # what got in before the disk filled up
    assert (
        "These files could not be imported:\nThe disk is full, so nothing more was imported."
    ) in summary
    assert "Kim.txt" not in summary  # the transcript is not to blame
    assert "Import 1 document" in window.actions_.undo.text()
    dialog.close()
