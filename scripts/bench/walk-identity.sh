#!/usr/bin/env bash
# Exactness of a change to the history walk (issue 14, sixth pass): the per-commit token stream
# of a "before" build and of this build, over the same commits of a local clone, must be byte
# for byte the same. Runs `glx delta --range HEAD~N..HEAD --per-commit --tokens` (one thread,
# no warm-start cache: every version analysed by the walk itself) with each build's dist/ and
# compares the JSON Lines (every token, ΔZ, fingerprint of every commit).
#   scripts/bench/walk-identity.sh <before-root> <repo> [N=200] [out-dir=/tmp/walk-identity]
# <before-root>: a directory holding the other build's dist/ (e.g. main's `dist/` copied aside).
# Nothing is written in <repo>: --per-commit creates no .glx/ and GLX_CACHE=0 reads none.
set -euo pipefail
before="$1"; repo="$2"; n="${3:-200}"; out="${4:-/tmp/walk-identity}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
name="$(basename "$repo")"
mkdir -p "$out"
run() { (cd "$repo" && GLX_CACHE=0 GLX_WALK_THREADS=1 node "$1/dist/glx.js" delta --range "HEAD~$n..HEAD" --per-commit --tokens) > "$2"; }
[ -s "$out/$name.before.jsonl" ] || run "$before" "$out/$name.before.jsonl"
run "$here" "$out/$name.after.jsonl"
b=$(sha256sum < "$out/$name.before.jsonl" | cut -c1-16); a=$(sha256sum < "$out/$name.after.jsonl" | cut -c1-16)
lines=$(wc -l < "$out/$name.after.jsonl"); tokens=$(grep -o '"schema":"delta.tokens.v1"' "$out/$name.after.jsonl" | wc -l)
if cmp -s "$out/$name.before.jsonl" "$out/$name.after.jsonl"; then
  echo "$name: identical — $lines commits, $tokens tokens (sha256 $a)"
else
  echo "$name: DIFFERENT — before $b, after $a; first differing commit:"
  diff <(cut -c1-400 "$out/$name.before.jsonl") <(cut -c1-400 "$out/$name.after.jsonl") | head -6
  exit 1
fi
