#!/usr/bin/env python3
"""core/ stands on floors (style.md, CONTRIBUTING.md): an include from one folder to another
points down the list. Fails on a new include that points up; the ones still waiting for
their decision are listed below and may only go away.

With `--ui DIR`: the screens reach the store only through core's services (Services,
StoreConnection): no file of ui/ includes the gateway, a repository or Qt's SQL classes."""
import os
import re
import sys

FLOORS = ["base", "storage", "accounts", "store", "customers", "complaints", "compensation",
          "callbacks", ("reports", "backup", "overview"), "demo", "services"]

# Upward includes waiting for a decision, each to go when its domain is set straight.
# None waits now (#27 put the last ones behind CustomerFollowups and ComplaintFollowups).
WAITING: set[str] = set()


def main(core):
    rank = {}
    for i, floor in enumerate(FLOORS):
        for name in floor if isinstance(floor, tuple) else (floor,):
            rank[name] = i
    where = {}
    for folder in rank:
        for _, _, files in os.walk(os.path.join(core, folder)):
            for f in files:
                where[f] = folder
    unplaced = [d for d in os.listdir(core)
                if os.path.isdir(os.path.join(core, d)) and d not in rank]
    loose = [f for f in os.listdir(core) if f.endswith((".h", ".cpp"))]
    up = set()
    for folder in rank:
        for root, _, files in os.walk(os.path.join(core, folder)):
            for f in files:
                if not f.endswith((".h", ".cpp", ".cpp.in")):
                    continue
                text = open(os.path.join(root, f), encoding="utf-8", errors="replace").read()
                for included in re.findall(r'#include "(?:[a-z]+/)?([A-Za-z0-9_]+\.h)"', text):
                    target = where.get(included)
                    if target and target != folder and rank[target] > rank[folder]:
                        up.add(f"{folder}/{f} -> {target}/{included}")
    failed = False
    for line in sorted(up - WAITING):
        print(f"points up the floors: core/{line}")
        failed = True
    for line in sorted(WAITING - up):
        print(f"no longer points up, take it off WAITING in tests/floors.py: core/{line}")
        failed = True
    for d in unplaced:
        print(f"core/{d}/ is on no floor: add it to FLOORS (and to style.md's list)")
        failed = True
    for f in loose:
        print(f"core/{f} is in no folder")
        failed = True
    if not failed:
        print(f"{len(where)} files on {len(FLOORS)} floors; {len(WAITING)} includes waiting")
    return 1 if failed else 0


# What ui/ may include of storage/: the value types of opening a store, not the gateway.
UI_MAY_USE_FROM_STORAGE = {"OpenOptions.h"}


def check_ui(ui):
    failed = False
    for root, _, files in os.walk(ui):
        for f in files:
            if not f.endswith((".h", ".cpp")):
                continue
            path = os.path.join(root, f)
            text = open(path, encoding="utf-8", errors="replace").read()
            for included in re.findall(r'#include [<"]([^>"]+)[>"]', text):
                name = included.split("/")[-1]
                if (included.startswith("storage/") and name not in UI_MAY_USE_FROM_STORAGE) \
                        or name.endswith("Repository.h") or name.startswith("QSql"):
                    print(f"{os.path.relpath(path, ui)} includes {included}: "
                          "ask core's Services instead")
                    failed = True
    if not failed:
        print("ui/ reaches the store through core's services only")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--ui":
        sys.exit(check_ui(sys.argv[2]))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "core"))
