"""Benchmarks of the window, run headless: what a researcher feels as speed and memory.

Each scenario drives the real `MainWindow` on Qt's offscreen platform and reports its figure
beside a baseline measured in the same run: the same text shown without any formatting, the
same highlight written without the core, an idle event loop, an empty window. Budgets are
in the docstrings; like the other benchmarks they are reported, not asserted.

The memory scenario measures in a child process (`python -m bench.gui_scenarios rss PATH`),
so the corpus generated to build its project does not count as the window's memory."""

from __future__ import annotations

import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.corpus import GeneratedDocument, generate_corpus, write_txt
from bench.timing import Result, best_of

TRANSCRIPT_WORDS = 20_000
TRANSCRIPT_CODINGS = 1_500
IMPORT_FILES = {"small": (100, 1_000), "full": (100, 8_000)}  # files, words per file
MEMORY_PROJECT = {"small": (50, 2_000), "full": (500, 8_000)}  # documents, words each
MEMORY_CODINGS = 40  # per document
TICK_MS = 10


def _qt() -> Any:
    """The QApplication, offscreen, with settings kept away from the user's own."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    from duocoder.gui.app import make_app

    app = make_app()
    from PySide6.QtCore import QSettings

    QSettings().clear()
    return app


def _source(doc: GeneratedDocument) -> Any:
    """The corpus text as a reader would hand it over: one paragraph per line."""
    from duocoder.domain.text import canonical

    assert canonical(doc.text) == doc.text, "the generated corpus is expected to be canonical"
    return doc.source()


def _build_project(path: Path, docs: list[GeneratedDocument]) -> None:
    """A project made with the core API: each document with its generated codings."""
    from duocoder.app.project import CodingSpec, Project

    with Project.create(path) as project:
        for doc in docs:
            info = project.add_document(doc.name, _source(doc), doc.role, doc.case, doc.duo)
            specs = [CodingSpec(info.id, a, b, code) for a, b, code in doc.codings]
            if specs:
                project.add_codings(specs, create_codes=True)
        project.history.clear()


def _window(path: Path) -> Any:
    from duocoder.gui.shell.main_window import MainWindow

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    assert window.open_project(str(path))
    return window


def _long_transcript(tmp: Path) -> tuple[Path, GeneratedDocument]:
    doc = generate_corpus(1, TRANSCRIPT_WORDS, seed=3, codings_per_document=TRANSCRIPT_CODINGS)[0]
    path = tmp / "long.duocoder"
    _build_project(path, [doc])
    return path, doc


def _paint(window: Any) -> None:
    """Draw the transcript and its margins now, as the screen would on the next frame."""
    window.transcript.viewport().repaint()
    window.transcript.brackets.repaint()
    window.transcript.gutter.repaint()


def gui_open_transcript(size: str) -> Result:
    """Show a 20,000-word interview with 1,500 codings, highlighted, in the window
    (budget: ≤ 300 ms; baseline: the same text set as plain text and painted)."""
    app = _qt()
    with tempfile.TemporaryDirectory() as tmp:
        path, doc = _long_transcript(Path(tmp))
        window = _window(path)
        doc_id = window.controller.project.documents()[0].id
        app.processEvents()

        def ours() -> None:
            window.show_document(doc_id)
            _paint(window)

        def plain() -> None:
            window.transcript.setPlainText(doc.text)
            _paint(window)

        baseline = best_of(plain, 5)
        seconds = best_of(ours, 5)
        shown = len(window.transcript.segments)
        window.set_project(None)
        window.close()
    return Result(
        seconds,
        "the same text set as plain text and painted, without formatting",
        baseline,
        {"words": TRANSCRIPT_WORDS, "codings": shown, "includes": "reading from the core"},
    )


def gui_apply_code(size: str) -> Result:
    """Apply a code to a selected passage in that interview until the view shows it
    (budget: ≤ 50 ms; median of 15; baseline: the same highlight merged into the text
    without the core, and painted)."""
    from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

    app = _qt()
    with tempfile.TemporaryDirectory() as tmp:
        path, doc = _long_transcript(Path(tmp))
        window = _window(path)
        project = window.controller.project
        window.show_document(project.documents()[0].id)
        app.processEvents()
        code = next(c.id for c in project.codes() if c.codable and c.parent_id is not None)
        view = window.transcript
        step = max(1, len(doc.text) // 16)
        passages = [(i * step + 40, i * step + 160) for i in range(15)]

        def select(a: int, b: int) -> None:
            cursor = view.textCursor()
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            view.setTextCursor(cursor)

        times = []
        for a, b in passages:
            select(a, b)
            start = time.perf_counter()
            assert window.coding.apply_code(code) is not None
            _paint(window)
            times.append(time.perf_counter() - start)
        assert len(view.segments) == TRANSCRIPT_CODINGS + len(passages)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#8ecae6"))
        base = []
        for a, b in passages:
            start = time.perf_counter()
            select(a + 1, b + 1)
            view.textCursor().mergeCharFormat(fmt)
            _paint(window)
            base.append(time.perf_counter() - start)
        window.set_project(None)
        window.close()
    return Result(
        statistics.median(times),
        "the same highlight merged into the text without the core, and painted",
        statistics.median(base),
        {
            "words": TRANSCRIPT_WORDS,
            "codings": TRANSCRIPT_CODINGS,
            "applied": len(times),
            "slowest_seconds": round(max(times), 4),
            "includes": "storing the coding, code tree and document counts, highlight",
        },
    )


def _max_tick_gap(app: Any, until: Any, timeout: float) -> tuple[float, int]:
    """Run the event loop with a 10 ms timer until `until()`; the longest gap between
    ticks is the longest time the window could not react to anything."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticks.append(time.perf_counter())
    timer.start()
    deadline = time.perf_counter() + timeout
    while not until() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    ticks.append(time.perf_counter())
    return max(b - a for a, b in itertools.pairwise(ticks)), len(ticks)


