#!/usr/bin/env bash
# `npm run train [-- trainer options]`: builds the native trainer, trains the entity tagger on
# the mixture of tools/train/train_ner.cpp from ../shared/data, writes models/ner.bin and its
# card models/ner.md (data hashes, dev scores, size). Deterministic: the same data give the same
# bytes. Then `npm run build` embeds the model in the core.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/tools/env.sh"
DATA=${ARTICLE_ANALYZER_DATA:-$ROOT/../shared/data}
REPORT=$ROOT/build/train-report.json
cmake --preset native >/dev/null
cmake --build --preset native -j "${JOBS:-$(nproc)}" --target aa_train_ner
"$ROOT/build/native/tools/train/aa_train_ner" --data "$DATA" --out "$ROOT/models/ner.bin" --report "$REPORT" "$@"
node "$ROOT/tools/train/card.mjs" "$REPORT" "$DATA" "$ROOT/models/ner.md"
