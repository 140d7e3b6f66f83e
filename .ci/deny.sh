#!/usr/bin/env bash
# Supply-chain checks with cargo deny (configuration: deny.toml):
# licences, bans (wildcard requirements; duplicate versions warn) and
# sources (crates.io only), then RustSec advisories.
#
# The advisory database is a git repository on GitHub. When it can be
# fetched (bounded by DENY_FETCH_TIMEOUT seconds, default 120), any
# advisory fails the run. When it cannot, this script says so loudly and
# runs the only check possible without it: no Cargo.lock package may be
# yanked on crates.io (.ci/yanked.py, against the crates.io sparse index).
# That is not an advisory check, and the output says so.
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
if timeout "${DENY_FETCH_TIMEOUT:-120}" cargo deny --locked fetch db; then
    cargo deny --locked check --disable-fetch advisories
else
    cat <<'MSG'
!!! ------------------------------------------------------------------ !!!
!!! The RustSec advisory database could not be fetched (it lives on     !!!
!!! GitHub): NO ADVISORY CHECK RAN. Falling back to checking Cargo.lock  !!!
!!! for yanked crates against the crates.io index, which is weaker.      !!!
!!! ------------------------------------------------------------------ !!!
MSG
    python3 .ci/yanked.py Cargo.lock
fi
