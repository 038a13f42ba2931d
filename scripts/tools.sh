#!/usr/bin/env bash
# Installs what building (and, with `test`, testing) weekboard needs, once.
# Idempotent and quiet when everything is there; each install says what it does.
# Only package registries are used (crates.io, npm, Debian): nothing is downloaded
# from elsewhere, so it works on a machine whose network reaches only those.
#
#   scripts/tools.sh build   wasm32 target, rust-src, Trunk, wasm-bindgen CLI, wasm-opt, terser
#   scripts/tools.sh test    the above, plus Chromium, ChromeDriver, Playwright's driver
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(scripts/lockfile-version.sh wasm-bindgen)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '==> %s\n' "$*"; }

ensure_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown Rust target (seconds)"
    rustup target add wasm32-unknown-unknown
  fi
}

# The release build compiles the standard library (scripts/release-env.sh); without
# the source it falls back to the prebuilt one, so a failure here is not fatal.
ensure_rust_src() {
  if [ ! -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library/core" ]; then
    say "Adding the rust-src component, for the release build's smaller standard library (seconds)"
    rustup component add rust-src || say "rust-src unavailable: release builds use the prebuilt standard library"
  fi
}

# Trunk runs cargo offline, so the crates the page is built from must be here first.
ensure_crates() {
  cargo fetch -q
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Building Trunk $TRUNK_VERSION from crates.io — about 11 minutes on 2 cores, once per machine"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "Building wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock) — about 5 minutes, once"
    # Not --locked: one of its locked dependencies is no longer on crates.io.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

ensure_node_tools() {
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/terser ] \
     || [ ! -d node_modules/playwright-core ] \
     || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing pinned npm tools (binaryen's wasm-opt, terser, playwright-core) from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

ensure_browser() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "Installing Debian's chromium and chromium-driver for browser tests (about a minute)"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

ensure_wasm_target
ensure_rust_src
ensure_crates
ensure_trunk
ensure_wasm_bindgen
ensure_node_tools
if [ "${1:-build}" = "test" ]; then
  ensure_browser
fi
