"""What the user says to the client on the phone, and the summary of what was agreed.

Everything here is in the client's language, which need not be the UI's, so it is message text
like the email templates (not Qt strings): amounts, dates and lists come from babel for that
language, and the words in between live in ``_WORDS`` so that a translator edits text only.

The tone is the one the design asks for: most late payers simply forgot, so the opening assumes an
oversight, is friendly and confident, and never treats the client as a bad payer. The closing
summary says who does what and when, naming invoices, amounts and dates, so that nothing agreed
is left to memory. It comes in two forms:

* spoken (read aloud at the end of the call): "tomorrow" rather than a date, other dates with
  their weekday so the client can find them in an agenda, one sentence per line so the reader
  keeps their place on the panel;
* written (the summary email, read later): every date in full with its year, one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from babel.dates import format_date
from babel.lists import format_list

from debtordesk.core.call import InvoiceAgreement
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import Contact, InvoiceRow, Language
from debtordesk.core.money import Cents, format_amount


@dataclass(frozen=True)
class _Words:
    """The words of one language. Fields in braces are filled in; a pattern keeps all of its fields."""

    # Greetings by the time of day (the caller's clock).
    morning: str
    afternoon: str
    evening: str
    # Opening lines.
    hello: str  # fields: greeting, contact, caller, business
    hello_unnamed: str  # fields: greeting, caller, business
    a_moment: str
    about_one: str  # fields: number, amount, due (an "on_date" phrase)
    about_many: str  # fields: numbers, amount, due (a list of "on_date" phrases)
    not_seen: str
    # Awareness questions.
    received_one: str
    received_many: str
    knows_open_one: str
    knows_open_many: str
    # Dates. Patterns are babel (CLDR) date patterns.
    spoken_date: str  # a coming date said aloud: weekday, day, month
    due_date: str  # a due date said aloud, in the year of the call
    due_date_year: str  # a due date said aloud, in an earlier year
    first_day: str  # how day 1 of a month is written ("1er" in French); "" keeps babel's "1"
    today: str
    tomorrow: str
    on_date: str  # field: date; not used for "today"/"tomorrow", which stand alone
    by_date: str  # field: date
    by_relative: str  # field: day ("today"/"tomorrow")
    # Closing summary.
    spoken_lead: str
    spoken_lead_named: str  # field: contact
    written_lead: str  # field: day
    written_lead_named: str  # fields: day, contact
    pay: str  # field: groups
    pay_group_one: str  # fields: number, when
    pay_group_many: str  # fields: numbers, amount, when
    last_group: str  # joins the last group of several to the others
    pay_part: str  # fields: amount, number, when, rest
    pay_rest: str  # after a partial dispute; fields: amount, number, when
    plan: str  # fields: number, count, instalments
    plan_rest: str  # after a partial dispute; fields: amount, number, count, instalments
    instalment: str  # fields: amount, when
    dispute_whole: str  # fields: number, reason
    dispute_part: str  # fields: amount, number, reason
    rest_as_agreed: str  # fields: amount, number
    we_do: str  # field: what (the user's own words)
    we_do_by: str  # fields: by, what
    they_do: str  # field: what
    they_do_by: str  # fields: by, what
    new_contact: str  # field: name
    nothing_agreed: str
    follow_up: str  # field: when
    follow_up_nothing: str  # field: when


#: Dutch speaks to a client with "u"; French with "vous", in the Belgian way ("Bonjour" all day).
_WORDS: dict[Language, _Words] = {
    Language.NL: _Words(
        morning="Goedemorgen",
        afternoon="Goedemiddag",
        evening="Goedenavond",
        hello="{greeting} {contact}, u spreekt met {caller} van {business}.",
        hello_unnamed="{greeting}, u spreekt met {caller} van {business}.",
        a_moment="Heeft u even een moment?",
        about_one="Ik bel even over factuur {number} van {amount}, die {due} vervallen is.",
        about_many="Ik bel even over de facturen {numbers}, samen {amount}, die {due} vervallen zijn.",
        not_seen="Ik zie de betaling nog niet binnen, en ik wilde even horen of alles goed is aangekomen.",
        received_one="Heeft u de factuur goed ontvangen?",
        received_many="Heeft u de facturen goed ontvangen?",
        knows_open_one="Is het bij u bekend dat die nog openstaat?",
        knows_open_many="Is het bij u bekend dat die nog openstaan?",
        spoken_date="EEEE d MMMM",
        due_date="d MMMM",
        due_date_year="d MMMM y",
        first_day="",
        today="vandaag",
        tomorrow="morgen",
        on_date="op {date}",
        by_date="uiterlijk {date}",
        by_relative="uiterlijk {day}",
        spoken_lead="Dank u wel. Dan vat ik het even samen.",
        spoken_lead_named="Dank u wel, {contact}. Dan vat ik het even samen.",
        written_lead="Samenvatting van ons telefoongesprek van {day}.",
        written_lead_named="Samenvatting van ons telefoongesprek van {day} met {contact}.",
        pay="U betaalt {groups}.",
        pay_group_one="factuur {number} {when}",
        pay_group_many="de facturen {numbers}, samen {amount}, {when}",
        last_group=", en ",
        pay_part="U betaalt {amount} van factuur {number} {when}; de resterende {rest} blijft voorlopig openstaan.",
        pay_rest="De resterende {amount} van factuur {number} betaalt u {when}.",
        plan="Factuur {number} betaalt u in {count} termijnen: {instalments}.",
        plan_rest="De resterende {amount} van factuur {number} betaalt u in {count} termijnen: {instalments}.",
        instalment="{amount} {when}",
        dispute_whole="U betwist factuur {number}: {reason}.",
        dispute_part="U betwist {amount} van factuur {number}: {reason}.",
        rest_as_agreed="De resterende {amount} van factuur {number} betaalt u zoals afgesproken.",
        we_do="Wat ik doe: {what}.",
        we_do_by="Wat ik doe, {by}: {what}.",
        they_do="Wat u doet: {what}.",
        they_do_by="Wat u doet, {by}: {what}.",
        new_contact="Voortaan neem ik voor betalingen contact op met {name}.",
        nothing_agreed="We hebben nog geen betaling afgesproken.",
        follow_up="Ik kijk {when} hoe het ervoor staat.",
        follow_up_nothing="Ik neem {when} weer contact met u op.",
    ),
    Language.EN: _Words(
        morning="Good morning",
        afternoon="Good afternoon",
        evening="Good evening",
        hello="{greeting} {contact}, this is {caller} from {business}.",
        hello_unnamed="{greeting}, this is {caller} from {business}.",
        a_moment="Do you have a moment?",
        about_one="I'm calling about invoice {number} for {amount}, which was due {due}.",
        about_many="I'm calling about invoices {numbers}, together {amount}, which were due {due}.",
        not_seen="I haven't seen the payment come in yet, so I just wanted to check that everything "
                 "reached you all right.",
        received_one="Did you receive the invoice all right?",
        received_many="Did you receive the invoices all right?",
        knows_open_one="Were you aware that it is still open?",
        knows_open_many="Were you aware that they are still open?",
        spoken_date="EEEE d MMMM",
        due_date="d MMMM",
        due_date_year="d MMMM y",
        first_day="",
        today="today",
        tomorrow="tomorrow",
        on_date="on {date}",
        by_date="by {date}",
        by_relative="by {day}",
        spoken_lead="Thank you. Let me sum up.",
        spoken_lead_named="Thank you, {contact}. Let me sum up.",
        written_lead="Summary of our phone call of {day}.",
        written_lead_named="Summary of our phone call of {day} with {contact}.",
        pay="You pay {groups}.",
        pay_group_one="invoice {number} {when}",
        pay_group_many="invoices {numbers}, together {amount}, {when}",
        last_group=", and ",
        pay_part="You pay {amount} of invoice {number} {when}; the remaining {rest} stays open for now.",
        pay_rest="You pay the remaining {amount} of invoice {number} {when}.",
        plan="For invoice {number} you pay in {count} instalments: {instalments}.",
        plan_rest="For the remaining {amount} of invoice {number} you pay in {count} instalments: {instalments}.",
        instalment="{amount} {when}",
        dispute_whole="You contest invoice {number}: {reason}.",
        dispute_part="You contest {amount} of invoice {number}: {reason}.",
        rest_as_agreed="The remaining {amount} of invoice {number} is to be paid as agreed.",
        we_do="What I do: {what}.",
        we_do_by="What I do, {by}: {what}.",
        they_do="What you do: {what}.",
        they_do_by="What you do, {by}: {what}.",
        new_contact="From now on I will contact {name} about payments.",
        nothing_agreed="We have not agreed on a payment yet.",
        follow_up="I will check in {when}.",
        follow_up_nothing="I will get back to you {when}.",
    ),
    Language.FR: _Words(
        morning="Bonjour",
        afternoon="Bonjour",
        evening="Bonsoir",
        hello="{greeting} {contact}, ici {caller}, de {business}.",
        hello_unnamed="{greeting}, ici {caller}, de {business}.",
        a_moment="Vous avez un petit moment ?",
        about_one="Je vous appelle au sujet de la facture {number} de {amount}, arrivée à échéance {due}.",
        about_many="Je vous appelle au sujet des factures {numbers}, d'un total de {amount}, "
                   "arrivées à échéance {due}.",
        not_seen="Je ne vois pas encore le paiement, et je voulais simplement vérifier que tout vous est "
                 "bien parvenu.",
        received_one="Avez-vous bien reçu la facture ?",
        received_many="Avez-vous bien reçu les factures ?",
        knows_open_one="Saviez-vous qu'elle est toujours en attente de paiement ?",
        knows_open_many="Saviez-vous qu'elles sont toujours en attente de paiement ?",
        spoken_date="EEEE d MMMM",
        due_date="d MMMM",
        due_date_year="d MMMM y",
        first_day="1er",
        today="aujourd'hui",
        tomorrow="demain",
        on_date="le {date}",
        by_date="au plus tard le {date}",
        by_relative="au plus tard {day}",
        spoken_lead="Merci. Je vous fais un petit récapitulatif.",
        spoken_lead_named="Merci, {contact}. Je vous fais un petit récapitulatif.",
        written_lead="Récapitulatif de notre entretien téléphonique du {day}.",
        written_lead_named="Récapitulatif de notre entretien téléphonique du {day} avec {contact}.",
        pay="Vous payez {groups}.",
        pay_group_one="la facture {number} {when}",
        pay_group_many="les factures {numbers}, soit {amount} au total, {when}",
        last_group=", et ",
        pay_part="Vous payez {amount} de la facture {number} {when} ; le solde de {rest} reste dû pour l'instant.",
        pay_rest="Vous payez le solde de {amount} de la facture {number} {when}.",
        plan="Vous payez la facture {number} en {count} versements : {instalments}.",
        plan_rest="Vous payez le solde de {amount} de la facture {number} en {count} versements : {instalments}.",
        instalment="{amount} {when}",
        dispute_whole="Vous contestez la facture {number} : {reason}.",
        dispute_part="Vous contestez {amount} de la facture {number} : {reason}.",
        rest_as_agreed="Le solde de {amount} de la facture {number} reste à payer comme convenu.",
        we_do="De mon côté : {what}.",
        we_do_by="De mon côté, {by} : {what}.",
        they_do="De votre côté : {what}.",
        they_do_by="De votre côté, {by} : {what}.",
        new_contact="Désormais, je m'adresserai à {name} pour les paiements.",
        nothing_agreed="Nous n'avons pas encore convenu d'un paiement.",
        follow_up="Je ferai le point {when}.",
        follow_up_nothing="Je vous recontacterai {when}.",
    ),
}

#: Day 1 of a month as babel writes it, not part of a longer number.
_DAY_ONE = re.compile(r"(?<!\d)1(?!\d)")


def opening_lines(
    language: Language | str,
    *,
    now: datetime,
    caller: str,
    business: str,
    contact: str,
    invoice_numbers: Sequence[str],
    open_cents: Cents,
    due_dates: Sequence[date],
    currency: str = "EUR",
) -> list[str]:
    """The first things to say: who calls, whether it suits, which invoices, and an open question.

    ``now`` is the caller's naive local time. It picks the greeting: "Goedemorgen" or
    "Goedemiddag" that matches the clock is what people say on the phone in both the
    Netherlands and Flanders, where a neutral "Goedendag" sounds stiff or old-fashioned;
    French says "Bonjour" all day. Due dates are said without their year unless they fall in
    an earlier year than ``now``.

    Args:
        contact: the name to address the person by, as the user would say it ("" to leave it out).
        open_cents: what is open on these invoices together.

    Raises:
        ValueError: no invoice or no due date.
    """
    if not invoice_numbers or not due_dates:
        raise ValueError("a call is about at least one invoice, with its due date")
    words, locale = _words_and_locale(language)
    greeting = words.morning if now.hour < 12 else words.afternoon if now.hour < 18 else words.evening
    if contact.strip():
        hello = words.hello.format(greeting=greeting, contact=contact.strip(), caller=caller, business=business)
    else:
        hello = words.hello_unnamed.format(greeting=greeting, caller=caller, business=business)
    dues = [words.on_date.format(date=_due_text(day, now.date(), words, locale)) for day in sorted(set(due_dates))]
    due = format_list(dues, locale=locale)
    amount = format_amount(open_cents, locale, currency)
    if len(invoice_numbers) == 1:
        about = words.about_one.format(number=invoice_numbers[0], amount=amount, due=due)
    else:
        about = words.about_many.format(numbers=format_list(list(invoice_numbers), locale=locale), amount=amount,
                                        due=due)
    return [hello, words.a_moment, about, words.not_seen]


def awareness_questions(language: Language | str, *, invoices: int = 1) -> list[str]:
    """Did they receive the invoice(s), and do they know it is (they are) still open."""
    words, _ = _words_and_locale(language)
    if invoices == 1:
        return [words.received_one, words.knows_open_one]
    return [words.received_many, words.knows_open_many]


def closing_summary(
    language: Language | str,
    *,
    agreements: Sequence[InvoiceAgreement],
    rows: Sequence[InvoiceRow],
    today: date,
    contact_name: str = "",
    new_contact: Contact | None = None,
    follow_up_on: date | None = None,
    spoken: bool,
    lead: bool = True,
) -> str:
    """Who does what and when, as agreed on the call.

    Invoices promised in full on the same date are named together with their total; a promise
    of part of an invoice names its amount and what stays open; a plan lists its instalments; a
    dispute says what is contested and what each side does by when. Then a new contact person,
    then the follow-up date. Spoken, sentences come one per line; written, as one paragraph.

    Args:
        agreements: what was agreed per invoice; empty ones are left out.
        rows: the invoices talked about, for their numbers, open amounts and currencies.
        today: the day of the call ("today" and "tomorrow" are counted from it).
        contact_name: whom the user spoke with.
        lead: open with the thanks (spoken) or a title sentence (written); the summary email's
            template says both itself, so it leaves them out.

    Raises:
        ValueError: an agreement about an invoice not in ``rows``.
    """
    words, locale = _words_and_locale(language)
    dates = _Dates(words, locale, today, spoken)
    by_id = {row.invoice.id: row for row in rows}
    agreed = [a for a in agreements if not a.empty]
    missing = [a.invoice_id for a in agreed if a.invoice_id not in by_id]
    if missing:
        raise ValueError(f"agreements about invoices not in the rows: {missing}")

    sentences: list[str] = []
    name = contact_name.strip()
    if lead and spoken:
        sentences.append(words.spoken_lead_named.format(contact=name) if name else words.spoken_lead)
    elif lead:
        day = dates.full(today)
        sentences.append(words.written_lead_named.format(day=day, contact=name) if name
                         else words.written_lead.format(day=day))

    in_full = [a for a in agreed if _paid_in_full(a, by_id[a.invoice_id])]
    if in_full:
        sentences.append(words.pay.format(groups=_full_payments(in_full, by_id, words, locale, dates)))
    others = [a for a in agreed if not _paid_in_full(a, by_id[a.invoice_id])]
    for agreement in sorted(others, key=lambda a: by_id[a.invoice_id].invoice.number):
        sentences += _invoice_sentences(agreement, by_id[agreement.invoice_id], words, locale, dates)

    if new_contact is not None and new_contact.name.strip():
        sentences.append(words.new_contact.format(name=new_contact.name.strip()))
    if not agreed:
        sentences.append(words.nothing_agreed)
    if follow_up_on is not None:
        pattern = words.follow_up if agreed else words.follow_up_nothing
        sentences.append(pattern.format(when=dates.on(follow_up_on)))
    return ("\n" if spoken else " ").join(sentences)


class _Dates:
    """Dates as the summary says them: relative and with the weekday when spoken, in full when written."""

    def __init__(self, words: _Words, locale: str, today: date, spoken: bool) -> None:
        self.words, self.locale, self.today, self.spoken = words, locale, today, spoken

    def _relative(self, day: date) -> str:
        if not self.spoken:
            return ""
        if day == self.today:
            return self.words.today
        if day == self.today + timedelta(days=1):
            return self.words.tomorrow
        return ""

    def full(self, day: date) -> str:
        """The date itself: "Friday 27 November" spoken, "27 November 2026" written."""
        pattern = self.words.spoken_date if self.spoken else "long"
        text = format_date(day, pattern, locale=self.locale)
        return _first_day(text, day, self.words)

    def on(self, day: date) -> str:
        """When something happens: "tomorrow", "on Friday 27 November", "on 27 November 2026"."""
        return self._relative(day) or self.words.on_date.format(date=self.full(day))

    def by(self, day: date) -> str:
        """A deadline: "by tomorrow", "by Friday 27 November"."""
        relative = self._relative(day)
        if relative:
            return self.words.by_relative.format(day=relative)
        return self.words.by_date.format(date=self.full(day))


def _paid_in_full(agreement: InvoiceAgreement, row: InvoiceRow) -> bool:
    """A single promise of everything open, nothing contested: named with others due the same day."""
    promise = agreement.promise
    return (promise is not None and not agreement.plan and agreement.dispute is None
            and promise.amount_cents >= row.open_cents)


def _full_payments(agreements: list[InvoiceAgreement], by_id: dict[int | None, InvoiceRow], words: _Words,
                   locale: str, dates: _Dates) -> str:
    """ "invoices A and B, together €X, tomorrow, and invoice C on Thursday 12 March"."""
    groups: dict[tuple[date, str], list[InvoiceAgreement]] = {}
    for agreement in agreements:
        assert agreement.promise is not None
        key = (agreement.promise.on, by_id[agreement.invoice_id].invoice.currency)
        groups.setdefault(key, []).append(agreement)
    parts = []
    for (day, currency), group in sorted(groups.items()):
        numbers = sorted(by_id[a.invoice_id].invoice.number for a in group)
        when = dates.on(day)
        if len(numbers) == 1:
            parts.append(words.pay_group_one.format(number=numbers[0], when=when))
        else:
            total = sum(a.promise.amount_cents for a in group if a.promise is not None)
            parts.append(words.pay_group_many.format(numbers=format_list(numbers, locale=locale),
                                                     amount=format_amount(total, locale, currency), when=when))
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + words.last_group + parts[-1]


def _invoice_sentences(agreement: InvoiceAgreement, row: InvoiceRow, words: _Words, locale: str,
                       dates: _Dates) -> list[str]:
    """A dispute (what is contested, who does what), then how the rest is paid."""
    number = row.invoice.number

    def money(cents: Cents) -> str:
        return format_amount(cents, locale, row.invoice.currency)

    sentences: list[str] = []
    dispute = agreement.dispute
    chased = agreement.chased_cents(row.open_cents)
    if dispute is not None:
        reason = dispute.reason.strip().rstrip(".")
        if dispute.disputed_cents is None:
            sentences.append(words.dispute_whole.format(number=number, reason=reason))
        else:
            sentences.append(words.dispute_part.format(amount=money(dispute.disputed_cents), number=number,
                                                       reason=reason))
        for what, by, plain, with_date in ((dispute.we_do, dispute.we_by, words.we_do, words.we_do_by),
                                           (dispute.they_do, dispute.they_by, words.they_do, words.they_do_by)):
            what = what.strip().rstrip(".")
            if what:
                sentences.append(plain.format(what=what) if by is None
                                 else with_date.format(by=dates.by(by), what=what))
    partial_dispute = dispute is not None and dispute.disputed_cents is not None
    if agreement.promise is not None:
        promise = agreement.promise
        if promise.amount_cents < chased:
            sentences.append(words.pay_part.format(amount=money(promise.amount_cents), number=number,
                                                   when=dates.on(promise.on),
                                                   rest=money(chased - promise.amount_cents)))
        elif partial_dispute:
            sentences.append(words.pay_rest.format(amount=money(promise.amount_cents), number=number,
                                                   when=dates.on(promise.on)))
        else:  # a promise of it all beside a whole dispute cannot pass call_problems; say it plainly
            sentences.append(words.pay.format(groups=words.pay_group_one.format(number=number,
                                                                                when=dates.on(promise.on))))
    elif agreement.plan:
        instalments = format_list([words.instalment.format(amount=money(i.amount_cents), when=dates.on(i.on))
                                   for i in sorted(agreement.plan, key=lambda i: i.on)], locale=locale)
        count = len(agreement.plan)
        if partial_dispute:
            sentences.append(words.plan_rest.format(amount=money(chased), number=number, count=count,
                                                    instalments=instalments))
        else:
            sentences.append(words.plan.format(number=number, count=count, instalments=instalments))
    elif partial_dispute and chased > 0:
        sentences.append(words.rest_as_agreed.format(amount=money(chased), number=number))
    return sentences


def _due_text(day: date, today: date, words: _Words, locale: str) -> str:
    pattern = words.due_date if day.year == today.year else words.due_date_year
    return _first_day(format_date(day, pattern, locale=locale), day, words)


def _first_day(text: str, day: date, words: _Words) -> str:
    """French writes the first of a month "1er"; babel writes "1"."""
    if day.day == 1 and words.first_day:
        return _DAY_ONE.sub(words.first_day, text, count=1)
    return text


def _words_and_locale(language: Language | str) -> tuple[_Words, str]:
    language = Language(language)
    return _WORDS[language], Formatter(language).locale
