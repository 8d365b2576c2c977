"""A demo business to explore: Dutch and Belgian clients, about 60 invoices in every state.

Built through the services with a clock that walks through the past year, so the
demo's dossier is a real, verifiable history rather than rows typed into tables.
Deterministic for a given ``today``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from debtordesk.core.clock import Clock
from debtordesk.core.model import (
    BusinessProfile,
    Client,
    ClientKind,
    Contact,
    ContactRole,
    Country,
    HoldKind,
    Invoice,
    Language,
    Payment,
    PaymentMethod,
    Promise,
    PromiseStatus,
    Task,
    TaskKind,
)
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.invoice_status import InvoiceStatusService
from debtordesk.core.letter_service import LetterService, Posting, Render
from debtordesk.core.letters import LetterKind
from debtordesk.core.rates import load_rate_book
from debtordesk.core.ports import Store
from debtordesk.core.services import DebtorService

PROFILE = BusinessProfile(
    name="Studio Marijke de Boer",
    street="Oudegracht 118",
    postcode="3511 AW",
    city="Utrecht",
    country=Country.NL,
    vat_number="NL000099998B57",
    registration_number="30123456",
    iban="NL91ABNA0417164300",
    bic="ABNANL2A",
    email="marijke@studiodeboer.example",
    phone="+31 30 123 45 67",
    payment_term_days=30,
    language=Language.NL,
    signature="Marijke de Boer\nStudio Marijke de Boer",
)


def be_vat(seed: int) -> str:
    """A Belgian VAT/enterprise number with a valid mod-97 check for demo data."""
    base = 2000000 + seed * 7919 % 7000000  # eight digits with the leading 0
    return f"BE0{base:07d}{97 - base % 97:02d}"


def nl_vat(seed: int) -> str:
    """A Dutch VAT number whose nine digits pass the mod-11 check."""
    n = 100000000 + seed * 104729
    while True:
        digits = f"{n:09d}"[:9]
        if sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) % 11 == int(digits[8]):
            return f"NL{digits}B01"
        n += 1


@dataclass(frozen=True)
class _DemoClient:
    name: str
    kind: ClientKind
    country: Country
    language: Language
    street: str
    postcode: str
    city: str
    contacts: tuple[tuple[str, ContactRole, str, str], ...]
    behaviour: str  # "prompt", "late", "slow", "promise", "broken", "dispute", "new"


_CLIENTS = (
    _DemoClient("Bakkerij De Korenbloem", ClientKind.COMPANY, Country.NL, Language.NL, "Voorstraat 12", "3512 AK",
                "Utrecht", (("Ingrid Bos", ContactRole.ACCOUNTS_PAYABLE, "administratie@korenbloem.example",
                             "+31 30 231 11 22"),), "prompt"),
    _DemoClient("Noordlicht Media B.V.", ClientKind.COMPANY, Country.NL, Language.NL, "Zeedijk 4", "1012 AX",
                "Amsterdam", (("Tom Visser", ContactRole.PURCHASING, "tom@noordlicht.example", "+31 20 555 01 02"),
                              ("Crediteuren", ContactRole.ACCOUNTS_PAYABLE, "crediteuren@noordlicht.example", ""),
                              ("Info", ContactRole.GENERAL_INBOX, "info@noordlicht.example", "+31 20 555 01 00")),
                "late"),
    _DemoClient("Van Dijk Installatietechniek", ClientKind.COMPANY, Country.NL, Language.NL, "Industrieweg 33",
                "3542 AD", "Utrecht", (("Kees van Dijk", ContactRole.MANAGER, "kees@vandijk-installatie.example",
                                        "+31 6 12 34 56 78"),), "broken"),
    _DemoClient("Brouwerij 't Hoppeke BV", ClientKind.COMPANY, Country.BE, Language.NL, "Kerkstraat 5", "9000",
                "Gent", (("Lies Peeters", ContactRole.ACCOUNTS_PAYABLE, "boekhouding@hoppeke.example",
                          "+32 9 222 33 44"),), "promise"),
    _DemoClient("Atelier Lumière SRL", ClientKind.COMPANY, Country.BE, Language.FR, "Rue de la Loi 21", "1040",
                "Bruxelles", (("Sophie Lambert", ContactRole.MANAGER, "sophie@atelierlumiere.example",
                               "+32 2 512 34 56"),
                              ("Comptabilité", ContactRole.ACCOUNTS_PAYABLE, "compta@atelierlumiere.example", "")),
                "slow"),
    _DemoClient("Groen & Zonen VOF", ClientKind.COMPANY, Country.NL, Language.NL, "Dorpsstraat 88", "3732 HJ",
                "De Bilt", (("Anouk Groen", ContactRole.ACCOUNTS_PAYABLE, "anouk@groenzonen.example",
                             "+31 30 220 44 55"),), "prompt"),
    _DemoClient("Dierenkliniek Het Anker", ClientKind.COMPANY, Country.NL, Language.NL, "Havenkade 2", "1973 AK",
                "IJmuiden", (("Marco Smit", ContactRole.MANAGER, "marco@hetanker.example", "+31 255 51 23 45"),),
                "dispute"),
    _DemoClient("Vermeulen Consultancy", ClientKind.COMPANY, Country.BE, Language.NL, "Meir 50", "2000",
                "Antwerpen", (("Jef Vermeulen", ContactRole.MANAGER, "jef@vermeulen.example", "+32 3 231 00 11"),),
                "late"),
    _DemoClient("Harbour Digital Ltd", ClientKind.COMPANY, Country.GB, Language.EN, "12 Quay Street", "BS1 4DB",
                "Bristol", (("Emma Clarke", ContactRole.ACCOUNTS_PAYABLE, "accounts@harbourdigital.example",
                             "+44 117 496 0000"),), "prompt"),
    _DemoClient("Fietsenmaker Jansen", ClientKind.COMPANY, Country.NL, Language.NL, "Stationsplein 9", "3818 LE",
                "Amersfoort", (("Henk Jansen", ContactRole.MANAGER, "henk@fietsjansen.example", "+31 33 461 22 33"),),
                "broken"),
    _DemoClient("Sanne de Vries", ClientKind.CONSUMER, Country.NL, Language.NL, "Lindenlaan 14", "3705 GK",
                "Zeist", (("Sanne de Vries", ContactRole.OTHER, "sanne.devries@mail.example", "+31 6 98 76 54 32"),),
                "slow"),
    _DemoClient("Pieter Claes", ClientKind.CONSUMER, Country.BE, Language.NL, "Molenstraat 3", "3000", "Leuven",
                (("Pieter Claes", ContactRole.OTHER, "pieter.claes@mail.example", "+32 470 12 34 56"),), "promise"),
    _DemoClient("Boulangerie Dubois", ClientKind.COMPANY, Country.BE, Language.FR, "Place du Marché 7", "4000",
                "Liège", (("Marc Dubois", ContactRole.MANAGER, "marc@boulangeriedubois.example",
                           "+32 4 223 45 67"),), "late"),
    _DemoClient("Kapsalon Knip & Krul", ClientKind.COMPANY, Country.NL, Language.NL, "Markt 21", "5211 JV",
                "'s-Hertogenbosch", (("Fatima El Amrani", ContactRole.MANAGER, "fatima@knipenkrul.example",
                                      "+31 73 612 34 56"),), "new"),
)


class _WalkingClock:
    """A clock the demo moves forward as it replays the year."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def at(self, day: date, hour: int = 10, minute: int = 0) -> None:
        """``hour:minute`` on ``day`` in the machine's time zone, as UTC (so "today" is that day everywhere)."""
        self.moment = datetime.combine(day, time(hour, minute)).astimezone().astimezone(UTC)


