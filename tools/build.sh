#!/usr/bin/env bash
# Builds everything `npm start` and `npm test` need: the wasm libraries of ICU and Gumbo (once,
# into the cache, keyed by versions), the native core with its tests, the same core and tests
# under ASan + UBSan (build/native-asan), and the wasm module in dist/.
# Incremental: a second run with nothing changed takes seconds.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/tools/env.sh"
log() { printf '[build] %s\n' "$*" >&2; }
JOBS=${JOBS:-$(nproc)}

# The wasm dependencies depend only on these inputs; a change to any of them makes a new prefix.
EMCC_VERSION=$(emcc --version 2>/dev/null | sed -n 1p)  # sed reads all: head would SIGPIPE emcc under pipefail
# The languages' codes (not the comments of their list) choose the ICU rules in the data subset.
LANGUAGE_CODES=$(grep -E '^[a-z]+$' "$ROOT/core/src/lang/languages.txt")
DEPS_KEY=$( { echo "$EMCC_VERSION"; cat "$ROOT/tools/wasm-deps/CMakeLists.txt"; echo "$LANGUAGE_CODES"; } | sha256sum | cut -c1-16)
WASM_DEPS=$AA_CACHE/wasm-deps-$DEPS_KEY
if [ ! -f "$WASM_DEPS/.complete" ]; then
  log "building ICU and Gumbo for wasm into $WASM_DEPS (a few minutes, once)"
  rm -rf "$AA_CACHE/wasm-deps-build"
  emcmake cmake -S "$ROOT/tools/wasm-deps" -B "$AA_CACHE/wasm-deps-build" -G Ninja \
    -DCMAKE_BUILD_TYPE=MinSizeRel -DICU_SRC="$ICU_SRC" -DGUMBO_SRC="$GUMBO_SRC" \
    -DCMAKE_INSTALL_PREFIX="$WASM_DEPS" >/dev/null
  cmake --build "$AA_CACHE/wasm-deps-build" -j "$JOBS"
  cmake --install "$AA_CACHE/wasm-deps-build" >/dev/null
  touch "$WASM_DEPS/.complete"
  rm -rf "$AA_CACHE/wasm-deps-build"
fi

log "native build"
cmake --preset native >/dev/null
cmake --build --preset native -j "$JOBS"

log "native build under ASan + UBSan (the core and its doctest suites)"
cmake --preset native-asan >/dev/null
cmake --build --preset native-asan -j "$JOBS"

log "wasm build"
cmake --preset wasm -DAA_WASM_DEPS="$WASM_DEPS" >/dev/null
cmake --build --preset wasm -j "$JOBS"
