"""Translated names for the core's enum values, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debtordesk.core.model import ClientKind, ContactRole, Country, Language, PaymentMethod


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def countries() -> list[tuple[Country, str]]:
    return [(Country.NL, _t("Netherlands")), (Country.BE, _t("Belgium")), (Country.DE, _t("Germany")),
            (Country.FR, _t("France")), (Country.LU, _t("Luxembourg")), (Country.GB, _t("United Kingdom"))]


def languages() -> list[tuple[Language, str]]:
    return [(Language.NL, _t("Dutch")), (Language.EN, _t("English")), (Language.FR, _t("French"))]


def client_kinds() -> list[tuple[ClientKind, str]]:
    return [(ClientKind.COMPANY, _t("Company")), (ClientKind.CONSUMER, _t("Consumer"))]


def contact_roles() -> list[tuple[ContactRole, str]]:
    return [(ContactRole.ACCOUNTS_PAYABLE, _t("Accounts payable")), (ContactRole.PURCHASING, _t("Purchasing")),
            (ContactRole.MANAGER, _t("Manager")), (ContactRole.GENERAL_INBOX, _t("General inbox")),
            (ContactRole.OTHER, _t("Other"))]


def payment_methods() -> list[tuple[PaymentMethod, str]]:
    return [(PaymentMethod.BANK_TRANSFER, _t("Bank transfer")), (PaymentMethod.DIRECT_DEBIT, _t("Direct debit")),
            (PaymentMethod.CARD, _t("Card")), (PaymentMethod.CASH, _t("Cash")), (PaymentMethod.OTHER, _t("Other"))]


def label_of(choices: list[tuple[object, str]], value: object) -> str:
    return next((label for v, label in choices if v == value), str(value))
