"""Many coders on one team project at once: `python -m bench --only team_load`, or on its own
`python -m bench.team_load --coders 50 --seconds 60 [--mode process|thread] [--think 0]`.

Each simulated coder opens the project itself (`Project.open(url)`, its own connections,
its own coder name) and codes passages, recodes and memos its codings, now and then writes
a memo on somebody else's coding, and undoes its own last step, through the public API,
as fast as it can (or with `--think` seconds between operations). It keeps a ledger of
what it was told succeeded: the codings it made, each recode and memo, and each undo with
what that undo took back. Afterwards the ledgers are checked against the database:

- every coding a coder was told it made, and did not undo, is there, exactly once, with the
  code and memo the coder last gave it (codings someone else wrote a memo on: only there);
- every coding whose making was undone is gone, and no coding is there that nobody made;
- no two codings repeat each other (same document, code, span and coder);
- no memo a coder was told it wrote on another coder's coding was lost to that coder's undo
  (an undo must be refused, `ConflictError`, once someone else changed its rows);
- every undo took back the step the coder expected (its own last one).

It prints throughput and p50/p95/p99 latency per operation and the verification's findings.
Figures, never asserted (`python -m bench` runs it with `--size small`, ~20 s).

Coders are processes by default: on a 2-core machine one process of 50 threads measures
the GIL's queue as much as the server (`--mode thread` shows how much). The server is a
throwaway cluster on loopback (tests/postgres.py) with `synchronous_commit=on` and
`fsync=off`: commits wait for the server's log, not for the disk."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.timing import Result

REPO = Path(__file__).resolve().parents[1]
SIZES = {"small": (6, 6.0), "full": (50, 60.0)}
"""(coders, seconds) per size: the issue asks for 50 coders for 60 s."""

DOCUMENTS, WORDS, CODES = 8, 1_000, 16
MIX = (("code", 35), ("recode", 20), ("memo", 15), ("cross_memo", 5), ("undo", 25))
"""Operations and their weights: what a coding session does most."""

OPS = [name for name, _ in MIX]


# -- one coder ------------------------------------------------------------------------------


@dataclass
class Ledger:
    """What one coder was told, in order: enough to predict its own codings exactly."""

    coder: str
    codings: dict[int, dict[str, Any]] = field(default_factory=dict)  # id -> doc, code, ...
    undone: list[int] = field(default_factory=list)  # codings whose making it undid
    cross: list[dict[str, Any]] = field(default_factory=list)  # memos on others' codings
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    outcomes: Counter[str] = field(default_factory=Counter)  # "op:result"
    unexpected: list[str] = field(default_factory=list)  # first lines of surprising errors
    wrong_undo: list[str] = field(default_factory=list)  # an undo that took another step
    unknown: list[dict[str, Any]] = field(default_factory=list)  # outcome could not be told
    ops: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "coder": self.coder,
            "codings": {str(k): v for k, v in self.codings.items()},
            "undone": self.undone,
            "cross": self.cross,
            "latencies": dict(self.latencies),
            "outcomes": dict(self.outcomes),
            "unexpected": self.unexpected[:20],
            "wrong_undo": self.wrong_undo[:20],
            "unknown": self.unknown,
            "ops": self.ops,
        }


def run_coder(
    url: str, name: str, seconds: float, seed: int, think: float, ready: Callable[[], None]
) -> Ledger:
    """One coder's session: open, wait for the start (`ready` returns then), work for
    `seconds`, close. Every call is timed from before the call to its return."""
    from duocoder.app.project import Project
    from duocoder.domain.errors import (
        ConnectionLostError,
        DuplicateCodingError,
        NotFoundError,
        ProjectBusyError,
    )
    from duocoder.storage.history import StepGoneError
    from duocoder.storage.recorder import ConflictError

    rng = random.Random(seed)
    ledger = Ledger(name)
    weights = [w for _, w in MIX]
    with Project.open(url) as project:
        project.coder = name
        docs = [(d.id, d.chars) for d in project.documents()]
        codes = [c.id for c in project.codes() if c.codable]
        stack: list[tuple[Any, ...]] = []  # this coder's undo steps, as it understands them
        ready()
        deadline = time.perf_counter() + seconds
        if think:  # people do not all click at the same instant: stagger the first action
            time.sleep(rng.uniform(0, think))
        while time.perf_counter() < deadline:
            op = rng.choices(OPS, weights)[0]
            own = list(ledger.codings)
            if op in ("recode", "memo") and not own:
                op = "code"
            if op == "undo" and not stack:
                op = "code"
            started = time.perf_counter()
            result = "ok"
            try:
                if op == "code":
                    doc, length = rng.choice(docs)
                    start = rng.randrange(0, max(1, length - 200))
                    end = start + rng.randint(20, 200)
                    code = rng.choice(codes)
                    cid = project.add_coding(doc, code, start, end)
                    ledger.codings[cid] = {
                        "doc": doc,
                        "code": code,
                        "start": start,
                        "end": end,
                        "memo": None,
                    }
                    stack.append(("add", cid))
                elif op == "recode":
                    cid = rng.choice(own)
                    old = ledger.codings[cid]["code"]
                    new = rng.choice([c for c in codes if c != old])
                    project.recode(cid, new)
                    ledger.codings[cid]["code"] = new
                    stack.append(("recode", cid, old))
                elif op == "memo":
                    cid = rng.choice(own)
                    old = ledger.codings[cid]["memo"]
                    text = f"{name} {ledger.ops} {rng.random():.6f}"
                    project.set_coding_memo(cid, text)
                    ledger.codings[cid]["memo"] = text
                    stack.append(("memo", cid, old))
                elif op == "cross_memo":
                    # someone's coding, probably another coder's: ids are handed out in
                    # order, so a recent id below our own newest is a good guess
                    newest = max(own, default=1)
                    cid = rng.randint(max(1, newest - 200), newest)
                    if cid in ledger.codings:
                        raise _NothingToDoError
                    text = f"{name} on {cid} {ledger.ops}"
                    project.set_coding_memo(cid, text)
                    entry = {"id": cid, "memo": text, "undone": False}
                    ledger.cross.append(entry)
                    stack.append(("cross", len(ledger.cross) - 1))
                else:
                    changes = project.undo()
                    if changes is None:  # the oldest steps are pruned (KEEP_STEPS)
                        stack.clear()
                        result = "nothing"
                    else:
                        step = stack.pop()
                        expected = step[1] if step[0] != "cross" else ledger.cross[step[1]]["id"]
                        if expected not in changes.codings:
                            ledger.wrong_undo.append(f"{step} but undo changed {changes.codings}")
                        _undo_in_ledger(ledger, step)
            except _NothingToDoError:
                continue
            except ConflictError:
                result = "refused (conflict)"
            except StepGoneError:  # pruned by another coder's step just then (KEEP_STEPS)
                stack.clear()
                result = "nothing (pruned meanwhile)"
            except DuplicateCodingError:
                result = "refused (duplicate)"
            except NotFoundError:
                result = "refused (gone)"
            except ProjectBusyError as exc:  # a deadlock broken, or the row went meanwhile
                cause = "deadlock" if "deadlock" in str(exc.__cause__) else "changed meanwhile"
                result = f"refused (busy: {cause})"
            except ConnectionLostError as exc:
                result = "connection lost"
                if exc.saved is None:
                    ledger.unknown.append({"op": op, "message": str(exc)})
            except Exception as exc:  # a load test counts what it meets
                result = f"error {type(exc).__name__}"
                cause = f" ({_first_line(exc.__cause__)})" if exc.__cause__ else ""
                ledger.unexpected.append(f"{op}: {type(exc).__name__}: {_first_line(exc)}{cause}")
            elapsed = time.perf_counter() - started
            ledger.latencies[op].append(elapsed)
            ledger.outcomes[f"{op}: {result}"] += 1
            ledger.ops += 1
            if think:
                time.sleep(rng.expovariate(1 / think))
    return ledger


class _NothingToDoError(Exception):
    """An operation that found nothing to work on; not counted."""


def _undo_in_ledger(ledger: Ledger, step: tuple[Any, ...]) -> None:
    kind = step[0]
    if kind == "add":
        del ledger.codings[step[1]]
        ledger.undone.append(step[1])
    elif kind == "recode":
        ledger.codings[step[1]]["code"] = step[2]
    elif kind == "memo":
        ledger.codings[step[1]]["memo"] = step[2]
    else:
        ledger.cross[step[1]]["undone"] = True


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else ""


# -- the campaign -----------------------------------------------------------------------------


def setup_project(url: str, coders: int) -> None:
    """Documents, a flat codebook and the coders, made before the clock starts."""
    from bench.corpus import generate_corpus
    from duocoder.app.project import Project

    with Project.create(url, name="Load") as project:
        for doc in generate_corpus(DOCUMENTS, WORDS, seed=5):
            project.add_document(doc.name, doc.source(), doc.role, doc.case, doc.duo)
        for i in range(CODES):
            project.add_code(f"Thema {i + 1:02d}")
        for i in range(coders):
            project.add_coder(_name(i))


def _name(i: int) -> str:
    return f"coder{i + 1:02d}"


def run_threads(url: str, coders: int, seconds: float, think: float) -> list[dict[str, Any]]:
    barrier = threading.Barrier(coders)
    out: list[dict[str, Any]] = [{} for _ in range(coders)]

    def work(i: int) -> None:
        ledger = run_coder(url, _name(i), seconds, 1000 + i, think, barrier.wait)
        out[i] = ledger.as_json()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(coders)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def run_processes(url: str, coders: int, seconds: float, think: float) -> list[dict[str, Any]]:
    """One child per coder; each says 'ready' once its project is open, and all start when
    the last one is (so starting 50 interpreters on 2 cores is not in the figures)."""
    with tempfile.TemporaryDirectory() as tmp:
        children = []
        for i in range(coders):
            out = Path(tmp) / f"{i}.json"
            cmd = [sys.executable, "-m", "bench.team_load", "coder", url, _name(i)]
            cmd += [str(seconds), str(1000 + i), str(think), str(out)]
            proc = subprocess.Popen(
                cmd, cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
            )
            children.append((proc, out))
        for proc, _ in children:
            assert proc.stdout is not None
            line = proc.stdout.readline().strip()
            if line != "ready":
                raise RuntimeError(f"a coder did not start (said {line!r})")
        for proc, _ in children:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        ledgers = []
        for proc, out in children:
            proc.wait(timeout=seconds + 120)
            ledgers.append(json.loads(out.read_text()))
        return ledgers


def _child(argv: list[str]) -> int:
    url, name, seconds, seed, think, out = argv

    def ready() -> None:
        print("ready", flush=True)
        sys.stdin.readline()

    ledger = run_coder(url, name, float(seconds), int(seed), float(think), ready)
    Path(out).write_text(json.dumps(ledger.as_json()))
    return 0


# -- verification -----------------------------------------------------------------------------


def verify(url: str, ledgers: list[dict[str, Any]]) -> dict[str, Any]:
    """The database against the ledgers; every finding is a count, and a few examples."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                'SELECT c.id, c.document_id, c.code_id, c.start, c."end", k.name, c.memo '
                "FROM codings c LEFT JOIN coders k ON k.id = c.coder_id"
            )
        ).all()
    engine.dispose()
    actual = {r[0]: r for r in rows}
    problems: dict[str, list[str]] = defaultdict(list)
    keys = Counter((r[1], r[2], r[3], r[4], r[5]) for r in rows)
    for key, n in keys.items():
        if n > 1:
            problems["duplicated codings"].append(f"{key} x{n}")
    crossed = {c["id"] for led in ledgers for c in led["cross"]}
    expected_ids: set[int] = set()
    unknown = sum(len(led["unknown"]) for led in ledgers)
    for led in ledgers:
        coder = led["coder"]
        for sid, want in led["codings"].items():
            cid = int(sid)
            expected_ids.add(cid)
            row = actual.get(cid)
            if row is None:
                problems["acknowledged codings missing"].append(f"{coder} #{cid}")
                continue
            if row[5] != coder:
                problems["codings under the wrong coder"].append(f"#{cid}: {row[5]} not {coder}")
            got = {"doc": row[1], "code": row[2], "start": row[3], "end": row[4]}
            if any(got[k] != want[k] for k in got):
                problems["codings not as last acknowledged"].append(f"{coder} #{cid}: {got}")
            if cid not in crossed and row[6] != want["memo"]:
                problems["memos not as last acknowledged"].append(f"{coder} #{cid}")
        for cid in led["undone"]:
            if cid in actual:
                problems["undone codings still there"].append(f"{coder} #{cid}")
        for entry in led["cross"]:
            if not entry["undone"] and entry["id"] not in actual:
                problems["others' memos lost to an undo"].append(
                    f"{coder}'s memo on #{entry['id']}"
                )
        problems["undo took another step"].extend(led["wrong_undo"])
    stray = set(actual) - expected_ids
    if stray and not unknown:
        problems["codings nobody was told were made"].extend(f"#{i}" for i in sorted(stray))
    found = {k: len(v) for k, v in problems.items() if v}
    return {
        "ok": not found,
        "codings": len(rows),
        "acknowledged_present": len(expected_ids),
        "unknown_outcomes": unknown,
        "problems": found,
        "examples": {k: v[:3] for k, v in problems.items() if v},
    }


