#!/usr/bin/env python3
"""Fails if Cargo.lock holds a crate version that crates.io has yanked.

An extra of .ci/deny.sh when the RustSec advisory database cannot be
fetched and its committed snapshot is used instead: the crates.io index is
newer than the snapshot. NOT an advisory check (a yanked release is often,
not always, how a vulnerable or broken version is withdrawn). Reads each
crates.io package of Cargo.lock from the sparse index
(https://index.crates.io, the same place cargo resolves from), with a few
requests in parallel. Python 3.11+ standard library only.

Exit status: 0 none yanked, 1 some yanked, 2 the index could not be read.
"""

import concurrent.futures
import json
import pathlib
import sys
import tomllib
import urllib.request

INDEX = "https://index.crates.io"
CRATES_IO = "registry+https://github.com/rust-lang/crates.io-index"


def index_path(name: str) -> str:
    """The sparse index path of a crate (cargo's layout)."""
    name = name.lower()
    if len(name) <= 2:
        return f"{len(name)}/{name}"
    if len(name) == 3:
        return f"3/{name[0]}/{name}"
    return f"{name[0:2]}/{name[2:4]}/{name}"


def yanked(name: str, version: str) -> bool:
    """Whether crates.io lists `name` `version` as yanked."""
    url = f"{INDEX}/{index_path(name)}"
    request = urllib.request.Request(url, headers={"User-Agent": "worldpay-ci-yanked-check"})
    with urllib.request.urlopen(request, timeout=30) as response:
        for line in response.read().decode().splitlines():
            entry = json.loads(line)
            if entry.get("vers") == version:
                return bool(entry.get("yanked"))
    raise LookupError(f"{name} {version} is not in the crates.io index")


def main() -> int:
    lock = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "Cargo.lock")
    packages = [
        (p["name"], p["version"])
        for p in tomllib.loads(lock.read_text())["package"]
        if p.get("source") == CRATES_IO
    ]
    found, failed = [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        futures = {pool.submit(yanked, n, v): (n, v) for n, v in packages}
        for future in concurrent.futures.as_completed(futures):
            name, version = futures[future]
            try:
                if future.result():
                    found.append(f"{name} {version}")
            except Exception as e:  # noqa: BLE001 - every failure is reported
                failed.append(f"{name} {version}: {e}")
    if failed:
        print(f"yanked check: could not read {len(failed)} index entries:", file=sys.stderr)
        for f in sorted(failed):
            print(f"  {f}", file=sys.stderr)
        return 2
    if found:
        print(f"yanked check: {len(found)} yanked crate(s) in {lock}:")
        for f in sorted(found):
            print(f"  {f}")
        return 1
    print(f"yanked check: none of the {len(packages)} crates.io packages in {lock} is yanked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
