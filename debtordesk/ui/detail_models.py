"""Table models for the detail panes: an invoice's payments and promises, a client's contacts, and a
dossier timeline. Same pattern as table_models: named columns, raw sort keys, rows kept whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush

from debtordesk.core.dossier import DossierRecord
from debtordesk.core.model import Contact, Payment, Promise, PromiseStatus
from debtordesk.ui import labels, record_text
from debtordesk.ui.table_models import LATE, Column, RowTableModel


class PaymentsModel(RowTableModel[Payment]):
    DAY, AMOUNT, METHOD, REFERENCE = range(4)

    def columns(self) -> list[Column[Payment]]:
        f = self.formatter
        return [
            Column(self.tr("Paid on"), lambda p: f.short_date(p.paid_on), lambda p: (p.paid_on, p.id or 0)),
            Column(self.tr("Amount"), lambda p: f.amount(p.amount_cents), lambda p: p.amount_cents, align_right=True),
            Column(self.tr("Method"), lambda p: labels.label_of(labels.payment_methods(), p.method),  # type: ignore[arg-type]
                   lambda p: p.method.value),
            Column(self.tr("Reference"), lambda p: p.reference, lambda p: p.reference.casefold()),
        ]


class PromisesModel(RowTableModel[Promise]):
    DAY, AMOUNT, STATUS = range(3)

    def __init__(self, formatter: Any, parent: Any = None) -> None:
        self._status = {PromiseStatus.OPEN: self.tr("Open"), PromiseStatus.KEPT: self.tr("Kept"),
                        PromiseStatus.BROKEN: self.tr("Broken")}
        super().__init__(formatter, parent)

    def columns(self) -> list[Column[Promise]]:
        f = self.formatter
        return [
            Column(self.tr("Promised for"), lambda p: f.short_date(p.promised_date),
                   lambda p: (p.promised_date, p.id or 0)),
            Column(self.tr("Amount"), lambda p: f.amount(p.amount_cents), lambda p: p.amount_cents, align_right=True),
            Column(self.tr("Status"), lambda p: self._status[p.status], lambda p: p.status.value),
        ]

    def foreground(self, row: Promise, column: int) -> QBrush | None:
        return LATE if column == self.STATUS and row.status == PromiseStatus.BROKEN else None


class ContactsModel(RowTableModel[Contact]):
    NAME, ROLE, EMAIL, PHONE = range(4)

    def columns(self) -> list[Column[Contact]]:
        return [
            Column(self.tr("Name"), self._name, lambda c: c.name.casefold()),
            Column(self.tr("Role"), lambda c: labels.label_of(labels.contact_roles(), c.role),  # type: ignore[arg-type]
                   lambda c: c.role.value),
            Column(self.tr("Email"), lambda c: c.email, lambda c: c.email.casefold()),
            Column(self.tr("Phone"), lambda c: c.phone, lambda c: c.phone),
        ]

    def _name(self, contact: Contact) -> str:
        return contact.name if contact.active else self.tr("{name} (no longer there)").format(name=contact.name)

    def search_text(self, row: Contact) -> str:
        return f"{row.name} {row.email} {row.phone}".casefold()


class TimelineModel(RowTableModel[DossierRecord]):
    """A dossier's records; the pane sorts them newest first.

    What happened and its description share one column ("Payment: €250.00 paid
    on …"): the pane is narrow, and a kind column of its own left the
    description a few letters wide.
    """

    WHEN, DESCRIPTION = range(2)

    def columns(self) -> list[Column[DossierRecord]]:
        f = self.formatter
        return [
            Column(self.tr("When"), lambda r: f.short_timestamp(r.created_at), lambda r: (r.created_at, r.id or 0)),
            Column(self.tr("What happened"), self._text, lambda r: self._text(r).casefold(), tooltip=True),
        ]

    def _text(self, record: DossierRecord) -> str:
        return f"{record_text.kind_name(record.kind)}: {record_text.describe(record, self.formatter)}"

    def search_text(self, row: DossierRecord) -> str:
        return f"{self._text(row)} {row.summary}".casefold()