# -- figures ----------------------------------------------------------------------------------


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def figures(ledgers: list[dict[str, Any]], seconds: float) -> dict[str, Any]:
    latencies: dict[str, list[float]] = defaultdict(list)
    outcomes: Counter[str] = Counter()
    unexpected: list[str] = []
    for led in ledgers:
        for op, values in led["latencies"].items():
            latencies[op].extend(values)
        outcomes.update(led["outcomes"])
        unexpected.extend(led["unexpected"])
    per_op = {}
    for op in OPS:
        values = latencies.get(op, [])
        if not values:
            continue
        per_op[op] = {
            "n": len(values),
            "per_s": round(len(values) / seconds, 1),
            "p50_ms": round(1000 * _percentile(values, 0.50), 1),
            "p95_ms": round(1000 * _percentile(values, 0.95), 1),
            "p99_ms": round(1000 * _percentile(values, 0.99), 1),
            "mean_ms": round(1000 * statistics.fmean(values), 1),
        }
    total = sum(len(v) for v in latencies.values())
    return {
        "operations": total,
        "ops_per_s": round(total / seconds, 1),
        "per_op": per_op,
        "outcomes": dict(sorted(outcomes.items())),
        "unexpected_errors": len(unexpected),
        "unexpected_examples": sorted(Counter(unexpected).items(), key=lambda x: -x[1])[:5],
    }


