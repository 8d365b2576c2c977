# Where install.sh puts DebtorDesk and what uninstall.sh takes away again: one list for both.
# Sourced (POSIX sh), never run. Honours HOME and XDG_DATA_HOME; the user's data folder
# ($XDG_DATA_HOME/DebtorDesk) is not in this list and is never touched.

APP_ID=nl.debtordesk.DebtorDesk
MIME_TYPE=application/x-debtordesk
ICON_SIZES="16 24 32 48 64 128 256 512"

DATA_HOME=${XDG_DATA_HOME:-}
[ -n "$DATA_HOME" ] || DATA_HOME=$HOME/.local/share
APP_DIR=$DATA_HOME/debtordesk-app
APP_EXE=$APP_DIR/DebtorDesk
# Marks a folder as ours, so uninstall never deletes a folder it did not create.
APP_MARKER=$APP_DIR/.installed-by-debtordesk
BIN_DIR=$HOME/.local/bin
LAUNCHER=$BIN_DIR/debtordesk
APPLICATIONS_DIR=$DATA_HOME/applications
DESKTOP_FILE=$APPLICATIONS_DIR/$APP_ID.desktop
METAINFO_FILE=$DATA_HOME/metainfo/$APP_ID.metainfo.xml
MIME_DIR=$DATA_HOME/mime
MIME_FILE=$MIME_DIR/packages/$APP_ID.xml
ICON_THEME_DIR=$DATA_HOME/icons/hicolor

# Calls "$1 PATH" for each installed icon file (paths may hold spaces: no word splitting).
for_each_icon() {
    for size in $ICON_SIZES; do
        "$1" "$ICON_THEME_DIR/${size}x${size}/apps/$APP_ID.png"
    done
    "$1" "$ICON_THEME_DIR/scalable/apps/$APP_ID.svg"
}

# Tell the desktop about changed menu entries, file types and icons (each tool when present).
refresh_caches() {
    if [ -d "$MIME_DIR/packages" ] && command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$MIME_DIR"
    fi
    if [ -d "$APPLICATIONS_DIR" ] && command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$APPLICATIONS_DIR"
    fi
    if [ -d "$ICON_THEME_DIR" ]; then
        # GTK ignores a cache older than its folder; only keep a cache current that exists.
        touch "$ICON_THEME_DIR"
        if [ -f "$ICON_THEME_DIR/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
            gtk-update-icon-cache -q -f -t "$ICON_THEME_DIR" || true
        fi
    fi
}

# The launcher is ours only when it is a link to our executable (not a pipx or uv install).
launcher_is_ours() {
    [ -L "$LAUNCHER" ] && [ "$(readlink "$LAUNCHER")" = "$APP_EXE" ]
}
