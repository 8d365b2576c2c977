"""Why a message was not sent, in the user's words, with what to check.

The failure codes are those of ``SendError.failure`` (``mail.smtp.SendFailure``)
plus "not_configured" (no mail server set up yet). The server's own answer is
appended where it helps the user or their mail provider; it never holds a
password (the mail layer leaves it out).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: The server's answer is cut here: it is a clue for the user, not a log.
MAX_DETAIL = 300

_FAILURES: dict[str, str] = {
    "connection_refused": QT_TRANSLATE_NOOP(
        "SendFailure", "The mail server refused the connection. Check the server name and the port in the mail "
        "server settings (often 465 with SSL or 587 with STARTTLS), and that this computer is online."),
    "host_not_found": QT_TRANSLATE_NOOP(
        "SendFailure", "The mail server could not be found. Check how its name is spelled in the mail server "
        "settings, and that this computer is online."),
    "timeout": QT_TRANSLATE_NOOP(
        "SendFailure", "The mail server did not answer in time. Check your internet connection and the port in the "
        "mail server settings (a wrong port or a firewall often causes this), then try again."),
    "tls": QT_TRANSLATE_NOOP(
        "SendFailure", "No secure connection could be made to the mail server: its certificate was refused or the "
        "encryption did not match. Check the server name (it must be the name on the certificate) and the "
        "security setting (SSL or STARTTLS) in the mail server settings."),
    "starttls_unsupported": QT_TRANSLATE_NOOP(
        "SendFailure", "The mail server offers no STARTTLS encryption on this port. Choose SSL (usually port 465) "
        "in the mail server settings, or ask your mail provider which setting to use."),
    "login_refused": QT_TRANSLATE_NOOP(
        "SendFailure", "The mail server refused the user name or the password. Check the user name in the mail "
        "server settings; DebtorDesk will ask for the password again. Some providers want an app password here "
        "instead of your usual one."),
    "auth_unsupported": QT_TRANSLATE_NOOP(
        "SendFailure", "The mail server offers no way of logging in that DebtorDesk can use. Ask your mail provider "
        "for the settings for sending from a mail program."),
    "password_needs_encryption": QT_TRANSLATE_NOOP(
        "SendFailure", "DebtorDesk does not send your password over a connection without encryption. Choose SSL or "
        "STARTTLS in the mail server settings."),
    "recipient_refused": QT_TRANSLATE_NOOP(
        "SendFailure", "The mail server refused a recipient's address. Check the addresses in To, CC and BCC for "
        "typing errors."),
    "sender_refused": QT_TRANSLATE_NOOP(
        "SendFailure", "The mail server refused the sender's address. Use the address of the account you log in "
        "with, in the mail server settings."),
    "server_error": QT_TRANSLATE_NOOP(
        "SendFailure", "The mail server reported an error and did not take the message. Try again later; if it "
        "keeps happening, the server's answer below helps your mail provider."),
    "disconnected": QT_TRANSLATE_NOOP(
        "SendFailure", "The connection to the mail server was lost before it took the message. Check your internet "
        "connection and try again."),
    "not_configured": QT_TRANSLATE_NOOP(
        "SendFailure", "No mail server is set up yet. Enter your outgoing mail server in the mail server settings, "
        "or send the message from your own mail program."),
    "invalid_message": QT_TRANSLATE_NOOP(
        "SendFailure", "The message cannot be sent as it is: check the addresses (plain addresses such as "
        "name@example.com, without accents) and the subject."),
}

_UNKNOWN = QT_TRANSLATE_NOOP(
    "SendFailure", "The message could not be sent. Check the mail server settings and your internet connection, "
    "then try again.")

#: Failures where the server has nothing to add.
_NO_DETAIL = frozenset({"not_configured"})
#: "invalid_message" names what the mail layer refused: DebtorDesk's words, not a server's.


def send_failure_text(failure: str, detail: str) -> str:
    """What went wrong and what to check, with the server's answer when there is one."""
    text = QCoreApplication.translate("SendFailure", _FAILURES.get(failure, _UNKNOWN))
    detail = " ".join(detail.split())  # one line, whatever the server sent
    if detail and failure not in _NO_DETAIL:
        if len(detail) > MAX_DETAIL:
            detail = detail[:MAX_DETAIL - 1] + "…"
        text += "\n" + QCoreApplication.translate("SendFailure", "The server said: {detail}").format(detail=detail)
    return text


def known_failures() -> set[str]:
    return set(_FAILURES)
