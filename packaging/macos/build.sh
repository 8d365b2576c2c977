#!/usr/bin/env bash
# Build the macOS app: dist/DebtorDesk.app (PyInstaller, Info.plist from info_plist.py), check that
# it starts, and pack it into dist/DebtorDesk-<version>.dmg for users to drag into Applications.
# Run on a Mac with uv and Xcode's command line tools (hdiutil, codesign) from anywhere:
#   packaging/macos/build.sh
# With DEBTORDESK_SIGN_IDENTITY="Developer ID Application: …" PyInstaller signs the app for
# distribution (each binary, then the bundle; see the spec), and with DEBTORDESK_NOTARY_PROFILE (a `xcrun notarytool store-credentials` profile) the disk
# image is notarized and stapled, so Gatekeeper opens it without a warning.
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ "$(uname)" == Darwin ]] || { echo "Build the macOS app on a Mac (this is $(uname))." >&2; exit 2; }

uv sync -q
export DEBTORDESK_SIGN_IDENTITY="${DEBTORDESK_SIGN_IDENTITY:-}"
uv run pyinstaller packaging/debtordesk.spec --noconfirm --distpath dist --workpath build
app=dist/DebtorDesk.app
version=$(uv run python -c "import debtordesk; print(debtordesk.__version__)")

# The packaged (and signed) app must start: offscreen, on a throw-away data file, exit 0 once painted.
smoke_data=$(mktemp -d)
trap 'rm -rf "$smoke_data"' EXIT
QT_QPA_PLATFORM=offscreen DEBTORDESK_DATA_DIR="$smoke_data" "$app/Contents/MacOS/DebtorDesk" --smoke
plutil -lint "$app/Contents/Info.plist"

if [[ -n "$DEBTORDESK_SIGN_IDENTITY" ]]; then
    codesign --verify --deep --strict "$app"
fi

dmg="dist/DebtorDesk-$version.dmg"
rm -f "$dmg"
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"   # drag the app onto it
hdiutil create -volname "DebtorDesk $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"

if [[ -n "$DEBTORDESK_SIGN_IDENTITY" && -n "${DEBTORDESK_NOTARY_PROFILE:-}" ]]; then
    codesign --sign "$DEBTORDESK_SIGN_IDENTITY" --timestamp "$dmg"
    # notarytool exits 0 on a rejected submission too: read its verdict, and Apple's log if not accepted.
    verdict=$(xcrun notarytool submit "$dmg" --keychain-profile "$DEBTORDESK_NOTARY_PROFILE" --wait --output-format json)
    status=$(uv run python -c "import json, sys; print(json.load(sys.stdin)['status'])" <<<"$verdict")
    if [[ "$status" != Accepted ]]; then
        submission=$(uv run python -c "import json, sys; print(json.load(sys.stdin)['id'])" <<<"$verdict")
        xcrun notarytool log "$submission" --keychain-profile "$DEBTORDESK_NOTARY_PROFILE" >&2
        echo "Notarization: $status" >&2
        exit 1
    fi
    xcrun stapler staple "$dmg"
fi
echo "Built $app ($(du -sh "$app" | cut -f1)) and $dmg ($(du -sh "$dmg" | cut -f1))"
