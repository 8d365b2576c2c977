# Build the Windows installer: dist\DebtorDesk (PyInstaller), then dist\DebtorDesk-<version>-setup.exe.
# Needs uv and Inno Setup 6.3+ (winget install JRSoftware.InnoSetup); run from anywhere:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Native tools report failure by exit code, checked after each; "Continue", because Windows
# PowerShell 5.1 under "Stop" would take uv's progress on stderr for an error.
$ErrorActionPreference = "Continue"
Set-Location (Join-Path $PSScriptRoot "..\..")

uv sync
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
uv run pyinstaller packaging/debtordesk.spec --noconfirm --distpath dist --workpath build
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

# The packaged app must start: offscreen, on a throw-away data file, exit 0 once painted.
$env:QT_QPA_PLATFORM = "offscreen"
$env:DEBTORDESK_DATA_DIR = Join-Path ([System.IO.Path]::GetTempPath()) "debtordesk-smoke-$PID"
$smoke = Start-Process -FilePath "dist\DebtorDesk\DebtorDesk.exe" -ArgumentList "--smoke" -Wait -PassThru
Remove-Item -Recurse -Force $env:DEBTORDESK_DATA_DIR -ErrorAction SilentlyContinue
Remove-Item Env:QT_QPA_PLATFORM, Env:DEBTORDESK_DATA_DIR
if ($smoke.ExitCode -ne 0) { Write-Error "The bundle did not start (--smoke exit code $($smoke.ExitCode))"; exit 1 }

$version = "$(uv run python -c "import debtordesk; print(debtordesk.__version__)")".Trim()
if ($LASTEXITCODE -ne 0 -or -not $version) { Write-Error "Could not read debtordesk.__version__"; exit 1 }
# The version resource takes up to four numbers: 0.2.0rc1 gives 0.2.0.
$numbers = [regex]::Match($version, '^\d+(\.\d+){0,3}').Value

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    $iscc = @("$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe",
              "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
              "$env:ProgramFiles\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $iscc) { Write-Error "Inno Setup 6 not found: winget install JRSoftware.InnoSetup"; exit 1 }
& $iscc "/DAppVersion=$version" "/DAppNumbers=$numbers" "packaging\windows\DebtorDesk.iss"
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Write-Host "Built dist\DebtorDesk-$version-setup.exe"
