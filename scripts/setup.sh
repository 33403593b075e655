#!/usr/bin/env bash
# factmark's set-up, run first by `npm start` and `npm test`: installs what is
# missing (Debian packages, npm packages from the lockfile) and rebuilds what
# is stale (native build, wasm build, default timeline). With nothing to do it
# takes seconds.
#
#   scripts/setup.sh               the normal set-up
#   scripts/setup.sh --wasm-debug  also the debug wasm (ASSERTIONS, SAFE_HEAP)
#                                  into web/dist-debug/
set -euo pipefail
cd "$(dirname "$0")/.."

wasm_debug=0
for arg in "$@"; do
  case "$arg" in
    --wasm-debug) wasm_debug=1 ;;
    *) echo "setup: unknown option $arg" >&2; exit 2 ;;
  esac
done

say() { printf 'setup: %s\n' "$*"; }

# --- Debian packages ---------------------------------------------------------
# cmake, g++ and GoogleTest come with the machine; they are checked anyway so
# (clang and its runtimes build the sanitizer and fuzz build, scripts/sanitize.sh);
# a machine without them gets the same clear instruction.
packages=(cmake g++ make libgtest-dev emscripten rapidjson-dev chromium clang libclang-rt-14-dev)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if ((${#missing[@]})); then
  command="apt-get update && apt-get install -y ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup: missing Debian packages: ${missing[*]}" >&2
    echo "setup: install them as root, then run this again:" >&2
    echo "  sudo sh -c '$command'" >&2
    exit 1
  fi
  say "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if ((node_major < 20)); then
  echo "setup: Node.js 20 or newer is needed (found $(node --version))" >&2
  exit 1
fi

# --- npm packages, from the committed lockfile --------------------------------
lock_stamp=node_modules/.factmark-lockfile-sha256
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f $lock_stamp || $(cat "$lock_stamp") != "$lock_hash" ]]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" >"$lock_stamp"
fi

# --- builds (CMake rebuilds only what changed) --------------------------------
source scripts/quiet-build.sh
build() { quiet_build setup "$1"; }
if [[ ! -f build/native/CMakeCache.txt ]]; then
  say "configuring the native build"
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
build build/native
test -x build/native/bin/factmark

# Debian's emcc needs Debian's acorn for its JS optimizer.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
build_wasm() {  # build_wasm DIR [CMAKE ARGS...]
  local dir=$1
  shift
  if [[ ! -f $dir/CMakeCache.txt ]]; then
    say "configuring $dir"
    emcmake cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
  fi
  build "$dir"
}
build_wasm build/wasm
test -f web/dist/factmark.wasm
if ((wasm_debug)); then
  build_wasm build/wasm-debug -DFACTMARK_WASM_DEBUG=ON
  test -f web/dist-debug/factmark.wasm
fi

# --- the bundles for pages: the embed, its worker, the classic script -------
bundles=(web/dist/factmark.embed.js web/dist/worker.js web/dist/factmark.classic.js
         web/dist/factmark.viewer.js)
stale=0
for bundle in "${bundles[@]}"; do
  if [[ ! -f $bundle ||
        -n $(find web/src web/dist/factmark.js scripts/build-bundles.js -newer "$bundle" -print -quit) ]]; then
    stale=1
  fi
done
if ((stale)); then
  say "bundling the widget into web/dist/"
  node scripts/build-bundles.js
fi

# --- the browser extension: build/extension/ (unpacked) and its store zip ----
extension=build/factmark-extension.zip
if [[ ! -f $extension ||
      -n $(find web/extension web/src web/dist/factmark.wasm web/dist/world.timeline scripts/build-extension.js -newer "$extension" -print -quit) ]]; then
  say "building the browser extension ($extension)"
  node scripts/build-extension.js >/dev/null
fi
say "ready"
