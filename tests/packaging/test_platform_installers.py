"""The Windows installer script and the macOS Info.plist, checked here on Linux.

Both are built on their own platforms (packaging/README.md); what can go wrong without one is
that they drift from the app: another app id, another extension, a file association that an
uninstall leaves behind, a desktop icon forced on the user, a version typed in by hand. These
tests read the Inno Setup script as Inno Setup's preprocessor would and hold it, the macOS
document type and the Linux MIME type to the same names.
"""

from __future__ import annotations

import plistlib
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path, PureWindowsPath

import pytest

from debtordesk import APP_ID, __version__
from debtordesk.running_mark import MUTEX_NAME, mark_running
from debtordesk.storage.backup import SUFFIX

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "DebtorDesk.iss"
MIME_XML = PACKAGING / "linux" / f"{APP_ID}.mime.xml"
LANGUAGES = {"en", "nl", "fr"}

sys.path.insert(0, str(PACKAGING / "macos"))
from info_plist import EXTENSION, document_type, info_plist, numeric_version  # noqa: E402


def _defines(text: str) -> dict[str, str]:
    """``#define Name "text"`` and ``#define Name Other + "text"``, as ISPP evaluates them."""
    defines: dict[str, str] = {"AppVersion": __version__}  # what build.ps1 passes with /D
    for name, expression in re.findall(r"^\s*#define (\w+) (.+)$", text, re.M):
        parts = [part.strip() for part in expression.split("+")]
        defines[name] = "".join(part[1:-1] if part.startswith('"') else defines[part] for part in parts)
    return defines


def _entry(line: str) -> dict[str, str]:
    """``Name: "a"; Flags: b c`` into its parameters (a doubled quote inside quotes is one quote)."""
    params: dict[str, str] = {}
    for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)(?:;\s*|$)', line):
        key, value = match.groups()
        value = value.strip()
        params[key] = value[1:-1].replace('""', '"') if value.startswith('"') else value
    return params


def read_iss(path: Path = ISS) -> dict[str, list[str]]:
    """Section name to its lines, preprocessed: comments gone, ``{#Name}`` replaced."""
    text = path.read_text(encoding="utf-8-sig")
    defines = _defines(text)
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        line = re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], line)
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = sections.setdefault(header.group(1), [])
        else:
            assert current is not None, f"a line before any section: {line}"
            current.append(line)
    return sections


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    return read_iss()


@pytest.fixture(scope="module")
def setup(iss: dict[str, list[str]]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss["Setup"])


def entries(iss: dict[str, list[str]], section: str) -> list[dict[str, str]]:
    return [_entry(line) for line in iss[section]]


def windows_path(relative: str) -> Path:
    """A path the script gives relative to itself, on this machine."""
    return (ISS.parent / Path(*PureWindowsPath(relative).parts)).resolve()


def test_the_installer_names_the_app_as_everywhere_else(setup: dict[str, str]) -> None:
    assert setup["AppId"] == APP_ID
    assert setup["AppName"] == "DebtorDesk"
    assert setup["AppVersion"] == __version__
    assert setup["DefaultDirName"] == r"{autopf}\DebtorDesk"
    assert setup["OutputBaseFilename"] == f"DebtorDesk-{__version__}-setup"
    assert windows_path(setup["SetupIconFile"]) == ROOT / "resources" / "icons" / "debtordesk.ico"
    assert windows_path(setup["SetupIconFile"]).is_file()
    assert windows_path(setup["OutputDir"]) == ROOT / "dist"


def test_the_installer_needs_no_administrator_and_tells_windows_of_the_association(setup: dict[str, str]) -> None:
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["ChangesAssociations"] == "yes"
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"


