#!/usr/bin/env bash
# Retrains the diacritics restorer's language model (docs/diacritics.md) and writes it where the program ships it.
# Corpus: Vietnamese translations shipped in Debian packages + the product's own texts. Never the evaluation texts
# (Tests/HocVuSoReadingTests/HeldOut, the seeds).
# Usage: scripts/train-diacritics.sh [OUT]   (default Sources/HocVuSoReading/Resources/diacritics-model.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-Sources/HocVuSoReading/Resources/diacritics-model.txt}

# Debian packages whose Vietnamese translations and documentation make the general corpus, and the dictionary.
mapfile -t CORPUS_PACKAGES < <(grep -v '^#' scripts/diacritics-corpus-packages.txt | grep .)
missing=()
for pkg in hunspell-vi "${CORPUS_PACKAGES[@]}"; do
  dpkg -s "$pkg" 2>/dev/null | grep -q "Status: install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "train-diacritics: installing ${missing[*]}"
  apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Man pages as plain text.
MAN=$(mktemp -d)
trap 'rm -rf "$MAN"' EXIT
for page in /usr/share/man/vi/man*/*; do
  MANWIDTH=2000 man -l "$page" 2>/dev/null | col -bx > "$MAN/$(basename "$page").txt" || true
done

# The product's own texts: string literals and templates of the sources, the bundled data, README. The extractor's
# sources are left out (they are written against the seeds) and the tests are never read.
mapfile -t PRODUCT < <(find Sources \( -name '*.swift' -o -name '*.mustache' \) \
  -not -path '*/HocVuSoReading/Extraction/*' -not -name 'ZZTemporaryShims.swift' | sort)
PRODUCT+=(Sources/HocVuSoStore/Resources README.md)

args=(--out "$OUT")
for path in /usr/share/locale/vi/LC_MESSAGES /usr/lib/libreoffice/program/resource/vi \
            /usr/share/libreoffice/help/vi /usr/share/doc/maint-guide-vi/html \
            /usr/share/doc/installation-guide-amd64/vi /usr/share/help/vi "$MAN"; do
  args+=(--corpus "$path")
done
for path in "${PRODUCT[@]}"; do args+=(--product "$path"); done

BIN=${HOCVUSO:-}
if [[ -z $BIN ]]; then
  swift build --product hocvuso >/dev/null
  BIN=$(swift build --show-bin-path)/hocvuso
fi
"$BIN" train-diacritics "${args[@]}"
