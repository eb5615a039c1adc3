#!/bin/bash
# Interleaved before/after figures of `glx delta` through the daemon (issue 14, sixth pass;
# docs/benchmarks.md "Issue 14, sixth pass"). Usage:
#   BEFORE=/path/to/other/dist/glx.js scripts/daemon-pairs.sh <clone> <file> <comment-prefix>
# e.g. scripts/daemon-pairs.sh /tmp/real-webpack lib/Compilation.js //
# Per round: before (in-process), through the daemon (+ the daemon's CPU for the request), after
# in-process (GLX_DAEMON=0), `node -e 0`; `/usr/bin/time` wall, user, sys. The file is restored.
set -eu
REPO=$1; FILE=$2; C=$3
A="$(cd "$(dirname "$0")/.." && pwd)/dist/glx.js"
B=${BEFORE:-$A}
export GLX_DAEMON_DIR; GLX_DAEMON_DIR=$(mktemp -d); chmod 700 "$GLX_DAEMON_DIR"
unset CI
cd "$REPO"
ORIG=$(mktemp); cp "$FILE" "$ORIG"
trap 'node "$A" daemon stop >/dev/null || true; cp "$ORIG" "$FILE"; rm -rf "$GLX_DAEMON_DIR" "$ORIG"' EXIT
echo "$C bench" >> "$FILE"
node "$A" daemon start --idle 10 >/dev/null
DPID=$(node "$A" daemon status --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).daemon.pid))')
cpu() { awk '{print $14+$15}' "/proc/$DPID/stat"; }
node "$B" delta >/dev/null; GLX_DAEMON=0 node "$A" delta >/dev/null; node "$A" delta >/dev/null; node "$A" delta >/dev/null
for _ in 1 2 3 4 5 6 7; do
  /usr/bin/time -f "before %e %U %S" env GLX_DAEMON=0 node "$B" delta >/dev/null
  c0=$(cpu); /usr/bin/time -f "daemon %e %U %S" node "$A" delta >/dev/null; c1=$(cpu); echo "daemon-cpu-ms $(( (c1 - c0) * 10 ))"
  /usr/bin/time -f "inproc %e %U %S" env GLX_DAEMON=0 node "$A" delta >/dev/null
  /usr/bin/time -f "node-e0 %e %U %S" node -e 0
done 2>&1
grep "→ exit" .glx/logs/daemon.log | tail -7 | sed 's/.* in \([0-9.]*\) ms.*/in-daemon-ms \1/'
uptime
