#!/usr/bin/env bash
# Installs what GlitchLab's end-to-end tests need (see docs/e2e.md and shared/spec/E2E.md):
#   - Debian packages: Chromium, ripgrep, the headers code-server's native modules build against;
#   - code-server 4.99.4 (bundles VS Code 1.99.3) and playwright-core, pinned by
#     scripts/e2e/code-server/package-lock.json, into the git-ignored .cache/code-server/.
# Idempotent: a second run with the same lock returns in well under a second.
#
# Environment:
#   GLITCHLAB_E2E_CACHE   install folder (default: <repo>/.cache/code-server)
#   GLITCHLAB_E2E_SKIP_APT=1  never call apt-get (fail instead if something is missing)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SRC="$ROOT/scripts/e2e/code-server"
CACHE="${GLITCHLAB_E2E_CACHE:-$ROOT/.cache/code-server}"
STAMP="$CACHE/.glitchlab-installed"

log() { printf '[e2e-install] %s\n' "$*" >&2; }
die() { printf '[e2e-install] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- Debian packages
APT_PACKAGES=(libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium chromium-driver fonts-dejavu-core)

missing_packages() {
  local p status
  for p in "${APT_PACKAGES[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
    [[ "$status" == "install ok installed" ]] || printf '%s\n' "$p"
  done
}

ensure_apt() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    # Not Debian: only insist on the binaries that are used at run time.
    for b in chromium rg; do command -v "$b" >/dev/null 2>&1 || die "$b not found (and no dpkg to install it)"; done
    return
  fi
  local missing
  missing="$(missing_packages | tr '\n' ' ')"
  missing="${missing% }"
  if [[ -z "$missing" ]] && [[ -x /usr/bin/chromium ]] && command -v rg >/dev/null 2>&1; then
    return
  fi
  [[ "${GLITCHLAB_E2E_SKIP_APT:-}" == 1 ]] && die "missing Debian packages: $missing"
  local SUDO=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "missing Debian packages ($missing) and not root"
    SUDO=(sudo)
  fi
  log "apt-get install: $missing"
  local t0=$SECONDS
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null
  log "apt done in $((SECONDS - t0)) s"
}

# ---------------------------------------------------------------- checks
node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo none)"
[[ "$node_major" == 20 ]] || die "code-server 4.99.x needs Node 20 exactly; found $node_major"
[[ -f "$SRC/package.json" && -f "$SRC/package-lock.json" ]] || die "missing $SRC/package{,-lock}.json"

lock_sha="$(cat "$SRC/package.json" "$SRC/package-lock.json" | sha256sum | cut -d' ' -f1)"

installed_ok() {
  [[ -f "$STAMP" ]] && [[ "$(cat "$STAMP")" == "$lock_sha" ]] &&
    [[ -x "$CACHE/node_modules/.bin/code-server" ]] &&
    [[ -f "$CACHE/node_modules/playwright-core/package.json" ]] &&
    [[ -x "$CACHE/node_modules/@vscode/ripgrep/bin/rg" || -x "$CACHE/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]]
}

ensure_apt

if installed_ok; then
  log "code-server already installed in $CACHE (lock ${lock_sha:0:12})"
  exit 0
fi

# ---------------------------------------------------------------- code-server + playwright-core
t0=$SECONDS
mkdir -p "$CACHE"
rm -f "$STAMP"
cp "$SRC/package.json" "$SRC/package-lock.json" "$CACHE/"

# @vscode/ripgrep's postinstall downloads ripgrep from GitHub (unreachable here). It first looks
# in its cache under os.tmpdir(): pre-place a tarball holding Debian's rg there.
E2E_TMP="$ROOT/.cache/e2e-tmp"
mkdir -p "$E2E_TMP"
case "$(uname -m)" in
  x86_64) RG_TARGET=x86_64-unknown-linux-musl ;;
  aarch64 | arm64) RG_TARGET=aarch64-unknown-linux-musl ;;
  *) die "unsupported architecture $(uname -m)" ;;
esac
RG_CACHE="$E2E_TMP/vscode-ripgrep-cache-1.15.11"
RG_TGZ="$RG_CACHE/ripgrep-v13.0.0-10-$RG_TARGET.tar.gz"
if [[ ! -s "$RG_TGZ" ]]; then
  rg_bin="$(command -v rg)" || die "ripgrep (rg) not found"
  mkdir -p "$RG_CACHE" "$E2E_TMP/rg-pack"
  cp "$rg_bin" "$E2E_TMP/rg-pack/rg"
  tar -czf "$RG_TGZ" -C "$E2E_TMP/rg-pack" rg
  rm -rf "$E2E_TMP/rg-pack"
fi

nodedir_env=()
# Native modules (node-pty, kerberos, …) build with node-gyp, which would download Node's
# headers; use the machine's own.
[[ -f /usr/include/node/common.gypi ]] && nodedir_env=(npm_config_nodedir=/usr)

log "npm ci in $CACHE (code-server builds native modules: 1-3 min)"
(
  cd "$CACHE"
  env TMPDIR="$E2E_TMP" \
    npm_config_unsafe_perm=true \
    npm_config_yes=true \
    npm_config_ignore_scripts=false \
    npm_config_audit=false \
    npm_config_fund=false \
    npm_config_update_notifier=false \
    "${nodedir_env[@]}" \
    npm ci --no-audit --no-fund >"$CACHE/npm-ci.log" 2>&1
) || { tail -n 40 "$CACHE/npm-ci.log" >&2; die "npm ci failed (full log: $CACHE/npm-ci.log)"; }

"$CACHE/node_modules/.bin/code-server" --version >/dev/null 2>&1 || die "code-server installed but does not run (see $CACHE/npm-ci.log)"
printf '%s\n' "$lock_sha" >"$STAMP"
log "installed $("$CACHE/node_modules/.bin/code-server" --version | head -1) + playwright-core $(node -p "require('$CACHE/node_modules/playwright-core/package.json').version") in $((SECONDS - t0)) s"
