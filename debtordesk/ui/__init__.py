"""PySide6 widgets; services are handed in by debtordesk.app."""
