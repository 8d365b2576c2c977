"""README.txt of a dossier ZIP: what is in it, and how to check it without DebtorDesk.

The rule is the one ``core.dossier.record_hash`` applies; the Python lines at the
end are that rule written out with the standard library only (a test runs them on
an export). The prose is in the business's language; the code is the same in all.
"""

from __future__ import annotations

from debtordesk.core.dossier import utc_timestamp
from debtordesk.core.dossier_export import DossierExport
from debtordesk.core.model import Language

CHECK_SCRIPT = '''\
import hashlib, json, pathlib

export = json.loads(pathlib.Path("dossier.json").read_text(encoding="utf-8"))
last = {}
for r in sorted(export["records"], key=lambda r: (r["chain"], r["seq"])):
    prev_seq, prev_hash = last.get(r["chain"], (0, "0" * 64))
    assert r["seq"] == prev_seq + 1, ("missing record before", r["id"])
    assert r["prev_hash"] == prev_hash, ("does not follow the previous record", r["id"])
    content = {"chain": r["chain"], "seq": r["seq"], "created_at": r["created_at"],
               "kind": r["kind"], "summary": r["summary"], "client_id": r["client_id"],
               "invoice_id": r["invoice_id"], "details": r["details_json"],
               "documents": [[d["filename"], d["media_type"], d["sha256"], d["size"]]
                             for d in r["documents"]],
               "prev_hash": r["prev_hash"]}
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == r["hash"], ("changed", r["id"])
    for d in r["documents"]:
        data = pathlib.Path(d["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == d["sha256"], ("document changed", d["path"])
    last[r["chain"]] = (r["seq"], r["hash"])
for c in export["chains"]:
    assert last.get(c["chain"]) == (c["records"], c["head_hash"]), ("head differs", c["chain"])
print("OK: every record and document matches its hash")
'''