def test_the_installer_takes_the_whole_pyinstaller_bundle(iss: dict[str, list[str]]) -> None:
    (files,) = entries(iss, "Files")
    assert windows_path(files["Source"]) == ROOT / "dist" / "DebtorDesk" / "*"
    assert files["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= set(files["Flags"].split())
    spec = (PACKAGING / "debtordesk.spec").read_text(encoding="utf-8")
    assert 'NAME = "DebtorDesk"' in spec  # so the program is dist\DebtorDesk\DebtorDesk.exe


def test_start_menu_entry_always_desktop_icon_only_when_asked(iss: dict[str, list[str]]) -> None:
    (task,) = entries(iss, "Tasks")
    assert task["Name"] == "desktopicon" and "unchecked" in task["Flags"].split()
    icons = {icon["Name"]: icon for icon in entries(iss, "Icons")}
    assert icons[r"{autoprograms}\DebtorDesk"]["Filename"] == r"{app}\DebtorDesk.exe"
    assert "Tasks" not in icons[r"{autoprograms}\DebtorDesk"]
    assert icons[r"{autodesktop}\DebtorDesk"]["Tasks"] == "desktopicon"


def _registry(iss: dict[str, list[str]]) -> dict[tuple[str, str], dict[str, str]]:
    return {(entry["Subkey"], entry["ValueName"]): entry for entry in entries(iss, "Registry")}


def test_a_data_file_double_clicked_opens_in_debtordesk(iss: dict[str, list[str]]) -> None:
    registry = _registry(iss)
    extension = rf"Software\Classes\{SUFFIX}"
    prog_id = registry[(extension, "")]["ValueData"]
    assert prog_id == document_type(APP_ID)  # the macOS document type's identifier too
    assert (rf"{extension}\OpenWithProgids", prog_id) in registry
    command = registry[(rf"Software\Classes\{prog_id}\shell\open\command", "")]["ValueData"]
    assert command == r'"{app}\DebtorDesk.exe" "%1"'  # quoted: paths with spaces arrive whole
    assert registry[(rf"Software\Classes\{prog_id}\DefaultIcon", "")]["ValueData"] == r"{app}\DebtorDesk.exe,0"
    assert registry[(rf"Software\Classes\{prog_id}", "")]["ValueData"] == "{cm:DataFileType}"
    supported = registry[(r"Software\Classes\Applications\DebtorDesk.exe\SupportedTypes", SUFFIX)]
    assert supported["Root"] == "HKA"


def test_uninstall_takes_every_registry_entry_away(iss: dict[str, list[str]]) -> None:
    """Each value goes with its own flag or with a key above it that is deleted whole."""
    registry = entries(iss, "Registry")
    deleted_keys = [e["Subkey"] for e in registry if "uninsdeletekey" in e.get("Flags", "").split()]
    for entry in registry:
        assert entry["Root"] == "HKA"  # the user's classes, or the machine's for an all-users install
        flags = set(entry.get("Flags", "").split())
        under_deleted = any(entry["Subkey"] == key or entry["Subkey"].startswith(key + "\\") for key in deleted_keys)
        assert flags & {"uninsdeletevalue", "uninsdeletekey"} or under_deleted, entry


def test_uninstall_leaves_the_users_data_alone(iss: dict[str, list[str]]) -> None:
    """The data file lives in %LOCALAPPDATA%\\DebtorDesk (platformdirs), outside {app}."""
    assert "UninstallDelete" not in iss
    for entry in entries(iss, "InstallDelete"):
        assert entry["Name"].startswith("{app}\\"), entry
    text = ISS.read_text(encoding="utf-8-sig")
    assert "{localappdata}" not in text and "{userappdata}" not in text


def test_the_installer_speaks_the_users_languages(iss: dict[str, list[str]]) -> None:
    assert {entry["Name"] for entry in entries(iss, "Languages")} == LANGUAGES
    messages: dict[str, set[str]] = {}
    for line in iss["CustomMessages"]:
        key, text = line.split("=", 1)
        language, name = key.split(".", 1)
        assert text.strip(), key
        messages.setdefault(name, set()).add(language)
    assert messages and all(languages == LANGUAGES for languages in messages.values()), messages


def test_the_version_is_passed_in_never_typed_in() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    assert not re.search(r"^#define AppVersion", text, re.M)
    assert "#error" in text  # compiling without /DAppVersion stops with a message
    build = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert '"/DAppVersion=$version"' in build and '"/DAppNumbers=$numbers"' in build
    assert "debtordesk.__version__" in build


def test_the_installer_waits_for_a_running_app(setup: dict[str, str]) -> None:
    """Setup and the uninstaller look for the mutex the app holds on Windows."""
    assert setup["AppMutex"] == MUTEX_NAME
    assert setup["CloseApplications"] == "yes"
    assert mark_running("linux") is None  # elsewhere there is no installer to tell


def test_the_version_resource_gets_numbers_only(setup: dict[str, str]) -> None:
    assert setup["VersionInfoVersion"] == __version__  # AppNumbers defaults to the version
    assert numeric_version("0.2.0rc1") == "0.2.0"
    assert numeric_version("1.2.3.4") == "1.2.3"  # CFBundleVersion takes three numbers at most
    assert numeric_version("2") == "2"


def test_the_mac_plist_is_a_valid_plist_with_the_data_file_type() -> None:
    plist = info_plist(APP_ID, "DebtorDesk", __version__, "debtordesk.icns")
    again = plistlib.loads(plistlib.dumps(plist, fmt=plistlib.FMT_XML))
    assert again == plist
    (document,) = plist["CFBundleDocumentTypes"]
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]] == [f"{APP_ID}.datafile"]
    assert document["CFBundleTypeRole"] == "Editor" and document["LSHandlerRank"] == "Owner"
    assert "." + EXTENSION == SUFFIX
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == [EXTENSION]
    assert document["CFBundleTypeIconFile"] == "debtordesk.icns"
    assert (ROOT / "resources" / "icons" / "debtordesk.icns").is_file()
    assert plist["CFBundleShortVersionString"] == __version__


def test_the_mac_plist_without_an_icon_names_none() -> None:
    plist = info_plist(APP_ID, "DebtorDesk", __version__, None)
    assert "CFBundleTypeIconFile" not in plist["CFBundleDocumentTypes"][0]
    plistlib.dumps(plist)  # no None anywhere


def test_linux_mac_and_windows_agree_on_the_file_type() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(MIME_XML).getroot().find("m:mime-type", ns)
    assert mime is not None
    glob = mime.find("m:glob", ns)
    assert glob is not None and glob.get("pattern") == f"*{SUFFIX}"
    exported = info_plist(APP_ID, "DebtorDesk", __version__, None)["UTExportedTypeDeclarations"][0]
    assert exported["UTTypeTagSpecification"]["public.mime-type"] == [mime.get("type")]
    assert _defines(ISS.read_text(encoding="utf-8-sig"))["FileExt"] == SUFFIX


def test_the_reader_of_the_script_reads_what_it_should() -> None:
    """The helpers above, on a line with a doubled quote and a define built from another."""
    assert _entry(r'Root: HKA; ValueData: """{app}\x.exe"" ""%1"""; Flags: a b') == {
        "Root": "HKA", "ValueData": r'"{app}\x.exe" "%1"', "Flags": "a b"}
    assert _defines('#define A "x"\n#define B A + ".y"\n')["B"] == "x.y"
