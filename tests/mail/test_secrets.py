"""The SMTP password: in a secure keyring, or for this session only; never in a file.

Every test passes its own keyring backend; the real one is never touched.
"""

from __future__ import annotations

import logging

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from mail_support import LockedKeyring, MemoryKeyring

from debtordesk.mail.secrets import SERVICE, PasswordStore, Where, account, secure_keyring_available
from debtordesk.mail.smtp import Security, SmtpSettings

SETTINGS = SmtpSettings(host="smtp.cafe-utrecht.nl", port=587, security=Security.STARTTLS, user="anna")
PASSWORD = "s3cret-✓"


class AltFileKeyring(MemoryKeyring):
    """Looks like keyrings.alt's file backends, which keep secrets in a file in the home."""

    priority = 5  # type: ignore[assignment]  # even a high priority does not make it safe


AltFileKeyring.__module__ = "keyrings.alt.file"


class WeakKeyring(MemoryKeyring):
    priority = 0.5  # type: ignore[assignment]


class BrokenKeyring(MemoryKeyring):
    """keyring's convention: a backend unusable here raises from ``priority``."""

    @property
    def priority(self) -> float:  # type: ignore[override]
        raise RuntimeError("no D-Bus session")


def chain_of(*members: KeyringBackend) -> chainer.ChainerBackend:
    class Chain(chainer.ChainerBackend):
        backends = list(members)  # type: ignore[assignment]
        viable = False  # type: ignore[assignment]

    return Chain()


def test_the_account_is_user_at_host() -> None:
    assert account(SETTINGS) == "anna@smtp.cafe-utrecht.nl"


@pytest.mark.parametrize(
    ("backend", "secure"),
    [
        (MemoryKeyring(), True),
        (fail.Keyring(), False),
        (null.Keyring(), False),
        (AltFileKeyring(), False),
        (WeakKeyring(), False),
        (BrokenKeyring(), False),
        (chain_of(), False),
        (chain_of(AltFileKeyring(), fail.Keyring()), False),
        (chain_of(AltFileKeyring(), MemoryKeyring()), True),
    ],
    ids=["memory", "fail", "null", "keyrings.alt", "priority<1", "broken", "empty chain", "insecure chain",
         "chain with a secure member"],
)
def test_which_keyrings_count_as_secure(backend: KeyringBackend, secure: bool) -> None:
    assert secure_keyring_available(backend) is secure
    assert PasswordStore(backend).available is secure


def test_remembered_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = PasswordStore(memory_keyring)
    assert store.get(SETTINGS) is None
    assert store.set(SETTINGS, PASSWORD) is Where.KEYRING
    assert memory_keyring.passwords == {(SERVICE, "anna@smtp.cafe-utrecht.nl"): PASSWORD}
    assert PasswordStore(memory_keyring).get(SETTINGS) == PASSWORD, "a new run finds it"


def test_not_remembered_stays_in_this_session_and_clears_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = PasswordStore(memory_keyring)
    store.set(SETTINGS, "old")
    assert store.set(SETTINGS, PASSWORD, remember=False) is Where.SESSION
    assert memory_keyring.passwords == {}
    assert store.get(SETTINGS) == PASSWORD
    assert PasswordStore(memory_keyring).get(SETTINGS) is None, "a new run asks again"


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), AltFileKeyring()], ids=["fail", "null", "alt"])
def test_no_secure_keyring_means_session_only(backend: KeyringBackend) -> None:
    store = PasswordStore(backend)
    assert store.set(SETTINGS, PASSWORD) is Where.SESSION
    assert store.get(SETTINGS) == PASSWORD
    if isinstance(backend, AltFileKeyring):
        assert backend.passwords == {}, "nothing written to the insecure backend"


def test_a_locked_keyring_falls_back_to_the_session(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = PasswordStore(LockedKeyring())
    assert store.available
    assert store.get(SETTINGS) is None
    assert store.set(SETTINGS, PASSWORD) is Where.SESSION
    assert store.get(SETTINGS) == PASSWORD
    store.forget(SETTINGS)
    assert store.get(SETTINGS) is None
    assert any("KeyringLocked" in r.getMessage() for r in caplog.records)
    assert all(PASSWORD not in r.getMessage() for r in caplog.records)


def test_session_memory_belongs_to_one_store() -> None:
    first, second = PasswordStore(fail.Keyring()), PasswordStore(fail.Keyring())
    first.set(SETTINGS, PASSWORD)
    assert second.get(SETTINGS) is None


def test_one_password_per_user_and_host(memory_keyring: MemoryKeyring) -> None:
    store = PasswordStore(memory_keyring)
    other = SmtpSettings(host="smtp.elders.nl", port=587, security=Security.STARTTLS, user="anna")
    store.set(SETTINGS, PASSWORD)
    store.set(other, "another")
    assert (store.get(SETTINGS), store.get(other)) == (PASSWORD, "another")


def test_forget_removes_it_everywhere(memory_keyring: MemoryKeyring) -> None:
    store = PasswordStore(memory_keyring)
    store.set(SETTINGS, PASSWORD)
    store.forget(SETTINGS)
    assert store.get(SETTINGS) is None and memory_keyring.passwords == {}
    store.forget(SETTINGS)  # nothing there: no error


def test_no_user_no_password(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(ValueError, match="user"):
        PasswordStore(memory_keyring).set(SmtpSettings(host="localhost", port=25, security=Security.NONE), "x")


def test_by_default_keyrings_own_choice_is_asked(monkeypatch: pytest.MonkeyPatch,
                                                  memory_keyring: MemoryKeyring) -> None:
    # Patched for this test only, so the real keyring is never even looked up.
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory_keyring)
    assert secure_keyring_available()
    assert PasswordStore().set(SETTINGS, PASSWORD) is Where.KEYRING
    assert memory_keyring.passwords
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    assert not secure_keyring_available()
    assert PasswordStore().set(SETTINGS, PASSWORD) is Where.SESSION
