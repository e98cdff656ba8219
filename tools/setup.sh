#!/usr/bin/env bash
# Installs what the build and the tests need, idempotently: Debian packages (g++ brings the ASan
# and UBSan runtimes, libasan8 and libubsan1, that the native-asan preset links), npm packages,
# and the sources of ICU 72.1 and Gumbo 0.10.1 for the wasm build. Sources go into a cache
# outside the work tree ($ARTICLE_ANALYZER_CACHE, default ~/.cache/article-analyzer) so a
# fresh clone on the same machine does not fetch them again.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/tools/env.sh"

APT_PACKAGES=(g++ emscripten dpkg-dev libgumbo-dev doctest-dev libicu-dev icu-devtools pkg-config cmake ninja-build chromium)
ICU_DEB_VERSION=72.1-3+deb12u1
GUMBO_NPM=gumbo-parser@0.3.0
# npm's integrity of gumbo-parser-0.3.0.tgz (bundles gumbo 0.10.1, Apache-2.0).
GUMBO_INTEGRITY=sha512-Gaw0cpS5ja6d4Ok9FSK2ESP0MOHQ8ltRYCxWGLMlXwvGRZAWkZ3Sqb5FTT0MbjyGkak3kTB4C7gMWDNioKP0hA==

log() { printf '[setup] %s\n' "$*" >&2; }

ensure_deb_src() {
  # `apt-get source icu` needs a deb-src entry; bookworm's default sources have none.
  local f=/etc/apt/sources.list.d/article-analyzer-src.sources
  if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    log "adding a deb-src entry ($f)"
    cat > "$f" <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    APT_UPDATED=0
  fi
}

APT_UPDATED=0
apt_update_once() { [ "$APT_UPDATED" = 1 ] || { log "apt-get update"; apt-get update -qq; APT_UPDATED=1; }; }

install_apt_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = 'install ok installed' ] || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  log "installing Debian packages: ${missing[*]}"
  ensure_deb_src
  apt_update_once
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

fetch_icu_source() {
  [ -f "$ICU_SRC/common/putil.cpp" ] && return
  log "fetching ICU $ICU_DEB_VERSION sources (apt-get source)"
  ensure_deb_src
  apt_update_once
  local tmp; tmp=$(mktemp -d "$AA_CACHE/icu-fetch.XXXXXX"); chmod 755 "$tmp"  # readable by apt's _apt user
  (cd "$tmp" && apt-get source -qq "icu=$ICU_DEB_VERSION" >/dev/null)
  rm -rf "$AA_CACHE/icu-72.1" && mv "$tmp/icu-72.1" "$AA_CACHE/icu-72.1" && rm -rf "$tmp"
}

fetch_gumbo_source() {
  [ -f "$GUMBO_SRC/parser.c" ] && return
  log "fetching $GUMBO_NPM (Gumbo 0.10.1 C sources)"
  local tmp; tmp=$(mktemp -d "$AA_CACHE/gumbo-fetch.XXXXXX")
  (cd "$tmp" && npm pack --silent "$GUMBO_NPM" >/dev/null)
  local got="sha512-$(openssl dgst -sha512 -binary "$tmp"/gumbo-parser-0.3.0.tgz | base64 -w0)"
  if [ "$got" != "$GUMBO_INTEGRITY" ]; then
    log "integrity mismatch for $GUMBO_NPM: $got"; rm -rf "$tmp"; exit 1
  fi
  tar -xzf "$tmp/gumbo-parser-0.3.0.tgz" -C "$tmp"
  rm -rf "$(dirname "$GUMBO_SRC")" && mkdir -p "$(dirname "$GUMBO_SRC")"
  cp -r "$tmp/package/deps/gumbo-parser/src" "$GUMBO_SRC"
  cp "$tmp/package/deps/gumbo-parser/COPYING" "$(dirname "$GUMBO_SRC")/COPYING"
  rm -rf "$tmp"
}

install_npm_packages() {
  # The stamp records the lock file that node_modules was installed from.
  local stamp="$ROOT/node_modules/.article-analyzer-lock"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$ROOT/package-lock.json"; then return; fi
  log "installing npm packages"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$ROOT/package-lock.json" "$stamp"
}

mkdir -p "$AA_CACHE"
install_apt_packages
fetch_icu_source
fetch_gumbo_source
install_npm_packages
