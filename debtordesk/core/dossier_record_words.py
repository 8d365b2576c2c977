"""What a dossier export calls each kind of record, each detail and each stored value.

Entries are (English, Dutch, French), as in ``dossier_words``. Stored values not
listed (a kind or a letter type added later) are shown as stored, with spaces
for underscores: nothing is left out for want of a word.
"""

from __future__ import annotations

Entry = tuple[str, str, str]

KINDS: dict[str, Entry] = {
    "profile_saved": ("Business profile saved", "Bedrijfsgegevens opgeslagen", "Profil de l'entreprise enregistré"),
    "client_created": ("Client added", "Klant toegevoegd", "Client ajouté"),
    "client_changed": ("Client changed", "Klant gewijzigd", "Client modifié"),
    "contact_saved": ("Contact saved", "Contactpersoon opgeslagen", "Personne de contact enregistrée"),
    "invoice_registered": ("Invoice registered", "Factuur geregistreerd", "Facture enregistrée"),
    "invoice_changed": ("Invoice changed", "Factuur gewijzigd", "Facture modifiée"),
    "payment_recorded": ("Payment", "Betaling", "Paiement"),
    "promise_made": ("Promise to pay", "Betaalbelofte", "Promesse de paiement"),
    "promise_resolved": ("Promise kept or broken", "Betaalbelofte nagekomen of gebroken", "Promesse tenue ou rompue"),
    "promise_kept": ("Promise kept", "Betaalbelofte nagekomen", "Promesse tenue"),
    "promise_broken": ("Promise broken", "Betaalbelofte gebroken", "Promesse rompue"),
    "task_created": ("Follow-up planned", "Opvolging gepland", "Suivi planifié"),
    "task_done": ("Follow-up done", "Opvolging gedaan", "Suivi effectué"),
    "note": ("Note", "Notitie", "Note"),
    "put_on_hold": ("Put on hold", "Gepauzeerd", "Mis en attente"),
    "disputed": ("Disputed", "Betwist", "Contesté"),
    "hold_released": ("Taken off hold", "Pauze opgeheven", "Reprise du suivi"),
    "written_off": ("Written off", "Afgeboekt", "Passé en perte"),
    "handed_over": ("Handed over", "Overgedragen", "Transmis"),
    "step_done": ("Follow-up step done", "Stap uitgevoerd", "Étape de relance effectuée"),
    "step_skipped": ("Follow-up step skipped", "Stap overgeslagen", "Étape de relance sautée"),
    "email_sent": ("Email sent", "E-mail verstuurd", "Courriel envoyé"),
    "ladder_saved": ("Follow-up ladder saved", "Opvolgschema opgeslagen", "Plan de relance enregistré"),
    "template_saved": ("Message text saved", "Berichttekst opgeslagen", "Texte de message enregistré"),
    "mail_settings_saved": ("Email settings saved", "E-mailinstellingen opgeslagen", "Paramètres e-mail enregistrés"),
    "call": ("Phone call", "Telefoongesprek", "Appel téléphonique"),
    "call_attempt": ("Call that reached no one", "Gebeld zonder iemand te spreken", "Appel sans interlocuteur"),
    "payment_plan_agreed": ("Payment plan agreed", "Betalingsregeling afgesproken", "Plan de paiement convenu"),
    "letter_sent": ("Letter sent", "Brief verstuurd", "Lettre envoyée"),
    "file_imported": ("File imported", "Bestand geïmporteerd", "Fichier importé"),
}