def campaign(
    url: str,
    coders: int,
    seconds: float,
    mode: str = "process",
    think: float = 0.0,
    server: Any = None,
) -> dict[str, Any]:
    """Set up the project at `url`, run the coders, verify; everything a report quotes.
    With the `server` (ours, on this machine), also the server's own CPU per operation: on
    a 2-core machine the simulated coders take most of the CPU, and what one server can
    carry is better told by what each operation costs it."""
    setup_project(url, coders)
    run = run_processes if mode == "process" else run_threads
    cpu_before = server_cpu(server)
    started = time.perf_counter()
    ledgers = run(url, coders, seconds, think)
    wall = time.perf_counter() - started
    cpu_after = server_cpu(server)
    report = {
        "coders": coders,
        "seconds": seconds,
        "mode": mode,
        "think_s": think,
        **figures(ledgers, seconds),
        "verification": verify(url, ledgers),
        "wall_s": round(wall, 1),
    }
    if cpu_before is not None and cpu_after is not None and report["operations"]:
        used = cpu_after - cpu_before
        report["server_cpu_s"] = round(used, 2)
        report["server_cpu_ms_per_op"] = round(1000 * used / report["operations"], 2)
    return report


def server_cpu(server: Any) -> float | None:
    """CPU seconds the server has used so far: the postmaster with the backends it reaped,
    and those still running (Linux only; None elsewhere, or without a server of ours)."""
    if server is None:
        return None
    try:
        pid = int((Path(server.folder) / "data" / "postmaster.pid").read_text().split()[0])
        tick = float(os.sysconf("SC_CLK_TCK"))
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total = sum(int(x) for x in fields[11:15])  # utime, stime, cutime, cstime
        for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            with contextlib.suppress(OSError):
                own = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
                total += int(own[11]) + int(own[12])
        return total / tick
    except (OSError, ValueError, IndexError):
        return None


