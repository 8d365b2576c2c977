#!/usr/bin/env bash
# Build the macOS app: dist/DebtorDesk.app (PyInstaller, Info.plist from info_plist.py), check that
# it starts, and pack it into dist/DebtorDesk-<version>.dmg for users to drag into Applications.
# Run on a Mac with uv and Xcode's command line tools (hdiutil, codesign) from anywhere:
#   packaging/macos/build.sh
# With DEBTORDESK_SIGN_IDENTITY="Developer ID Application: …" the app is signed for distribution,
# and with DEBTORDESK_NOTARY_PROFILE (a `xcrun notarytool store-credentials` profile) the disk
# image is notarized and stapled, so Gatekeeper opens it without a warning.
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ "$(uname)" == Darwin ]] || { echo "Build the macOS app on a Mac (this is $(uname))." >&2; exit 2; }

uv sync -q
uv run pyinstaller packaging/debtordesk.spec --noconfirm --distpath dist --workpath build
app=dist/DebtorDesk.app
version=$(uv run python -c "import debtordesk; print(debtordesk.__version__)")

# The packaged app must start: offscreen, on a throw-away data file, exit 0 once painted.
smoke_data=$(mktemp -d)
trap 'rm -rf "$smoke_data"' EXIT
QT_QPA_PLATFORM=offscreen DEBTORDESK_DATA_DIR="$smoke_data" "$app/Contents/MacOS/DebtorDesk" --smoke
plutil -lint "$app/Contents/Info.plist"

if [[ -n "${DEBTORDESK_SIGN_IDENTITY:-}" ]]; then
    codesign --force --deep --options runtime --timestamp --sign "$DEBTORDESK_SIGN_IDENTITY" "$app"
    codesign --verify --deep --strict "$app"
fi

dmg="dist/DebtorDesk-$version.dmg"
rm -f "$dmg"
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"   # drag the app onto it
hdiutil create -volname "DebtorDesk $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"

if [[ -n "${DEBTORDESK_SIGN_IDENTITY:-}" && -n "${DEBTORDESK_NOTARY_PROFILE:-}" ]]; then
    codesign --sign "$DEBTORDESK_SIGN_IDENTITY" --timestamp "$dmg"
    xcrun notarytool submit "$dmg" --keychain-profile "$DEBTORDESK_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
fi
echo "Built $app ($(du -sh "$app" | cut -f1)) and $dmg ($(du -sh "$dmg" | cut -f1))"
