#!/bin/sh
# Remove what install.sh installed: the program, the launcher, the menu entry, the icons and the
# file association. The user's data folder ($XDG_DATA_HOME/DebtorDesk) stays. Safe to run again.
#
#   packaging/linux/uninstall.sh     or, once installed,     ~/.local/share/debtordesk-app/uninstall.sh
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/paths.sh"

removed=0
remove_file() {
    if [ -f "$1" ] || [ -L "$1" ]; then
        rm -f "$1"
        removed=$((removed + 1))
    fi
}

if launcher_is_ours; then
    remove_file "$LAUNCHER"
fi
remove_file "$DESKTOP_FILE"
remove_file "$METAINFO_FILE"
remove_file "$MIME_FILE"
for_each_icon remove_file
rm -rf "$APP_DIR.new"
if [ -f "$APP_MARKER" ]; then
    # This script may live in APP_DIR: the shell keeps reading its open file once unlinked.
    rm -rf "$APP_DIR"
    removed=$((removed + 1))
elif [ -e "$APP_DIR" ]; then
    echo "uninstall.sh: $APP_DIR was not made by install.sh; left as it is." >&2
fi

refresh_caches

if [ "$removed" -gt 0 ]; then
    echo "DebtorDesk is removed. Your data in $DATA_HOME/DebtorDesk is still there."
else
    echo "DebtorDesk was not installed for this user; nothing to remove."
fi