def build_demo(store: Store, today: date, render: Render | None = None) -> None:
    """Fill an empty data file with the demo business as it stands on ``today``.

    With ``render`` (the documents layer's letter PDF writer, handed in by a composition
    root) the demo also holds a registered notice of default, PDF and tracking number included.
    """
    rng = random.Random(20261123)
    walking = _WalkingClock(datetime.combine(today - timedelta(days=400), time(9), tzinfo=UTC))
    service = DebtorService(store, Clock(lambda: walking.moment))
    service.save_profile(PROFILE)
    plans = []
    for index, spec in enumerate(_CLIENTS):
        vat = ""
        if spec.kind == ClientKind.COMPANY and spec.country == Country.NL:
            vat = nl_vat(index + 1)
        elif spec.kind == ClientKind.COMPANY and spec.country == Country.BE:
            vat = be_vat(index + 1)
        client_id = service.save_client(Client(
            name=spec.name, kind=spec.kind, street=spec.street, postcode=spec.postcode, city=spec.city,
            country=spec.country, language=spec.language, vat_number=vat,
            notes="Offerte getekend; algemene voorwaarden meegestuurd." if index % 3 == 0 else "",
        ), [Contact(0, name, role, email, phone) for name, role, email, phone in spec.contacts])
        with store.reading() as reader:
            contact_ids = [c.id for c in reader.contacts(client_id) if c.id is not None]
        count = 3 if spec.behaviour == "new" else 4 + index % 3
        for k in range(count):
            age = 20 + (count - k - 1) * rng.randint(35, 70) + rng.randint(0, 15)
            if spec.behaviour == "new":
                age = 5 + k * 20
            net = rng.randrange(250_00, 4_800_00, 5_00)
            plans.append((today - timedelta(days=age), index, k, count, client_id, contact_ids, net))
    # Numbered in date order, as a real business's invoices are.
    plans.sort(key=lambda plan: (plan[0], plan[1]))
    numbers: dict[int, int] = {}
    for issue, index, k, count, client_id, contact_ids, net in plans:
        spec = _CLIENTS[index]
        numbers[issue.year] = numbers.get(issue.year, 0) + 1
        vat_cents = 0 if spec.country == Country.GB else net * 21 // 100
        walking.at(issue, 9, 15)
        invoice_id = service.save_invoice(Invoice(
            client_id=client_id, number=f"{issue.year}-{numbers[issue.year]:03d}", issue_date=issue,
            due_date=issue + timedelta(days=PROFILE.payment_term_days), net_cents=net, vat_cents=vat_cents,
            description=rng.choice(("Huisstijl en logo", "Website-onderhoud", "Fotografie productlijn",
                                    "Ontwerp brochure", "Social-mediacampagne", "Advies en workshop")),
        ))
        _history(service, walking, rng, spec.behaviour, k, count, client_id, contact_ids, invoice_id,
                 issue, net + vat_cents, today)
    if render is not None:
        _registered_notice(service, walking, render, today)


