# Shared environment of the project's scripts (sourced, not run).
# Emscripten's Debian build needs Debian's node modules (acorn) on NODE_PATH for every link.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
AA_CACHE=${ARTICLE_ANALYZER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/article-analyzer}
ICU_SRC=$AA_CACHE/icu-72.1/source
GUMBO_SRC=$AA_CACHE/gumbo-0.10.1/src
