# Where tools/e2e/install.sh puts the editor-test tools; sourced by it. The exact versions are in
# versions.json, which the runner (tools/e2e/paths.ts) reads too.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
E2E_CACHE="${COPYDESK_E2E_CACHE:-$ROOT/.cache/e2e}"
E2E_NODE_VERSION="$(node -p "require('$ROOT/tools/e2e/versions.json').node")"
E2E_CODE_SERVER_VERSION="$(node -p "require('$ROOT/tools/e2e/versions.json').codeServer")"
E2E_NODE_DIR="$E2E_CACHE/node-$E2E_NODE_VERSION"
E2E_CODE_SERVER_DIR="$E2E_CACHE/code-server-$E2E_CODE_SERVER_VERSION"
