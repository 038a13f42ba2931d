# Sourced before every release build of the page (make serve, make dist, the e2e layer,
# make bench): Rust's standard library is compiled along with weekboard, with panics
# that stop the wasm at once instead of formatting a message first.
#
# Why: neither bundle installs a panic hook, so a panic's message was never shown, yet
# formatting it kept `core::fmt` and a file name per panic site in the download.
# Measured from dist/: the viewer 2.6 KiB and the planner 16.7 KiB less brotli, before
# the two settings below.
#
# How: `-Cpanic=immediate-abort` and cargo's `build-std` are unstable, so the stable
# compiler is asked for them with RUSTC_BOOTSTRAP, for these builds only (tests and
# clippy build as usual); the probe below checks this compiler still accepts them. It needs the `rust-src` component (scripts/tools.sh adds
# it). Where the compiler refuses, or WEEKBOARD_PREBUILT_STD=1 is set, the page builds
# with the prebuilt standard library as before: same behaviour, bigger files.
# shellcheck shell=bash

release_std_rebuilt() {
  [ "${WEEKBOARD_PREBUILT_STD:-0}" != 1 ] || return 1
  local library
  library="$(rustc --print sysroot)/lib/rustlib/src/rust/library"
  [ -d "$library/core" ] || return 1
  RUSTC_BOOTSTRAP=1 rustc -Zunstable-options -Cpanic=immediate-abort \
    --target wasm32-unknown-unknown --print cfg 2>/dev/null | grep -qx 'panic="immediate-abort"' ||
    return 1
  # Trunk runs cargo offline: the crates std itself uses must be downloaded first
  # (once; a second of checking after that).
  RUSTC_BOOTSTRAP=1 cargo fetch -q --manifest-path "$library/Cargo.toml" >/dev/null 2>&1
}

if release_std_rebuilt; then
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # std's own smaller code paths where it has them (its sorts, for one): 0.6 KiB of
  # the viewer. No panic location is kept either, as nothing would show it: 0.15.
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
else
  echo "==> release build with the prebuilt standard library (bigger wasm; see scripts/release-env.sh)" >&2
fi
