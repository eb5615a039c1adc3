#!/usr/bin/env bash
# Exactness of the warm history walk (issue 14, seventh pass: .glx/cache/commits/,
# engine/commit-store.ts): this build's `glx delta --range HEAD~N..HEAD --per-commit --tokens`
# with the caches on — cold (the commits/ entries removed first: the run fills them), then warm
# (every commit read back) — must equal, byte for byte, the stream walk-identity.sh wrote for the
# "before" build (no cache). Run walk-identity.sh first with the same out-dir.
#   scripts/bench/walk-warm-identity.sh <repo> [N=200] [out-dir=/tmp/walk-identity]
# Writes under <repo>/.glx/cache/ (created when missing: --per-commit uses the caches only when
# .glx/ exists); nothing else in <repo>.
set -euo pipefail
repo="$1"; n="${2:-200}"; out="${3:-/tmp/walk-identity}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
name="$(basename "$repo")"
ref="$out/$name.before.jsonl"
[ -s "$ref" ] || { echo "$ref missing: run scripts/bench/walk-identity.sh first" >&2; exit 2; }
mkdir -p "$repo/.glx"
rm -rf "$repo/.glx/cache/commits"
status=0
for run in cold warm; do
  start=$(date +%s.%N)
  (cd "$repo" && GLX_WALK_THREADS="${GLX_WALK_THREADS:-1}" node "$here/dist/glx.js" delta --range "HEAD~$n..HEAD" --per-commit --tokens) > "$out/$name.$run.jsonl"
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  if cmp -s "$ref" "$out/$name.$run.jsonl"; then echo "$name $run (${secs} s): identical to before"; else echo "$name $run: DIFFERENT"; status=1; fi
done
exit $status
