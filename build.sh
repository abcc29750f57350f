#!/usr/bin/env bash
# Lede's one entry point. Every subcommand does its own set-up first (idempotently), so
# `./build.sh serve` and `./build.sh test` work on a fresh clone of a fresh machine
# (Debian 12, root or sudo, crates.io / npm / apt reachable). See ../shared/TOOLCHAIN.md
# for why each step is the way it is.
#
#   ./build.sh setup   install what is missing (and only that), saying what it installs
#   ./build.sh build   release wasm into www/pkg/ (then npm's wasm-opt -O3), then the page as
#                      served into dist/ (www/'s sources bundled and minified by esbuild)
#   ./build.sh serve   build, then serve dist/ on http://127.0.0.1:${PORT:-8080} until stopped
#   ./build.sh site    only the page into dist/ (after an edit in www/; needs www/pkg/ built)
#   ./build.sh test    build, then every check; ends with one line "N passed, N failed"
#   ./build.sh eval    accuracy on the dev corpora (docs/accuracy.md)
#   ./build.sh bench   speed and size (docs/performance.md)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$PATH"

WASM_PACK_VERSION=0.15.1
CRATE=lede
PKG_DIR=www/pkg
WASM_OPT=$ROOT/node_modules/.bin/wasm-opt
WASM_OPT_FLAGS=(-O3 --strip-debug --strip-producers)
ESBUILD=$ROOT/node_modules/.bin/esbuild
# The site as served and deployed (git-ignored; rebuilt from www/ by every build).
SITE_DIR=dist

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# Runs a command as root (directly, or through sudo when we are not root).
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The wasm-bindgen version pinned in Cargo.lock: the CLI must match it exactly.
locked_wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# ---------------------------------------------------------------------------- setup

