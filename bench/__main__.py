"""DuoCoder's benchmarks: `python -m bench [--size small|full] [--only NAME]`.

Each scenario prints one JSON object per line, `{"name", "seconds", "baseline",
"baseline_seconds", "ratio", "params"}`: our figure beside a baseline measured in the same
run on the same data, so figures compare across machines and versions. Budgets (2-core
laptop) are in each scenario's docstring; they are reported, not asserted."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from bench.privacy_detection import SCENARIOS as PRIVACY_SCENARIOS
from bench.scenarios import SCENARIOS as CORE_SCENARIOS
from bench.scenarios import Result

SCENARIOS: dict[str, Callable[[str], Result]] = {**CORE_SCENARIOS, **PRIVACY_SCENARIOS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--size", choices=["small", "full"], default="full")
    parser.add_argument("--only", action="append", help="run only this scenario (repeatable)")
    parser.add_argument("--list", action="store_true", help="list the scenarios")
    args = parser.parse_args(argv)
    chosen: dict[str, Callable[[str], Result]] = {
        name: fn for name, fn in SCENARIOS.items() if not args.only or name in args.only
    }
    if args.list:
        for name, fn in SCENARIOS.items():
            print(f"{name}: {(fn.__doc__ or '').strip().splitlines()[0]}")
        return 0
    if not chosen:
        print(f"no scenario named {args.only}; try --list", file=sys.stderr)
        return 2
    for name, fn in chosen.items():
        result = fn(args.size)
        print(json.dumps({"name": name, **result.as_dict()}, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
