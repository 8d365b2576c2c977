"""Screenshots of each step of the call-script panel in Dutch: packaging/screenshots/call-<n>-<step>-nl.png.

Run from the repository root: ``QT_QPA_PLATFORM=offscreen uv run python
packaging/screenshots/call_screenshots.py``. A throw-away data file holds a Dutch
client with two overdue invoices; the call agrees one payment tomorrow and a plan.
Nothing is saved: the panel is grabbed page by page and closed.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from debtordesk.core.calls import CallService
from debtordesk.core.clock import fixed_clock
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import BusinessProfile, Client, Contact, ContactRole, Country, Invoice
from debtordesk.core.services import DebtorService
from debtordesk.storage.datafile import open_data_file
from debtordesk.ui.call_agreement_section import Choice
from debtordesk.ui.call_panel import CallPanel
from debtordesk.ui.i18n import install_translators

FOLDER = Path("packaging/screenshots")
NOW = datetime(2026, 11, 23, 9, 40, tzinfo=UTC)


def main() -> int:
    app = QApplication(sys.argv)
    assert install_translators(app, "nl"), "build the .qm first (pyside6-lrelease)"
    with tempfile.TemporaryDirectory() as folder, open_data_file(Path(folder) / "x.debtordesk", create=True) as data:
        service = DebtorService(data.store, fixed_clock(NOW))
        service.save_profile(BusinessProfile(
            name="Studio Sanne de Vries", street="Oudegracht 112", postcode="3511 AW", city="Utrecht",
            country=Country.NL, vat_number="NL000099998B57", registration_number="30123456",
            iban="NL91ABNA0417164300", bic="ABNANL2A", email="sanne@studiodevries.nl", phone="+31 30 123 45 67",
            signature="Sanne de Vries"))
        client_id = service.save_client(
            Client(name="Bakkerij De Gouden Korst", street="Voorstraat 12", postcode="3512 AK", city="Utrecht"),
            [Contact(0, "Ingrid Bos", ContactRole.ACCOUNTS_PAYABLE, email="ingrid@goudenkorst.nl",
                     phone="+31 30 234 56 78"),
             Contact(0, "Peter Bos", ContactRole.MANAGER, phone="+31 6 1234 5678")])
        service.save_invoice(Invoice(client_id, "2026-014", date(2026, 9, 20), date(2026, 10, 20), 1000_00, 210_00))
        service.save_invoice(Invoice(client_id, "2026-021", date(2026, 10, 1), date(2026, 10, 31), 826_45, 173_56))
        panel = CallPanel(CallService(FollowUpService(service)), Formatter("nl"), client_id,
                          local_now=lambda: datetime(2026, 11, 23, 10, 40))
        panel.resize(960, 820)
        panel.show()
        names = ["voor", "opening", "bekendheid", "oorzaak", "afspraak", "opvolging", "samenvatting"]
        for index, name in enumerate(names):
            if index == panel.CAUSE:
                panel.cause.group.buttons()[0].setChecked(True)
                panel.cause.notes.setPlainText("Factuur lag bij de eigenaar, die op vakantie was.")
            if index == panel.AGREEMENT + 1:
                panel._go(panel.AGREEMENT)
                first, second = panel.agreement.sections
                first.set_choice(Choice.PAYS)
                second.set_choice(Choice.PLAN)
                second.plan.split()
                panel._agreement_changed()
                app.processEvents()
                panel.grab().save(str(FOLDER / "call-4-afspraak-ingevuld-nl.png"))
            if index == panel.SUMMARY:
                panel.summary.went_well.setText("Rustig gebleven, meteen een datum gevraagd")
            if index:
                panel._go(index)
            app.processEvents()
            target = FOLDER / f"call-{index}-{name}-nl.png"
            panel.grab().save(str(target))
            print(f"wrote {target}")
        panel.finished_ok = True
        panel.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
