#!/usr/bin/env bash
# Build the Linux one-folder bundle: dist/DebtorDesk/DebtorDesk (see packaging/README.md).
# PyInstaller needs binutils' objdump on Linux (apt-get install binutils).
set -euo pipefail
cd "$(dirname "$0")/.."
uv sync -q
uv run pyinstaller packaging/debtordesk.spec --noconfirm --distpath dist --workpath build "$@"
echo "Built dist/DebtorDesk ($(du -sh dist/DebtorDesk | cut -f1))"
