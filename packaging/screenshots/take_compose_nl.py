"""Screenshot of the compose window in Dutch: packaging/screenshots/compose-nl.png.

Run from the repository root, on a display or Xvfb (``xvfb-run -a uv run python
packaging/screenshots/take_compose_nl.py``). A throw-away data file holds a Dutch
client with one overdue invoice; the first step of the ladder drafts the email.
Nothing is sent: no button is pressed, and the mailer here refuses anyway.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from debtordesk.core.clock import fixed_clock
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.formatting import Formatter
from debtordesk.core.ladder import DEFAULT_LADDER
from debtordesk.core.model import BusinessProfile, Client, Contact, ContactRole, Country, Invoice, InvoicePdf
from debtordesk.core.outgoing import MailSettings, OutgoingMessage, SendError, SentMessage, Where
from debtordesk.core.services import DebtorService
from debtordesk.storage.datafile import open_data_file
from debtordesk.ui.compose_window import ComposeWindow
from debtordesk.ui.i18n import install_translators

TARGET = Path("packaging/screenshots/compose-nl.png")
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


class RefusingMailer:
    """The screenshot sends nothing; every way out says so."""

    def send(self, message: OutgoingMessage, settings: MailSettings, password: str | None) -> SentMessage:
        raise SendError("not_configured")

    def eml(self, message: OutgoingMessage) -> SentMessage:
        raise SendError("not_configured")

    def mailto_url(self, message: OutgoingMessage) -> str:
        raise SendError("not_configured")

    def problems(self, message: OutgoingMessage) -> list[str]:
        return []


class NoPasswords:
    secure = False

    def get(self, settings: MailSettings) -> str | None:
        return None

    def set(self, settings: MailSettings, password: str, remember: bool = True) -> Where:
        return Where.SESSION

    def forget(self, settings: MailSettings) -> None:
        return None


def main() -> int:
    app = QApplication(sys.argv)
    translators = install_translators(app, "nl")
    assert translators, "build the .qm first (pyside6-lrelease)"
    with tempfile.TemporaryDirectory() as folder, open_data_file(Path(folder) / "x.debtordesk", create=True) as data:
        service = DebtorService(data.store, fixed_clock(NOW))
        service.save_profile(BusinessProfile(
            name="Studio Sanne de Vries", street="Oudegracht 112", postcode="3511 AW", city="Utrecht",
            country=Country.NL, vat_number="NL000099998B57", registration_number="30123456",
            iban="NL91ABNA0417164300", bic="ABNANL2A", email="sanne@studiodevries.nl", phone="+31 30 123 45 67",
            signature="Sanne de Vries"))
        client_id = service.save_client(
            Client(name="Bakkerij De Gouden Korst", street="Voorstraat 12", postcode="3512 AK", city="Utrecht"),
            [Contact(0, "Ingrid Bos", ContactRole.ACCOUNTS_PAYABLE, email="ingrid@goudenkorst.nl"),
             Contact(0, "Algemeen", ContactRole.GENERAL_INBOX, email="info@goudenkorst.nl")])
        invoice_id = service.save_invoice(Invoice(
            client_id, "2026-041", date(2026, 10, 1), date(2026, 10, 31), 1250_00, 262_50,
            description="Huisstijl en verpakkingsontwerp",
            pdf=InvoicePdf("factuur-2026-041.pdf", b"%PDF-1.4\n%%EOF\n")))
        follow_up = FollowUpService(service)
        follow_up.save_mail_settings(MailSettings(host="smtp.studiodevries.nl", user="sanne@studiodevries.nl",
                                                  sender_name="Sanne de Vries",
                                                  sender_address="sanne@studiodevries.nl"))
        draft = follow_up.draft(client_id, [invoice_id], DEFAULT_LADDER.steps[0])
        with service.store.reading() as reader:
            contacts = reader.contacts(client_id)
        window = ComposeWindow(follow_up, RefusingMailer(), NoPasswords(), draft, contacts, Formatter("nl"))
        window.show()
        app.processEvents()
        saved = window.grab().save(str(TARGET))
        window.close()
    print(TARGET, "saved" if saved else "NOT saved")
    return 0 if saved else 1


if __name__ == "__main__":
    raise SystemExit(main())
