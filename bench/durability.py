"""Durability under SIGKILL and under two writers: what a researcher is promised when the
laptop's battery dies or when the window and a script change the same project.

`kill9`: a child process makes random edits (add a document, code a passage, rename a code,
remove a coding, import a codebook, import a batch of transcripts, undo) and prints an
acknowledgement with a fingerprint of the project after every commit; the parent kills it
with SIGKILL at a random moment, opens the project with the app and requires
`integrity_check` to be ok and the project to equal the last acknowledged state, or the
next one (committed, killed before it could print). The edits are a pure function of a seed
and the project, so the parent finds "the next one" by replaying the same seed on a copy of
the starting project. Kills during `duocoder new --codebook` must leave no project at all or
a complete one.

`two_writers`: two processes add and remove codings on one project at the same time, each
logging what it was told was committed; afterwards every acknowledged coding is there once,
and nothing else is.

Both print counts a report can quote, and a baseline from the same run: the same edits
without kills, and one writer alone.

The children are this module run as a program (`python -m bench.durability edits|writer`).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bench.timing import Result

if TYPE_CHECKING:  # imported where used, so that listing the benchmarks stays quick
    from duocoder.app.project import Project

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = REPO / "codebooks" / "duowerkingen.qdc"

KILLS = {"small": 10, "full": 100}
NEW_KILLS = {"small": 3, "full": 20}
WRITER_SECONDS = {"small": 3.0, "full": 30.0}

MAX_COMMITS = 60
"""A child stops by itself after this many commits; kills land well before (≤ 30)."""

_WORDS = (
    "we", "wandelen", "elke", "week", "samen", "en", "praten", "over", "vroeger", ",", "de",
    "buurt", ",", "haar", "kinderen", "en", "het", "werk", ";", "soms", "is", "het",
    "moeilijk", "maar", "meestal", "gaat", "het", "goed",
)  # fmt: skip
_CODES = ("Verbinding", "Obstakels", "Uitkomsten", "Thema/Eenzaamheid", "Thema/Vertrouwen")
_ROLES = ("participant", "volunteer", "coordinator")


# -- the edits ---------------------------------------------------------------------------------


def fingerprint(project: Project) -> str:
    """What a researcher would see of the project, hashed: documents, the code tree and the
    codings, by id. Times, colours and GUIDs are left out: they differ between two runs of the
    same edits, and the replay must reproduce the fingerprints exactly."""
    docs = [
        (d.id, d.name, d.role.value, d.case, d.duo, d.chars, d.paragraphs)
        for d in project.documents()
    ]
    codes = [(c.id, c.parent_id, c.path, c.position, c.codable) for c in project.codes()]
    codings = sorted(
        (s.id, s.doc_id, s.code_id, s.start, s.end, s.memo) for s in project.segments()
    )
    return hashlib.sha256(repr((docs, codes, codings)).encode()).hexdigest()[:16]


def _text(rng: random.Random, turns: int) -> str:
    lines = []
    for t in range(turns):
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 30)))
        lines.append(f"{'IR'[t % 2]}: {words.capitalize()}.")
    return "\n\n".join(lines) + "\n"


class _StopReplayError(Exception):
    """Ends a replay once it has the commits it was asked for."""


def run_edits(
    project_path: Path, seed: int, data: Path, commit: Callable[[str], None], limit: int
) -> None:
    """Make random edits on the project, calling `commit(fingerprint)` after each commit
    (each file of a batch import is a commit of its own). The choices depend only on
    `seed` and the project's contents, so the same seed on the same project makes the same
    edits, commits and fingerprints."""
    from duocoder.app.project import Project
    from duocoder.domain.errors import DuoCoderError
    from duocoder.io.readers import read_source

    rng = random.Random(seed)
    data.mkdir(parents=True, exist_ok=True)
    count = 0

    with Project.open(project_path) as p:

        def done() -> None:
            nonlocal count
            count += 1
            commit(fingerprint(p))

        for i in range(limit):
            if count >= limit:
                return
            kind = rng.choices(
                ("code", "uncode", "document", "rename", "codebook", "batch", "undo"),
                weights=(4, 2, 1, 1, 1, 1, 2),
            )[0]
            docs = sorted(d.id for d in p.documents())
            try:
                if kind == "code" and docs:
                    doc = p.document(rng.choice(docs))
                    start = rng.randrange(0, doc.chars - 1)
                    end = min(doc.chars, start + rng.randint(1, 60))
                    p.add_coding(doc.id, rng.choice(_CODES), start, end, create_code=True)
                elif kind == "uncode" and (ids := sorted(s.id for s in p.segments())):
                    p.remove_coding(rng.choice(ids))
                elif kind == "rename":
                    code = rng.choice(sorted(c.id for c in p.codes()))
                    p.rename_code(code, f"Hernoemd {seed}-{i}")
                elif kind == "codebook":
                    book = data / f"codes{i}.csv"
                    book.write_text(f"path\nImport {i}/A\nImport {i}/B\n", encoding="utf-8")
                    p.import_codebook_file(book)
                elif kind == "batch":
                    files = []
                    for j in range(3):
                        files.append(data / f"batch{i}-{j}.txt")
                        files[-1].write_text(_text(rng, 6), encoding="utf-8")

                    def progress(index: int, _total: int, _name: str) -> None:
                        if index:  # the file before this one is committed
                            done()

                    p.import_files(files, rng.choice(_ROLES), f"Case {i % 3}", progress=progress)
                    continue
                elif kind == "undo":
                    p.undo()
                else:  # "document", and the kinds above that found nothing to work on
                    name = f"doc{i}"
                    source = read_source(f"{name}.txt", _text(rng, 8).encode())
                    p.add_document(name, source, rng.choice(_ROLES), "Case A", f"Duo {i % 4}")
            except DuoCoderError:
                pass  # refused, as the replay's will be: nothing changed
            done()


def _edits_child(args: argparse.Namespace) -> int:
    # imported before "ready", so the timing of the first commits is not the imports'
    import duocoder.app.project
    import duocoder.io.codelist
    import duocoder.io.readers  # noqa: F401

    def acknowledge(fp: str) -> None:
        print(f"ack {fp}", flush=True)

    print("ready", flush=True)
    run_edits(Path(args.project), args.seed, Path(args.data), acknowledge, args.limit)
    print("done", flush=True)
    return 0


def replay(start: Path, seed: int, commits: int, work: Path) -> list[str]:
    """The fingerprints of the starting project and of its first `commits` commits with
    `seed`, made in this process on a copy (fewer if the edits end sooner)."""
    from duocoder.app.project import Project

    work.mkdir(parents=True, exist_ok=True)
    copy = work / "replay.duocoder"
    shutil.copyfile(start, copy)
    with Project.open(copy) as p:
        prints = [fingerprint(p)]

    def record(fp: str) -> None:
        prints.append(fp)
        if len(prints) > commits:
            raise _StopReplayError

    with suppress(_StopReplayError):
        run_edits(copy, seed, work / "data", record, MAX_COMMITS)
    return prints


def starting_project(path: Path) -> Path:
    """The project every kill run starts from: the research codebook and two interviews."""
    from duocoder.app.project import Project
    from duocoder.io.readers import read_source

    rng = random.Random(1)
    with Project.create(path) as p:
        p.import_codebook_file(CODEBOOK)
        for name, role in (("Anna", "participant"), ("Bert", "volunteer")):
            source = read_source(f"{name}.txt", _text(rng, 12).encode())
            p.add_document(name, source, role, "Buurtwerk", "Duo 1")
    return path


# -- kill -9 -----------------------------------------------------------------------------------


@dataclass
class KillStats:
    runs: int = 0
    intact: int = 0
    at_last_ack: int = 0
    at_next_commit: int = 0
    lost: int = 0
    corrupt: int = 0
    acknowledged: int = 0
    finished_before_kill: int = 0
    ack_seconds: float = 0.0
    timed_acks: int = 0
    new_runs: int = 0
    new_absent: int = 0
    new_complete: int = 0
    new_broken: int = 0
    new_left_hidden_build: int = 0
    """Runs after which the half-built hidden file (.NAME.*.creating.duocoder) stays behind."""
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.corrupt or self.new_broken or self.failures)


class _Child:
    """This module run as a child process. Its stdout is read line by line, its stderr goes
    to a file: with a second pipe, reading the rest would need `communicate()`, which reads
    past what `readline()` has already buffered and would drop acknowledgements."""

    def __init__(self, *args: str) -> None:
        self._err = tempfile.TemporaryFile()  # noqa: SIM115 (closed in finish)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.durability", *args],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._err,
            text=True,
            bufsize=1,
        )

    def readline(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline()

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def finish(self, *, kill: bool, timeout: float = 600) -> tuple[str, str]:
        """SIGKILL it (TerminateProcess on Windows) or let it end, killing it after
        `timeout` seconds; then (the rest of its stdout, its stderr)."""
        assert self.proc.stdout is not None and self.proc.stdin is not None
        if kill:
            self.proc.kill()
        timer = threading.Timer(timeout, self.proc.kill)
        timer.start()
        try:
            rest = self.proc.stdout.read()
            self.proc.wait()
        finally:
            timer.cancel()
        with suppress(OSError):
            self.proc.stdin.close()
        self.proc.stdout.close()
        self._err.seek(0)
        err = self._err.read().decode("utf-8", "replace")
        self._err.close()
        return rest, err


def _acks(printed: str) -> list[str]:
    """Fingerprints of the complete acknowledgement lines: a line cut off by the kill was
    never seen by anyone, so it acknowledges nothing."""
    complete = printed.split("\n")[:-1]
    return [line.split()[1] for line in complete if line.startswith("ack ")]


def _state(path: Path) -> tuple[str | None, str]:
    """(fingerprint, "ok") as the app sees the project after the crash, or (None, why)."""
    from duocoder.app.project import Project
    from duocoder.domain.errors import DuoCoderError

    try:
        with Project.open(path) as p:
            fp = fingerprint(p)
    except DuoCoderError as exc:
        return None, str(exc)
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    return fp, check


def _read_acks(child: _Child, target: int | None) -> tuple[str, float, int]:
    """Read until `target` acknowledgements (None: to the end); (what was read, seconds from
    the first acknowledgement to the last, commits in that time). Timing from the first
    leaves out starting Python and opening the project."""
    printed = ""
    first = last = 0.0
    seen = 0
    while target is None or seen < target:
        line = child.readline()
        if not line:
            break
        printed += line
        if line.startswith("ack ") and line.endswith("\n"):
            last = time.perf_counter()
            first = first or last
            seen += 1
    return printed, last - first, max(0, seen - 1)


def time_edits(start: Path, seed: int, commits: int, work: Path) -> float:
    """Seconds per commit of the edits with `seed`, run to the end in a child: the baseline
    the killed runs are compared with."""
    work.mkdir(parents=True, exist_ok=True)
    project = work / "p.duocoder"
    shutil.copyfile(start, project)
    child = _Child("edits", str(project), str(seed), str(work / "data"), str(commits))
    ready = child.readline()
    printed, seconds, timed = _read_acks(child, None)
    _, err = child.finish(kill=False)
    if ready != "ready\n" or child.proc.returncode != 0 or not printed.endswith("done\n"):
        raise RuntimeError(f"the edits child failed: {err.strip()[-2000:]}")
    return seconds / max(1, timed)


def kill_edits(start: Path, runs: int, seed: int, work: Path, per_commit: float) -> KillStats:
    """`runs` children killed after a random number of commits plus a random fraction of
    one more: the kill lands anywhere inside an edit, its commit, or its acknowledgement."""
    rng = random.Random(seed)
    stats = KillStats()
    for run in range(runs):
        folder = work / f"run{run}"
        folder.mkdir(parents=True)
        project = folder / "p.duocoder"
        shutil.copyfile(start, project)
        run_seed = seed * 1000 + run
        target = rng.randint(0, 30)
        child = _Child("edits", str(project), str(run_seed), str(folder / "data"), str(MAX_COMMITS))
        if child.readline() != "ready\n":
            _, err = child.finish(kill=True)
            stats.failures.append(f"run {run}: the child did not start: {err.strip()[-500:]}")
            continue
        printed, seconds, timed = _read_acks(child, target)
        stats.ack_seconds += seconds
        stats.timed_acks += timed
        time.sleep(rng.uniform(0, 1.5 * per_commit))
        rest, err = child.finish(kill=True)
        acked = _acks(printed + rest)
        stats.runs += 1
        stats.acknowledged += len(acked)
        if printed.endswith("done\n") or rest.endswith("done\n"):
            stats.finished_before_kill += 1
        expected = replay(start, run_seed, len(acked) + 1, folder / "replay")
        if expected[1 : len(acked) + 1] != acked:
            stats.failures.append(f"run {run}: the replay differs from the child's edits")
            continue
        fp, check = _state(project)
        if fp is None or check != "ok":
            stats.corrupt += 1
            stats.failures.append(f"run {run}: {check}")
        elif fp == expected[len(acked)]:
            stats.intact += 1
            stats.at_last_ack += 1
        elif len(expected) > len(acked) + 1 and fp == expected[len(acked) + 1]:
            stats.intact += 1
            stats.at_next_commit += 1
        else:
            stats.lost += 1
            where = expected.index(fp) if fp in expected else "none"
            stats.failures.append(
                f"run {run}: after {len(acked)} acknowledged commits the project matches "
                f"commit {where}"
            )
    return stats


def _new(path: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "duocoder", "new", str(path), "--codebook", str(CODEBOOK)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def time_new(work: Path) -> tuple[float, float, int]:
    """(seconds for `duocoder new --codebook`, of which building the file, code count)."""
    from duocoder.app.project import Project

    work.mkdir(parents=True)
    path = work / "p.duocoder"
    began = time.perf_counter()
    proc = _new(path)
    appeared = None
    while proc.poll() is None:
        if appeared is None and any(work.iterdir()):
            appeared = time.perf_counter()
        time.sleep(0.001)
    ended = time.perf_counter()
    with Project.open(path) as p:
        codes = len(p.codes())
    return ended - began, ended - (appeared or began), codes


def kill_new(runs: int, seed: int, work: Path, building: float, codes: int, stats: KillStats):
    """Kill `new --codebook` while its file is being built: afterwards there is no project,
    or a complete one."""
    from duocoder.app.project import Project
    from duocoder.domain.errors import DuoCoderError

    rng = random.Random(seed)
    for run in range(runs):
        folder = work / f"new{run}"
        folder.mkdir(parents=True)
        path = folder / "p.duocoder"
        proc = _new(path)
        deadline = time.monotonic() + 60
        while not any(folder.iterdir()) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, building))
        proc.kill()
        proc.wait()
        stats.new_runs += 1
        stats.new_left_hidden_build += any(p.name != path.name for p in folder.iterdir())
        if not path.exists():
            stats.new_absent += 1
            continue
        try:
            with Project.open(path) as p:
                found = len(p.codes())
        except DuoCoderError as exc:
            found = -1
            stats.failures.append(f"new {run}: {exc}")
        if found == codes:
            stats.new_complete += 1
        else:
            stats.new_broken += 1
            stats.failures.append(f"new {run}: a project with {found} codes, not {codes}")


def kill_campaign(runs: int, new_runs: int, seed: int = 7) -> tuple[KillStats, float]:
    """Everything `kill9` measures: (the kill statistics, baseline seconds per commit)."""
    with tempfile.TemporaryDirectory(prefix="duocoder-kill9-") as tmp:
        work = Path(tmp)
        start = starting_project(work / "start.duocoder")
        per_commit = time_edits(start, seed, 30, work / "baseline")
        stats = kill_edits(start, runs, seed, work / "edits", per_commit)
        if new_runs:
            _, building, codes = time_new(work / "new-baseline")
            kill_new(new_runs, seed, work / "new", building, codes, stats)
    return stats, per_commit


def kill9(size: str) -> Result:
    """SIGKILL during random edits and `new`: each project intact, none lost or corrupt.

    Small: 10 kills during edits and 3 during `new --codebook`; full: 100 and 20. Intact
    means `integrity_check` ok and the state of the last acknowledged commit or the next."""
    stats, per_commit = kill_campaign(KILLS[size], NEW_KILLS[size])
    per_ack = stats.ack_seconds / max(1, stats.timed_acks)
    params = asdict(stats)
    params["edits_per_s"] = round(1 / per_ack, 1) if per_ack else None
    params["baseline_edits_per_s"] = round(1 / per_commit, 1)
    params["failures"] = stats.failures[:10]
    params.pop("ack_seconds")
    params.pop("timed_acks")
    return Result(per_ack, "seconds per commit of the same edits without kills", per_commit, params)


# -- two writers -------------------------------------------------------------------------------


def _writer_child(args: argparse.Namespace) -> int:
    """Add codings tagged `NAME-i` in the memo, and remove some of our own, until the time is
    up; log each change only after it was committed (a change refused as busy is logged as
    refused: the user was told it did not happen)."""
    from duocoder.app.project import Project
    from duocoder.domain.errors import DuoCoderError

    rng = random.Random(args.seed)
    with Project.open(args.project) as p, open(args.log, "w", encoding="utf-8") as log:
        doc = p.documents()[0]
        print("ready", flush=True)
        sys.stdin.readline()
        deadline = time.monotonic() + args.seconds
        mine: list[tuple[str, int]] = []
        i = 0
        while time.monotonic() < deadline:
            i += 1
            if mine and rng.random() < 0.3:
                tag, coding = mine.pop(rng.randrange(len(mine)))
                try:
                    p.remove_coding(coding)
                except DuoCoderError:
                    log.write(f"refused {tag}\n")
                    mine.append((tag, coding))
                else:
                    log.write(f"del {tag}\n")
            else:
                tag = f"{args.name}-{i}"
                start = rng.randrange(0, doc.chars - 1)
                end = min(doc.chars, start + rng.randint(1, 80))
                code = rng.choice(_CODES[:3])
                try:
                    coding = p.add_coding(doc.id, code, start, end, coder=args.name, memo=tag)
                except DuoCoderError:
                    log.write(f"refused {tag}\n")
                else:
                    mine.append((tag, coding))
                    log.write(f"add {tag}\n")
            log.flush()
    print("done", flush=True)
    return 0


@dataclass
class WriterStats:
    writers: int
    seconds: float
    added: int = 0
    removed: int = 0
    refused: int = 0
    expected: int = 0
    present: int = 0
    lost: int = 0
    duplicated: int = 0
    phantom: int = 0
    by_writer: dict[str, int] = field(default_factory=dict)
    """Acknowledged changes per writer: both must get their turn."""
    failures: list[str] = field(default_factory=list)

    @property
    def ops(self) -> int:
        return self.added + self.removed

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.phantom or self.failures)


def run_writers(project: Path, writers: int, seconds: float, seed: int = 3) -> WriterStats:
    """`writers` processes on one project for `seconds`; then compare what they were told
    with what the project holds."""
    from duocoder.app.project import Project

    logs = [project.with_name(f"{project.stem}.w{n}.log") for n in range(writers)]
    children = [
        _Child("writer", str(project), f"w{n}", str(seconds), str(seed + n), str(log))
        for n, log in enumerate(logs)
    ]
    stats = WriterStats(writers, seconds)
    ready = [child.readline() == "ready\n" for child in children]
    for child, ok in zip(children, ready, strict=True):
        if ok:
            child.send("go")
    for child, ok in zip(children, ready, strict=True):
        out, err = child.finish(kill=not ok, timeout=seconds + 120)
        if not ok or child.proc.returncode != 0 or not out.endswith("done\n"):
            stats.failures.append(f"a writer failed: {err.strip()[-500:]}")
    expected: set[str] = set()
    for log in logs:
        lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        for line in lines:
            kind, _, tag = line.partition(" ")
            if kind in ("add", "del"):
                writer = tag.partition("-")[0]
                stats.by_writer[writer] = stats.by_writer.get(writer, 0) + 1
            if kind == "add":
                stats.added += 1
                expected.add(tag)
            elif kind == "del":
                stats.removed += 1
                expected.discard(tag)
            elif kind == "refused":
                stats.refused += 1
    with Project.open(project) as p:
        memos = Counter(s.memo for s in p.segments() if s.memo)
    stats.expected = len(expected)
    stats.present = sum(1 for tag in expected if memos[tag])
    stats.lost = len(expected) - stats.present
    stats.duplicated = sum(1 for n in memos.values() if n > 1)
    stats.phantom = sum(1 for tag in memos if tag not in expected)
    return stats


def writer_campaign(seconds: float) -> tuple[WriterStats, WriterStats]:
    """(two writers, one writer alone), each on a fresh copy of the same project."""
    with tempfile.TemporaryDirectory(prefix="duocoder-writers-") as tmp:
        work = Path(tmp)
        start = starting_project(work / "start.duocoder")
        results = []
        for writers in (2, 1):
            project = work / f"p{writers}.duocoder"
            shutil.copyfile(start, project)
            results.append(run_writers(project, writers, seconds))
    return results[0], results[1]


def two_writers(size: str) -> Result:
    """Two processes code and uncode one project at once: nothing lost or duplicated.

    Small: 3 s, full: 30 s. Every coding a writer was told was added is present exactly
    once, every one it was told was removed is gone, and nothing else is there."""
    seconds = WRITER_SECONDS[size]
    two, one = writer_campaign(seconds)
    params = asdict(two)
    params["edits_per_s"] = round(two.ops / seconds, 1)
    params["baseline_edits_per_s"] = round(one.ops / seconds, 1)
    params["baseline_ok"] = one.ok
    params["failures"] = two.failures[:10] + one.failures[:10]
    return Result(
        seconds / max(1, two.ops),
        "seconds per committed change of one writer alone",
        seconds / max(1, one.ops),
        params,
    )


SCENARIOS: dict[str, Callable[[str], Result]] = {"kill9": kill9, "two_writers": two_writers}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.durability")
    sub = parser.add_subparsers(dest="role", required=True)
    e = sub.add_parser("edits", help="make random edits, acknowledging each commit")
    e.add_argument("project")
    e.add_argument("seed", type=int)
    e.add_argument("data")
    e.add_argument("limit", type=int)
    w = sub.add_parser("writer", help="add and remove codings for a while")
    w.add_argument("project")
    w.add_argument("name")
    w.add_argument("seconds", type=float)
    w.add_argument("seed", type=int)
    w.add_argument("log", help="where to log each committed change")
    args = parser.parse_args(argv)
    return _edits_child(args) if args.role == "edits" else _writer_child(args)


if __name__ == "__main__":
    raise SystemExit(main())
