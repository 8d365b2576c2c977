; Inno Setup 6.3+ script: installs the one-folder bundle dist\DebtorDesk (packaging/debtordesk.spec)
; for the current user, with a Start-menu entry, an optional desktop icon and the .debtordesk file
; association. Build with packaging\windows\build.ps1, which passes the version:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\DebtorDesk.iss   ->  dist\DebtorDesk-0.1.0-setup.exe
; Uninstalling removes the program, its menu entries and the association; the user's data
; (%LOCALAPPDATA%\DebtorDesk) and settings are not touched.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (x64compatible, and this file is UTF-8 without a BOM)
#endif
#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=x.y.z (build.ps1 reads it from debtordesk/__init__.py)
#endif
; Windows' version resource takes numbers only; build.ps1 passes those of a version like 0.2.0rc1.
#ifndef AppNumbers
  #define AppNumbers AppVersion
#endif
; The app id used everywhere (debtordesk.APP_ID); the data-file type is the id plus ".datafile",
; as the macOS document type and, on Linux, the MIME package's name.
#define AppId "nl.debtordesk.DebtorDesk"
#define AppName "DebtorDesk"
#define AppExe "DebtorDesk.exe"
#define FileExt ".debtordesk"
#define FileProgId AppId + ".datafile"
#define Bundle "..\..\dist\DebtorDesk"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppNumbers}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user, no administrator needed ({autopf} is then %LOCALAPPDATA%\Programs); an administrator
; may still choose "for all users" in the first dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
; Qt 6.10 runs on 64-bit Windows 10 (1809) and later.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Closes a running DebtorDesk before files are replaced (the data file is saved on every change).
CloseApplications=yes
; The app holds this mutex while it runs (debtordesk/running_mark.py): setup and the uninstaller
; ask the user to close it rather than leave half a program behind.
AppMutex={#AppId}.running
RestartApplications=no
SetupIconFile=..\..\resources\icons\debtordesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
; In the language of Windows; the choice is offered only when that is none of the three.
ShowLanguageDialog=auto
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.DataFileType=DebtorDesk data file
nl.DataFileType=DebtorDesk-gegevensbestand
fr.DataFileType=Fichier de données DebtorDesk
en.AppComment=Get late invoices paid without losing the client
nl.AppComment=Laat openstaande facturen betalen zonder de klant te verliezen
fr.AppComment=Faites payer les factures en retard sans perdre le client

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundle whole: no library of an older version stays behind. This runs
; after the running app is closed; should the update then fail, running the setup again repairs it.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; The file association (HKA: the current user's classes, or the machine's for an all-users install).
Root: HKA; Subkey: "Software\Classes\{#FileExt}"; ValueType: string; ValueName: ""; ValueData: "{#FileProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\{#FileExt}\OpenWithProgids"; ValueType: string; ValueName: "{#FileProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\{#FileProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DataFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#FileProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#FileProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#FileExt}"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
