"""The detail pane beside each list, and what the window reads for it.

The pane's views (``detail_views``) are built, and their module imported, when
a pane first shows something: a window has five of them, and building them
before the first paint took as long as painting a 1,000-invoice file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from debtordesk.core.figures import Behaviour
from debtordesk.core.model import ClientRow, Contact, InvoiceRow, Payment, Promise

if TYPE_CHECKING:
    from debtordesk.core.dossier import DossierRecord
    from debtordesk.ui.detail_views import ClientView, InvoiceView


@dataclass(frozen=True)
class InvoiceDetails:
    row: InvoiceRow
    payments: Sequence[Payment]
    promises: Sequence[Promise]
    records: Sequence[DossierRecord]


@dataclass(frozen=True)
class ClientDetails:
    row: ClientRow
    behaviour: Behaviour | None
    contacts: Sequence[Contact]
    invoices: Sequence[InvoiceRow]
    records: Sequence[DossierRecord]


#: The pane's narrowest width, whatever it shows (the hint, a short client).
MIN_WIDTH = 340


class DetailPane(QStackedWidget):
    """A hint while nothing is chosen, else the invoice or client view (each built when first needed)."""

    def __init__(self, hint: str, make_invoice_view: Callable[[], InvoiceView] | None,
                 make_client_view: Callable[[], ClientView] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.hint = QLabel(hint)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.addWidget(self.hint)
        self._make_invoice_view = make_invoice_view
        self._make_client_view = make_client_view
        self._invoice_view: InvoiceView | None = None
        self._client_view: ClientView | None = None

    def minimumSizeHint(self) -> QSize:
        """At least 340 px, and wide enough for the shown view's captions in the UI's language.

        A fixed minimum width let the splitter squeeze the invoice's captions ("Dagen te laat:")
        into clipped words in Dutch.
        """
        hint = super().minimumSizeHint()
        return QSize(max(MIN_WIDTH, hint.width()), hint.height())

    @property
    def invoice_view(self) -> InvoiceView | None:
        """The invoice view (None if this pane shows no invoices)."""
        if self._invoice_view is None and self._make_invoice_view is not None:
            self._invoice_view = self._make_invoice_view()
            self.addWidget(self._invoice_view)
        return self._invoice_view

    @property
    def client_view(self) -> ClientView | None:
        """The client view (None if this pane shows no clients)."""
        if self._client_view is None and self._make_client_view is not None:
            self._client_view = self._make_client_view()
            self.addWidget(self._client_view)
        return self._client_view

    def shown_invoice(self) -> InvoiceDetails | None:
        """The invoice the pane shows now, if it shows one."""
        view = self._invoice_view
        return view.details if view is not None and self.currentWidget() is view else None

    def shown_client_view(self) -> ClientView | None:
        """The client view, if the pane shows it now."""
        view = self._client_view
        return view if view is not None and self.currentWidget() is view else None

    def show_hint(self) -> None:
        self.setCurrentWidget(self.hint)

    def show_invoice(self, details: InvoiceDetails, today: date) -> None:
        view = self.invoice_view
        assert view is not None
        view.show_details(details, today)
        self.setCurrentWidget(view)

    def show_client(self, details: ClientDetails, today: date) -> None:
        view = self.client_view
        assert view is not None
        view.show_details(details, today)
        self.setCurrentWidget(view)