setup() {
    local installed=0
    command -v cargo >/dev/null && command -v rustup >/dev/null ||
        die "cargo/rustup not found: install Rust with rustup (https://rustup.rs) first"

    local apt_pkgs=()
    { command -v chromium >/dev/null && command -v chromedriver >/dev/null; } ||
        apt_pkgs+=(chromium chromium-driver)
    command -v node >/dev/null && command -v npm >/dev/null || apt_pkgs+=(nodejs npm)
    command -v python3 >/dev/null || apt_pkgs+=(python3)
    if [ ${#apt_pkgs[@]} -gt 0 ]; then
        say "installing with apt: ${apt_pkgs[*]}"
        as_root apt-get update || say "apt-get update failed; trying the install anyway"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${apt_pkgs[@]}"
        installed=1
    fi

    if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
        say "installing the Rust target wasm32-unknown-unknown"
        rustup target add wasm32-unknown-unknown
        installed=1
    fi

    local want have
    want=$(locked_wasm_bindgen_version)
    [ -n "$want" ] || die "no wasm-bindgen in Cargo.lock"
    have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
    if [ "$have" != "$want" ]; then
        # Without --locked: its own lockfile pins a crate version this registry lacks.
        say "installing wasm-bindgen-cli $want (found: ${have:-none}); takes 4-12 min"
        cargo install wasm-bindgen-cli --version "$want" --force
        installed=1
    fi

    have=$(wasm-pack --version 2>/dev/null | awk '{print $2}' || true)
    if [ "$have" != "$WASM_PACK_VERSION" ]; then
        say "installing wasm-pack $WASM_PACK_VERSION (found: ${have:-none}); takes 4-9 min"
        cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked --force
        installed=1
    fi

    # wasm-opt (npm's binaryen, never Debian's: its wasm-opt 108 breaks the module in
    # Chromium), esbuild (its Linux binary is the npm package @esbuild/linux-x64),
    # playwright-core, ajv and typescript, all pinned by package-lock.json.
    # npm writes node_modules/.package-lock.json last, only when an install succeeded: a
    # half-done install (the directory exists but this file does not) is redone.
    local marker=node_modules/.package-lock.json
    if [ ! -f $marker ] || [ package-lock.json -nt $marker ]; then
        say "installing npm packages (npm ci)"
        npm ci --no-audit --no-fund
        touch $marker
        installed=1
    fi
    [ -x "$WASM_OPT" ] || die "$WASM_OPT missing after npm ci"
    [ -x "$ESBUILD" ] || die "$ESBUILD missing after npm ci"

    [ $installed -eq 1 ] && say "set-up done" || say "set-up: everything already installed"
}

# ---------------------------------------------------------------------------- build

build() {
    say "building the release wasm into $PKG_DIR/"
    # --mode no-install: fail at once if wasm-bindgen does not match, instead of a
    # silent 12-minute install into wasm-pack's cache.
    # opt-level 2 for the wasm (the native CLI keeps 3). Session 6 (2026-11-29, 5f62b93,
    # docs/performance.md "Session 6, the page and the wasm"): opt-level 3 makes the module
    # 10.0 KB bigger (gzip -9: 464,363 → 474,360 bytes; the page 486.6 → 496.6 KB) and
    # was not measurably faster: headless Chromium, the two builds side by side
    # (bench/wasm_ab.mjs, CPU time of the browser, 6 paired runs of 8 rounds) ran
    # 0.97-1.02× the time of opt-level 2, median 0.995×; Node 0.98×. (Session 3, on
    # older code, had measured 217-221 ms for 3 against 225-241 ms for 2, wall time.)
    # "s" was 20 % slower in session 3.
    CARGO_PROFILE_RELEASE_OPT_LEVEL=2 \
        wasm-pack build --target web --mode no-install --release --out-dir "$PKG_DIR" --out-name "$CRATE"
    local wasm=$PKG_DIR/${CRATE}_bg.wasm before after hash cache=target/wasm-opt-cache
    before=$(wc -c <"$wasm")
    # wasm-pack rewrites the module on every build, even when nothing changed; keep
    # wasm-opt's output keyed by its input so an unchanged module is not optimized again.
    hash=$( (sha256sum "$wasm"; echo "${WASM_OPT_FLAGS[*]}") | sha256sum | cut -c1-16)
    if [ -f "$cache/$hash.wasm" ]; then
        cp "$cache/$hash.wasm" "$wasm"
    else
        # -O3, not -Oz: gzipped, -O3 is as small (measured 2026-11-29: 412,279 vs 412,272
        # bytes; on an earlier module 411,809 vs 412,155; -O4 is bigger, --converge saves
        # ~120 bytes for twice the time), and it optimizes for speed, the tighter budget
        # (bench/wasm_bench.mjs could not tell them apart on the loaded machine). Session
        # 6: without wasm-opt Chromium took 1.04× the time (one paired run); -O4, and
        # fewer one-caller functions inlined (-ocimfs 1000), were no faster and bigger.
        "$WASM_OPT" "${WASM_OPT_FLAGS[@]}" "$wasm" -o "$wasm.opt"
        mv "$wasm.opt" "$wasm"
        mkdir -p "$cache"
        rm -f "$cache"/*.wasm
        cp "$wasm" "$cache/$hash.wasm"
    fi
    after=$(wc -c <"$wasm")
    rm -f "$PKG_DIR/README.md" "$PKG_DIR/package.json"
    say "wasm: $before → $after bytes after wasm-opt ${WASM_OPT_FLAGS[*]} ($(gzip -9c "$wasm" | wc -c) gzip)"
    build_site
}

# The page as served, in $SITE_DIR/: www/ stays the readable source (and can itself be
# served, unminified, once www/pkg/ is built). The scripts a page loads first are bundled
# (app.js with the renderer, strings and HTML extractor; worker.js with lede.js;
# lede-analyzer.js with lede.js, the renderer and strings), every other module, the
# stylesheets and the module's glue are minified one by one under the same names (so
# `import("./render.js")` and the widget's `new URL("./marks.css", import.meta.url)` still
# find them), and the rest is copied. The glue (pkg/lede.js) stays its own file: bundled,
# its default `new URL("lede_bg.wasm", import.meta.url)` would name a file that does not
# exist. Session 6 (docs/performance.md): the page's JS 27.0 → 16.6 KB gzip, CSS 5.1 → 3.9.
SITE_ENTRIES=(app.js worker.js lede-analyzer.js)
build_site() {
    local tmp=$SITE_DIR.tmp f modules=() es=(--minify --format=esm --target=es2022 --log-level=warning)
    [ -f "$PKG_DIR/${CRATE}_bg.wasm" ] || die "no $PKG_DIR/${CRATE}_bg.wasm: run ./build.sh build first"
    rm -rf "$tmp"
    mkdir -p "$tmp/pkg"
    for f in www/*.js; do
        [[ " ${SITE_ENTRIES[*]} " == *" ${f#www/} "* ]] || modules+=("$f")
    done
    "$ESBUILD" "${SITE_ENTRIES[@]/#/www/}" --bundle --external:./pkg/lede.js "${es[@]}" --outdir="$tmp"
    "$ESBUILD" "${modules[@]}" "${es[@]}" --outdir="$tmp"
    "$ESBUILD" "$PKG_DIR/$CRATE.js" "${es[@]}" --outfile="$tmp/pkg/$CRATE.js"
    "$ESBUILD" www/*.css --minify --log-level=warning --outdir="$tmp"
    cp -r www/*.html www/*.d.ts www/samples "$tmp/"
    cp "$PKG_DIR/${CRATE}_bg.wasm" "$PKG_DIR"/*.d.ts "$tmp/pkg/"
    rm -rf "$SITE_DIR"
    mv "$tmp" "$SITE_DIR"
    say "page built into $SITE_DIR/; what it downloads: $(node bench/page_size.mjs "$SITE_DIR/index.html" | tail -1)"
}

# ---------------------------------------------------------------------------- serve

serve() {
    local port=${PORT:-8080}
    say "serving $SITE_DIR/ on http://127.0.0.1:$port/ (Ctrl-C to stop)"
    exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$SITE_DIR"
}

# ---------------------------------------------------------------------------- test

PASSED=0
FAILED=0
SUMMARY=()

# run_counted NAME KIND CMD…: runs CMD, shows its output, and adds what it ran to the
# totals. KIND says how to read the counts: "cargo" (test result: lines), "node"
# (node --test's spec reporter), or "check" (one check, passed when CMD succeeds).
# A runner that fails without reporting any failed test counts as one failure (a
# compile error must never look like success).
run_counted() {
    local name=$1 kind=$2
    shift 2
    say "$name: $*"
    local log rc p=0 f=0 t0=$SECONDS
    log=$(mktemp)
    set +e
    "$@" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    set -e
    case $kind in
    cargo)
        # Strip colour codes, then sum every "test result: … N passed; M failed" line.
        read -r p f < <(sed 's/\x1b\[[0-9;]*m//g' "$log" |
            awk '/test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
                 END { print p + 0, f + 0 }')
        ;;
    node)
        read -r p f < <(sed 's/\x1b\[[0-9;]*m//g' "$log" |
            awk '/^ℹ pass [0-9]+$/ { p += $3 } /^ℹ fail [0-9]+$/ { f += $3 } END { print p + 0, f + 0 }')
        ;;
    check)
        if [ "$rc" -eq 0 ]; then p=1; else f=1; fi
        ;;
    esac
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    rm -f "$log"
    PASSED=$((PASSED + p))
    FAILED=$((FAILED + f))
    SUMMARY+=("$(printf '%-24s %4d passed, %d failed  (%d s)' "$name" "$p" "$f" $((SECONDS - t0)))")
}

# A free TCP port on 127.0.0.1.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

SERVER_PID=
stop_server() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=
    fi
}

# Serves the built page ($SITE_DIR/) on a free port in the background; sets LEDE_URL.
start_server() {
    local port
    port=$(free_port)
    python3 -m http.server "$port" --bind 127.0.0.1 --directory "$SITE_DIR" >/dev/null 2>&1 &
    SERVER_PID=$!
    trap stop_server EXIT
    LEDE_URL="http://127.0.0.1:$port/"
    local i
    for i in $(seq 1 50); do
        if python3 -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1], timeout=1)" "$LEDE_URL" 2>/dev/null; then
            return 0
        fi
        sleep 0.2
    done
    die "the static server on $LEDE_URL did not start"
}

# "--test NAME" for every tests/PREFIX*.rs.
wasm_tests() {
    local f
    for f in tests/"$1"*.rs; do
        [ -e "$f" ] && printf -- '--test %s ' "$(basename "$f" .rs)"
    done
}

test_all() {
    local t0=$SECONDS
    run_counted "cargo fmt --check" check cargo fmt --check
    run_counted "cargo clippy" check cargo clippy --all-targets --locked -- -D warnings
    # The wasm face and the wasm tests only compile for wasm32: lint them there too.
    run_counted "cargo clippy (wasm32)" check \
        cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
    run_counted "cargo test" cargo cargo test --locked --no-fail-fast
    # Only the wasm test files (tests/wasm_node*.rs, tests/wasm_browser*.rs): plain
    # #[test] functions do not run on wasm32, so the other test binaries would run nothing.
    run_counted "wasm-pack test --node" cargo \
        wasm-pack test --node --mode no-install -- --locked $(wasm_tests wasm_node)
    run_counted "wasm-pack test --chrome" cargo \
        wasm-pack test --headless --chrome --mode no-install -- --locked $(wasm_tests wasm_browser)
    # The JSON Schema, checked with ajv against real output of the CLI (built by
    # `cargo test` above) and of the release wasm under Node.
    export LEDE_BIN=$ROOT/target/debug/lede
    run_counted "schema (node)" node \
        node --test --test-reporter=spec tests/node/
    start_server
    export LEDE_URL
    run_counted "end-to-end (chromium)" node \
        node --test --test-reporter=spec tests/e2e/
    stop_server

    echo
    say "summary ($((SECONDS - t0)) s)"
    printf '  %s\n' "${SUMMARY[@]}"
    echo "$PASSED passed, $FAILED failed"
    [ "$FAILED" -eq 0 ]
}

# ---------------------------------------------------------------------------- eval
# Scores every dev corpus (../shared/corpora/*/dev, ../shared/gold) and writes
# docs/accuracy.md; the work is in scripts/eval.sh (eval helper, issue 3).

eval_corpora() {
    scripts/eval.sh "$@"
}

# ---------------------------------------------------------------------------- bench
# Speed (native per stage; the release wasm in Node and headless Chromium) and download
# sizes; writes docs/performance.md. The work is in scripts/bench.sh (issue 3).

bench() {
    scripts/bench.sh "$@"
}

# ---------------------------------------------------------------------------- main

usage() {
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case $cmd in
setup) setup ;;
build) setup && build ;;
serve) setup && build && serve ;;
site) setup && build_site ;;
test) setup && build && test_all ;;
eval) setup && eval_corpora "$@" ;;
bench) setup && build && bench "$@" ;;
-h | --help | help | "") usage ;;
*)
    usage >&2
    die "unknown command: $cmd"
    ;;
esac
