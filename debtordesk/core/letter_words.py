"""The fixed words of a printed letter in Dutch, English and French.

The prose of a letter is its template, which the user may edit; these are the words around
the parts that code always lays out (sender block, statement, payment block) and the
sentences the law requires of a Dutch 14-day letter and a Belgian first reminder, which
must survive whatever the user does to the template. They are letter text like the
templates, not Qt strings: a letter is in the client's language, not the UI's.
Patterns are our own constants filled with ``str.format``; values are never expanded again.
"""

from __future__ import annotations

from dataclasses import dataclass

from debtordesk.core.model import Country, Language


@dataclass(frozen=True)
class LetterWords:
    place_date: str  # fields: place, date
    attention: str  # field: name
    registration: dict[Country, str]  # the creditor's register number, by the creditor's country
    vat: str
    phone: str
    invoice: str  # the reference line's label for one invoice
    invoices: str  # ... and for several
    our_reference: str
    columns: tuple[str, str, str, str, str, str]  # number, invoice date, due date, amount, paid, open
    invoices_total: str
    total_to_pay: str
    announced_by_date: str  # field: date; heads the amounts a late payment adds
    announced: str  # the same without a final date
    announced_fourteen_days: str  # field: term (Dutch 14-day letter: the consequence of not paying)
    announced_first_reminder: str  # field: date (Belgian first reminder)
    fourteen_day_term: str  # the term from the day after delivery (HR 25-11-2016)
    first_reminder_term: str  # the Book XIX minimum, for a letter without a date of its own
    first_reminder_free: str
    first_reminder_period: str
    creditor: str  # fields: name, number
    amount: str
    pay_by: str
    payment_term: str
    iban: str
    bic: str
    holder: str
    reference: str
    structured_reference: str
    registered: str
    qr_caption: str


WORDS: dict[Language, LetterWords] = {
    Language.NL: LetterWords(
        place_date="{place}, {date}",
        attention="t.a.v. {name}",
        registration={Country.NL: "KvK {number}", Country.BE: "Ondernemingsnummer {number}"},
        vat="Btw-nummer {number}",
        phone="Tel. {number}",
        invoice="Factuur",
        invoices="Facturen",
        our_reference="Ons kenmerk",
        columns=("Factuur", "Factuurdatum", "Vervaldatum", "Bedrag", "Betaald", "Open"),
        invoices_total="Totaal facturen",
        total_to_pay="Totaal te betalen",
        announced_by_date="Betaalt u niet uiterlijk op {date}, dan komt daarbij:",
        announced="Blijft betaling uit, dan komt daarbij:",
        announced_fourteen_days="Betaalt u niet {term}, dan bent u daarnaast verschuldigd:",
        announced_first_reminder="Betaalt u niet uiterlijk op {date}, dan wordt daarnaast aangerekend:",
        fourteen_day_term="binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd",
        first_reminder_term=("binnen veertien kalenderdagen vanaf de derde werkdag na de verzending van deze"
                             " herinnering"),
        first_reminder_free="Deze eerste herinnering is kosteloos.",
        first_reminder_period=("U heeft ten minste veertien kalenderdagen om te betalen, te rekenen vanaf de"
                               " derde werkdag na de verzending van deze herinnering."),
        creditor="Schuldeiser: {name}, ondernemingsnummer {number}.",
        amount="Bedrag",
        pay_by="Uiterlijk op",
        payment_term="Betaaltermijn",
        iban="IBAN",
        bic="BIC",
        holder="Ten name van",
        reference="Betalingskenmerk",
        structured_reference="Gestructureerde mededeling",
        registered="Aangetekend",
        qr_caption="Scan met uw bank-app",
    ),
    Language.EN: LetterWords(
        place_date="{place}, {date}",
        attention="Attn. {name}",
        registration={Country.NL: "Chamber of Commerce no. {number}", Country.BE: "Enterprise no. {number}"},
        vat="VAT no. {number}",
        phone="Tel. {number}",
        invoice="Invoice",
        invoices="Invoices",
        our_reference="Our reference",
        columns=("Invoice", "Invoice date", "Due date", "Amount", "Paid", "Open"),
        invoices_total="Total of the invoices",
        total_to_pay="Total to pay",
        announced_by_date="If you do not pay by {date}, the following will be added:",
        announced="If payment is not made, the following will be added:",
        announced_fourteen_days="If you do not pay {term}, you will also owe:",
        announced_first_reminder="If you do not pay by {date}, the following will also be charged:",
        fourteen_day_term="within fourteen days from the day after this letter is delivered to you",
        first_reminder_term="within fourteen calendar days from the third working day after this reminder is sent",
        first_reminder_free="This first reminder is free of charge.",
        first_reminder_period=("You have at least fourteen calendar days to pay, counted from the third working"
                               " day after this reminder is sent."),
        creditor="Creditor: {name}, enterprise no. {number}.",
        amount="Amount",
        pay_by="Pay by",
        payment_term="Payment term",
        iban="IBAN",
        bic="BIC",
        holder="Account holder",
        reference="Payment reference",
        structured_reference="Structured communication",
        registered="Registered",
        qr_caption="Scan with your banking app",
    ),
    Language.FR: LetterWords(
        place_date="{place}, le {date}",
        attention="À l'attention de {name}",
        registration={Country.NL: "N° KvK (Chambre de commerce) {number}", Country.BE: "N° d'entreprise {number}"},
        vat="N° TVA {number}",
        phone="Tél. {number}",
        invoice="Facture",
        invoices="Factures",
        our_reference="Notre référence",
        columns=("Facture", "Date", "Échéance", "Montant", "Payé", "Solde"),
        invoices_total="Total des factures",
        total_to_pay="Total à payer",
        announced_by_date="À défaut de paiement au plus tard le {date}, s'y ajouteront :",
        announced="À défaut de paiement, s'y ajouteront :",
        announced_fourteen_days="À défaut de paiement {term}, vous serez en outre redevable de :",
        announced_first_reminder="À défaut de paiement au plus tard le {date}, seront en outre portés en compte :",
        fourteen_day_term="dans les quatorze jours à compter du lendemain de la remise de la présente lettre",
        first_reminder_term=("dans les quatorze jours calendrier à compter du troisième jour ouvrable suivant"
                             " l'envoi du présent rappel"),
        first_reminder_free="Ce premier rappel est gratuit.",
        first_reminder_period=("Vous disposez d'au moins quatorze jours calendrier pour payer, à compter du"
                               " troisième jour ouvrable suivant l'envoi du présent rappel."),
        creditor="Créancier : {name}, numéro d'entreprise {number}.",
        amount="Montant",
        pay_by="Au plus tard le",
        payment_term="Délai de paiement",
        iban="IBAN",
        bic="BIC",
        holder="Bénéficiaire",
        reference="Référence de paiement",
        structured_reference="Communication structurée",
        registered="Recommandé",
        qr_caption="Scannez avec votre app bancaire",
    ),
}
