#!/usr/bin/env python3
"""Compares the scorer's --json report with the pinned floors; exits 1 when a figure is below its floor.

Usage: check_floors.py FLOORS.json REPORT.json
A floor whose figure is missing from the report fails too: a scorer that stopped reporting
a figure must not pass silently.
"""
import json
import sys


def lookup(report, dotted):
    value = report
    for key in dotted.split("."):
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value if isinstance(value, (int, float)) else None


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        floors = json.load(f)["floors"]
    with open(argv[2], encoding="utf-8") as f:
        report = json.load(f)
    failed = 0
    for name, floor in floors.items():
        got = lookup(report, name)
        ok = got is not None and got >= floor
        failed += not ok
        shown = "missing" if got is None else f"{got:g}"
        print(f"{'ok  ' if ok else 'FAIL'} {name:40} {shown:>8}  floor {floor:g}")
    if failed:
        print(f"floors: {failed} figure(s) below the pinned floor (eval/floors.json)", file=sys.stderr)
        return 1
    print(f"floors: all {len(floors)} figures at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