def _registered_notice(service: DebtorService, walking: _WalkingClock, render: Render, today: date) -> None:
    """Van Dijk broke its promise: on the last weekday before yesterday a notice of default went out by
    registered mail."""
    day = today - timedelta(days=2)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    with service.store.reading() as reader:
        client_id = next(row.client.id for row in reader.clients(today)
                         if row.client.name == "Van Dijk Installatietechniek")
        assert client_id is not None
        ids = [r.invoice.id for r in reader.invoices(client_id)
               if r.open_cents > 0 and r.invoice.due_date < day and r.invoice.id is not None]
    if not ids:
        return
    walking.at(day, 15, 0)
    letters = LetterService(FollowUpService(service), load_rate_book(), render)
    draft = letters.draft(client_id, ids, LetterKind.NOTICE_OF_DEFAULT, letter_date=day)
    letters.record_posted(draft, Posting(day, registered=True, carrier="PostNL", tracking="3SDBOE1234567"))


def _history(service: DebtorService, walking: _WalkingClock, rng: random.Random, behaviour: str, k: int,
             count: int, client_id: int, contact_ids: list[int], invoice_id: int, issue: date, total: int,
             today: date) -> None:
    due = issue + timedelta(days=PROFILE.payment_term_days)
    newest = k == count - 1
    older = k < count - 2

    def pay(day: date, amount: int, reference: str = "") -> None:
        if day > today:
            return
        walking.at(day, 11, 30)
        service.record_payment(Payment(invoice_id, day, amount, PaymentMethod.BANK_TRANSFER, reference))

    if behaviour == "slow" and k == 0 and due < today:
        # Long overdue: the client spoke of financial difficulty; nothing paid yet.
        walking.at(due + timedelta(days=20), 10, 0)
        service.add_note("Klant meldt financiële problemen; betalingsregeling besproken.", client_id=client_id,
                         invoice_id=invoice_id)
        return
    if behaviour == "promise" and older and due < today:
        walking.at(due + timedelta(days=6), 10, 15)
        promised = due + timedelta(days=14)
        promise_id = service.add_promise(Promise(client_id, (invoice_id,), total, promised,
                                                 contact_id=contact_ids[0]))
        pay(promised - timedelta(days=1), total, "volgens afspraak")
        walking.at(promised, 9, 0)
        service.resolve_promise(Promise(client_id, (invoice_id,), total, promised, contact_ids[0], id=promise_id),
                                PromiseStatus.KEPT)
        return
    if behaviour == "prompt" or (older and behaviour in ("late", "slow", "broken", "dispute")):
        delay = {"prompt": -3, "late": 12, "slow": 40, "promise": 18, "broken": 25, "dispute": 5}.get(behaviour, 0)
        pay(due + timedelta(days=delay + rng.randint(0, 6)), total)
        return
    if behaviour == "late" and not newest:
        pay(min(today, due + timedelta(days=20)), total // 2, "deelbetaling")
        return
    if behaviour in ("promise", "broken") and due < today:
        walking.at(min(today, due + timedelta(days=8)), 10, 5)
        promised = max(today + timedelta(days=2), due + timedelta(days=14))  # soon: shows in "this week"
        if behaviour == "broken":
            promised = min(due + timedelta(days=15), today - timedelta(days=3))
        promise_id = service.add_promise(Promise(client_id, (invoice_id,), total, promised,
                                                 contact_id=contact_ids[0]))
        if behaviour == "broken" and promised < today:
            walking.at(promised + timedelta(days=1), 9, 0)
            service.resolve_promise(Promise(client_id, (invoice_id,), total, promised, contact_ids[0],
                                            id=promise_id), PromiseStatus.BROKEN)
            service.add_task(Task(client_id, today, TaskKind.CALL, "Belofte niet nagekomen: bellen.", invoice_id))
        return
    if behaviour == "dispute" and newest and due < today:
        walking.at(min(today, due + timedelta(days=3)), 14, 20)  # never a record dated after today
        service.add_note("Klant belt: niet tevreden over de tweede fotosessie; wil eerst overleg.",
                         client_id=client_id, invoice_id=invoice_id)
        InvoiceStatusService(service).put_on_hold(invoice_id, HoldKind.DISPUTE, "Tweede fotosessie niet naar wens",
                                                  today + timedelta(days=14))
        service.add_task(Task(client_id, today + timedelta(days=2), TaskKind.CALL, "Overleg over de fotosessie",
                              invoice_id))
        return
    if behaviour == "slow" and due < today and newest:
        walking.at(min(today, due + timedelta(days=2)), 9, 40)
        service.add_task(Task(client_id, today - timedelta(days=1), TaskKind.EMAIL, "Vriendelijke herinnering sturen",
                              invoice_id))
