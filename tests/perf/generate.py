"""Build a large DebtorDesk file for benchmarks: 10,000 clients, 100,000 invoices,
their payments and 1,000,000 dossier records with valid hash chains.

Rows go in with plain SQL (the services would take an hour for this), but every
record is sealed with the app's own rules, so ``debtordesk-cli verify`` passes.

    uv run python tests/perf/generate.py PATH [--invoices N]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from debtordesk.core.demo import PROFILE
from debtordesk.core.dossier import GENESIS, RecordKind, canonical_details, chain_for, record_hash, utc_timestamp
from debtordesk.storage.datafile import open_data_file

TODAY = date(2026, 11, 23)
STREETS = ("Dorpsstraat", "Kerkstraat", "Stationsweg", "Molenstraat", "Schoolstraat", "Markt", "Rue de la Gare")
CITIES = (("Utrecht", "NL", "3511 AA"), ("Amsterdam", "NL", "1012 AB"), ("Gent", "BE", "9000"),
          ("Antwerpen", "BE", "2000"), ("Rotterdam", "NL", "3011 AD"), ("Leuven", "BE", "3000"))
WORDS = ("Studio", "Bakkerij", "Bouw", "Media", "Advies", "Groen", "Atelier", "Zorg", "Tech", "Design")


class Chains:
    """Seals records per dossier as the repository does (seq, previous hash)."""

    def __init__(self) -> None:
        self.heads: dict[str, tuple[int, str, str]] = {}
        self.rows: list[tuple[object, ...]] = []
        self.count = 0

    def add(self, moment: datetime, kind: RecordKind, summary: str, client_id: int | None,
            invoice_id: int | None, details: dict[str, object]) -> None:
        chain = chain_for(client_id, invoice_id)
        seq, prev, last_time = self.heads.get(chain, (0, GENESIS, ""))
        stamp = max(utc_timestamp(moment), last_time)
        details_json = canonical_details(details)
        digest = record_hash(chain=chain, seq=seq + 1, created_at=stamp, kind=kind.value, summary=summary,
                             client_id=client_id, invoice_id=invoice_id, details_json=details_json, documents=(),
                             prev_hash=prev)
        self.heads[chain] = (seq + 1, digest, stamp)
        self.count += 1
        self.rows.append((self.count, chain, seq + 1, stamp, client_id, invoice_id, kind.value, summary,
                          details_json, prev, digest))


def generate(path: Path, *, clients: int = 10_000, invoices: int = 100_000, records: int = 1_000_000,
             seed: int = 1) -> None:
    if path.exists():
        raise FileExistsError(path)
    with open_data_file(path, create=True, take_backup=False):
        pass  # the schema, at the newest revision
    rng = random.Random(seed)
    chains = Chains()
    client_rows, contact_rows, invoice_rows, payment_rows = [], [], [], []
    start = datetime.combine(TODAY - timedelta(days=3 * 365), time(9), tzinfo=UTC)
    for client_id in range(1, clients + 1):
        city, country, postcode = rng.choice(CITIES)
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {client_id}"
        client_rows.append((client_id, "company", name, f"{rng.choice(STREETS)} {rng.randint(1, 200)}", postcode,
                            city, country, "nl", "", "", 0, 0))
        contact_rows.append((client_id, client_id, f"Contact {client_id}", "accounts_payable",
                             f"ap{client_id}@client.example", "+31 30 000 00 00", 1))
        chains.add(start, RecordKind.CLIENT_CREATED, f"Client created: {name}", client_id, None,
                   {"kind": "company", "country": country})
    notes_needed = records - clients - invoices
    for invoice_id in range(1, invoices + 1):
        client_id = rng.randint(1, clients)
        issue = TODAY - timedelta(days=rng.randint(0, 3 * 365 - 40))
        due = issue + timedelta(days=30)
        net = rng.randrange(100_00, 5000_00, 5)
        vat = net * 21 // 100
        number = f"{issue.year}-{invoice_id:06d}"
        invoice_rows.append((invoice_id, client_id, number, issue.isoformat(), due.isoformat(), "EUR", net, vat,
                             net + vat, "Werkzaamheden"))
        moment = datetime.combine(issue, time(10), tzinfo=UTC)
        chains.add(moment, RecordKind.INVOICE_REGISTERED, f"Invoice {number} registered", client_id, invoice_id,
                   {"number": number, "total_cents": net + vat})
        outcome = rng.random()
        if outcome < 0.85 and due + timedelta(days=60) < TODAY or outcome < 0.5:
            paid_on = min(TODAY, due + timedelta(days=rng.randint(-10, 45)))
            parts = [net + vat] if rng.random() < 0.8 else [(net + vat) // 2, (net + vat) - (net + vat) // 2]
            for part in parts:
                payment_rows.append((invoice_id, paid_on.isoformat(), part, "bank_transfer", ""))
                chains.add(datetime.combine(paid_on, time(12), tzinfo=UTC), RecordKind.PAYMENT_RECORDED,
                           f"Payment of {part} cents on invoice {number}", client_id, invoice_id,
                           {"amount_cents": part, "paid_on": paid_on.isoformat()})
        per_invoice = max(0, (notes_needed - (chains.count - invoice_id - clients)) // max(1, invoices - invoice_id + 1))
        for n in range(per_invoice):
            chains.add(moment + timedelta(days=n + 1), RecordKind.NOTE, f"Note {n + 1} on {number}", client_id,
                       invoice_id, {})
    while chains.count < records:  # top up on the last invoice to reach the exact count
        chains.add(datetime.combine(TODAY, time(15), tzinfo=UTC), RecordKind.NOTE, "Note", client_id,
                   invoices, {})
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA synchronous = OFF")
        with connection:
            connection.executemany("INSERT INTO client VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", client_rows)
            connection.executemany("INSERT INTO contact (id, client_id, name, role, email, phone, active) "
                                   "VALUES (?,?,?,?,?,?,?)", contact_rows)
            connection.executemany("INSERT INTO invoice (id, client_id, number, issue_date, due_date, currency, "
                                   "net_cents, vat_cents, total_cents, description) VALUES (?,?,?,?,?,?,?,?,?,?)",
                                   invoice_rows)
            connection.executemany("INSERT INTO payment (invoice_id, paid_on, amount_cents, method, reference) "
                                   "VALUES (?,?,?,?,?)", payment_rows)
            connection.executemany("INSERT INTO dossier_record VALUES (?,?,?,?,?,?,?,?,?,?,?)", chains.rows)
            p = PROFILE
            connection.execute(
                "INSERT INTO business_profile VALUES (1,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (p.name, p.street, p.postcode, p.city, p.country.value, p.vat_number, p.registration_number,
                 p.iban, p.bic, p.email, p.phone, p.payment_term_days, p.language.value, p.signature))
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--records", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    generate(args.path, clients=args.clients, invoices=args.invoices, records=args.records)
    print(f"wrote {args.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
