# Build the Windows installer: dist\DebtorDesk (PyInstaller), then dist\DebtorDesk-<version>-setup.exe.
# Needs uv and Inno Setup 6.3+ (winget install JRSoftware.InnoSetup); run from anywhere:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

uv sync
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
uv run pyinstaller packaging/debtordesk.spec --noconfirm --distpath dist --workpath build
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
# The packaged app must start: offscreen, on a throw-away data file, exit 0 once painted.
$env:QT_QPA_PLATFORM = "offscreen"
$env:DEBTORDESK_DATA_DIR = Join-Path ([System.IO.Path]::GetTempPath()) "debtordesk-smoke-$PID"
$smoke = Start-Process -FilePath "dist\DebtorDesk\DebtorDesk.exe" -ArgumentList "--smoke" -Wait -PassThru -NoNewWindow
Remove-Item -Recurse -Force $env:DEBTORDESK_DATA_DIR -ErrorAction SilentlyContinue
Remove-Item Env:QT_QPA_PLATFORM, Env:DEBTORDESK_DATA_DIR
if ($smoke.ExitCode -ne 0) { throw "The bundle did not start (--smoke exit code $($smoke.ExitCode))" }

$version = (uv run python -c "import debtordesk; print(debtordesk.__version__)").Trim()
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    $iscc = @("$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe",
              "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
              "$env:ProgramFiles\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $iscc) { throw "Inno Setup 6 not found: winget install JRSoftware.InnoSetup" }
& $iscc "/DAppVersion=$version" "packaging\windows\DebtorDesk.iss"
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Write-Host "Built dist\DebtorDesk-$version-setup.exe"
