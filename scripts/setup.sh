#!/usr/bin/env bash
# Set-up for a fresh Debian 12 machine that already has the Swift toolchain.
# Installs the system packages hocvuso needs to build, test and run. Idempotent: when everything is
# installed it does nothing (and needs no root).
set -euo pipefail

PACKAGES=(
  libsqlite3-dev     # SQLite headers for sqlite-nio
  zlib1g-dev         # zlib for Foundation/ZIP
  postgresql         # initdb/pg_ctl/psql: the tests start a throw-away PostgreSQL cluster
  sqlite3            # sqlite3 shell, for inspection and scripts
  chromium           # end-to-end tests in a real browser
  fonts-dejavu-core  # fonts with Vietnamese glyphs for the browser and PDFs
  tesseract-ocr      # reading scanned reports (issue 9)
  tesseract-ocr-vie  # Tesseract's Vietnamese model
  hunspell-vi        # Vietnamese syllable dictionary: candidates for restoring diacritics
  wrk                # HTTP load for `hocvuso bench sessions`
  curl               # health checks in scripts and benchmarks
  libqrencode-dev    # QR codes on certificates (linked from C)
  zbar-tools         # zbarimg: the tests decode the certificates' QR codes with a real decoder
  libreoffice-writer # the tests open generated DOCX files (DOCX -> PDF)
  fonts-liberation2  # Liberation Serif: metric-compatible Times New Roman for the DOCX -> PDF checks
  poppler-utils      # pdftotext/pdffonts/pdftoppm: the tests read the PDFs LibreOffice makes
)

log() { printf 'setup: %s\n' "$*"; }

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg -s "$pkg" 2>/dev/null || true)
  if [[ $status != *"Status: install ok installed"* ]]; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  log "all system packages are installed (${PACKAGES[*]})"
else
  log "missing system packages: ${missing[*]}"
  if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
    log "not root; using sudo"
  else
    log "ERROR: not root and sudo is not available. As root, run:"
    log "  apt-get update && apt-get install -y ${missing[*]}"
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  log "apt-get update"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update
  log "apt-get install -y ${missing[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y "${missing[@]}"
  log "installed: ${missing[*]}"
fi

# The Swift toolchain is a prerequisite, not installed here.
if ! command -v swift >/dev/null 2>&1 && [[ ! -x /opt/swift/usr/bin/swift ]]; then
  log "WARNING: 'swift' is not on PATH (and /opt/swift/usr/bin/swift does not exist); install the Swift 6 toolchain."
fi
log "done"
