"""Why an email did not go out, in plain words that say what to check.

The mailer names the failure with a code (``SendError.failure``, see
mail.smtp.SendFailure) and passes the server's own words as ``detail``; both
the settings page's test message and the compose window word them here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_FAILURES: dict[str, str] = {
    "connection_refused": QT_TRANSLATE_NOOP(
        "SendFailure", "The server refused the connection. Check the server name and the port (usually 465 for "
        "SSL/TLS, 587 for STARTTLS) and that this computer is online."),
    "host_not_found": QT_TRANSLATE_NOOP(
        "SendFailure", "DebtorDesk cannot find this server. Check the server name (e.g. smtp.example.com) and that "
        "this computer is online."),
    "timeout": QT_TRANSLATE_NOOP(
        "SendFailure", "The server did not answer in time. Check the port and the security setting; a firewall "
        "may be blocking the connection. Or try again later."),
    "tls": QT_TRANSLATE_NOOP(
        "SendFailure", "The secure connection failed: the server's certificate was not accepted. Use the server "
        "name exactly as your mail provider gives it, and check the security setting."),
    "starttls_unsupported": QT_TRANSLATE_NOOP(
        "SendFailure", "This server does not offer STARTTLS on this port. Choose SSL/TLS (usually port 465), or "
        "check the port with your mail provider."),
    "login_refused": QT_TRANSLATE_NOOP(
        "SendFailure", "The server refused the user name or password. Check both; some providers ask for a "
        "separate app password for mail programs."),
    "auth_unsupported": QT_TRANSLATE_NOOP(
        "SendFailure", "The server offers no way to log in that DebtorDesk can use on this connection. Check the "
        "security setting and the port with your mail provider."),
    "password_needs_encryption": QT_TRANSLATE_NOOP(
        "SendFailure", "DebtorDesk does not send your password over an unencrypted connection. Choose SSL/TLS or "
        "STARTTLS."),
    "recipient_refused": QT_TRANSLATE_NOOP(
        "SendFailure", "The server refused the recipient's address. Check the email address."),
    "sender_refused": QT_TRANSLATE_NOOP(
        "SendFailure", "The server refused the sender address. Use an address your mail provider lets you send "
        "from."),
    "server_error": QT_TRANSLATE_NOOP(
        "SendFailure", "The mail server reported an error. Try again later; if it keeps happening, ask your mail "
        "provider."),
    "disconnected": QT_TRANSLATE_NOOP(
        "SendFailure", "The server closed the connection before the message was sent. Check the port and the "
        "security setting, then try again."),
}
_UNKNOWN = QT_TRANSLATE_NOOP("SendFailure", "The message could not be sent.")


def send_failure_text(failure: str, detail: str) -> str:
    """A sentence saying what went wrong and what to check, with the server's words if there are any."""
    text = QCoreApplication.translate("SendFailure", _FAILURES.get(failure, _UNKNOWN))
    if detail.strip():
        text += "\n" + QCoreApplication.translate("SendFailure", "The server said: {detail}").format(
            detail=detail.strip())
    return text


def known_failures() -> set[str]:
    return set(_FAILURES)
