#!/bin/sh
# Install a built DebtorDesk bundle for the current user: the program, a launcher, the menu
# entry, the icons and the file association for *.debtordesk. Safe to run again (an update).
#
#   packaging/linux/install.sh [BUNDLE_DIR]      (default: dist/DebtorDesk of this checkout)
#
# Nothing needs root. The user's data folder is never touched; uninstall.sh removes the rest.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/paths.sh"

BUNDLE=${1:-$HERE/../../dist/DebtorDesk}
if [ ! -x "$BUNDLE/DebtorDesk" ] || [ -d "$BUNDLE/DebtorDesk" ]; then
    echo "install.sh: no built bundle at $BUNDLE (expected the executable $BUNDLE/DebtorDesk)." >&2
    echo "Build it first: see packaging/README.md." >&2
    exit 1
fi
BUNDLE=$(cd "$BUNDLE" && pwd)
if [ "$BUNDLE" = "$APP_DIR" ]; then
    echo "install.sh: $BUNDLE is already the installed copy; give the freshly built bundle." >&2
    exit 1
fi
if [ -e "$APP_DIR" ] && [ ! -f "$APP_MARKER" ]; then
    echo "install.sh: $APP_DIR exists but was not made by install.sh; move it away first." >&2
    exit 1
fi

# Icons: those the bundle carries, else those of this checkout.
ICON_SOURCE=
for candidate in "$BUNDLE/_internal/resources/icons" "$BUNDLE/resources/icons" "$HERE/../../resources/icons"; do
    if [ -f "$candidate/debtordesk-16.png" ]; then
        ICON_SOURCE=$candidate
        break
    fi
done
if [ -z "$ICON_SOURCE" ]; then
    echo "install.sh: no icons found in the bundle or beside this script." >&2
    exit 1
fi

# The program: copied aside first, then swapped in, so a failed copy leaves the old one working.
mkdir -p "$DATA_HOME"
rm -rf "$APP_DIR.new"
cp -R "$BUNDLE" "$APP_DIR.new"
cp "$HERE/uninstall.sh" "$HERE/paths.sh" "$APP_DIR.new/"
chmod 755 "$APP_DIR.new/uninstall.sh"
: >"$APP_DIR.new/.installed-by-debtordesk"
rm -rf "$APP_DIR"
mv "$APP_DIR.new" "$APP_DIR"

# The launcher on PATH; another program's "debtordesk" (pipx, uv tool) is left alone.
mkdir -p "$BIN_DIR"
if [ -e "$LAUNCHER" ] || [ -L "$LAUNCHER" ]; then
    if launcher_is_ours; then
        rm -f "$LAUNCHER"
    else
        echo "install.sh: $LAUNCHER belongs to another installation; left as it is." >&2
    fi
fi
[ -e "$LAUNCHER" ] || [ -L "$LAUNCHER" ] || ln -s "$APP_EXE" "$LAUNCHER"

# The menu entry starts the installed executable by its full path: a desktop session's PATH
# often lacks ~/.local/bin. Exec quoting per the Desktop Entry spec (then string escaping).
case $APP_EXE in
    *[!A-Za-z0-9_./+-]*)
        EXEC_PATH=\"$(printf '%s' "$APP_EXE" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')\" ;;
    *)
        EXEC_PATH=$APP_EXE ;;
esac
TRY_EXEC=$(printf '%s' "$APP_EXE" | sed -e 's/\\/\\\\/g')
mkdir -p "$APPLICATIONS_DIR"
EXEC_LINE="Exec=$EXEC_PATH %f" TRY_EXEC_LINE="TryExec=$TRY_EXEC" awk '
    /^Exec=/ { print ENVIRON["EXEC_LINE"]; next }
    /^TryExec=/ { print ENVIRON["TRY_EXEC_LINE"]; next }
    { print }
' "$HERE/$APP_ID.desktop" >"$DESKTOP_FILE.tmp"
mv "$DESKTOP_FILE.tmp" "$DESKTOP_FILE"
chmod 644 "$DESKTOP_FILE"

mkdir -p "$(dirname "$METAINFO_FILE")" "$(dirname "$MIME_FILE")"
cp "$HERE/$APP_ID.metainfo.xml" "$METAINFO_FILE"
cp "$HERE/$APP_ID.mime.xml" "$MIME_FILE"
chmod 644 "$METAINFO_FILE" "$MIME_FILE"

for size in $ICON_SIZES; do
    mkdir -p "$ICON_THEME_DIR/${size}x${size}/apps"
    cp "$ICON_SOURCE/debtordesk-$size.png" "$ICON_THEME_DIR/${size}x${size}/apps/$APP_ID.png"
done
mkdir -p "$ICON_THEME_DIR/scalable/apps"
cp "$ICON_SOURCE/debtordesk.svg" "$ICON_THEME_DIR/scalable/apps/$APP_ID.svg"

refresh_caches

echo "DebtorDesk is installed in $APP_DIR and in your applications menu."
case ":${PATH:-}:" in
    *":$BIN_DIR:"*) ;;
    *) echo "To start it from a terminal too, add $BIN_DIR to your PATH." ;;
esac
echo "To remove it: $APP_DIR/uninstall.sh (your data in $DATA_HOME/DebtorDesk stays)."
