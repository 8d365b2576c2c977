"""The SMTP password: in the operating system's keyring, or only in memory.

DebtorDesk never writes a password to a file of its own. When no secure keyring is
there (a Linux desktop without Secret Service, a locked or refusing keyring), the
password is kept for this session only and ``PasswordStore.set`` says so, for the UI to
tell the user that they will be asked again next time.
"""

from __future__ import annotations

import contextlib
import logging

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, PasswordDeleteError

from debtordesk.core.outgoing import MailSettings, Where
from debtordesk.mail.smtp import SmtpSettings

log = logging.getLogger(__name__)

SERVICE = "DebtorDesk SMTP"
#: keyring's own guidance: "a priority of one or greater is recommended"; below that
#: are backends it considers unsafe or unsuitable.
MIN_PRIORITY = 1


def account(settings: SmtpSettings | MailSettings) -> str:
    """The keyring's user name for these settings: one password per user and server."""
    return f"{settings.user}@{settings.host}"


def _is_secure(backend: KeyringBackend) -> bool:
    if isinstance(backend, chainer.ChainerBackend):
        # The chainer tries its members in turn; secure when one of them is.
        return any(_is_secure(member) for member in backend.backends)
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if type(backend).__module__.startswith("keyrings.alt"):
        return False  # plaintext or "encrypted" files next to the user's other files
    try:
        return backend.priority >= MIN_PRIORITY
    except Exception:  # noqa: BLE001 - keyring itself treats any error here as "not viable"
        return False


def secure_keyring_available(backend: KeyringBackend | None = None) -> bool:
    """Whether ``backend`` (keyring's chosen one by default) keeps secrets safely.

    False for keyring's fail and null backends, a chainer with no secure member, the
    file backends of keyrings.alt, and anything keyring ranks below priority 1.
    """
    return _is_secure(backend if backend is not None else keyring.get_keyring())


class PasswordStore:
    """Where the SMTP password is kept; one per application run.

    The session memory belongs to this instance, so a new store (a new run) starts
    without any password that was not put in the keyring.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        """Args:
            backend: the keyring to use; keyring's choice for this computer by default.
        """
        self._backend = backend
        self._session: dict[str, str] = {}

    def _keyring(self) -> KeyringBackend:
        if self._backend is None:
            self._backend = keyring.get_keyring()
        return self._backend

    @property
    def available(self) -> bool:
        """Whether a password can be remembered across sessions."""
        return secure_keyring_available(self._keyring())

    @property
    def secure(self) -> bool:
        """The PasswordKeeper port's name for ``available``."""
        return self.available

    def get(self, settings: SmtpSettings | MailSettings) -> str | None:
        """The password, or None when the user has to be asked.

        The session memory is read first: it holds only a password typed in this
        session that could not or should not go to the keyring, so it is newer than
        whatever the keyring has.
        """
        key = account(settings)
        if key in self._session:
            return self._session[key]
        if not self.available:
            return None
        try:
            return self._keyring().get_password(SERVICE, key)
        except KeyringError as error:
            log.warning("Keyring refused to read the SMTP password: %s: %s", type(error).__name__, error)
            return None

    def set(self, settings: SmtpSettings | MailSettings, password: str, remember: bool = True) -> Where:
        """Keep the password; the answer says where, so the UI can tell the user.

        With ``remember`` False, a password in the keyring from earlier is removed: the
        user asked not to have it remembered.
        """
        if not settings.user:
            raise ValueError("a password needs a user name")
        key = account(settings)
        if remember and self.available:
            try:
                self._keyring().set_password(SERVICE, key, password)
            except KeyringError as error:
                log.warning("Keyring refused the SMTP password, keeping it for this session only: %s: %s",
                            type(error).__name__, error)
            else:
                self._session.pop(key, None)
                return Where.KEYRING
        self._session[key] = password
        if not remember:
            self._delete_from_keyring(key)
        return Where.SESSION

    def forget(self, settings: SmtpSettings | MailSettings) -> None:
        """Remove the password from the session and the keyring (when it is there)."""
        key = account(settings)
        self._session.pop(key, None)
        self._delete_from_keyring(key)

    def _delete_from_keyring(self, key: str) -> None:
        if not self.available:
            return
        try:
            with contextlib.suppress(PasswordDeleteError):  # there was none
                self._keyring().delete_password(SERVICE, key)
        except KeyringError as error:
            log.warning("Keyring refused to remove the SMTP password: %s: %s", type(error).__name__, error)
