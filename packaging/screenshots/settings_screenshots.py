"""Screenshots of the Settings dialog's tabs, drawn offscreen on a throw-away data file.

    uv run python packaging/screenshots/settings_screenshots.py [nl|en]

writes settings-ladder-<lang>.png, settings-texts-<lang>.png and settings-email-<lang>.png
beside this script. Nothing is sent: the mailer and the password keeper are stand-ins.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from debtordesk.core.clock import fixed_clock  # noqa: E402
from debtordesk.core.follow_up_service import FollowUpService  # noqa: E402
from debtordesk.core.formatting import Formatter  # noqa: E402
from debtordesk.core.model import BusinessProfile, Country, Language  # noqa: E402
from debtordesk.core.outgoing import MailSettings, Security, SendError, Where  # noqa: E402
from debtordesk.core.services import DebtorService  # noqa: E402
from debtordesk.storage.datafile import open_data_file  # noqa: E402
from debtordesk.ui.i18n import install_translators  # noqa: E402
from debtordesk.ui.settings_dialog import SettingsDialog  # noqa: E402

HERE = Path(__file__).resolve().parent
TODAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
PROFILE = BusinessProfile(
    name="Studio Zonnebloem", street="Oudegracht 12", postcode="3511 AW", city="Utrecht", country=Country.NL,
    vat_number="NL000099998B57", registration_number="30123456", iban="NL91ABNA0417164300", bic="ABNANL2A",
    email="sanne@studiozonnebloem.example", phone="+31 30 123 45 67", language=Language.NL,
    signature="Sanne de Vries\nStudio Zonnebloem")


class NoMailer:
    def send(self, message, settings, password):  # type: ignore[no-untyped-def]
        raise SendError("login_refused", "535 5.7.8 Authentication credentials invalid")

    def eml(self, message):  # type: ignore[no-untyped-def]
        raise NotImplementedError

    def mailto_url(self, message):  # type: ignore[no-untyped-def]
        return ""

    def problems(self, message):  # type: ignore[no-untyped-def]
        return []


class MemoryKeeper:
    secure = True

    def get(self, settings):  # type: ignore[no-untyped-def]
        return "secret"

    def set(self, settings, password, remember=True):  # type: ignore[no-untyped-def]
        return Where.KEYRING

    def forget(self, settings):  # type: ignore[no-untyped-def]
        pass


def main(language: str) -> None:
    app = QApplication([])
    translators = install_translators(app, language)  # noqa: F841 - kept alive while drawing
    with tempfile.TemporaryDirectory() as folder, open_data_file(Path(folder) / "shots.debtordesk",
                                                                  create=True) as data_file:
        service = DebtorService(data_file.store, fixed_clock(TODAY))
        service.save_profile(PROFILE)
        follow_up = FollowUpService(service)
        follow_up.save_mail_settings(MailSettings("smtp.example.com", 587, Security.STARTTLS,
                                                  "sanne@studiozonnebloem.example", "Studio Zonnebloem",
                                                  "sanne@studiozonnebloem.example"))
        dialog = SettingsDialog(follow_up, NoMailer(), MemoryKeeper(), Formatter(language), PROFILE,
                                today=date(2026, 11, 23))
        dialog.show()
        dialog.ladder_editor.select(1)
        for index, name in ((dialog.ladder_tab, "ladder"), (dialog.texts_tab, "texts"), (dialog.mail_tab, "email")):
            dialog.tabs.setCurrentIndex(index)
            if name == "email":  # show what a failed test message says
                dialog.mail_page.send_test()
                while dialog.mail_page.sending:
                    app.processEvents()
            app.processEvents()
            dialog.grab().save(str(HERE / f"settings-{name}-{language}.png"))
        dialog.hide()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "nl")
