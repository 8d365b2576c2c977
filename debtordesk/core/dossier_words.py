"""The words of a dossier export in English, Dutch and French, one line per word.

An export is read by a collection agency, bailiff or lawyer in the business's own
language, outside the app, so it cannot use the UI's Qt translations (which ship
in nl and en only); and a record's sealed summary is always English. Each entry
is (English, Dutch, French).
"""

from __future__ import annotations

from debtordesk.core.model import Language

_COLUMN = {Language.EN: 0, Language.NL: 1, Language.FR: 2}

TEXTS: dict[str, tuple[str, str, str]] = {
    # cover
    "title": ("Dossier", "Dossier", "Dossier"),
    "scope_client": ("Client dossier with all its invoices", "Dossier van de debiteur met al zijn facturen",
                     "Dossier du débiteur avec toutes ses factures"),
    "scope_invoice": ("Dossier of invoice {number}", "Dossier van factuur {number}", "Dossier de la facture {number}"),
    "exported_on": ("Exported on {moment} by {business}", "Geëxporteerd op {moment} door {business}",
                    "Exporté le {moment} par {business}"),
    "creditor": ("Creditor", "Schuldeiser", "Créancier"),
    "debtor": ("Debtor", "Debiteur", "Débiteur"),
    "company": ("business", "zakelijk", "entreprise"),
    "consumer": ("consumer", "consument", "consommateur"),
    "vat_number": ("VAT no.", "Btw-nummer", "N° TVA"),
    "registration_NL": ("Chamber of Commerce no.", "KvK-nummer", "N° KvK"),
    "registration_BE": ("Enterprise no.", "Ondernemingsnummer", "N° d'entreprise"),
    "iban": ("IBAN", "IBAN", "IBAN"),
    "email": ("Email", "E-mail", "E-mail"),
    "phone": ("Phone", "Telefoon", "Téléphone"),
    "contacts": ("Contacts", "Contactpersonen", "Personnes de contact"),
    "no_contacts": ("No contacts recorded.", "Geen contactpersonen vastgelegd.", "Aucune personne de contact."),
    "inactive": ("no longer there", "niet meer aanwezig", "plus en fonction"),
    "work_paused": ("Work for this client is paused.", "Het werk voor deze klant ligt stil.",
                    "Le travail pour ce client est suspendu."),
    "relationship_ended": ("The client relationship has ended.", "De klantrelatie is beëindigd.",
                           "La relation client a pris fin."),
    "invoices": ("Invoices", "Facturen", "Factures"),
    "col_number": ("Invoice", "Factuur", "Facture"),
    "col_issued": ("Date", "Datum", "Date"),
    "col_due": ("Due", "Vervaldatum", "Échéance"),
    "col_amount": ("Amount", "Bedrag", "Montant"),
    "col_paid": ("Paid", "Betaald", "Payé"),
    "col_open": ("Open", "Open", "Impayé"),
    "total_open": ("Total open", "Totaal openstaand", "Total impayé"),
    "state_written_off": ("written off on {day}", "afgeboekt op {day}", "passée en perte le {day}"),
    "state_handed_over": ("handed over to {to} on {day}", "op {day} overgedragen aan {to}",
                          "transmise à {to} le {day}"),
    "state_dispute": ("disputed: {reason}", "betwist: {reason}", "contestée : {reason}"),
    "state_hold": ("on hold: {reason}", "gepauzeerd: {reason}", "en attente : {reason}"),
    "claims": ("Interest and costs to {day}", "Rente en kosten tot en met {day}", "Intérêts et frais au {day}"),
    "not_due": ("announced, not yet due", "aangekondigd, nog niet verschuldigd", "annoncé, pas encore dû"),
    "total_claimed": ("Total due on {day}", "Totaal verschuldigd op {day}", "Total dû au {day}"),
    "payments": ("Payments received", "Ontvangen betalingen", "Paiements reçus"),
    "no_payments": ("No payments received.", "Geen betalingen ontvangen.", "Aucun paiement reçu."),
    "summary_intact": ("All {dossiers} dossiers are intact ({records} records); see the verification at the end.",
                       "Alle {dossiers} dossiers zijn intact ({records} vastleggingen); zie de verificatie aan het eind.",
                       "Les {dossiers} dossiers sont intacts ({records} enregistrements) ; voir la vérification à la fin."),
    "summary_broken": ("Warning: {broken} of {dossiers} dossiers failed verification; see the end.",
                       "Let op: {broken} van de {dossiers} dossiers doorstaan de verificatie niet; zie het eind.",
                       "Attention : {broken} des {dossiers} dossiers échouent à la vérification ; voir la fin."),
    # the record
    "record": ("Chronological record", "Chronologisch verslag", "Historique chronologique"),
    "times_note": ("Times are the local time of the computer that made this export, with their offset from UTC. "
                   "The first line under each heading is the record's sealed summary, exactly as written when it "
                   "was recorded (always in English).",
                   "Tijden zijn de lokale tijd van de computer die deze export maakte, met het verschil met UTC. "
                   "De eerste regel onder elke kop is de verzegelde samenvatting, precies zoals die bij het "
                   "vastleggen is geschreven (altijd in het Engels).",
                   "Les heures sont l'heure locale de l'ordinateur qui a fait cet export, avec leur décalage UTC. "
                   "La première ligne sous chaque titre est le résumé scellé de l'enregistrement, tel qu'écrit au "
                   "moment de l'enregistrer (toujours en anglais)."),
    "no_records": ("No records.", "Geen vastleggingen.", "Aucun enregistrement."),
    "client_dossier": ("client {name}", "klant {name}", "client {name}"),
    "invoice_dossier": ("invoice {number}", "factuur {number}", "facture {number}"),
    "record_ref": ("record #{id}, position {seq}", "vastlegging #{id}, positie {seq}",
                   "enregistrement n° {id}, position {seq}"),
    "document": ("Document", "Document", "Document"),
    "bytes": ("{size} bytes", "{size} bytes", "{size} octets"),
    "message_text": ("Text of the email", "Tekst van de e-mail", "Texte du courriel"),
    # verification
    "verification": ("Verification", "Verificatie", "Vérification"),
    "verification_note": (
        "Each record's hash is the SHA-256 of its content, of its documents' SHA-256 and of the previous "
        "record's hash. A change, removal, insertion or reordering of a record breaks the chain from there on. "
        "The final hash seals each dossier as exported: a later export of the same dossier must begin with the "
        "same records and reach the same hash at the same position. The ZIP with this PDF holds dossier.json "
        "and a README.txt that says how to check it without DebtorDesk.",
        "De hash van elke vastlegging is de SHA-256 van de inhoud, van de SHA-256 van de documenten en van de "
        "hash van de vorige vastlegging. Een wijziging, verwijdering, invoeging of andere volgorde breekt de "
        "keten vanaf dat punt. De laatste hash verzegelt elk dossier zoals geëxporteerd: een latere export van "
        "hetzelfde dossier moet met dezelfde vastleggingen beginnen en op dezelfde positie dezelfde hash hebben. "
        "De ZIP bij deze PDF bevat dossier.json en een README.txt die uitlegt hoe u dit zonder DebtorDesk "
        "controleert.",
        "Le hash de chaque enregistrement est le SHA-256 de son contenu, du SHA-256 de ses documents et du hash "
        "de l'enregistrement précédent. Une modification, suppression, insertion ou un changement d'ordre rompt "
        "la chaîne à partir de là. Le hash final scelle chaque dossier tel qu'exporté : un export ultérieur du "
        "même dossier doit commencer par les mêmes enregistrements et atteindre le même hash à la même position. "
        "Le ZIP joint à ce PDF contient dossier.json et un README.txt qui explique comment le vérifier sans "
        "DebtorDesk."),
    "intact": ("Intact: {records} records, every hash verified.", "Intact: {records} vastleggingen, elke hash klopt.",
               "Intact : {records} enregistrements, chaque hash vérifié."),
    "broken": ("BROKEN: {problem}", "GEBROKEN: {problem}", "ROMPU : {problem}"),
    "final_hash": ("Final hash", "Laatste hash", "Hash final"),
    "footer": ("Dossier {client} — exported {day} — page {page}/{pages}",
               "Dossier {client} — geëxporteerd {day} — pagina {page}/{pages}",
               "Dossier {client} — exporté le {day} — page {page}/{pages}"),
}


class DossierWords:
    """The export's words in one language; an unknown key is a bug and raises KeyError."""

    def __init__(self, language: Language | str) -> None:
        self.language = Language(language)
        self._column = _COLUMN[self.language]

    def __getitem__(self, key: str) -> str:
        return TEXTS[key][self._column]

    def get(self, key: str, default: str) -> str:
        entry = TEXTS.get(key)
        return default if entry is None else entry[self._column]

    def format(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    @property
    def colon(self) -> str:
        """":" after a label; French sets it off with a no-break space ("Total : ...")."""
        return "\u00a0:" if self.language == Language.FR else ":"

    def pick(self, table: dict[str, tuple[str, str, str]], key: str) -> str:
        """A value's name from one of the value tables, or the stored value itself when unknown."""
        entry = table.get(key)
        return key.replace("_", " ") if entry is None else entry[self._column]
