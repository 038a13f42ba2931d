#!/usr/bin/env bash
# Measures every figure weekboard has a budget for, prints one table and writes it to
# BENCHMARKS.md (with the date, the machine and the commit). `make bench` runs it.
#
#   native   criterion: core/benches/score.rs, codecs.rs and (once it exists) arrange.rs
#   links    share-link lengths (core/examples/link_lengths.rs)
#   build    the board and a bare Yew page, release, with the same settings (Trunk)
#   browser  headless Chromium: startup, drop → paint, "Suggest a better order",
#            1,000 random drags (bench/browser.mjs)
#   report   sizes, the table, BENCHMARKS.md (bench/report.mjs)
#
# Exits non-zero when a budgeted figure misses its budget or a stage breaks; figures of
# features that don't exist yet are reported as "not measured" and don't fail.
# The README ("Benchmarks") explains each figure.
#
# Environment (all optional):
#   CARGO_TARGET_DIR        cargo's target directory (default: target/)
#   BENCH_OUT               where builds, logs and raw results go (default: $CARGO_TARGET_DIR/bench)
#   BENCH_REPORT            the report written (default: BENCHMARKS.md)
#   BENCH_CRITERION_ARGS    passed to every criterion bench (default: --warm-up-time 1 --measurement-time 2)
#   BENCH_ARRANGE_FILTER    which arrange benchmarks run, a criterion regex (default: 10)
#   BENCH_LOADS, BENCH_DROPS, BENCH_WARMUP, BENCH_RANDOM_DRAGS, BENCH_SUGGEST_RUNS
#                           browser sample counts (default 15, 200, 10, 1000, 10)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
started=$(date +%s)

