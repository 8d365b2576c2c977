"""packaging/linux: install.sh run into a throw-away home gives a menu entry, a file association,
icons and a launcher; uninstall.sh takes exactly those away and leaves the user's data.

A fake bundle (a shell script named DebtorDesk) stands in for the PyInstaller build, so these
tests need no build. The desktop's own tools check the result where they are installed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from debtordesk import APP_ID

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
INSTALL = LINUX / "install.sh"
UNINSTALL = LINUX / "uninstall.sh"
MIME_TYPE = "application/x-debtordesk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Shared caches the desktop tools regenerate; ours are gone from them after uninstall.
CACHE_PARTS = ("mime", "mimeinfo.cache", "icon-theme.cache")


#: Where each checking tool comes from on Debian/Ubuntu.
PACKAGE_OF = {"desktop-file-validate": "desktop-file-utils", "update-desktop-database": "desktop-file-utils",
              "appstreamcli": "appstream", "update-mime-database": "shared-mime-info", "xdg-mime": "xdg-utils",
              "gio": "libglib2.0-bin"}


def require(tool: str) -> str:
    """The tool's path; without it the test fails, naming the package to install.

    These are the desktop's own tools, the same ones a user's file manager and menu rely on, so
    they are test requirements like Qt's system libraries (README, "Start"); .ci/run installs them.
    """
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is needed to check the desktop files: install {PACKAGE_OF.get(tool, tool)} "
                    f"(Debian/Ubuntu; all of them: {' '.join(sorted(set(PACKAGE_OF.values())))})")
    return path


@dataclass
class Home:
    """A throw-away home with a fake built bundle and the user's data folder already in it."""

    root: Path
    bundle: Path
    env: dict[str, str]

    @property
    def data_home(self) -> Path:
        return Path(self.env.get("XDG_DATA_HOME", self.root / ".local" / "share"))

    @property
    def app_dir(self) -> Path:
        return self.data_home / "debtordesk-app"

    @property
    def desktop_file(self) -> Path:
        return self.data_home / "applications" / f"{APP_ID}.desktop"

    @property
    def user_data(self) -> Path:
        return self.data_home / "DebtorDesk"

    def run(self, *command: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([str(part) for part in command], env=self.env, capture_output=True,
                                text=True, timeout=60)
        if check:
            assert result.returncode == 0, result.stderr
        return result

    def files(self) -> dict[str, bytes]:
        """Every file and link under the home (a link as its target), the shared caches left out."""
        found = {}
        for path in sorted(self.root.rglob("*")):
            relative = str(path.relative_to(self.root))
            if any(part in CACHE_PARTS for part in path.relative_to(self.root).parts):
                continue
            if path.is_symlink():
                found[relative] = os.readlink(path).encode()
            elif path.is_file():
                found[relative] = path.read_bytes()
        return found


def make_home(tmp_path: Path, name: str = "home", xdg_data_home: str | None = None) -> Home:
    root = tmp_path / name
    bundle = tmp_path / "dist" / "DebtorDesk"
    bundle.mkdir(parents=True)
    executable = bundle / "DebtorDesk"
    executable.write_text('#!/bin/sh\necho "DebtorDesk started with: $*"\n')
    executable.chmod(0o755)
    (bundle / "_internal").mkdir()
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    env = {"PATH": os.environ["PATH"], "HOME": str(root), "LC_ALL": "C.UTF-8",
           "XDG_CONFIG_HOME": str(root / ".config")}
    if xdg_data_home:
        env["XDG_DATA_HOME"] = str(tmp_path / xdg_data_home)
    home = Home(root, bundle, env)
    home.user_data.mkdir(parents=True)
    with sqlite3.connect(home.user_data / "My business.debtordesk") as connection:
        connection.execute("CREATE TABLE kept (note TEXT)")
        connection.execute("INSERT INTO kept VALUES ('the user''s own data')")
    connection.close()
    return home


@pytest.fixture
def home(tmp_path: Path) -> Home:
    return make_home(tmp_path)


@pytest.fixture
def installed(home: Home) -> Home:
    home.run(INSTALL, home.bundle)
    return home


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def exec_arguments(value: str) -> list[str]:
    """An Exec value read as the Desktop Entry spec says: string escapes, then quoting."""
    value = value.replace("\\\\", "\\")
    arguments, current, quoted, index = [], "", False, 0
    while index < len(value):
        char = value[index]
        if quoted and char == "\\" and value[index + 1] in '"`$\\':
            current, index = current + value[index + 1], index + 2
            continue
        if char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            arguments.append(current)
            current = ""
        else:
            current += char
        index += 1
    return [*arguments, current]


def test_install_puts_the_program_and_a_launcher_that_starts_it(installed: Home) -> None:
    launcher = installed.root / ".local" / "bin" / "debtordesk"
    assert launcher.is_symlink()
    assert launcher.resolve() == installed.app_dir / "DebtorDesk"
    assert (installed.app_dir / "_internal" / "base_library.zip").is_file()
    assert installed.run(launcher, "invoices.debtordesk").stdout == "DebtorDesk started with: invoices.debtordesk\n"
    assert os.access(installed.app_dir / "uninstall.sh", os.X_OK)


def test_the_menu_entry_starts_the_installed_program_with_the_file(installed: Home) -> None:
    entry = desktop_entry(installed.desktop_file)
    assert exec_arguments(entry["Exec"]) == [str(installed.app_dir / "DebtorDesk"), "%f"]
    assert entry["TryExec"] == str(installed.app_dir / "DebtorDesk")
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Categories"] == "Office;Finance;"
    assert entry["GenericName[nl]"] == "Debiteurenbeheer"
    assert entry["StartupWMClass"] == "DebtorDesk"


def test_the_installed_desktop_entry_is_valid(installed: Home) -> None:
    validator = require("desktop-file-validate")
    for entry in (LINUX / f"{APP_ID}.desktop", installed.desktop_file):
        result = installed.run(validator, entry, check=False)
        assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_a_home_with_spaces_and_dollars_gets_a_quoted_exec_line(tmp_path: Path) -> None:
    home = make_home(tmp_path, name="Jan $HOME `de` Vries")
    home.run(INSTALL, home.bundle)
    entry = desktop_entry(home.desktop_file)
    exec_line = entry["Exec"]
    assert exec_line.startswith('"') and exec_line.endswith('" %f')
    assert exec_arguments(exec_line) == [str(home.app_dir / "DebtorDesk"), "%f"]
    assert home.run(require("desktop-file-validate"), home.desktop_file).stdout == ""


def test_installs_every_icon_size_and_the_scalable_one(installed: Home) -> None:
    theme = installed.data_home / "icons" / "hicolor"
    for size in ICON_SIZES:
        with Image.open(theme / f"{size}x{size}" / "apps" / f"{APP_ID}.png") as icon:
            assert icon.size == (size, size)
    assert (theme / "scalable" / "apps" / f"{APP_ID}.svg").read_text().startswith("<svg")


def test_data_files_are_associated_with_the_menu_entry(installed: Home) -> None:
    assert (installed.data_home / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    require("update-mime-database")
    require("update-desktop-database")
    globs = (installed.data_home / "mime" / "globs2").read_text()
    assert f"{MIME_TYPE}:*.debtordesk" in globs
    cache = (installed.data_home / "applications" / "mimeinfo.cache").read_text()
    assert f"{MIME_TYPE}={APP_ID}.desktop;" in cache
    default = installed.run(require("xdg-mime"), "query", "default", MIME_TYPE).stdout.strip()
    assert default == f"{APP_ID}.desktop"


def test_a_data_file_is_recognised_by_its_extension(installed: Home) -> None:
    """As a GNOME or Xfce file manager sees it (GIO); xdg-mime would need perl's File::MimeInfo."""
    require("update-mime-database")
    gio = require("gio")
    document = installed.root / "Documents" / "Klanten 2026.debtordesk"
    document.parent.mkdir()
    shutil.copy(installed.user_data / "My business.debtordesk", document)
    info = installed.run(gio, "info", "--attributes=standard::content-type", document).stdout
    assert f"standard::content-type: {MIME_TYPE}" in info
    plain_sqlite = document.with_name("Klanten 2026.sqlite")
    shutil.copy(document, plain_sqlite)
    assert MIME_TYPE not in installed.run(gio, "info", "--attributes=standard::content-type", plain_sqlite).stdout


def test_the_metainfo_is_valid_appstream() -> None:
    validator = require("appstreamcli")
    result = subprocess.run([validator, "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_installing_again_changes_nothing(installed: Home) -> None:
    before = installed.files()
    result = installed.run(INSTALL, installed.bundle)
    assert "is installed" in result.stdout
    assert installed.files() == before
    assert not (installed.data_home / "debtordesk-app.new").exists()


def test_uninstall_removes_what_install_put_there_and_keeps_the_data(home: Home) -> None:
    before = home.files()
    home.run(INSTALL, home.bundle)
    installed_app_dir = home.app_dir
    # The copy the installed app carries, as a user without the source tree would run it.
    result = home.run(installed_app_dir / "uninstall.sh")
    assert "Your data" in result.stdout
    assert home.files() == before
    assert not installed_app_dir.exists()
    for cache in (home.data_home / "applications" / "mimeinfo.cache", home.data_home / "mime" / "globs2"):
        if cache.exists():
            assert "debtordesk" not in cache.read_text()
    with sqlite3.connect(home.user_data / "My business.debtordesk") as connection:
        assert connection.execute("SELECT note FROM kept").fetchall() == [("the user's own data",)]
    connection.close()
    second = home.run(UNINSTALL)
    assert "nothing to remove" in second.stdout


def test_install_and_uninstall_honour_xdg_data_home(tmp_path: Path) -> None:
    home = make_home(tmp_path, xdg_data_home="elsewhere")
    home.run(INSTALL, home.bundle)
    assert (tmp_path / "elsewhere" / "debtordesk-app" / "DebtorDesk").is_file()
    assert (tmp_path / "elsewhere" / "applications" / f"{APP_ID}.desktop").is_file()
    assert not (home.root / ".local" / "share").exists()
    home.run(UNINSTALL)
    assert not (tmp_path / "elsewhere" / "debtordesk-app").exists()
    assert (tmp_path / "elsewhere" / "DebtorDesk" / "My business.debtordesk").is_file()


def test_another_installations_launcher_is_left_alone(home: Home) -> None:
    launcher = home.root / ".local" / "bin" / "debtordesk"
    launcher.parent.mkdir(parents=True)
    launcher.write_text("#!/bin/sh\necho installed with pipx\n")
    result = home.run(INSTALL, home.bundle)
    assert "belongs to another installation" in result.stderr
    home.run(UNINSTALL)
    assert launcher.read_text() == "#!/bin/sh\necho installed with pipx\n"


def test_install_without_a_built_bundle_says_so_and_installs_nothing(home: Home, tmp_path: Path) -> None:
    before = home.files()
    result = home.run(INSTALL, tmp_path / "not-built", check=False)
    assert result.returncode == 1
    assert "no built bundle" in result.stderr
    assert home.files() == before


def test_uninstall_never_removes_a_program_folder_it_did_not_make(home: Home) -> None:
    foreign = home.app_dir / "notes.txt"
    foreign.parent.mkdir(parents=True)
    foreign.write_text("mine")
    refused = home.run(INSTALL, home.bundle, check=False)
    assert refused.returncode == 1
    assert "was not made by install.sh" in refused.stderr
    home.run(UNINSTALL)
    assert foreign.read_text() == "mine"