def _server() -> Any:
    """A throwaway server, or the reason there is none."""
    from tests.postgres import PostgresUnavailableError, Server

    try:
        return Server.start(durable=True, max_connections=300)
    except PostgresUnavailableError as exc:
        return str(exc)


def server_log(server: Any) -> dict[str, Any]:
    """What the server logged about the load: deadlocks it broke (and the first one's
    details: which statements waited for which), errors by kind."""
    path = Path(server.folder) / "log"
    lines = path.read_text(errors="replace").splitlines() if path.exists() else []
    errors = Counter(line.split("ERROR:", 1)[1].strip()[:80] for line in lines if "ERROR:" in line)
    first: list[str] = []
    for i, line in enumerate(lines):
        if "deadlock detected" in line:
            first = [x.split(":", 3)[-1].strip()[:200] for x in lines[i : i + 8]]
            break
    return {"errors": dict(errors.most_common(8)), "first_deadlock": first}


def team_load(size: str) -> Result:
    """Coders on one team project at once (small: 6 coders × 6 s; full: 50 × 60 s): code,
    recode, memo, undo; throughput, p50/p95/p99 per operation, and a check that every
    acknowledged change is there once and no undo took another coder's work. Baseline: one
    coder alone on the same server, same mix (its p95 of coding a passage)."""
    coders, seconds = SIZES[size]
    server = _server()
    if isinstance(server, str):
        print(f"team_load: skipped, no PostgreSQL server could be started: {server}", flush=True)
        return Result(0.0, "skipped", 0.0, {"skipped": server})
    try:
        alone = campaign(server.new_database(), 1, min(seconds, 3.0), "thread", 0.0, server)
        many = campaign(server.new_database(), coders, seconds, "process", 0.0, server)
        many["server_log"] = server_log(server)
    finally:
        server.stop()
    ours = many["per_op"]["code"]["p95_ms"] / 1000
    base = alone["per_op"]["code"]["p95_ms"] / 1000
    many["alone"] = {
        k: alone.get(k) for k in ("ops_per_s", "per_op", "verification", "server_cpu_ms_per_op")
    }
    return Result(ours, "one coder alone, p95 of coding a passage", base, many)


SCENARIOS: dict[str, Callable[[str], Result]] = {"team_load": team_load}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["coder"]:
        return _child(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m bench.team_load", description=__doc__)
    parser.add_argument("--coders", type=int, default=SIZES["full"][0])
    parser.add_argument("--seconds", type=float, default=SIZES["full"][1])
    parser.add_argument("--mode", choices=["process", "thread"], default="process")
    parser.add_argument("--think", type=float, default=0.0, help="mean pause between operations")
    parser.add_argument("--url", help="an existing, empty database (default: a throwaway server)")
    args = parser.parse_args(argv)
    server = None
    url = args.url
    if url is None:
        server = _server()
        if isinstance(server, str):
            print(f"team_load: skipped, no PostgreSQL server could be started: {server}")
            return 0
        url = server.new_database()
    try:
        report = campaign(url, args.coders, args.seconds, args.mode, args.think, server)
        if server is not None:
            report["server_log"] = server_log(server)
    finally:
        if server is not None:
            server.stop()
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0 if report["verification"]["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
