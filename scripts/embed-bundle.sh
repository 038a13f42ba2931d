#!/usr/bin/env bash
# Trunk post-build hook: writes weekboard.js, the embed loader, next to the files
# Trunk just built, with their hashed names filled in. One build serves both the
# standalone page (index.html) and <week-board> embeds (weekboard.js): the planner
# (weekboard-*, and its stylesheet planner-*.css) for both, and the read-only viewer
# (weekboard-viewer-*) for `<week-board readonly>` alone. Every widget uses the
# stylesheet weekboard-*.css.
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

glue=$(one 'weekboard-[0-9a-f]*[0-9a-f].js')
wasm=$(one 'weekboard-[0-9a-f]*_bg.wasm')
css=$(one 'weekboard-[0-9a-f]*.css')
planner_css=$(one 'planner-[0-9a-f]*.css')

# Trunk builds the viewer as a "worker" asset (built, not linked from index.html),
# which it names without a hash and gives a loader shim nobody uses. The hash goes
# in here, so a new build is never served from an old cache.
hashed() { # weekboard-viewer.js → weekboard-viewer-<hash of the pair>.js
  local stem=$1 hash
  hash=$(cat "$dir/$stem.js" "$dir/${stem}_bg.wasm" | sha256sum | cut -c1-16)
  mv "$dir/$stem.js" "$dir/$stem-$hash.js"
  mv "$dir/${stem}_bg.wasm" "$dir/$stem-${hash}_bg.wasm"
  rm -f "$dir/${stem}_loader.js"
}
# The loader and both glue files, minified: Trunk's own minifier gives up on them.
# Measured (brotli): the loader 3.0 → 2.4 KiB, the viewer's glue 2.75 → 1.7, the
# planner's 8.9 → 6.7. index.html pins the planner's glue by its hash (SRI): the
# hash of the minified file takes the old one's place.
terser=${TRUNK_SOURCE_DIR:-.}/node_modules/.bin/terser
minify() { # in place
  "$terser" "$1" --module --compress --mangle --output "$1.min" && mv "$1.min" "$1"
}
# With node, which the build has anyway (wasm-opt and terser come from npm).
sri() {
  node -e 'const b = require("fs").readFileSync(process.argv[1]);
    process.stdout.write("sha384-" + require("crypto").createHash("sha384").update(b).digest("base64"))' "$1"
}
pinned=$(sri "$dir/$glue")
minify "$dir/$glue"
if grep -q "$pinned" "$dir/index.html"; then
  sed -i "s|$pinned|$(sri "$dir/$glue")|" "$dir/index.html"
fi
if [ -e "$dir/weekboard-viewer.js" ]; then
  minify "$dir/weekboard-viewer.js"
  hashed weekboard-viewer
fi
viewer_glue=$(one 'weekboard-viewer-*[0-9a-f].js')
viewer_wasm=$(one 'weekboard-viewer-*_bg.wasm')
# Every embed fetches the loader, minified (above).
sed -e "s/__GLUE__/$glue/; s/__WASM__/$wasm/; s/__CSS__/$css/; s/__PLANNER_CSS__/$planner_css/" \
  -e "s/__VIEWER_GLUE__/$viewer_glue/; s/__VIEWER_WASM__/$viewer_wasm/" \
  "$template" > "$dir/weekboard.js"
minify "$dir/weekboard.js"
echo "embed-bundle: weekboard.js → $glue, $wasm, $css, $planner_css; read-only: $viewer_glue, $viewer_wasm, $css"