def gui_import_responsiveness(size: str) -> Result:
    """Import 100 transcripts through the import dialog's worker; report the longest time
    the GUI thread was blocked, as the longest gap between the ticks of a 10 ms timer
    (budget: ≤ 100 ms; baseline: the same timer on an idle window for one second)."""
    app = _qt()
    from duocoder.app.project import Project

    files, words = IMPORT_FILES[size]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for i, doc in enumerate(generate_corpus(files, words, seed=5)):
            paths.append(folder / f"interview {i + 1:03d}.txt")
            write_txt(doc, paths[-1])
        Project.create(folder / "import.duocoder").close()
        window = _window(folder / "import.duocoder")
        app.processEvents()
        idle = time.perf_counter()
        baseline, _ = _max_tick_gap(app, lambda: time.perf_counter() - idle > 1.0, 2.0)
        dialog = window.import_files([str(p) for p in paths])
        app.processEvents()
        dialog.role.setCurrentIndex(dialog.role.findData("participant"))
        dialog.apply_to_rows()  # the names say no role: one for all rows, as a researcher would
        assert not dialog.table.problems(), dialog.table.problems()
        started = time.perf_counter()
        dialog.start_import()
        gap, ticks = _max_tick_gap(app, lambda: dialog.report is not None, 600.0)
        duration = time.perf_counter() - started
        report = dialog.report
        assert report is not None and len(report.imported) == files, report
        app.processEvents()
        shown = len(window.documents.model.documents())
        dialog.accept()
        window.set_project(None)
        window.close()
    return Result(
        gap,
        "the longest gap of the same 10 ms timer on the idle window (1 s)",
        baseline,
        {
            "files": files,
            "words_per_file": words,
            "import_seconds": round(duration, 2),
            "ticks": ticks,
            "documents_listed": shown,
        },
    )


def _rss_mb() -> float:
    """Resident memory now (VmRSS), in MB; the peak from getrusage where /proc is absent."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _measure_rss(path: str) -> dict[str, float]:
    """In a fresh process: memory of an empty window, then of the window on the project."""
    app = _qt()
    from duocoder.app.project import Project
    from duocoder.gui.shell.main_window import MainWindow

    start = time.perf_counter()
    with Project.open(path) as p:
        p.documents()
        p.codes()
    core = time.perf_counter() - start
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    empty = _rss_mb()
    start = time.perf_counter()
    assert window.open_project(path)
    app.processEvents()
    opened = time.perf_counter() - start
    window.documents.tree.expandAll()
    app.processEvents()
    return {
        "rss_mb": round(_rss_mb(), 1),
        "baseline_rss_mb": round(empty, 1),
        "open_seconds": opened,
        "core_seconds": core,
        "documents": len(window.documents.model.documents()),
    }


def gui_memory_project(size: str) -> Result:
    """Open the window on a project of 500 documents (small: 50) with 40 codings each and
    report its memory (budget: ≤ 500 MB resident; baseline: the empty window). The seconds
    are the time to open the project in the window, beside the core opening it alone."""
    documents, words = MEMORY_PROJECT[size]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.duocoder"
        docs = generate_corpus(documents, words, seed=13, codings_per_document=MEMORY_CODINGS)
        _build_project(path, docs)
        del docs
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run(
            [sys.executable, "-m", "bench.gui_scenarios", "rss", str(path)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=Path(__file__).resolve().parents[1],
        ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    assert figures["documents"] == documents, figures
    return Result(
        figures["open_seconds"],
        "the core opening the project and listing documents and codes",
        figures["core_seconds"],
        {
            "documents": documents,
            "words_per_document": words,
            "codings_per_document": MEMORY_CODINGS,
            "rss_mb": figures["rss_mb"],
            "baseline_rss_mb": figures["baseline_rss_mb"],
            "budget_mb": 500,
        },
    )


if __name__ == "__main__":  # the child process of gui_memory_project
    if len(sys.argv) == 3 and sys.argv[1] == "rss":
        print(json.dumps(_measure_rss(sys.argv[2])), flush=True)
        os._exit(0)  # skip Qt's teardown: nothing is left to measure
    sys.exit("usage: python -m bench.gui_scenarios rss PROJECT")
