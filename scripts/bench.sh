#!/usr/bin/env bash
# Speed and size; writes docs/performance.md (called by `./build.sh bench` after the
# release wasm is built into www/pkg/; runs on its own too, and then measures the wasm
# only if www/pkg/ holds a build). Extra arguments go to `lede bench` (e.g. files).
#   RUNS=N  runs per measure (default 9)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"

RUNS=${RUNS:-9}
OUT=docs/performance.md
PKG=www/pkg
mkdir -p docs
cargo build --release --locked --quiet
LEDE=target/release/lede

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "==> native: lede bench --runs $RUNS $*" >&2
"$LEDE" bench --json --runs "$RUNS" "$@" >"$tmp/native.json"

# The same CLI built with profile-guided optimization (rustc -Cprofile-generate, then
# -Cprofile-use with llvm-profdata from rustup's llvm-tools component), trained on the
# project's own sample articles only (tests/gold, tests/samples, tests/fixtures,
# www/samples: never the dev texts measured here). Left in target/pgo/release/lede.
pgo_profdata() {
    local p
    p=$(ls "$(rustc --print sysroot)"/lib/rustlib/*/bin/llvm-profdata 2>/dev/null | head -1)
    if [ -z "$p" ] && command -v rustup >/dev/null; then
        rustup component add llvm-tools >/dev/null 2>&1 || true
        p=$(ls "$(rustc --print sysroot)"/lib/rustlib/*/bin/llvm-profdata 2>/dev/null | head -1)
    fi
    [ -n "$p" ] && echo "$p"
}
pgo_status="not measured: no llvm-profdata (rustup component add llvm-tools)"
if profdata=$(pgo_profdata); then
    echo "==> native with PGO: instrumented build, training on the project's own articles" >&2
    RUSTFLAGS="-Cprofile-generate=$tmp/pgo" CARGO_TARGET_DIR=target/pgo-gen \
        cargo build --release --locked --quiet
    target/pgo-gen/release/lede bench --runs 30 tests/gold/*.txt tests/samples/*.txt \
        tests/fixtures/*.txt www/samples/*.txt >/dev/null
    "$profdata" merge -o "$tmp/pgo.profdata" "$tmp"/pgo/*.profraw
    RUSTFLAGS="-Cprofile-use=$tmp/pgo.profdata" CARGO_TARGET_DIR=target/pgo \
        cargo build --release --locked --quiet
    echo "==> native with PGO: lede bench --runs $RUNS $*" >&2
    target/pgo/release/lede bench --json --runs "$RUNS" "$@" >"$tmp/pgo.json"
    pgo_status="measured in the table below"
fi

wasm_status="not measured: no release build in $PKG/ (run \`./build.sh bench\`, which builds it first)"
if [ -f "$PKG/lede_bg.wasm" ] && command -v node >/dev/null; then
    if [ $# -gt 0 ]; then
        wasm_status="not measured: the wasm side measures the dev corpora only (run without file arguments)"
    else
        "$LEDE" eval --dump-docs "$tmp" 2>/dev/null
        echo "==> wasm in Node" >&2
        node bench/wasm_bench.mjs --pkg "$PKG" --docs "$tmp/docs.jsonl" --runs "$RUNS" >"$tmp/node.json"
        if [ -f node_modules/playwright-core/index.mjs ] && command -v "${CHROMIUM:-chromium}" >/dev/null; then
            echo "==> wasm in headless Chromium" >&2
            node bench/wasm_bench.mjs --pkg "$PKG" --docs "$tmp/docs.jsonl" --runs "$RUNS" --browser \
                >"$tmp/browser.json" || echo "Chromium run failed" >&2
        fi
        wasm_status=ok
    fi
fi

# The sections below this marker in docs/performance.md (growth, memory, profile and
# budget: issue 8, written from examples/growth.rs and bench/page_size.mjs) are kept.
MARK='<!-- kept by scripts/bench.sh: everything below this line -->'
kept=""
[ -f "$OUT" ] && kept=$(awk -v m="$MARK" 'index($0, m) == 1 { on = 1 } on' "$OUT")

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || uname -m)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD 2>/dev/null || commit="$commit (with uncommitted changes)"

python3 - "$tmp" >"$tmp/native.md" <<'PY'
import json, os, sys
n = json.load(open(os.path.join(sys.argv[1], "native.json")))
print("| stage | median time (ms) | MB/s | share of whole |")
print("|---|---:|---:|---:|")
for s in n["stages"]:
    print(f"| {s['stage']} | {s['seconds'] * 1e3:.1f} | {s['mb_per_s']:.1f} | {100 * s['share']:.0f}% |")
print(f"| **whole** | {n['seconds'] * 1e3:.1f} | **{n['mb_per_s']:.2f}** | 100% |")
if n.get("clock") == "thread CPU time":
    print(f"| whole, wall time | {n['wall_seconds'] * 1e3:.1f} | {n['wall_mb_per_s']:.2f} | |")
pgo = os.path.join(sys.argv[1], "pgo.json")
if os.path.exists(pgo) and os.path.getsize(pgo) > 0:
    g = json.load(open(pgo))
    print(f"| **whole, release + PGO** (same texts, same clock) | {g['seconds'] * 1e3:.1f} | **{g['mb_per_s']:.2f}** | |")
print(f"\n{n['documents']} texts, {n['bytes'] / 1e6:.2f} MB, median of {n['runs']} runs after one warm-up run, one thread; "
      f"times are {n.get('clock', 'wall time')}.")
PY

python3 - "$tmp" "$wasm_status" >"$tmp/wasm.md" <<'PY'
import json, os, sys
tmp, status = sys.argv[1], sys.argv[2]
if status != "ok":
    print(status[0].upper() + status[1:] + ".")
    sys.exit()
native = json.load(open(os.path.join(tmp, "native.json")))
rows, sizes = [], None
for name in ("node.json", "browser.json"):
    p = os.path.join(tmp, name)
    if not os.path.exists(p) or os.path.getsize(p) == 0:
        continue
    r = json.load(open(p))
    sizes = r["sizes"]
    rows.append(f"| {r['engine']} | {r['instantiate_ms']:.1f} | {r.get('first_ms', float('nan')):.1f} | {r['median_ms']:.0f} | {r['mb_per_s']:.2f} | "
                f"{r['mb_per_s'] / native.get('wall_mb_per_s', native['mb_per_s']):.2f}× | {r['failed']} |")
print("| engine | instantiate (ms) | first analyses (ms) | median time (ms) | MB/s | vs native | texts refused |")
print("|---|---:|---:|---:|---:|---:|---:|")
print(f"| native (lede bench, wall time) | – | – | {native.get('wall_seconds', native['seconds']) * 1e3:.0f} | "
      f"{native.get('wall_mb_per_s', native['mb_per_s']):.2f} | 1.00× | – |")
print("\n".join(rows))
if not any("Chromium" in r for r in rows):
    print("\nChromium: not measured (needs `node_modules/playwright-core` from `npm ci` and `chromium`).")
if sizes:
    print("\n### What a page downloads\n")
    print("| file | raw (bytes) | gzip -9 | brotli q11 |")
    print("|---|---:|---:|---:|")
    tot = [0, 0, 0]
    for f, s in sizes.items():
        print(f"| `{f}` | {s['raw']:,} | {s['gzip']:,} | {s['brotli']:,} |")
        tot = [tot[0] + s["raw"], tot[1] + s["gzip"], tot[2] + s["brotli"]]
    print(f"| **total** | {tot[0]:,} | {tot[1]:,} | {tot[2]:,} |")
PY

{
cat <<HEAD
# Performance

Generated by \`./build.sh bench\` (\`scripts/bench.sh\`); do not edit by hand — rerun it
whenever the code moves.

- **Date**: $(date -u '+%Y-%m-%d %H:%M UTC')
- **Machine**: $(nproc) cores, ${cpu} (shared with other jobs while measuring: figures vary
  from run to run by tens of percent)
- **Commit**: ${commit}
- **Commands**: \`lede bench --runs ${RUNS}${*:+ $*}\` (native, release build);
  \`node bench/wasm_bench.mjs [--browser]\` (the release \`.wasm\` in \`${PKG}/\`, same texts)
- **Texts**: with no path, every dev corpus text as \`lede eval\` rebuilds it
  (\`../shared/corpora/*/dev\`, \`../shared/gold\`); MB = 10⁶ bytes of UTF-8.

## Native, whole analysis and per stage

Median of ${RUNS} runs after one warm-up, one thread, in the thread's CPU time (so that
other jobs on the machine do not count; the wall time of the whole is given beside it).
*document* includes the language
detection and option checks that precede it; *output* is the conversion of offsets to
UTF-16 and the building of the result after the last stage. The median of each stage is
taken on its own, so the stages need not add up to the whole. The whole is timed in runs
of its own, without the stages' clock reads (reading the thread's CPU clock is a system
call of about a microsecond, eight a text in the staged runs: their sum is a few per cent
above the whole).

*release + PGO*: the same code built with profile-guided optimization, trained on the
project's own sample articles only (\`tests/gold\`, \`tests/samples\`, \`tests/fixtures\`,
\`www/samples\`), never on the texts measured here; the binary is left in
\`target/pgo/release/lede\` (${pgo_status}).

HEAD
cat "$tmp/native.md"
cat <<MID

## WebAssembly (Node, headless Chromium)

The same texts through the JS API (\`analyze(text, {language, referenceDate})\`, result
converted to JS objects), median of ${RUNS} runs after one warm-up, **wall time** (compared
with the native wall time, measured in the same minute). *instantiate* = compile
and instantiate the module, first call (\`initSync\` in Node; \`init()\` with
\`instantiateStreaming\` from a local server in Chromium). *first analyses* = the first
two one-sentence analyses (FR, EN) after that, which build the core's word indexes once
(the page's worker does this before it says it is ready).

MID
cat "$tmp/wasm.md"
} >"$OUT"
if [ -n "$kept" ]; then printf '\n%s\n' "$kept" >>"$OUT"; fi
echo "wrote $OUT" >&2