LABELS: dict[str, Entry] = {
    "number": ("Invoice number", "Factuurnummer", "Numéro de facture"),
    "issue_date": ("Invoice date", "Factuurdatum", "Date de facture"),
    "due_date": ("Due date", "Vervaldatum", "Échéance"),
    "net_cents": ("Amount excl. VAT", "Bedrag excl. btw", "Montant HTVA"),
    "vat_cents": ("VAT", "Btw", "TVA"),
    "total_cents": ("Total", "Totaal", "Total"),
    "currency": ("Currency", "Valuta", "Devise"),
    "paid_on": ("Paid on", "Betaald op", "Payé le"),
    "amount_cents": ("Amount", "Bedrag", "Montant"),
    "method": ("Method", "Betaalwijze", "Mode de paiement"),
    "reference": ("Reference", "Kenmerk", "Référence"),
    "open_before_cents": ("Open before", "Open daarvoor", "Impayé avant"),
    "open_after_cents": ("Open after", "Open daarna", "Impayé après"),
    "open_cents": ("Open at the time", "Open op dat moment", "Impayé à ce moment"),
    "promised_date": ("Promised for", "Beloofd voor", "Promis pour le"),
    "invoices": ("Invoices", "Facturen", "Factures"),
    "by": ("Promised by", "Beloofd door", "Promis par"),
    "status": ("Outcome", "Uitkomst", "Résultat"),
    "on": ("Date", "Datum", "Date"),
    "short_cents": ("Short", "Tekort", "Manque"),
    "kind": ("Type", "Soort", "Type"),
    "country": ("Country", "Land", "Pays"),
    "note": ("Note", "Notitie", "Note"),
    "reason": ("Reason", "Reden", "Motif"),
    "until": ("Look again on", "Opnieuw bekijken op", "À revoir le"),
    "disputed_cents": ("Contested amount", "Betwist bedrag", "Montant contesté"),
    "we_do": ("We do", "Wij doen", "Nous faisons"),
    "we_by": ("We do it by", "Wij uiterlijk op", "Nous au plus tard le"),
    "they_do": ("The client does", "De klant doet", "Le client fait"),
    "they_by": ("The client does it by", "De klant uiterlijk op", "Le client au plus tard le"),
    "to": ("To", "Aan", "À"),
    "step": ("Step", "Stap", "Étape"),
    "channel": ("Channel", "Kanaal", "Canal"),
    "subject": ("Subject", "Onderwerp", "Objet"),
    "from": ("From", "Van", "De"),
    "cc": ("CC", "CC", "CC"),
    "bcc": ("BCC", "BCC", "CCI"),
    "sent_at": ("Sent at", "Verstuurd om", "Envoyé le"),
    "message_id": ("Message ID", "Bericht-ID", "ID du message"),
    "via": ("Sent", "Verstuurd", "Envoyé"),
    "refused": ("Refused by the server", "Geweigerd door de server", "Refusé par le serveur"),
    "attachments": ("Attachments", "Bijlagen", "Pièces jointes"),
    "contact": ("Spoke with", "Gesproken met", "Interlocuteur"),
    "role": ("Role", "Rol", "Fonction"),
    "phone": ("Phone", "Telefoon", "Téléphone"),
    "time": ("Time", "Tijd", "Heure"),
    "duration": ("Duration", "Duur", "Durée"),
    "received": ("Invoice received", "Factuur ontvangen", "Facture reçue"),
    "knows_open": ("Knew it was open", "Wist dat hij openstond", "Savait qu'elle était impayée"),
    "cause": ("Cause", "Oorzaak", "Cause"),
    "notes": ("Notes", "Aantekeningen", "Notes"),
    "agreed_promise": ("Agreed payment", "Afgesproken betaling", "Paiement convenu"),
    "agreed_plan": ("Agreed payment plan", "Afgesproken betalingsregeling", "Plan de paiement convenu"),
    "agreed_dispute": ("Agreed on the dispute", "Afgesproken over de betwisting", "Convenu sur la contestation"),
    "new_contact": ("New contact", "Nieuwe contactpersoon", "Nouvelle personne de contact"),
    "follow_up_on": ("Follow-up on", "Opvolging op", "Suivi le"),
    "summary": ("Closing summary", "Afsluitende samenvatting", "Résumé final"),
    "went_well": ("Went well", "Ging goed", "Ce qui a bien marché"),
    "do_differently": ("Next time", "Volgende keer anders", "À faire autrement"),
    "attempt": ("Result", "Resultaat", "Résultat"),
    "retry": ("Call again", "Opnieuw bellen", "Rappeler"),
    "instalments": ("Instalments", "Termijnen", "Échéances"),
    "changes": ("Changed", "Gewijzigd", "Modifié"),
    "created": ("New", "Nieuw", "Nouveau"),
    "letter_kind": ("Letter", "Brief", "Lettre"),
    "carrier": ("Carrier", "Vervoerder", "Transporteur"),
    "tracking": ("Tracking number", "Track & trace-code", "Numéro de suivi"),
    "sent_on": ("Sent on", "Verstuurd op", "Envoyée le"),
    "presumed_receipt": ("Presumed received on", "Vermoedelijk ontvangen op", "Présumée reçue le"),
    "term_end": ("Term ends on", "Termijn eindigt op", "Le délai expire le"),
    "registered": ("Registered mail", "Aangetekend", "Recommandé"),
    "letter_date": ("Date of the letter", "Datum van de brief", "Date de la lettre"),
    "final_date": ("Final payment date", "Uiterste betaaldatum", "Date limite de paiement"),
    "claims": ("Interest and costs", "Rente en kosten", "Intérêts et frais"),
    "claimed_cents": ("Claimed beside the invoices", "Gevraagd naast de facturen", "Réclamé en plus des factures"),
    "announced": ("Announced, not yet due", "Aangekondigd, nog niet verschuldigd", "Annoncé, pas encore dû"),
    "language": ("Language", "Taal", "Langue"),
    "statement_line": ("Statement line", "Regel van het afschrift", "Ligne de l'extrait"),
    "source_file": ("From the file", "Uit het bestand", "Du fichier"),
    "source_sha256": ("File's SHA-256", "SHA-256 van het bestand", "SHA-256 du fichier"),
    "match": ("Matched by", "Gekoppeld op", "Rapproché par"),
    "counterparty": ("Payer", "Betaler", "Payeur"),
    "account": ("Account", "Rekening", "Compte"),
    "file": ("File", "Bestand", "Fichier"),
    "sha256": ("SHA-256", "SHA-256", "SHA-256"),
    "ladder": ("Ladder", "Schema", "Plan"),
}

