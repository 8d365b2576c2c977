"""DebtorDesk: follow up late invoices without losing the client."""

__version__ = "0.1.0"
APP_ID = "nl.debtordesk.DebtorDesk"

