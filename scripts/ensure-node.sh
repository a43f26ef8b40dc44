#!/usr/bin/env bash
# Source this file (". scripts/ensure-node.sh") to get a Node that runs this project on PATH: 22.18 or later in the
# 22 line (type stripping and node:sqlite without flags), or 23.6 and later. When the machine's node is older, the
# official Node 24 binary is installed from the npm registry package node-linux-<arch>@24 into a cache folder and put
# first on PATH. scripts/ensure-node.mjs (npm start, npm test, npm run serve, npm run leads) calls this same file.
# Env: NODE_CACHE_DIR (default ~/.cache/soc2-readiness-node); ENSURE_NODE_QUIET=1 leaves the reporting to the caller.

_ensure_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit((a===22&&b>=18)||(a===23&&b>=6)||a>23?0:1)' 2>/dev/null
}

if ! _ensure_node_ok; then
  case "$(uname -m)" in
    x86_64 | amd64) _arch=x64 ;;
    aarch64 | arm64) _arch=arm64 ;;
    *) _arch="$(uname -m)" ;;
  esac
  _cache="${NODE_CACHE_DIR:-$HOME/.cache/soc2-readiness-node}"
  _bin="$_cache/node_modules/node-linux-$_arch/bin"
  if [ ! -x "$_bin/node" ]; then
    [ -n "${ENSURE_NODE_QUIET:-}" ] || echo "ensure-node: installing node-linux-$_arch@24 into $_cache" >&2
    mkdir -p "$_cache"
    npm install --prefix "$_cache" --no-save --no-audit --no-fund --loglevel=error "node-linux-$_arch@24" >&2 || {
      echo "ensure-node: could not install node-linux-$_arch@24 from the npm registry; install Node 24 LTS from https://nodejs.org/ and put it on PATH" >&2
      return 1 2>/dev/null || exit 1
    }
  fi
  export PATH="$_bin:$PATH"
  hash -r
  if ! _ensure_node_ok; then
    echo "ensure-node: Node >= 22.18 is required; found $(node -v 2>/dev/null || echo none)" >&2
    return 1 2>/dev/null || exit 1
  fi
  unset _cache _bin _arch
fi
unset -f _ensure_node_ok
