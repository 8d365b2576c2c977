"""A mark that DebtorDesk is running, for the Windows installer.

Inno Setup's ``AppMutex`` (packaging/windows/DebtorDesk.iss) looks for this named mutex: while
it exists, neither setup nor the uninstaller replaces or removes the program's files under a
running app (which would leave half a program behind); they ask the user to close it first.
Other systems have no such installer, so there it is nothing.
"""

from __future__ import annotations

import sys

from debtordesk import APP_ID

#: The mutex's name; the installer script names the same (a test holds them together).
MUTEX_NAME = f"{APP_ID}.running"


def mark_running(platform: str = sys.platform) -> int | None:
    """Create the mutex and return its handle, held until the process exits; None off Windows.

    Not owned and never waited on: only its existence counts. A failure to create it costs
    nothing but the installer's check, so it is not an error.
    """
    if platform != "win32":
        return None
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateMutexW.restype = ctypes.c_void_p
    kernel32.CreateMutexW.argtypes = (ctypes.c_void_p, ctypes.c_int, ctypes.c_wchar_p)
    return kernel32.CreateMutexW(None, 0, MUTEX_NAME) or None
