#!/usr/bin/env bash
# Trunk post-build hook: writes weekboard.js, the embed loader, next to the files
# Trunk just built, with their hashed names filled in. One build serves both the
# standalone page (index.html) and <week-board> embeds (weekboard.js).
set -euo pipefail

dir=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
template=${TRUNK_SOURCE_DIR:-.}/static/embed/weekboard.js

one() { # the single file in $dir matching a pattern, or a clear failure
  local matches
  mapfile -t matches < <(cd "$dir" && ls $1 2>/dev/null)
  if [ "${#matches[@]}" -ne 1 ]; then
    echo "embed-bundle: expected one $1 in $dir, found ${#matches[@]}" >&2
    exit 1
  fi
  printf '%s' "${matches[0]}"
}

glue=$(one 'weekboard-*[0-9a-f].js')
wasm=$(one 'weekboard-*_bg.wasm')
css=$(one 'weekboard-*.css')
sed -e "s/__GLUE__/$glue/; s/__WASM__/$wasm/; s/__CSS__/$css/" "$template" > "$dir/weekboard.js"
echo "embed-bundle: weekboard.js → $glue, $wasm, $css"
