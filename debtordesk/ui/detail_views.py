"""The views in the detail pane beside each list: the chosen invoice or client, its history and its actions.

The window reads what a view shows (one invoice's payments, promises and dossier;
one client's contacts, invoices and dossier) and hands it in: views never read
the file themselves. Action buttons carry the window's own actions, so a button,
its menu item and its shortcut are one thing and are enabled together.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.figures import Behaviour, Reliability
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import ClientRow, Contact, HoldKind, InvoiceRow, Payment, Promise
from debtordesk.core.stage import badges_of, stage_of
from debtordesk.ui import labels
from debtordesk.ui.detail_models import ContactsModel, PaymentsModel, PromisesModel
from debtordesk.ui.list_pages import ListPage
from debtordesk.ui.table_models import InvoicesModel
from debtordesk.ui.timeline import TimelinePage
from debtordesk.ui.detail_pane import ClientDetails, InvoiceDetails
from debtordesk.ui.widgets import action_button

TITLE_STYLE = "font-size: 15px; font-weight: 600;"


def _action_bar(actions: Sequence[QAction], per_row: int) -> QGridLayout:
    """The actions as buttons, a few per row so none is cut off in a narrow pane."""
    grid = QGridLayout()
    grid.setSpacing(4)
    for place, action in enumerate(actions):
        button = action_button(action)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        grid.addWidget(button, place // per_row, place % per_row)
    return grid


def _table_page(page: ListPage) -> ListPage:
    page.auto_select = False  # a row counts once the user picks it
    page.search.hide()
    page.layout().setContentsMargins(0, 0, 0, 0)
    return page


class InvoiceView(QWidget):
    """Signals:
        client_requested(int): the user wants to see the invoice's client.
    """

    client_requested = Signal(int)

    def __init__(self, formatter: Formatter, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceView")
        self.formatter = formatter
        self.details: InvoiceDetails | None = None
        self.title = QLabel()
        self.title.setObjectName("invoiceTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)  # a long client name goes on a second line, not off the pane
        self.title.linkActivated.connect(self._link)
        self.status = QLabel()
        self.status.setObjectName("invoiceStatus")
        self.status.setWordWrap(True)
        self.fields: dict[str, QLabel] = {}
        # Dates on the left, amounts on the right: two short columns keep the timeline tall.
        form = QGridLayout()
        form.setHorizontalSpacing(12)
        for place, (key, caption) in enumerate((
                ("issued", self.tr("Invoice date:")), ("total", self.tr("Total:")),
                ("due", self.tr("Due date:")), ("paid", self.tr("Paid:")),
                ("late", self.tr("Days overdue:")), ("open", self.tr("Open:")),
                ("description", self.tr("Description:")))):
            label = self.fields[key] = QLabel()
            label.setObjectName(f"invoice_{key}")
            label.setWordWrap(key == "description")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, column = divmod(place, 2)
            form.addWidget(QLabel(caption), row, 2 * column)
            if key == "description":
                form.addWidget(label, row, 1, 1, 3)
            else:
                form.addWidget(label, row, 2 * column + 1)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        self.payments = _table_page(ListPage(PaymentsModel(formatter), ""))
        self.promises = _table_page(ListPage(PromisesModel(formatter), ""))
        self.timeline = TimelinePage(formatter)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("invoiceTabs")
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.payments, "")
        self.tabs.addTab(self.promises, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addLayout(_action_bar(actions, per_row=2))
        layout.addWidget(self.tabs, 1)

    def show_details(self, details: InvoiceDetails, today: date) -> None:
        if self.details is None or self.details.row.invoice.id != details.row.invoice.id:
            self.timeline.clear_filters()  # another invoice: its whole dossier first
        self.details = details
        row, f = details.row, self.formatter
        invoice = row.invoice
        self.title.setText(self.tr("Invoice {number} · <a href='client'>{client}</a>").format(
            number=html.escape(invoice.number), client=html.escape(row.client_name)))
        self.status.setText(self._status_text(row, today))
        late = row.days_overdue(today)
        values = {"issued": f.date(invoice.issue_date), "due": f.date(invoice.due_date),
                  "late": str(late) if late else "–", "total": f.amount(invoice.total_cents),
                  "paid": f.amount(row.paid_cents), "open": f.amount(row.open_cents),
                  "description": invoice.description or "–"}
        for key, text in values.items():
            self.fields[key].setText(text)
        self.fields["late"].setStyleSheet("color: #b3261e;" if late else "")
        self.timeline.set_records(details.records)
        self.payments.set_rows(list(details.payments), PaymentsModel.DAY, Qt.SortOrder.DescendingOrder)
        self.promises.set_rows(list(details.promises), PromisesModel.DAY, Qt.SortOrder.DescendingOrder)
        self.tabs.setTabText(0, self.tr("Dossier ({count})").format(count=len(details.records)))
        self.tabs.setTabText(1, self.tr("Payments ({count})").format(count=len(details.payments)))
        self.tabs.setTabText(2, self.tr("Promises ({count})").format(count=len(details.promises)))

    def _status_text(self, row: InvoiceRow, today: date) -> str:
        stage = stage_of(row, today)
        words = [labels.label_of(labels.stages(), stage)]  # type: ignore[arg-type]
        words += [labels.label_of(labels.badges(), b) for b in badges_of(row, stage)]  # type: ignore[arg-type]
        state, f = row.state, self.formatter
        if state.hold_kind is not None:
            why = self.tr("disputed since {day}") if state.hold_kind == HoldKind.DISPUTE else self.tr(
                "on hold since {day}")
            words.append(f"{why.format(day=f.date(state.hold_since))}: {state.hold_reason}")
            if state.hold_until:
                words.append(self.tr("look again on {day}").format(day=f.date(state.hold_until)))
        if state.written_off:
            words.append(self.tr("written off on {day}: {reason}").format(
                day=f.date(state.written_off_on), reason=state.written_off_reason))
        if state.handed_over:
            words.append(self.tr("handed over to {to} on {day}").format(
                to=state.handed_over_to, day=f.date(state.handed_over_on)))
        return " · ".join(words)

    def _link(self, _link: str) -> None:
        if self.details is not None:
            self.client_requested.emit(self.details.row.invoice.client_id)


class ClientView(QWidget):
    """Signals:
        invoice_requested(int): the user wants to see one of the client's invoices.
    """

    invoice_requested = Signal(int)

    def __init__(self, formatter: Formatter, actions: Sequence[QAction], invoice_actions: Sequence[QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientView")
        self.formatter = formatter
        self.details: ClientDetails | None = None
        self.title = QLabel()
        self.title.setObjectName("clientTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.rating = QLabel()
        self.rating.setObjectName("clientRating")
        self.rating.setWordWrap(True)
        self.rating.setStyleSheet("font-weight: 600;")
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, caption in (("open", self.tr("Open:")), ("overdue", self.tr("Overdue:")),
                             ("days_late", self.tr("Average days late:")), ("paid_late", self.tr("Paid late:")),
                             ("promises", self.tr("Promises:"))):
            label = self.fields[key] = QLabel()
            label.setObjectName(f"client_{key}")
            form.addRow(caption, label)
        self.invoices = _table_page(ListPage(InvoicesModel(formatter, self._today), ""))
        self.invoices.table.setColumnHidden(InvoicesModel.CLIENT, True)  # all the same client
        self.invoices.table.setColumnHidden(InvoicesModel.ISSUED, True)
        self.invoices.table.setColumnHidden(InvoicesModel.TOTAL, True)
        self.invoices.table.setColumnHidden(InvoicesModel.DAYS_LATE, True)  # the status says overdue
        self.invoices.auto_size_columns = False  # narrow pane: the status takes what is left
        header = self.invoices.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InvoicesModel.STATUS, QHeaderView.ResizeMode.Stretch)
        self.invoices.activated.connect(lambda row: self.invoice_requested.emit(row.invoice.id))
        self.contacts = _table_page(ListPage(ContactsModel(formatter), ""))
        self.timeline = TimelinePage(formatter)
        invoices_tab = QWidget()
        invoices_layout = QVBoxLayout(invoices_tab)
        invoices_layout.setContentsMargins(0, 0, 0, 0)
        invoices_layout.addWidget(self.invoices, 1)
        invoices_layout.addLayout(_action_bar(invoice_actions, per_row=2))  # they act on the invoice picked here
        self.tabs = QTabWidget()
        self.tabs.setObjectName("clientTabs")
        self.tabs.addTab(invoices_tab, "")
        self.tabs.addTab(self.contacts, "")
        self.tabs.addTab(self.timeline, "")
        self._day = date.min
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.rating)
        layout.addLayout(form)
        layout.addLayout(_action_bar(actions, per_row=2))
        layout.addWidget(self.tabs, 1)

    def _today(self) -> date:
        return self._day

    def _days(self, days: int) -> str:
        # English and Dutch both have one form for 1 and one for the rest.
        return self.tr("1 day") if days == 1 else self.tr("{days} days").format(days=days)

    def _share_paid_late(self, share: int, count: int) -> str:
        if count == 1:
            return self.tr("{share}% of 1 paid invoice").format(share=share)
        return self.tr("{share}% of {count} paid invoices").format(share=share, count=count)

    def show_details(self, details: ClientDetails, today: date) -> None:
        if self.details is None or self.details.row.client.id != details.row.client.id:
            self.timeline.clear_filters()
        self.details = details
        self._day = today
        row, f, client = details.row, self.formatter, details.row.client
        self.title.setText(client.name)
        kind = labels.label_of(labels.client_kinds(), client.kind)  # type: ignore[arg-type]
        place = ", ".join(p for p in (client.city, labels.label_of(labels.countries(), client.country)) if p)  # type: ignore[arg-type]
        words = [kind, place]
        if client.work_paused:
            words.append(self.tr("work paused"))
        if client.relationship_ended:
            words.append(self.tr("relationship ended"))
        self.subtitle.setText(" · ".join(words))
        behaviour = details.behaviour
        rating = behaviour.rating if behaviour else Reliability.NO_HISTORY
        self.rating.setText(labels.label_of(labels.reliability(), rating))  # type: ignore[arg-type]
        self.rating.setStyleSheet("font-weight: 600;" + (
            " color: #b3261e;" if rating in (Reliability.OFTEN_LATE, Reliability.UNRELIABLE) else ""))
        share = behaviour.share_paid_late_percent if behaviour else None
        values = {
            "open": f.amount(row.open_cents),
            "overdue": f.amount(row.overdue_cents),
            "days_late": "–" if behaviour is None or behaviour.average_days_late is None
            else self._days(behaviour.average_days_late),
            "paid_late": "–" if share is None or behaviour is None else self._share_paid_late(
                share, behaviour.paid_invoices),
            "promises": self.tr("{kept} kept, {broken} broken").format(
                kept=behaviour.promises_kept if behaviour else 0, broken=behaviour.promises_broken if behaviour else 0),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.invoices.set_rows(list(details.invoices), InvoicesModel.DUE, Qt.SortOrder.DescendingOrder)
        self.contacts.set_rows(list(details.contacts), ContactsModel.NAME, Qt.SortOrder.AscendingOrder)
        self.timeline.set_records(details.records)
        self.tabs.setTabText(0, self.tr("Invoices ({count})").format(count=len(details.invoices)))
        self.tabs.setTabText(1, self.tr("Contacts ({count})").format(count=len(details.contacts)))
        self.tabs.setTabText(2, self.tr("Dossier ({count})").format(count=len(details.records)))
