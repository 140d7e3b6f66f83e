#!/usr/bin/env python3
"""The RustSec advisory database for .ci/deny.sh: where cargo-deny looks
for it, how old it is, and the snapshot to use when it cannot be fetched.

cargo-deny 0.20.2 keeps each advisory database in a git clone at
`<db-path>/<name>-<hash>`: `db-path` is `[advisories] db-path` of the
configuration (default `$CARGO_HOME/advisory-dbs`), `<name>` the last path
segment of the database URL and `<hash>` the XXH64 (seed 0xca80de71, 16 hex
digits) of the URL in lower case. `cargo deny --offline check advisories`
opens that clone and never fetches (0.20.2 has no `--disable-fetch`
any more: `--offline` replaced it).

Commands:
  dir [URL]                 the directory name for URL (default: RustSec's)
  describe REPO             the database's date and age, one line each
  snapshot BUNDLE ROOT      clones BUNDLE (branch `snapshot`) where cargo-deny
                            looks with `db-path = ROOT`, writes ROOT/deny.toml
                            (deny.toml plus that `db-path` and a deliberate
                            `maximum-db-staleness`), and describes it

Python 3.11+ standard library and git only.
"""

import datetime
import pathlib
import re
import subprocess
import sys

# cargo-deny's default database (src/advisories/helpers/db.rs, DEFAULT_URL).
DEFAULT_URL = "https://github.com/RustSec/advisory-db"
# Past this age cargo-deny's own default (maximum-db-staleness, 90 days)
# would call a database stale: the output says so loudly.
DEFAULT_STALENESS_DAYS = 90
# The snapshot's age must never fail the check by itself: on a network that
# cannot reach GitHub the only alternative is no advisory check at all, and
# an old snapshot still knows every advisory published up to its date.
# cargo-deny measures staleness from when its local clone was fetched (the
# clone made here is always new), so it cannot judge the snapshot's age
# anyway: the age is printed instead, with a warning past 90 days.
SNAPSHOT_STALENESS = "P100Y"

_M = (1 << 64) - 1
_P1, _P2, _P3 = 0x9E3779B185EBCA87, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9
_P4, _P5 = 0x85EBCA77C2B2AE63, 0x27D4EB2F165667C5


def _rotl(x: int, r: int) -> int:
    return ((x << r) | (x >> (64 - r))) & _M


def _round(acc: int, lane: int) -> int:
    return (_rotl((acc + lane * _P2) & _M, 31) * _P1) & _M


def xxh64(data: bytes, seed: int = 0) -> int:
    """XXH64 of `data` (the reference algorithm)."""
    n, i = len(data), 0
    lane = lambda at, size: int.from_bytes(data[at : at + size], "little")  # noqa: E731
    if n >= 32:
        v = [(seed + _P1 + _P2) & _M, (seed + _P2) & _M, seed & _M, (seed - _P1) & _M]
        while i + 32 <= n:
            v = [_round(v[k], lane(i + 8 * k, 8)) for k in range(4)]
            i += 32
        h = (_rotl(v[0], 1) + _rotl(v[1], 7) + _rotl(v[2], 12) + _rotl(v[3], 18)) & _M
        for x in v:
            h = ((h ^ _round(0, x)) * _P1 + _P4) & _M
    else:
        h = (seed + _P5) & _M
    h = (h + n) & _M
    while i + 8 <= n:
        h = (_rotl(h ^ _round(0, lane(i, 8)), 27) * _P1 + _P4) & _M
        i += 8
    if i + 4 <= n:
        h = (_rotl(h ^ ((lane(i, 4) * _P1) & _M), 23) * _P2 + _P3) & _M
        i += 4
    while i < n:
        h = (_rotl(h ^ ((data[i] * _P5) & _M), 11) * _P1) & _M
        i += 1
    h ^= h >> 33
    h = (h * _P2) & _M
    h ^= h >> 29
    h = (h * _P3) & _M
    return h ^ (h >> 32)


def db_dir(url: str = DEFAULT_URL) -> str:
    """The directory cargo-deny 0.20.2 keeps the database of `url` in."""
    url = url.lower()
    name = url.rsplit("/", 1)[-1]
    return f"{name}-{xxh64(url.encode(), 0xCA80DE71):016x}"


def _git(repo: pathlib.Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def describe(repo: pathlib.Path) -> int:
    """Prints the database's commit, date and age in days."""
    commit = _git(repo, "log", "-1", "--format=%h")
    date = datetime.datetime.fromisoformat(_git(repo, "log", "-1", "--format=%cI"))
    age = (datetime.datetime.now(datetime.timezone.utc) - date).days
    subject = _git(repo, "log", "-1", "--format=%s")
    advisories = sum(1 for _ in (repo / "crates").glob("*/*.md"))
    print(f"advisory database: {repo}")
    print(f"advisory database commit: {commit} ({subject})")
    print(f"advisory database date: {date.date().isoformat()}, {age} days old")
    print(f"advisory database advisories: {advisories} crate advisories")
    if advisories < 100:
        print(f"{repo} holds {advisories} advisories: not the RustSec database")
        return 1
    if age > DEFAULT_STALENESS_DAYS:
        print(
            f"WARNING: the advisory database is {age} days old, older than cargo-deny's "
            f"default staleness limit ({DEFAULT_STALENESS_DAYS} days): advisories published "
            f"after {date.date().isoformat()} are not checked. Refresh .ci/advisory-db.bundle."
        )
    return 0


def snapshot(bundle: pathlib.Path, root: pathlib.Path) -> int:
    """Clones `bundle` where cargo-deny looks with `db-path = root`."""
    target = root / db_dir()
    subprocess.run(
        ["git", "clone", "--quiet", "--branch", "snapshot", str(bundle), str(target)],
        check=True,
    )
    config = pathlib.Path("deny.toml").read_text()
    header = "[advisories]\n"
    if header not in config or re.search(r"^\s*(db-path|maximum-db-staleness)\s*=", config, re.M):
        print("deny.toml: expected one [advisories] table without db-path and maximum-db-staleness")
        return 2
    addition = (
        f"{header}"
        f"# Added by .ci/advisory_db.py: the snapshot of .ci/advisory-db.bundle.\n"
        f'db-path = "{root}"\n'
        f'maximum-db-staleness = "{SNAPSHOT_STALENESS}"\n'
    )
    (root / "deny.toml").write_text(config.replace(header, addition, 1))
    return describe(target)


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["dir"] and len(args) <= 2:
        print(db_dir(*args[1:]))
        return 0
    if args[:1] == ["describe"] and len(args) == 2:
        return describe(pathlib.Path(args[1]))
    if args[:1] == ["snapshot"] and len(args) == 3:
        return snapshot(pathlib.Path(args[1]).resolve(), pathlib.Path(args[2]).resolve())
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    # The algorithm and the directory scheme, checked on every run: known
    # XXH64 vectors, and the directory cargo-deny 0.20.2 itself names for
    # RustSec's database.
    assert xxh64(b"") == 0xEF46DB3751D8E999 and xxh64(b"a") == 0xD24EC4F1A98C6E5B
    assert db_dir() == "advisory-db-3157b0e258782691", db_dir()
    sys.exit(main())
