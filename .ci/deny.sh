#!/usr/bin/env bash
# Supply-chain checks with cargo deny (configuration: deny.toml):
# licences, bans (wildcard requirements; duplicate versions warn) and
# sources (crates.io only), then RustSec advisories. Any advisory fails the
# run (deny.toml: unmaintained and unsound ones included; an ignore needs
# its reason written beside it).
#
# Advisories are checked on every run, from one of two databases:
# - RustSec's, fetched from GitHub (bounded by DENY_FETCH_TIMEOUT seconds,
#   default 120), when GitHub can be reached;
# - otherwise the snapshot committed in .ci/advisory-db.bundle (a git
#   bundle of the database, CC0-1.0; see .ci/advisory-db.md), cloned into a
#   temporary directory where cargo-deny looks for the database, with a
#   generated configuration pointing there (.ci/advisory_db.py). The
#   database's date and age are printed either way; the snapshot's age
#   alone never fails the run (older than 90 days, a warning says so).
# Then, when the snapshot was used, the crates.io index is asked whether
# any Cargo.lock package was yanked since (.ci/yanked.py), as an extra.
#
# Installs cargo-deny (cargo install --locked) when it is missing: several
# minutes cold on two cores; under a second to a few seconds when present.
set -euo pipefail
cd "$(dirname "$0")/.."

DENY_VERSION="0.20.2"
if ! cargo deny --version >/dev/null 2>&1; then
    echo "== installing cargo-deny $DENY_VERSION"
    start=$(date +%s)
    cargo install cargo-deny --locked --version "$DENY_VERSION"
    echo "cargo-deny installed in $(( $(date +%s) - start )) s"
fi
cargo deny --version

echo "== cargo deny check licenses bans sources"
cargo deny --locked check licenses bans sources

echo "== advisories"
# cargo-deny 0.20.2 reads the database without fetching it only under
# --offline (its former check --disable-fetch flag is gone), which makes its
# `cargo metadata` offline too: every package of Cargo.lock, for every
# target, must be downloaded first (crates.io is reachable; GitHub may not be).
cargo fetch --locked --quiet
if timeout "${DENY_FETCH_TIMEOUT:-120}" cargo deny --locked fetch db; then
    db="${CARGO_HOME:-$HOME/.cargo}/advisory-dbs/$(python3 .ci/advisory_db.py dir)"
    python3 .ci/advisory_db.py describe "$db"
    cargo deny --locked --offline check advisories
else
    cat <<'MSG'
!!! ------------------------------------------------------------------ !!!
!!! The RustSec advisory database could not be fetched (it lives on     !!!
!!! GitHub). Checking advisories against the snapshot committed in      !!!
!!! .ci/advisory-db.bundle instead: advisories published after its date !!!
!!! (below) are NOT checked.                                             !!!
!!! ------------------------------------------------------------------ !!!
MSG
    root=$(mktemp -d)
    trap 'rm -rf "$root"' EXIT
    python3 .ci/advisory_db.py snapshot .ci/advisory-db.bundle "$root"
    cargo deny --locked --offline --config "$root/deny.toml" check advisories
    echo "== yanked crates (an extra: the crates.io index is newer than the snapshot)"
    python3 .ci/yanked.py Cargo.lock
fi