_TEXT = {
    Language.EN: """\
Dossier {client} — exported by DebtorDesk on {made_at} (UTC)

Contents
  dossier.pdf   the dossier to read: the parties, the amounts, interest and costs,
                every record in order of time, and the verification
  dossier.json  the same records as data, exactly as they were stored
  documents/    the original documents (invoice PDFs, sent emails as .eml, letters),
                named <dossier>-<position>-<file name>
  README.txt    this file

Final hash of each dossier at the time of export
{heads}

How to check this export without DebtorDesk
Each dossier ("chain": invoice:<id> or client:<id>) is a list of records numbered
1, 2, 3, ... ("seq"). For every record, in that order:
 1. "prev_hash" equals the previous record's "hash" (for record 1: 64 zeros).
 2. Build a JSON object of the record's fields chain, seq, created_at, kind, summary,
    client_id, invoice_id, details (the text of "details_json", as a string),
    documents (per document the list [filename, media_type, sha256, size]) and prev_hash.
 3. Write it canonically: keys sorted, no spaces (separators "," and ":"), characters
    outside ASCII as themselves (no \\u escapes), encoded as UTF-8.
 4. The SHA-256 of those bytes, in lower-case hexadecimal, equals the record's "hash".
 5. The SHA-256 of each file under documents/ equals the "sha256" its record names.
The last record's hash (the final hash above, also printed at the end of dossier.pdf)
seals the dossier: changing, removing, inserting or reordering any record changes it.

The same check in Python 3 (standard library only), run in the unpacked folder:
""",
    Language.NL: """\
Dossier {client} — geëxporteerd door DebtorDesk op {made_at} (UTC)

Inhoud
  dossier.pdf   het dossier om te lezen: de partijen, de bedragen, rente en kosten,
                elke vastlegging in volgorde van tijd, en de verificatie
  dossier.json  dezelfde vastleggingen als gegevens, precies zoals ze zijn opgeslagen
  documents/    de originele documenten (facturen als PDF, verstuurde e-mails als .eml,
                brieven), met als naam <dossier>-<positie>-<bestandsnaam>
  README.txt    dit bestand

Laatste hash van elk dossier op het moment van exporteren
{heads}

Zo controleert u deze export zonder DebtorDesk
Elk dossier ("chain": invoice:<id> of client:<id>) is een reeks vastleggingen met de
nummers 1, 2, 3, ... ("seq"). Voor elke vastlegging, in die volgorde:
 1. "prev_hash" is gelijk aan de "hash" van de vorige vastlegging (bij nummer 1: 64 nullen).
 2. Maak een JSON-object van de velden chain, seq, created_at, kind, summary, client_id,
    invoice_id, details (de tekst van "details_json", als tekenreeks), documents (per
    document de lijst [filename, media_type, sha256, size]) en prev_hash.
 3. Schrijf het canoniek: sleutels gesorteerd, geen spaties (scheidingstekens "," en ":"),
    tekens buiten ASCII als zichzelf (geen \\u-codes), gecodeerd als UTF-8.
 4. De SHA-256 van die bytes, in kleine hexadecimale letters, is gelijk aan "hash".
 5. De SHA-256 van elk bestand in documents/ is gelijk aan de "sha256" die erbij staat.
De hash van de laatste vastlegging (de laatste hash hierboven, ook aan het eind van
dossier.pdf) verzegelt het dossier: elke wijziging, verwijdering, invoeging of andere
volgorde van een vastlegging verandert hem.

Dezelfde controle in Python 3 (alleen de standaardbibliotheek), in de uitgepakte map:
""",
    Language.FR: """\
Dossier {client} — exporté par DebtorDesk le {made_at} (UTC)

Contenu
  dossier.pdf   le dossier à lire : les parties, les montants, intérêts et frais,
                chaque enregistrement par ordre chronologique, et la vérification
  dossier.json  les mêmes enregistrements sous forme de données, tels qu'enregistrés
  documents/    les documents originaux (factures PDF, courriels envoyés en .eml,
                lettres), nommés <dossier>-<position>-<nom du fichier>
  README.txt    ce fichier

Hash final de chaque dossier au moment de l'export
{heads}

Vérifier cet export sans DebtorDesk
Chaque dossier (« chain » : invoice:<id> ou client:<id>) est une suite d'enregistrements
numérotés 1, 2, 3, ... (« seq »). Pour chaque enregistrement, dans cet ordre :
 1. « prev_hash » est égal au « hash » de l'enregistrement précédent (pour le 1 : 64 zéros).
 2. Construire un objet JSON des champs chain, seq, created_at, kind, summary, client_id,
    invoice_id, details (le texte de « details_json », comme chaîne), documents (par
    document la liste [filename, media_type, sha256, size]) et prev_hash.
 3. L'écrire de façon canonique : clés triées, sans espaces (séparateurs « , » et « : »),
    caractères hors ASCII tels quels (pas de codes \\u), encodé en UTF-8.
 4. Le SHA-256 de ces octets, en hexadécimal minuscule, est égal à « hash ».
 5. Le SHA-256 de chaque fichier de documents/ est égal au « sha256 » indiqué.
Le hash du dernier enregistrement (le hash final ci-dessus, aussi à la fin de dossier.pdf)
scelle le dossier : toute modification, suppression, insertion ou tout changement d'ordre
d'un enregistrement le change.

La même vérification en Python 3 (bibliothèque standard seule), dans le dossier décompressé :
""",
}


_RECORDS = {Language.EN: "records", Language.NL: "vastleggingen", Language.FR: "enregistrements"}
_RULE = "-" * 78


def readme_text(export: DossierExport, language: Language) -> str:
    language = Language(language)
    names = export.chain_names()
    heads = "\n".join(f"  {check.chain} ({names.get(check.chain, '')}), {check.records} {_RECORDS[language]}:\n"
                      f"    {check.head_hash or '-'}" for check in export.checks)
    intro = _TEXT[language].format(client=export.client.name, made_at=utc_timestamp(export.made_at), heads=heads)
    return f"{intro}{_RULE}\n{CHECK_SCRIPT}{_RULE}\n"
