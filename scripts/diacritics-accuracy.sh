#!/usr/bin/env bash
# Word accuracy of diacritics restoration, hocvuso vs pyvi's ViUtils.add_accents, on the same texts, in one run:
# the held-out reports (Tests/HocVuSoReadingTests/HeldOut/reports; the restorer's settings were chosen on them), the
# blind set (Tests/HocVuSoReadingTests/BlindSet/reports; never used for any choice) and the clean seed 002, stripped
# of their diacritics by the script itself. Definition and figures: docs/diacritics.md.
# Usage: scripts/diacritics-accuracy.sh   (HOCVUSO=path/to/hocvuso to skip the build; VENV=dir for the venv)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-${TMPDIR:-/tmp}/hocvuso-diacritics-venv}
DICTIONARY=/usr/share/hunspell/vi_VN.dic
[[ -f $DICTIONARY ]] || { echo "diacritics-accuracy: $DICTIONARY is missing (apt-get install hunspell-vi)" >&2; exit 1; }

if [[ ! -x $VENV/bin/python ]]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c 'import pyvi' 2>/dev/null || "$VENV/bin/pip" install --quiet pyvi

BIN=${HOCVUSO:-}
if [[ -z $BIN ]]; then
  swift build --product hocvuso >/dev/null
  BIN=$(swift build --show-bin-path)/hocvuso
fi

"$VENV/bin/python" scripts/diacritics_accuracy.py "$BIN" "$DICTIONARY" \
  --group "held-out reports" Tests/HocVuSoReadingTests/HeldOut/reports/*.txt \
  --group "blind set" Tests/HocVuSoReadingTests/BlindSet/reports/*.txt \
  --group "seed 002 (clean)" Tests/HocVuSoReadingTests/Fixtures/seeds/002_*.txt