METHODS: dict[str, Entry] = {
    "bank_transfer": ("bank transfer", "overschrijving", "virement"),
    "direct_debit": ("direct debit", "automatische incasso", "domiciliation"),
    "card": ("card", "pinbetaling/kaart", "carte"),
    "cash": ("cash", "contant", "espèces"),
    "other": ("other", "anders", "autre"),
}

CAUSES: dict[str, Entry] = {
    "forgotten": ("forgotten", "vergeten", "oubli"),
    "not_received": ("invoice not received", "factuur niet ontvangen", "facture non reçue"),
    "admin_error": ("administrative error", "administratieve fout", "erreur administrative"),
    "awaiting_approval": ("waiting for an internal approval", "wacht op interne goedkeuring",
                          "en attente d'une approbation interne"),
    "dispute": ("dissatisfied with the work", "ontevreden over het werk", "insatisfait du travail"),
    "financial_difficulty": ("financial difficulty", "financiële problemen", "difficultés financières"),
    "other": ("other", "anders", "autre"),
}

ANSWERS: dict[str, Entry] = {
    "yes": ("yes", "ja", "oui"), "no": ("no", "nee", "non"), "unknown": ("unknown", "onbekend", "inconnu"),
    "true": ("yes", "ja", "oui"), "false": ("no", "nee", "non"),
}

ATTEMPTS: dict[str, Entry] = {
    "no_answer": ("no answer", "geen gehoor", "pas de réponse"),
    "voicemail": ("voicemail left", "voicemail ingesproken", "message vocal laissé"),
    "wrong_number": ("wrong number", "verkeerd nummer", "mauvais numéro"),
}

CHANNELS: dict[str, Entry] = {
    "email": ("email", "e-mail", "courriel"),
    "call": ("phone call", "telefoon", "téléphone"),
    "letter": ("letter", "brief", "lettre"),
    "hand_over": ("hand-over", "overdracht", "transmission"),
    "check_payment": ("check the payment", "betaling controleren", "vérifier le paiement"),
    "other": ("other", "anders", "autre"),
}

STATUSES: dict[str, Entry] = {
    "kept": ("kept", "nagekomen", "tenue"),
    "broken": ("broken", "gebroken", "rompue"),
    "open": ("open", "open", "en cours"),
}

VIA: dict[str, Entry] = {
    "smtp": ("by DebtorDesk", "door DebtorDesk", "par DebtorDesk"),
    "mail_program": ("from the user's own mail program", "vanuit het eigen e-mailprogramma",
                     "depuis le logiciel de messagerie de l'utilisateur"),
}

ROLES: dict[str, Entry] = {
    "accounts_payable": ("accounts payable", "crediteurenadministratie", "comptabilité fournisseurs"),
    "purchasing": ("purchasing", "inkoop", "achats"),
    "manager": ("manager", "leidinggevende", "responsable"),
    "general_inbox": ("general address", "algemeen adres", "adresse générale"),
    "other": ("other", "anders", "autre"),
}

STEPS: dict[str, Entry] = {
    "friendly_reminder": ("Friendly reminder", "Vriendelijke herinnering", "Rappel amical"),
    "phone_call": ("Phone call", "Telefoongesprek", "Appel téléphonique"),
    "payment_reminder": ("Payment reminder", "Betalingsherinnering", "Rappel de paiement"),
    "last_reminder": ("Last reminder", "Laatste herinnering", "Dernier rappel"),
    "stop_work": ("Stop work", "Werk stilleggen", "Arrêt des travaux"),
    "notice_of_default": ("Notice of default", "Ingebrekestelling", "Mise en demeure"),
    "hand_over": ("Hand over", "Overdracht", "Transmission du dossier"),
}

LETTERS: dict[str, Entry] = {
    "payment_reminder": ("payment reminder", "betalingsherinnering", "rappel de paiement"),
    "last_reminder": ("last reminder", "laatste herinnering", "dernier rappel"),
    "notice_of_default": ("notice of default", "ingebrekestelling", "mise en demeure"),
    "fourteen_day_letter": ("14-day letter", "14-dagenbrief", "lettre de 14 jours"),
    "fourteen_day": ("14-day letter", "14-dagenbrief", "lettre de 14 jours"),
    "stop_work": ("stop-work notice", "aankondiging werkstop", "avis d'arrêt des travaux"),
    "hand_over": ("hand-over notice", "aankondiging overdracht", "avis de transmission du dossier"),
}

#: Which value table names the values of a detail key.
VALUE_TABLES: dict[str, dict[str, Entry]] = {
    "method": METHODS, "cause": CAUSES, "received": ANSWERS, "knows_open": ANSWERS, "attempt": ATTEMPTS,
    "channel": CHANNELS, "status": STATUSES, "via": VIA, "role": ROLES, "letter_kind": LETTERS,
}