export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export TRUNK_TOOLS_WASM_BINDGEN="${TRUNK_TOOLS_WASM_BINDGEN:-$(scripts/lockfile-version.sh wasm-bindgen)}"
export TRUNK_TOOLS_WASM_OPT="${TRUNK_TOOLS_WASM_OPT:-version_132}"
# One target directory for the board and the bare Yew page: they share their
# build-time crates (macros), so the bare page builds in under a minute.
target=${CARGO_TARGET_DIR:-target}
case $target in /*) ;; *) target="$ROOT/$target" ;; esac
export CARGO_TARGET_DIR=$target
out=${BENCH_OUT:-$target/bench}
case $out in /*) ;; *) out="$ROOT/$out" ;; esac
report=${BENCH_REPORT:-$ROOT/BENCHMARKS.md}
read -r -a criterion_args <<<"${BENCH_CRITERION_ARGS:---warm-up-time 1 --measurement-time 2}"
arrange_filter=${BENCH_ARRANGE_FILTER:-10}

# Only what an earlier run left here, never the directory itself (BENCH_OUT may be shared).
rm -rf "$out"/{criterion,logs,dist,bare-dist} "$out"/{browser.json,link-lengths.tsv,stages.tsv,loadavg,bench-executables.tsv}
mkdir -p "$out/logs"
cut -d' ' -f1-3 /proc/loadavg >"$out/loadavg"
stages="$out/stages.tsv"
: >"$stages"

say() { printf '==> %s\n' "$*" >&2; }
# Records how a stage ended: ok, failed (with where to look), absent.
note() { printf '%s\t%s\t%s\n' "$1" "$2" "${3:-}" >>"$stages"; }
# Runs a command with its output in a log; on failure shows the log's tail.
logged() {
  local log=$1
  shift
  if "$@" >"$log" 2>&1; then return 0; fi
  printf '    failed; the end of %s:\n' "${log#"$ROOT"/}" >&2
  tail -n 15 "$log" | sed 's/^/    /' >&2
  return 1
}
since() { printf '%ds' $(($(date +%s) - $1)); }

# --- native -------------------------------------------------------------------
benches=(score codecs)
if [ -f core/benches/arrange.rs ]; then
  benches+=(arrange)
else
  note bench-arrange absent
fi
exes="$out/bench-executables.tsv"
: >"$exes"
# Builds benches and lists "name<TAB>executable" for each one built.
build_benches() {
  local flags=() b
  for b in "$@"; do flags+=(--bench "$b"); done
  cargo bench -p weekboard-core --no-run --message-format=json-render-diagnostics "${flags[@]}" |
    node -e '
      let text = ""; process.stdin.on("data", (d) => (text += d)).on("end", () => {
        for (const line of text.split("\n")) {
          if (!line.startsWith("{")) continue;
          const m = JSON.parse(line);
          if (m.reason === "compiler-artifact" && m.executable && m.target.kind.includes("bench")) {
            console.log(`${m.target.name}\t${m.executable}`);
          }
        }
      });' >>"$exes"
  return "${PIPESTATUS[0]}"
}
t=$(date +%s)
# Built once, then run directly: every bench measures the same build of the core.
say "native: building the criterion benches (${benches[*]})"
if ! logged "$out/logs/bench-build.log" build_benches "${benches[@]}"; then
  say "native: building them one by one, to measure those that build"
  : >"$exes"
  for b in "${benches[@]}"; do logged "$out/logs/bench-build-$b.log" build_benches "$b"; done
fi
for b in "${benches[@]}"; do
  exe=$(awk -F'\t' -v b="$b" '$1 == b { print $2 }' "$exes" | tail -n 1)
  if [ -z "$exe" ]; then
    note "bench-$b" failed "did not build, see ${out#"$ROOT"/}/logs/bench-build*.log"
    continue
  fi
  filter=()
  [ "$b" = arrange ] && filter=("$arrange_filter")
  say "native: running $b"
  # As `cargo bench` runs it: from the package's directory, with --bench.
  if (cd core && CRITERION_HOME="$out/criterion/$b" logged "$out/logs/bench-$b.log" \
    "$exe" --bench --noplot "${criterion_args[@]}" "${filter[@]}"); then
    note "bench-$b" ok "${filter[*]}"
  else
    note "bench-$b" failed "see ${out#"$ROOT"/}/logs/bench-$b.log"
  fi
done
say "native: $(since "$t")"

t=$(date +%s)
say "links: share-link lengths"
# The dev profile: lengths don't depend on it, and it skips a link-time-optimised build.
if logged "$out/logs/link-lengths.log" cargo run -q -p weekboard-core --example link_lengths; then
  cp "$out/logs/link-lengths.log" "$out/link-lengths.tsv"
  note link-lengths ok
else
  note link-lengths failed "see ${out#"$ROOT"/}/logs/link-lengths.log"
fi
say "links: $(since "$t")"

# --- builds -------------------------------------------------------------------
t=$(date +%s)
say "build: the board, release (trunk)"
built=1
# Both pages are built as `make dist` builds, standard library included (release-env.sh).
(. "$ROOT/scripts/release-env.sh" && logged "$out/logs/build-board.log" trunk build --offline --release --dist "$out/dist") || built=0
say "build: a bare Yew page, release, same settings (trunk)"
(cd bench/bare-yew && . "$ROOT/scripts/release-env.sh" && logged "$out/logs/build-bare.log" trunk build --offline --release --dist "$out/bare-dist") || built=0
if [ "$built" = 1 ]; then note build ok; else note build failed "see ${out#"$ROOT"/}/logs/build-*.log"; fi
say "build: $(since "$t")"

# --- browser ------------------------------------------------------------------
if [ "$built" = 1 ]; then
  t=$(date +%s)
  say "browser: headless Chromium (startup, drop → paint, suggest, random drags)"
  week10=$(awk -F'\t' '$1 ~ /^10 sessions/ { print $4 }' "$out/link-lengths.tsv" 2>/dev/null)
  if node bench/browser.mjs --board "$out/dist" --bare "$out/bare-dist" --out "$out/browser.json" \
    ${week10:+--week10 "$week10"} 2> >(tee "$out/logs/browser.log" >&2); then
    note browser ok
  else
    note browser failed "see ${out#"$ROOT"/}/logs/browser.log"
  fi
  say "browser: $(since "$t")"
fi

# --- report -------------------------------------------------------------------
node bench/report.mjs --out "$out" --md "$report" --root "$ROOT" --elapsed $(($(date +%s) - started))
