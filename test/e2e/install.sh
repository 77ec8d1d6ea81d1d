#!/usr/bin/env bash
# Installs what the end-to-end suite needs on a bare machine, and nothing when it is all there:
# Debian packages (Chromium, ripgrep, Neovim, headers and compilers for code-server's native
# modules) and code-server 4.100.3 in a tools folder outside the project, so `npm ci` never
# touches it. Says what it does on stderr; a second run takes well under a second.
# Prints nothing on stdout except, with --print-tools, the tools folder.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
TOOLS=${GRIMOIRE_E2E_TOOLS:-$HOME/.cache/grimoire-e2e}

say() { echo "e2e/install: $*" >&2; }
die() { say "error: $*"; exit 1; }

# --- Debian packages ---------------------------------------------------------------------------
missing=()
need_cmd() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need_pkg() { dpkg -s "$1" >/dev/null 2>&1 || missing+=("$1"); }
[ -x /usr/bin/chromium ] || missing+=(chromium)
need_cmd rg ripgrep
need_cmd nvim neovim
need_pkg libkrb5-dev # code-server's kerberos module compiles against it
need_cmd make make
need_cmd g++ g++
need_cmd python3 python3 # node-gyp
need_cmd pkg-config pkg-config

if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and there is no apt-get to install them"
  sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "missing ${missing[*]}; apt-get needs root and there is no sudo"
    sudo=(sudo -n)
  fi
  say "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  mkdir -p "$TOOLS"
  log="$TOOLS/apt.log"
  # A fresh machine's package lists may be stale or absent; refresh once and retry.
  if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
    "${sudo[@]}" apt-get update -q >>"$log" 2>&1 || true
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$log" 2>&1 ||
      { tail -n 20 "$log" >&2; die "apt-get install ${missing[*]} failed (log: $log)"; }
  fi
fi

# --- code-server -------------------------------------------------------------------------------
installed_version() {
  node -p "require('$TOOLS/node_modules/code-server/package.json').version" 2>/dev/null || true
}
if [ "$(installed_version)" != "$CODE_SERVER_VERSION" ] || [ ! -x "$TOOLS/node_modules/.bin/code-server" ]; then
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  # 4.90 to 4.100.x run on Node 20; later code-server releases need Node 22 or newer.
  [ "$node_major" -ge 20 ] || die "code-server $CODE_SERVER_VERSION needs Node 20, found $(node -v)"

  # @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already holds it,
  # and GitHub is out of reach here: seed the cache with Debian's rg.
  tmp=${TMPDIR:-/tmp}
  cache="$tmp/vscode-ripgrep-cache-1.15.11"
  tarball="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -s "$tarball" ]; then
    say "seeding the @vscode/ripgrep cache with $(command -v rg)"
    mkdir -p "$tmp/rgpack" "$cache"
    cp "$(command -v rg)" "$tmp/rgpack/rg"
    tar czf "$tarball" -C "$tmp/rgpack" rg
  fi

  say "npm install code-server@$CODE_SERVER_VERSION into $TOOLS (one to two minutes)"
  mkdir -p "$TOOLS"
  # code-server's postinstall refuses root without unsafe-perm, and node-pty runs `npx node-gyp`.
  log="$TOOLS/install.log"
  if ! npm_config_yes=true npm_config_unsafe_perm=true npm_config_fund=false npm_config_audit=false \
    npm install --prefix "$TOOLS" --no-save --no-package-lock "code-server@$CODE_SERVER_VERSION" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "npm install code-server@$CODE_SERVER_VERSION failed (is the npm registry reachable? log: $log)"
  fi
  [ "$(installed_version)" = "$CODE_SERVER_VERSION" ] || die "code-server $CODE_SERVER_VERSION is not in $TOOLS after npm install (log: $log)"
  say "code-server $CODE_SERVER_VERSION installed"
fi

if [ "${1:-}" = "--print-tools" ]; then echo "$TOOLS"; fi
