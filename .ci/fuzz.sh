#!/usr/bin/env bash
# Runs every cargo-fuzz target for a short bounded time (FUZZ_SECONDS each,
# default 25), one at a time, failing on any crash, timeout or memory blow-up.
# Seed corpora are made here from the test fixtures and the kept regression
# inputs; nothing large is committed.
#
#   bash .ci/fuzz.sh                      # every target, 25 s each
#   FUZZ_SECONDS=300 bash .ci/fuzz.sh stomp_decode hal_links
#
# The toolchain is stable: RUSTC_BOOTSTRAP=1 lets cargo-fuzz use its -Z flags.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1
seconds="${FUZZ_SECONDS:-25}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cd fuzz && cargo fuzz list)
fi

# Seeds: each target's kept inputs, plus the fixtures in the target's
# input format.
seed() {
    local target=$1 dir=fuzz/corpus/$1
    mkdir -p "$dir"
    if [ -d "tests/fuzz_regressions/$target" ]; then
        cp tests/fuzz_regressions/"$target"/* "$dir"/
    fi
    local api=""
    case "$target" in
        responses_*) api=${target#responses_} ;;
        messages_ips_cloud) api=ips_cloud ;;
        hal_links) api=all ;;
    esac
    [ -n "$api" ] || return 0
    local pick=0 f
    for f in tests/fixtures/*/*.json; do
        case "$api:$f" in
            all:*|"$api":tests/fixtures/"$api"/*) ;;
            *) continue ;;
        esac
        pick=$(( (pick + 1) % 256 ))
        if [ "$target" = hal_links ]; then
            # The `_links` object of each fixture that has one.
            python3 -c 'import json,sys; l=json.load(open(sys.argv[1])).get("_links"); l is not None and sys.stdout.buffer.write(b"\0"+json.dumps(l).encode())' "$f" \
                >"$dir/fixture-$(basename "$f")" 2>/dev/null || true
        else
            { printf "\\$(printf %03o "$pick")"; cat "$f"; } >"$dir/fixture-$(basename "$f")"
        fi
    done
    find "$dir" -empty -delete
}

(cd fuzz && cargo fuzz build -O)
failed=()
for target in "${targets[@]}"; do
    seed "$target"
    echo "== $target: ${seconds}s"
    (cd fuzz && cargo fuzz run -O "$target" "corpus/$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
        -print_final_stats=1) 2>&1 | tee "fuzz/$target.log" | grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs|==[0-9]+==|SUMMARY|stat::number_of_executed_units|stat::peak_rss_mb)' || true
    if grep -qE 'Test unit written to|ERROR: libFuzzer|panicked at' "fuzz/$target.log"; then
        echo "fuzz target $target FAILED: see fuzz/$target.log and fuzz/artifacts/$target/" >&2
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing: ${#failed[@]} of ${#targets[@]} targets failed: ${failed[*]}" >&2
    exit 1
fi
echo "fuzzing: ${#targets[@]} targets ran clean, ${seconds}s each"
