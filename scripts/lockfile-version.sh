#!/usr/bin/env bash
# Prints the version Cargo.lock pins for a package: the single source of truth for
# tool versions that must match a crate (wasm-bindgen CLI = wasm-bindgen crate).
set -euo pipefail
cd "$(dirname "$0")/.."
awk -v name="$1" '
  $0 == "name = \"" name "\"" { found = 1; next }
  found && /^version = / { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock
