<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddressField</name>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="88" />
        <source>name@example.com, another@example.com</source>
        <extracomment>Most providers refuse a message above 25 MB; base64 makes attachments a third larger.</extracomment>
        <translation>naam@example.com, nog.een@example.com</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="89" />
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="91" />
        <source>Add the address of one of this client's contacts</source>
        <translation>Voeg het adres van een contactpersoon van deze klant toe</translation>
    </message>
</context>
<context>
    <name>AgeingChart</name>
    <message>
        <location filename="../../debtordesk/ui/ageing_chart.py" line="39" />
        <source>Not yet due</source>
        <translation>Nog niet vervallen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ageing_chart.py" line="40" />
        <source>1–30 days</source>
        <translation>1–30 dagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ageing_chart.py" line="41" />
        <source>31–60 days</source>
        <translation>31–60 dagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ageing_chart.py" line="42" />
        <source>61–90 days</source>
        <translation>61–90 dagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ageing_chart.py" line="43" />
        <source>Over 90 days</source>
        <translation>Meer dan 90 dagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ageing_chart.py" line="47" />
        <source>Open amounts by days overdue. Click a bar to show only those invoices; click it again to show all.</source>
        <translation>Openstaande bedragen naar dagen te laat. Klik op een staaf om alleen die facturen te tonen; klik nog eens om alles te tonen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ageing_chart.py" line="49" />
        <source>Ageing of open invoices</source>
        <translation>Ouderdom van openstaande facturen</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="69" />
        <source>Someone else handles payments</source>
        <translation>Iemand anders regelt de betalingen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="78" />
        <source>name@example.com</source>
        <translation>naam@example.com</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="79" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="80" />
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="81" />
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="82" />
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="113" />
        <source>Instalment {number}</source>
        <translation>Termijn {number}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="115" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="116" />
        <source>Pays on</source>
        <translation>Betaalt op</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="117" />
        <source>Promised by</source>
        <translation>Beloofd door</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="118" />
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="211" />
        <source>Payment plan</source>
        <translation>Betalingsregeling</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="119" />
        <source>Disputed part</source>
        <translation>Betwist deel</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="120" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="121" />
        <source>What we do</source>
        <translation>Wat jij doet</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="122" />
        <source>Our deadline</source>
        <translation>Jouw uiterste datum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="123" />
        <source>What they do</source>
        <translation>Wat de klant doet</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="124" />
        <source>Their deadline</source>
        <translation>Uiterste datum klant</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="130" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="131" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="132" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="133" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="346" />
        <source>New contact, {field}: {problem}</source>
        <translation>Nieuwe contactpersoon, {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="353" />
        <source>Invoice {number}, {field}: {problem}</source>
        <translation>Factuur {number}, {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement.py" line="356" />
        <source>Invoice {number}: {problem}</source>
        <translation>Factuur {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_parts.py" line="213" />
        <source>Amount:</source>
        <extracomment>objectName of every field label, so the editor can line up all label columns. room inside a page for the red frame that marks it how far the pages sit in from their heading room between the options of a choice, so each reads as its own instalments a new payment plan starts with</extracomment>
        <translation>Bedrag:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_parts.py" line="214" />
        <source>Pays on:</source>
        <translation>Betaalt op:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_parts.py" line="215" />
        <source>Promised by:</source>
        <translation>Beloofd door:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_parts.py" line="234" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_parts.py" line="253" />
        <source>Add instalment</source>
        <translation>Termijn toevoegen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_parts.py" line="254" />
        <source>Split evenly</source>
        <translation>Gelijk verdelen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_parts.py" line="255" />
        <source>Divide the open amount over these instalments, one month apart, to the cent.</source>
        <translation>Verdeel het openstaande bedrag tot op de cent over deze termijnen, telkens een maand later.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_parts.py" line="318" />
        <source>Instalment {number}:</source>
        <translation>Termijn {number}:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_parts.py" line="340" />
        <source>{planned} of {total} planned — adds up</source>
        <translation>{planned} van {total} ingepland — klopt</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_parts.py" line="342" />
        <source>{planned} of {total} planned — {rest} still to plan</source>
        <translation>{planned} van {total} ingepland — nog {rest} in te plannen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_parts.py" line="344" />
        <source>{planned} of {total} planned — {over} too much</source>
        <translation>{planned} van {total} ingepland — {over} te veel</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="63" />
        <source>by</source>
        <translation>uiterlijk</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="84" />
        <source>Whole invoice</source>
        <translation>Hele factuur</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="85" />
        <source>Part:</source>
        <translation>Een deel:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="95" />
        <source>Disputed:</source>
        <translation>Betwist:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="97" />
        <source>e.g. more hours than agreed</source>
        <translation>bijv. meer uren dan afgesproken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="98" />
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="99" />
        <source>What we do:</source>
        <translation>Wat jij doet:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="100" />
        <source>e.g. send the time sheets</source>
        <translation>bijv. de urenstaten sturen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="102" />
        <source>What they do:</source>
        <translation>Wat de klant doet:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="103" />
        <source>e.g. check them with the project lead</source>
        <translation>bijv. ze nakijken met de projectleider</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="105" />
        <source>They pay the undisputed rest</source>
        <translation>De klant betaalt het onbetwiste deel</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="169" />
        <source>1 day overdue</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="171" />
        <source>{days} days overdue</source>
        <translation>{days} dagen te laat</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="173" />
        <source>due today</source>
        <translation>vervalt vandaag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="174" />
        <source>due {day}</source>
        <translation>vervalt op {day}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="197" />
        <source>Invoice {number} · {open} open · {overdue}</source>
        <translation>Factuur {number} · {open} openstaand · {overdue}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="210" />
        <source>Pays</source>
        <translation>Betaalt</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="212" />
        <source>Dispute</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_agreement_section.py" line="213" />
        <source>Nothing agreed yet</source>
        <translation>Nog niets afgesproken</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="141" />
        <source>Add file…</source>
        <translation>Bestand toevoegen…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="144" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="184" />
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="193" />
        <source>File too large</source>
        <translation>Bestand te groot</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="194" />
        <source>{name} is {size}: too large to send by email (most mail servers take about {limit} in all). Share it another way, for example with a download link in the text.</source>
        <translation>{name} is {size}: te groot om per e-mail te versturen (de meeste mailservers nemen in totaal ongeveer {limit} aan). Deel het op een andere manier, bijvoorbeeld met een downloadlink in de tekst.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="201" />
        <source>File not attached</source>
        <translation>Bestand niet bijgevoegd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="202" />
        <source>{name} could not be read: {reason}</source>
        <translation>{name} kon niet worden gelezen: {reason}</translation>
    </message>
</context>
<context>
    <name>AwarenessPage</name>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="241" />
        <source>Awareness</source>
        <translation>Bekendheid</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="241" />
        <source>Ask, and note what they answer.</source>
        <translation>Vraag het, en noteer wat ze antwoorden.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="242" />
        <source>Invoice received?</source>
        <translation>Factuur ontvangen?</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="243" />
        <source>Knew it is still open?</source>
        <translation>Wisten ze dat hij nog openstaat?</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="252" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="252" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="253" />
        <source>Not asked</source>
        <translation>Niet gevraagd</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../debtordesk/ui/backup_dialog.py" line="18" />
        <source>Restore from backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/backup_dialog.py" line="21" />
        <source>when the file was opened</source>
        <translation>bij het openen van het bestand</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/backup_dialog.py" line="21" />
        <source>made by hand</source>
        <translation>handmatig gemaakt</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/backup_dialog.py" line="22" />
        <source>automatically, before a backup was restored</source>
        <translation>automatisch, vóór het terugzetten van een back-up</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/backup_dialog.py" line="25" />
        <source>before a program update</source>
        <translation>vóór een programma-update</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/backup_dialog.py" line="30" />
        <source>The file will be put back as it was at the chosen moment. What you entered since then is kept in a backup of its own, so nothing is lost.</source>
        <translation>Het bestand wordt teruggezet zoals het was op het gekozen moment. Wat je sindsdien hebt ingevoerd, wordt bewaard in een eigen back-up, zodat er niets verloren gaat.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/backup_dialog.py" line="34" />
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>BankReviewDialog</name>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="57" />
        <source>payment reference</source>
        <translation>betalingskenmerk</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="58" />
        <source>the invoice's own reference</source>
        <translation>het eigen kenmerk van de factuur</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="59" />
        <source>invoice number in the description</source>
        <translation>factuurnummer in de omschrijving</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="60" />
        <source>same amount, payer's name like the client's</source>
        <translation>zelfde bedrag, naam van de betaler lijkt op die van de klant</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="61" />
        <source>same amount only</source>
        <translation>alleen hetzelfde bedrag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="62" />
        <source>assigned by you</source>
        <translation>door jou toegewezen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="153" />
        <source>Bank statement: {name}</source>
        <translation>Bankafschrift: {name}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="166" />
        <source>{sure} sure, {unsure} to check, {left} without a match; {already} line(s) were imported before and {debits} are payments out.</source>
        <translation>{sure} zeker, {unsure} te controleren, {left} zonder factuur; {already} regel(s) waren al eerder geïmporteerd en {debits} zijn uitgaande betalingen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="174" />
        <source>The statement does not add up by itself, so check that no line is missing before you book:</source>
        <translation>Het afschrift klopt op zichzelf niet; controleer dus of er geen regel ontbreekt voordat je boekt:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="178" />
        <source>&amp;Book</source>
        <translation>&amp;Boeken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="179" />
        <source>&amp;Ignore</source>
        <translation>&amp;Negeren</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="180" />
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="183" />
        <source>Assign to invoice…</source>
        <translation>Aan factuur toewijzen…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="198" />
        <source>Book the Chosen Lines</source>
        <translation>De gekozen regels boeken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="232" />
        <source>An invoice was paid meanwhile, so a line no longer fits. Nothing was booked; import the statement again to see it as it is now.</source>
        <translation>Intussen is een factuur betaald, zodat een regel niet meer past. Er is niets geboekt; importeer het afschrift opnieuw om het te zien zoals het nu is.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="237" />
        <source>{count} payment(s) booked.</source>
        <translation>{count} betaling(en) geboekt.</translation>
    </message>
</context>
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../../debtordesk/ui/batch_letters.py" line="44" />
        <source>{client}: {kind} ({numbers})</source>
        <translation>{client}: {kind} ({numbers})</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/batch_letters.py" line="61" />
        <source>Letters due today</source>
        <translation>Brieven voor vandaag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/batch_letters.py" line="67" />
        <source>These letters are due. Untick one to leave it for later.</source>
        <translation>Deze brieven moeten de deur uit. Vink er een uit om die later te doen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/batch_letters.py" line="75" />
        <source>registered mail</source>
        <translation>aangetekend</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/batch_letters.py" line="83" />
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/batch_letters.py" line="84" />
        <source>&amp;Print All…</source>
        <translation>Alles &amp;afdrukken…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/batch_letters.py" line="85" />
        <source>&amp;Record as Sent…</source>
        <translation>Als &amp;verstuurd vastleggen…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/batch_letters.py" line="103" />
        <source>Letters {date}</source>
        <translation>Brieven {date}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/batch_letters.py" line="107" />
        <source>The letters could not be printed. Check the printer and try again.</source>
        <translation>De brieven konden niet worden afgedrukt. Controleer de printer en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>BatchPostingDialog</name>
    <message>
        <location filename="../../debtordesk/ui/batch_letters.py" line="137" />
        <source>Letters sent</source>
        <translation>Brieven verstuurd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/batch_letters.py" line="142" />
        <source>Sent on:</source>
        <translation>Verstuurd op:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/batch_letters.py" line="147" />
        <source>ordinary post</source>
        <translation>gewone post</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/batch_letters.py" line="156" />
        <source>Tracking number</source>
        <translation>Track-and-tracecode</translation>
    </message>
</context>
<context>
    <name>BeforePage</name>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="77" />
        <source>Before the call</source>
        <translation>Voor het gesprek</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="86" />
        <source>Whom you call</source>
        <translation>Wie je belt</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="87" />
        <source>&amp;Call:</source>
        <translation>&amp;Bel:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="91" />
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="122" />
        <source>Someone else (the switchboard)</source>
        <translation>Iemand anders (de receptie)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="126" />
        <source>Open invoices: {amount} in total</source>
        <translation>Openstaande facturen: {amount} in totaal</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="137" />
        <source>Talk about invoice {number}</source>
        <translation>Bespreek factuur {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../debtordesk/ui/call_pages.py" line="143" />
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="143" />
        <source>not yet due</source>
        <translation>nog niet vervallen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="151" />
        <source>{day}, {start}–{end}</source>
        <translation>{day}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="158" />
        <source>✔ Now is a good moment to call (until {end}).</source>
        <translation>✔ Nu is een goed moment om te bellen (tot {end}).</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="162" />
        <source>Now is a fair moment (until {end}). Monday or Tuesday is better: next {slot}.</source>
        <translation>Nu kan het (tot {end}). Maandag of dinsdag is beter: eerstvolgende {slot}.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="166" />
        <source>Not a good moment to call. Next good slot: {slot}.</source>
        <translation>Geen goed moment om te bellen. Eerstvolgende goede moment: {slot}.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="168" />
        <source>Sooner, if it cannot wait: {slot}.</source>
        <translation>Eerder, als het niet kan wachten: {slot}.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="183" />
        <source>The last call to {name} reached a wrong number.</source>
        <translation>Bij de laatste oproep naar {name} bleek het nummer verkeerd.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="184" />
        <source>{count} calls to {name} reached no one.</source>
        <translation>{count} keer {name} gebeld zonder iemand te spreken.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="185" />
        <source>{name} made {count} promise(s) that were not kept.</source>
        <translation>{name} deed {count} betaalbelofte(s) die niet zijn nagekomen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="188" />
        <source>Consider calling {name} ({role}) instead.</source>
        <translation>Bel liever {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="193" />
        <source>Chosen above; pick {name} again if you prefer.</source>
        <translation>Hierboven al gekozen; kies {name} als je dat liever wilt.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="196" />
        <source>Ask the switchboard who handles payments, or for a manager.</source>
        <translation>Vraag de receptie wie de betalingen regelt, of vraag naar een leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="203" />
        <source>Reminders sent: {count}, the last on {day}.</source>
        <translation>Herinneringen verstuurd: {count}, de laatste op {day}.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="208" />
        <source>Earlier calls: {count}, the last on {day}.</source>
        <translation>Eerdere gesprekken: {count}, het laatste op {day}.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="211" />
        <source>Calls that reached no one: {count}, the last on {day}.</source>
        <translation>Gebeld zonder iemand te spreken: {count} keer, de laatste keer op {day}.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="206" />
        <source>No reminder sent yet.</source>
        <translation>Nog geen herinnering verstuurd.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="215" />
        <source>Promises: {kept} kept, {broken} broken, {open} still running.</source>
        <translation>Betaalbeloftes: {kept} nagekomen, {broken} gebroken, {open} lopen nog.</translation>
    </message>
</context>
<context>
    <name>CalculatorDialog</name>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="58" />
        <source>Interest and Costs</source>
        <translation>Rente en kosten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="65" />
        <source>Business</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="66" />
        <source>Consumer</source>
        <translation>Consument</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="73" />
        <source>The terms apply the statutory scale (WIK)</source>
        <translation>De voorwaarden verwijzen naar de wettelijke staffel (WIK)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="77" />
        <source>Law of:</source>
        <translation>Recht van:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="78" />
        <source>Debtor:</source>
        <translation>Debiteur:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="79" />
        <source>Principal:</source>
        <translation>Hoofdsom:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="80" />
        <source>Number of invoices:</source>
        <translation>Aantal facturen:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="82" />
        <source>First day of default:</source>
        <translation>Eerste dag van verzuim:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="83" />
        <source>Payment date:</source>
        <translation>Betaaldatum:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="98" />
        <source>&amp;Edit Rate Tables…</source>
        <translation>Rente&amp;tabellen bewerken…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="99" />
        <source>Open the folder for your own rate tables; their rows add to and correct the tables shipped with DebtorDesk</source>
        <translation>Open de map voor je eigen rentetabellen; hun regels vullen de tabellen van DebtorDesk aan en verbeteren ze</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="133" />
        <source>Enter an amount above zero.</source>
        <translation>Vul een bedrag boven nul in.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="136" />
        <source>The payment date is before the first day of default; interest runs from the first day of default up to and including the payment date.</source>
        <translation>De betaaldatum ligt vóór de eerste dag van verzuim; rente loopt vanaf de eerste dag van verzuim tot en met de betaaldatum.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="141" />
        <source>The rate tables start later than {date}. Choose a later first day of default, or add the older rates to your own table.</source>
        <translation>De rentetabellen beginnen na {date}. Kies een latere eerste dag van verzuim, of zet de oudere rentes in je eigen tabel.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="154" />
        <source>Interest {interest} + costs {costs} = {total}</source>
        <translation>Rente {interest} + kosten {costs} = {total}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="164" />
        <source>Rates: the tables shipped with DebtorDesk, with their sources.</source>
        <translation>Rentes: de tabellen van DebtorDesk, met hun bronnen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="165" />
        <source>Rates: your own tables for {names}; the shipped ones for the rest.</source>
        <translation>Rentes: je eigen tabellen voor {names}; voor de rest die van DebtorDesk.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/calculator_dialog.py" line="168" />
        <source>Your table {file} is not used: line {line}: {text}</source>
        <translation>Je tabel {file} wordt niet gebruikt: regel {line}: {text}</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="93" />
        <source>Call {client} — DebtorDesk</source>
        <translation>{client} bellen — DebtorDesk</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="101" />
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="102" />
        <source>Say who you are and which invoice you call about. Friendly and confident: most clients simply forgot.</source>
        <translation>Zeg wie je bent en over welke factuur je belt. Vriendelijk en zeker: de meeste klanten zijn het gewoon vergeten.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="105" />
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="106" />
        <source>Per invoice: who pays how much on which date, a payment plan, or what each side does about a dispute.</source>
        <translation>Per factuur: wie betaalt hoeveel op welke datum, een betalingsregeling, of wat ieder doet aan een geschil.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="121" />
        <source>← Back (Esc)</source>
        <translation>← Terug (Esc)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="131" />
        <source>No &amp;answer</source>
        <translation>&amp;Geen gehoor</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="131" />
        <source>&amp;Voicemail</source>
        <translation>&amp;Voicemail</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="132" />
        <source>&amp;Wrong number</source>
        <translation>&amp;Verkeerd nummer</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="192" />
        <source>Start call (Ctrl+Enter)</source>
        <translation>Gesprek begint (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="193" />
        <source>Save call (Ctrl+Enter)</source>
        <translation>Gesprek opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="194" />
        <source>Next (Ctrl+Enter) →</source>
        <translation>Volgende (Ctrl+Enter) →</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="195" />
        <source>Step {n} of {total}</source>
        <translation>Stap {n} van {total}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="253" />
        <source>Discard this call?</source>
        <translation>Dit gesprek weggooien?</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="254" />
        <source>Nothing of this call is stored yet. Close the panel and lose the notes?</source>
        <translation>Er is nog niets van dit gesprek bewaard. Het paneel sluiten en de notities kwijtraken?</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="254" />
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="319" />
        <source>someone at the switchboard</source>
        <translation>iemand van de receptie</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="327" />
        <source>Check the payments agreed on the phone: {invoices}</source>
        <translation>Controleer de telefonisch afgesproken betalingen: {invoices}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="328" />
        <source>Follow up the call about {invoices}</source>
        <translation>Opvolgen na het gesprek over {invoices}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="335" />
        <source>Call not saved</source>
        <translation>Gesprek niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="336" />
        <source>The data file cannot be written ({detail}). Nothing of this call was stored; the panel stays open so your notes are not lost.</source>
        <translation>Het gegevensbestand kan niet worden beschreven ({detail}). Er is niets van dit gesprek bewaard; het paneel blijft open zodat je notities niet verloren gaan.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="369" />
        <source>Call {name} again (no answer)</source>
        <translation>{name} opnieuw bellen (geen gehoor)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="370" />
        <source>Call {name} again (voicemail left)</source>
        <translation>{name} opnieuw bellen (voicemail ingesproken)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="371" />
        <source>Find the right number for {name}, then call</source>
        <translation>Zoek het juiste nummer van {name} en bel dan</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="376" />
        <source>Attempt not logged</source>
        <translation>Poging niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_panel.py" line="377" />
        <source>The data file cannot be written ({detail}).</source>
        <translation>Het gegevensbestand kan niet worden beschreven ({detail}).</translation>
    </message>
</context>
<context>
    <name>CausePage</name>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="278" />
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="278" />
        <source>Why is it still open? Choose one, and note the details.</source>
        <translation>Waarom staat hij nog open? Kies er één en noteer de details.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="288" />
        <source>Notes: what they said, names, reference numbers…</source>
        <translation>Notities: wat ze zeiden, namen, kenmerken…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="290" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="38" />
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="38" />
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="47" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="48" />
        <source>Type:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="49" />
        <source>Street and number:</source>
        <translation>Straat en huisnummer:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="50" />
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="51" />
        <source>City:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="52" />
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="53" />
        <source>Language for letters:</source>
        <translation>Taal voor brieven:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="54" />
        <source>VAT number:</source>
        <translation>Btw-nummer:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="57" />
        <source>Checks done, signed quote, terms agreed…</source>
        <translation>Controles gedaan, offerte getekend, voorwaarden afgesproken…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="58" />
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="59" />
        <source>Work for this client is paused</source>
        <translation>Het werk voor deze klant is gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="61" />
        <source>Work:</source>
        <translation>Werk:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="62" />
        <source>The relationship has ended</source>
        <translation>De relatie is beëindigd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="64" />
        <source>Relationship:</source>
        <translation>Relatie:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="66" />
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="75" />
        <source>&amp;Add contact…</source>
        <translation>Contactpersoon &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="77" />
        <source>&amp;Edit contact…</source>
        <translation>Contactpersoon &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="94" />
        <source>(inactive)</source>
        <translation>(inactief)</translation>
    </message>
</context>
<context>
    <name>ClientFilter</name>
    <message>
        <location filename="../../debtordesk/ui/client_filter.py" line="29" />
        <source>All clients</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_filter.py" line="31" />
        <source>Show the invoices of one client: type part of the name and pick it</source>
        <translation>Toon de facturen van één klant: typ een deel van de naam en kies hem</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="192" />
        <source>Open:</source>
        <translation>Openstaand:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="192" />
        <source>Overdue:</source>
        <translation>Vervallen:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="193" />
        <source>Average days late:</source>
        <translation>Gemiddeld dagen te laat:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="193" />
        <source>Paid late:</source>
        <translation>Te laat betaald:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="194" />
        <source>Promises:</source>
        <translation>Beloften:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="234" />
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="238" />
        <source>{share}% of 1 paid invoice</source>
        <translation>{share}% van 1 betaalde factuur</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="252" />
        <source>work paused</source>
        <translation>werk gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="254" />
        <source>relationship ended</source>
        <translation>relatie beëindigd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="234" />
        <source>{days} days</source>
        <translation>{days} dagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="239" />
        <source>{share}% of {count} paid invoices</source>
        <translation>{share}% van {count} betaalde facturen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="269" />
        <source>{kept} kept, {broken} broken</source>
        <translation>{kept} nagekomen, {broken} gebroken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="277" />
        <source>Invoices ({count})</source>
        <translation>Facturen ({count})</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="278" />
        <source>Contacts ({count})</source>
        <translation>Contactpersonen ({count})</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="279" />
        <source>Dossier ({count})</source>
        <translation>Dossier ({count})</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="406" />
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="407" />
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="408" />
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="410" />
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="411" />
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="412" />
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="414" />
        <source>Avg. days late</source>
        <translation>Gem. dagen te laat</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="417" />
        <source>Payment behaviour</source>
        <translation>Betaalgedrag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="418" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="422" />
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="422" />
        <source>Consumer</source>
        <translation>Consument</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="426" />
        <source>Relationship ended</source>
        <translation>Relatie beëindigd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="428" />
        <source>Work paused</source>
        <translation>Werk gepauzeerd</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="212" />
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="213" />
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="214" />
        <source>BCC</source>
        <translation>BCC</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="215" />
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="216" />
        <source>the sender's name</source>
        <translation>de naam van de afzender</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="217" />
        <source>the sender's address</source>
        <translation>het adres van de afzender</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="218" />
        <source>the reply address</source>
        <translation>het antwoordadres</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="219" />
        <source>an attachment's name</source>
        <translation>de naam van een bijlage</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="228" />
        <source>Enter at least one address in To.</source>
        <translation>Vul bij Aan minstens één adres in.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="230" />
        <source>Write a subject.</source>
        <translation>Vul een onderwerp in.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="232" />
        <source>There is no sender address: enter your email address in the mail server settings or in your business profile.</source>
        <translation>Er is geen afzenderadres: vul je e-mailadres in bij de mailserverinstellingen of in je bedrijfsprofiel.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="236" />
        <source>Your own address {address} is not a valid email address: correct it in the mail server settings or in your business profile.</source>
        <translation>Je eigen adres {address} is geen geldig e-mailadres: verbeter het bij de mailserverinstellingen of in je bedrijfsprofiel.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="240" />
        <source>“{address}” is not an email address: look for a typing error (name@example.com).</source>
        <translation>“{address}” is geen e-mailadres: kijk of er een typefout in zit (naam@example.com).</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="244" />
        <source>There is a line break or another invisible character in {field}: keep it on one line.</source>
        <translation>Er staat een regeleinde of een ander onzichtbaar teken in {field}: houd het op één regel.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="248" />
        <source>An attachment cannot be sent as it is: remove it and add the file again.</source>
        <translation>Een bijlage kan zo niet worden verstuurd: verwijder haar en voeg het bestand opnieuw toe.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_fields.py" line="250" />
        <source>The message cannot be sent as it is ({code}).</source>
        <translation>Het bericht kan zo niet worden verstuurd ({code}).</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="124" />
        <source>(no sender address yet)</source>
        <extracomment>Windows and some mail programs cut a mailto URL around this length.</extracomment>
        <translation>(nog geen afzenderadres)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="126" />
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="129" />
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="132" />
        <source>CC:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="135" />
        <source>BCC:</source>
        <translation>BCC:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="138" />
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="145" />
        <source>Attachments:</source>
        <translation>Bijlagen:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="149" />
        <source>&amp;Send</source>
        <translation>&amp;Versturen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="150" />
        <source>Open in &amp;mail program</source>
        <translation>Openen in &amp;e-mailprogramma</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="151" />
        <source>Save as .&amp;eml…</source>
        <translation>Opslaan als .&amp;eml…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="152" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="181" />
        <source>Nobody at this client has an email address: add one to the client, or type an address.</source>
        <translation>Niemand bij deze klant heeft een e-mailadres: voeg er een toe bij de klant, of typ een adres.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="183" />
        <source>This client has no general email address, so this reminder goes to the contact. Add the company's general address to the client if you know it.</source>
        <translation>Deze klant heeft geen algemeen e-mailadres, dus deze herinnering gaat naar de contactpersoon. Voeg het algemene adres van het bedrijf toe bij de klant als je het weet.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="200" />
        <source>{subject} – email to {client}</source>
        <translation>{subject} – e-mail aan {client}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="201" />
        <source>Email to {client}</source>
        <translation>E-mail aan {client}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="203" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="253" />
        <source>No mail server yet</source>
        <translation>Nog geen mailserver</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="254" />
        <source>Keep this message in the Outbox until the mail server is set up? Or close this question and use “Open in mail program” to send it from your own mail program.</source>
        <translation>Dit bericht in het Postvak UIT bewaren tot de mailserver is ingesteld? Of sluit deze vraag en kies “Openen in e-mailprogramma” om het vanuit je eigen e-mailprogramma te versturen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="256" />
        <source>Keep in Outbox</source>
        <translation>Bewaren in Postvak UIT</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="270" />
        <source>The keyring did not take the password; DebtorDesk will ask for it again next session.</source>
        <translation>De sleutelbos van je systeem nam het wachtwoord niet aan; DebtorDesk vraagt er opnieuw om als je het programma weer start.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="298" />
        <source>The message was sent and is in the dossier, but the server refused these addresses: {addresses}. They did not get it.</source>
        <translation>Het bericht is verstuurd en staat in het dossier, maar de server weigerde deze adressen: {addresses}. Zij hebben het niet ontvangen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="301" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="315" />
        <source>The message is safe in the Outbox. Correct what is needed and press Send to try again, or close this window and try again later from the Outbox.</source>
        <translation>Het bericht staat veilig in het Postvak UIT. Verbeter wat nodig is en klik op Versturen om het opnieuw te proberen, of sluit dit venster en probeer het later opnieuw vanuit het Postvak UIT.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="326" />
        <source>The message could not be kept in the Outbox: {problem} It is still here in this window; use “Save as .eml…” to keep a copy.</source>
        <translation>Het bericht kon niet in het Postvak UIT worden bewaard: {problem} Het staat nog hier in dit venster; kies “Opslaan als .eml…” om een kopie te bewaren.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="344" />
        <source>The message was sent, but DebtorDesk could not write it to the dossier: {problem} Use “Save as .eml…” to keep the copy that was sent.</source>
        <translation>Het bericht is verstuurd, maar DebtorDesk kon het niet in het dossier vastleggen: {problem} Kies “Opslaan als .eml…” om de verstuurde kopie te bewaren.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="358" />
        <source>Sending…</source>
        <translation>Bezig met versturen…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="389" />
        <source>No mail program</source>
        <translation>Geen e-mailprogramma</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="390" />
        <source>No mail program could be opened. Choose one as your system's default for email, or use “Save as .eml…” and open that file in your mail program.</source>
        <translation>Er kon geen e-mailprogramma worden geopend. Stel er een in als standaardprogramma voor e-mail op je systeem, of kies “Opslaan als .eml…” en open dat bestand in je e-mailprogramma.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="393" />
        <source>Your mail program should now show this message; send it from there.</source>
        <translation>Je e-mailprogramma toont dit bericht nu; verstuur het van daaruit.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="395" />
        <source>Attachments cannot be handed over this way: attach {files} yourself before you send.</source>
        <translation>Bijlagen kunnen zo niet worden meegegeven: voeg {files} zelf toe voordat je verstuurt.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="398" />
        <source>The text is long: check that it arrived whole in your mail program.</source>
        <translation>De tekst is lang: controleer of hij volledig in je e-mailprogramma is aangekomen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="399" />
        <source>Did you send the message from your mail program?</source>
        <translation>Heb je het bericht vanuit je e-mailprogramma verstuurd?</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="400" />
        <source>Open in mail program</source>
        <translation>Openen in e-mailprogramma</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="401" />
        <source>Yes, it is sent</source>
        <translation>Ja, het is verstuurd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="418" />
        <source>Save as .eml</source>
        <translation>Opslaan als .eml</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="419" />
        <source>Email messages (*.eml)</source>
        <translation>E-mailberichten (*.eml)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="430" />
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="430" />
        <source>{name} could not be saved: {reason}</source>
        <translation>{name} kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="433" />
        <source>Saved as {name}.</source>
        <translation>Opgeslagen als {name}.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="440" />
        <source>Close and lose your changes? The Outbox keeps the message as it was when you last tried to send it.</source>
        <translation>Sluiten en je wijzigingen kwijtraken? Het Postvak UIT bewaart het bericht zoals het was toen je het laatst probeerde te versturen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="442" />
        <source>Discard this message? It has not been sent.</source>
        <translation>Dit bericht weggooien? Het is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="443" />
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/compose_window.py" line="443" />
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="25" />
        <source>New contact</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="25" />
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="28" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="29" />
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="30" />
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="31" />
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="32" />
        <source>Still works there and may be contacted</source>
        <translation>Werkt er nog en mag benaderd worden</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="34" />
        <source>Active:</source>
        <translation>Actief:</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="56" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="57" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="59" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="60" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="64" />
        <source>{name} (no longer there)</source>
        <translation>{name} (niet meer werkzaam)</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../debtordesk/app.py" line="276" />
        <source>Something went wrong that DebtorDesk did not expect. Your data is safe: every change is saved as a whole or not at all. The details below were also written to {path}.</source>
        <extracomment>Told (from the backup thread) when the backup on open fails; set by the window.</extracomment>
        <translation>Er ging iets mis wat DebtorDesk niet had verwacht. Je gegevens zijn veilig: elke wijziging wordt in zijn geheel opgeslagen of helemaal niet. De details hieronder zijn ook weggeschreven naar {path}.</translation>
    </message>
</context>
<context>
    <name>FiguresBar</name>
    <message>
        <location filename="../../debtordesk/ui/figures_bar.py" line="25" />
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/figures_bar.py" line="26" />
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/figures_bar.py" line="27" />
        <source>Overdue invoices</source>
        <translation>Vervallen facturen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/figures_bar.py" line="28" />
        <source>Average days late (12 months)</source>
        <translation>Gemiddeld dagen te laat (12 maanden)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/figures_bar.py" line="29" />
        <source>DSO (days)</source>
        <translation>DSO (dagen)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/figures_bar.py" line="30" />
        <source>Promised this week</source>
        <translation>Deze week beloofd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/figures_bar.py" line="31" />
        <source>Handed over</source>
        <translation>Uit handen gegeven</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/figures_bar.py" line="34" />
        <source>Payments of the last 12 months, each weighed by its amount</source>
        <translation>Betalingen van de afgelopen 12 maanden, elk gewogen naar het bedrag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/figures_bar.py" line="35" />
        <source>Days sales outstanding: open amount ÷ invoiced in the last 365 days × 365</source>
        <translation>Days sales outstanding: openstaand bedrag ÷ gefactureerd in de afgelopen 365 dagen × 365</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/figures_bar.py" line="36" />
        <source>Open promises to pay dated Monday to Sunday of this week</source>
        <translation>Openstaande betaalbeloftes van maandag tot en met zondag van deze week</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/figures_bar.py" line="63" />
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="73" />
        <source>&amp;Write Email…</source>
        <translation>E-mail &amp;schrijven…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="74" />
        <source>Mark Step &amp;Done…</source>
        <translation>Stap &amp;gedaan…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="75" />
        <source>S&amp;kip Step…</source>
        <translation>Stap &amp;overslaan…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="76" />
        <source>&amp;Outbox…</source>
        <translation>Postvak &amp;UIT…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="78" />
        <source>Follow-up and &amp;Email…</source>
        <translation>&amp;Opvolging en e-mail…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="79" />
        <source>Client's Follow-up &amp;Ladder…</source>
        <translation>Opvolgings&amp;ladder van de klant…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="80" />
        <source>&amp;Call Client…</source>
        <translation>Klant &amp;bellen…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="81" />
        <source>Open the call script for the chosen client: before, during and after the call</source>
        <translation>Open het belscript voor de gekozen klant: voor, tijdens en na het gesprek</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="130" />
        <source>Write the email of the step: {step}</source>
        <translation>De e-mail van deze stap schrijven: {step}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="133" />
        <source>Write an email about the chosen invoices</source>
        <translation>Een e-mail schrijven over de gekozen facturen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="50" />
        <source>This item is no longer in the file; the list was refreshed.</source>
        <translation>Dit staat niet meer in het bestand; de lijst is bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="146" />
        <source>First choose an open invoice or a step due today.</source>
        <translation>Kies eerst een openstaande factuur of een stap die vandaag aan de beurt is.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="151" />
        <source>Write email</source>
        <translation>E-mail schrijven</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="152" />
        <source>Fill in your business profile first: emails are signed with it and name your IBAN.</source>
        <translation>Vul eerst je bedrijfsprofiel in: e-mails worden ermee ondertekend en noemen je IBAN.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="177" />
        <source>First choose an invoice with a next step.</source>
        <translation>Kies eerst een factuur met een volgende stap.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="242" />
        <source>First choose a client, an invoice or a Today item.</source>
        <translation>Kies eerst een klant, een factuur of een punt van Vandaag.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="265" />
        <source>Call client</source>
        <translation>Klant bellen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="266" />
        <source>{client} has no open invoices: there is nothing to call about.</source>
        <translation>{client} heeft geen openstaande facturen: er is niets om over te bellen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/follow_up_actions.py" line="272" />
        <source>Attempt logged. Call again on {day} at {time}: it is on the Today list then.</source>
        <translation>Poging vastgelegd. Bel opnieuw op {day} om {time}: het staat dan op de lijst Vandaag.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="305" />
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="305" />
        <source>When will you check that what was agreed happened?</source>
        <translation>Wanneer controleer je of de afspraak is nagekomen?</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="308" />
        <source>&amp;Check on:</source>
        <translation>&amp;Controleren op:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="338" />
        <source>Nothing was agreed with a date: the next working day is proposed.</source>
        <translation>Er is niets met een datum afgesproken: de volgende werkdag wordt voorgesteld.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="340" />
        <source>The working day after the latest date agreed ({day}).</source>
        <translation>De werkdag na de laatst afgesproken datum ({day}).</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="100" />
        <source>Hand over</source>
        <translation>Uit handen geven</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="102" />
        <source>Collection agency, bailiff or lawyer</source>
        <translation>Incassobureau, deurwaarder of advocaat</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="103" />
        <source>Handed over to:</source>
        <translation>Uit handen gegeven aan:</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="45" />
        <source>Put on hold</source>
        <translation>In de wacht zetten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="46" />
        <source>The client disputes it</source>
        <translation>De klant betwist de factuur</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="47" />
        <source>Paused by agreement</source>
        <translation>In overleg gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="48" />
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="50" />
        <source>What is disputed or agreed, and who does what next</source>
        <translation>Wat er betwist of afgesproken is, en wie wat als volgende doet</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="52" />
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="53" />
        <source>Look at it again on:</source>
        <translation>Opnieuw bekijken op:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="58" />
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="38" />
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="39" />
        <source>Invoices from UBL e-invoices or a CSV/Excel export; payments from a camt.053, CODA or MT940 bank statement</source>
        <translation>Facturen uit UBL-e-facturen of een CSV/Excel-export; betalingen uit een bankafschrift in camt.053, CODA of MT940</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="41" />
        <source>Import a &amp;Folder…</source>
        <translation>Een &amp;map importeren…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="42" />
        <source>Every file in a folder, e.g. the e-invoices your software saved</source>
        <translation>Alle bestanden in een map, bijv. de e-facturen die je software heeft opgeslagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="43" />
        <source>Export Invoice List as &amp;CSV…</source>
        <translation>Factuurlijst exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="47" />
        <source>Import invoices or a bank statement</source>
        <translation>Facturen of een bankafschrift importeren</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="48" />
        <source>Invoices and statements ({patterns});;All files (*)</source>
        <translation>Facturen en afschriften ({patterns});;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="57" />
        <source>Import every file in a folder</source>
        <translation>Alle bestanden in een map importeren</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="73" />
        <source>Export the invoice list</source>
        <translation>De factuurlijst exporteren</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="73" />
        <source>Invoices.csv</source>
        <translation>Facturen.csv</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="74" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="97" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="97" />
        <source>The list could not be saved there. Choose another folder or file name.</source>
        <translation>De lijst kon daar niet worden opgeslagen. Kies een andere map of bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="100" />
        <source>{count} invoices exported to {name}</source>
        <translation>{count} facturen geëxporteerd naar {name}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="120" />
        <location filename="../../debtordesk/ui/import_actions.py" line="127" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="120" />
        <source>{name} cannot be read. Check that it still exists and that you may open it.</source>
        <translation>{name} is niet te lezen. Controleer of het bestand er nog is en of je het mag openen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_actions.py" line="128" />
        <source>{name} cannot be imported; nothing was changed. Correct the file and import it again:
{problems}</source>
        <translation>{name} kan niet worden geïmporteerd; er is niets veranderd. Verbeter het bestand en importeer het opnieuw:
{problems}</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="18" />
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="19" />
        <source>this is not a file DebtorDesk can import (UBL e-invoice, CSV or Excel invoice list, camt.053, CODA or MT940 statement)</source>
        <translation>dit is geen bestand dat DebtorDesk kan importeren (UBL-e-factuur, factuurlijst als CSV of Excel, afschrift als camt.053, CODA of MT940)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="21" />
        <source>the file's characters cannot be read; export it again as UTF-8</source>
        <translation>de tekens in het bestand zijn niet te lezen; exporteer het opnieuw als UTF-8</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="22" />
        <source>the file declares entities, which could be an attack; it is not read</source>
        <translation>het bestand declareert entiteiten, wat een aanval kan zijn; het wordt niet gelezen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="23" />
        <source>the file ends too early; it was cut off while copying or downloading</source>
        <translation>het bestand houdt te vroeg op; het is afgebroken bij kopiëren of downloaden</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="24" />
        <source>the XML is broken here</source>
        <translation>de XML is hier kapot</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="25" />
        <source>this is missing and is needed</source>
        <translation>dit ontbreekt en is nodig</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="26" />
        <source>this is not an amount</source>
        <translation>dit is geen bedrag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="27" />
        <source>an amount has at most two decimals</source>
        <translation>een bedrag heeft hooguit twee decimalen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="28" />
        <source>this amount is too large</source>
        <translation>dit bedrag is te groot</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="29" />
        <source>this amount cannot be negative</source>
        <translation>dit bedrag kan niet negatief zijn</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="30" />
        <source>the amounts do not add up</source>
        <translation>de bedragen kloppen niet met elkaar</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="31" />
        <source>the invoice's totals do not add up</source>
        <translation>de totalen van de factuur kloppen niet</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="32" />
        <source>this is not a date in the chosen format</source>
        <translation>dit is geen datum in de gekozen schrijfwijze</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="33" />
        <source>the due date is before the invoice date</source>
        <translation>de vervaldatum ligt vóór de factuurdatum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="34" />
        <source>this is not a currency code such as EUR</source>
        <translation>dit is geen valutacode zoals EUR</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="35" />
        <source>this is not an email address</source>
        <translation>dit is geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="36" />
        <source>this invoice number is in the file twice</source>
        <translation>dit factuurnummer staat twee keer in het bestand</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="37" />
        <source>this cell holds a spreadsheet formula; export the values instead</source>
        <translation>deze cel bevat een spreadsheetformule; exporteer de waarden</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="38" />
        <source>no column of this name is in the file</source>
        <translation>er staat geen kolom met deze naam in het bestand</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="39" />
        <source>the file has a header but no invoices</source>
        <translation>het bestand heeft een kopregel maar geen facturen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="40" />
        <source>this row has fewer cells than the header</source>
        <translation>deze regel heeft minder cellen dan de kopregel</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="41" />
        <source>this row has more cells than the header</source>
        <translation>deze regel heeft meer cellen dan de kopregel</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="42" />
        <source>old Excel files (.xls) cannot be read; save it as .xlsx or CSV</source>
        <translation>oude Excel-bestanden (.xls) zijn niet te lezen; sla het op als .xlsx of CSV</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="43" />
        <source>the statement's balances do not add up with its lines</source>
        <translation>de saldi van het afschrift kloppen niet met de regels</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="44" />
        <source>the statement's totals do not match its lines</source>
        <translation>de totalen van het afschrift kloppen niet met de regels</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="45" />
        <source>the statement ends without its closing record; it may be cut off</source>
        <translation>het afschrift eindigt zonder slotrecord; het is misschien afgebroken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="46" />
        <source>a CODA record must be 128 characters long</source>
        <translation>een CODA-record moet 128 tekens lang zijn</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="47" />
        <source>the attached PDF cannot be read</source>
        <translation>de bijgevoegde pdf is niet te lezen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="59" />
        <source>Line {line}</source>
        <translation>Regel {line}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="60" />
        <source>The file</source>
        <translation>Het bestand</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/import_problem_text.py" line="68" />
        <source>… and {count} more.</source>
        <translation>… en nog {count}.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="47" />
        <source>New invoice</source>
        <translation>Nieuwe factuur</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="47" />
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="65" />
        <source>Client:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="66" />
        <source>Invoice number:</source>
        <translation>Factuurnummer:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="67" />
        <source>Invoice date:</source>
        <translation>Factuurdatum:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="68" />
        <source>Due date:</source>
        <translation>Vervaldatum:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="76" />
        <source>Amount excl. VAT:</source>
        <translation>Bedrag excl. btw:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="83" />
        <source>own amount</source>
        <translation>eigen bedrag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="90" />
        <source>VAT:</source>
        <translation>Btw:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="94" />
        <source>Total:</source>
        <translation>Totaal:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="97" />
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="101" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="102" />
        <source>Choose PDF…</source>
        <translation>PDF kiezen…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="106" />
        <source>Invoice PDF:</source>
        <translation>Factuur-PDF:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="148" />
        <source>Choose the invoice PDF</source>
        <translation>Kies de PDF van de factuur</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="148" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>InvoicePlanDialog</name>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="28" />
        <source>paid in part or whole</source>
        <translation>deels of helemaal betaald</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="29" />
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="29" />
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="30" />
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="30" />
        <source>credit note</source>
        <translation>creditnota</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="31" />
        <source>not imported</source>
        <translation>niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="36" />
        <source>{name} (by VAT number)</source>
        <translation>{name} (op btw-nummer)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="37" />
        <source>{name} (by email)</source>
        <translation>{name} (op e-mail)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="38" />
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="39" />
        <source>{name} (new client)</source>
        <translation>{name} (nieuwe klant)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="43" />
        <source>the invoice it corrects is not open here</source>
        <translation>de factuur die ze corrigeert staat hier niet open</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="45" />
        <source>the file says less is paid than DebtorDesk has; payments stay as they are</source>
        <translation>volgens het bestand is er minder betaald dan DebtorDesk weet; de betalingen blijven zoals ze zijn</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="91" />
        <source>Import invoices: {name}</source>
        <translation>Facturen importeren: {name}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="94" />
        <source>{new} new, {changed} changed, {same} unchanged, {skipped} not imported; {clients} new client(s).</source>
        <translation>{new} nieuw, {changed} gewijzigd, {same} ongewijzigd, {skipped} niet geïmporteerd; {clients} nieuwe klant(en).</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="106" />
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="125" />
        <source>Invoice {number}: {problem}</source>
        <translation>Factuur {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="126" />
        <source>Nothing was imported. Correct the file and import it again.</source>
        <translation>Er is niets geïmporteerd. Verbeter het bestand en importeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="88" />
        <source>Invoice date:</source>
        <translation>Factuurdatum:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="89" />
        <source>Due date:</source>
        <translation>Vervaldatum:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="90" />
        <source>Days overdue:</source>
        <translation>Dagen te laat:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="88" />
        <source>Total:</source>
        <translation>Totaal:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="89" />
        <source>Paid:</source>
        <translation>Betaald:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="90" />
        <source>Open:</source>
        <translation>Openstaand:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="91" />
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="125" />
        <source>Invoice {number} · &lt;a href='client'&gt;{client}&lt;/a&gt;</source>
        <translation>Factuur {number} · &lt;a href='client'&gt;{client}&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="139" />
        <source>Dossier ({count})</source>
        <translation>Dossier ({count})</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="140" />
        <source>Payments ({count})</source>
        <translation>Betalingen ({count})</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="141" />
        <source>Promises ({count})</source>
        <translation>Beloften ({count})</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="149" />
        <source>disputed since {day}</source>
        <translation>betwist sinds {day}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="150" />
        <source>on hold since {day}</source>
        <translation>in de wacht sinds {day}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="153" />
        <source>look again on {day}</source>
        <translation>opnieuw bekijken op {day}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="155" />
        <source>written off on {day}: {reason}</source>
        <translation>afgeboekt op {day}: {reason}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_views.py" line="158" />
        <source>handed over to {to} on {day}</source>
        <translation>uit handen gegeven aan {to} op {day}</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="319" />
        <source>{step}, due since {date}</source>
        <translation>{step}, aan de beurt sinds {date}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="320" />
        <source>{step} on {date}</source>
        <translation>{step} op {date}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="324" />
        <source>{pause} until {date}</source>
        <translation>{pause} tot {date}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="327" />
        <source>Every step taken</source>
        <translation>Alle stappen gezet</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="341" />
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="342" />
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="343" />
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="345" />
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="347" />
        <source>Days overdue</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="349" />
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="351" />
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="351" />
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="353" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="354" />
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="22" />
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="22" />
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="22" />
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="23" />
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="23" />
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="23" />
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="27" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="27" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="27" />
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="31" />
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="31" />
        <source>Consumer</source>
        <translation>Consument</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="35" />
        <source>Accounts payable</source>
        <translation>Crediteurenadministratie</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="35" />
        <source>Purchasing</source>
        <translation>Inkoop</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="36" />
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="36" />
        <source>General inbox</source>
        <translation>Algemeen adres</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="37" />
        <location filename="../../debtordesk/ui/labels.py" line="42" />
        <location filename="../../debtordesk/ui/labels.py" line="170" />
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="41" />
        <source>Bank transfer</source>
        <translation>Overboeking</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="41" />
        <source>Direct debit</source>
        <translation>Automatische incasso</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="42" />
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="42" />
        <source>Cash</source>
        <translation>Contant</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="50" />
        <source>Promise broken</source>
        <translation>Belofte gebroken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="51" />
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="52" />
        <location filename="../../debtordesk/ui/labels.py" line="96" />
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="53" />
        <location filename="../../debtordesk/ui/labels.py" line="95" />
        <source>On hold</source>
        <translation>In de wacht</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="54" />
        <source>Promised</source>
        <translation>Beloofd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="55" />
        <source>Not yet due</source>
        <translation>Nog niet vervallen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="56" />
        <source>Handed over</source>
        <translation>Uit handen gegeven</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="57" />
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="58" />
        <source>Written off</source>
        <translation>Afgeboekt</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="62" />
        <source>promise broken</source>
        <translation>belofte gebroken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="63" />
        <source>work paused</source>
        <translation>werk gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="67" />
        <source>No payments yet</source>
        <translation>Nog geen betalingen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="68" />
        <source>Pays on time</source>
        <translation>Betaalt op tijd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="69" />
        <source>Pays a little late</source>
        <translation>Betaalt wat laat</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="70" />
        <source>Often pays late: follow up early</source>
        <translation>Betaalt vaak laat: volg vroeg op</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="71" />
        <source>Broke promises: agree firm dates</source>
        <translation>Beloftes gebroken: spreek vaste data af</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="77" />
        <source>Friendly reminder</source>
        <translation>Vriendelijke herinnering</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="78" />
        <location filename="../../debtordesk/ui/labels.py" line="112" />
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="79" />
        <source>Payment reminder</source>
        <translation>Betalingsherinnering</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="80" />
        <source>Last reminder</source>
        <translation>Laatste herinnering</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="81" />
        <source>Stop work</source>
        <translation>Werk stopzetten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="82" />
        <source>Notice of default</source>
        <translation>Ingebrekestelling</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="83" />
        <source>Hand over</source>
        <translation>Uit handen geven</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="93" />
        <source>Waiting for a promise</source>
        <translation>Wacht op belofte</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="94" />
        <source>Payment plan runs</source>
        <translation>Betalingsregeling loopt</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="102" />
        <source>Summary after a phone call</source>
        <translation>Samenvatting na een telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="104" />
        <source>14-day letter (Dutch consumer)</source>
        <translation>Veertiendagenbrief (consument in Nederland)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="106" />
        <source>First reminder (Belgian consumer)</source>
        <translation>Eerste herinnering (consument in België)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="111" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="113" />
        <source>Printed letter</source>
        <translation>Brief op papier</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="114" />
        <source>Hand-over</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="122" />
        <source>after the due date</source>
        <translation>na de vervaldatum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="123" />
        <source>after the previous step</source>
        <translation>na de vorige stap</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="127" />
        <source>The contact person</source>
        <translation>De contactpersoon</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="129" />
        <source>The general address, the contact in CC</source>
        <translation>Het algemene adres, de contactpersoon in CC</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="135" />
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="136" />
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="143" />
        <source>On the due date</source>
        <translation>Op de vervaldatum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="144" />
        <source>Right after the previous step</source>
        <translation>Direct na de vorige stap</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="148" />
        <source>1 working day after the due date</source>
        <translation>1 werkdag na de vervaldatum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="149" />
        <source>1 working day after the previous step</source>
        <translation>1 werkdag na de vorige stap</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="151" />
        <source>{n} working days after the due date</source>
        <translation>{n} werkdagen na de vervaldatum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="152" />
        <source>{n} working days after the previous step</source>
        <translation>{n} werkdagen na de vorige stap</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="154" />
        <source>1 day after the due date</source>
        <translation>1 dag na de vervaldatum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="155" />
        <source>1 day after the previous step</source>
        <translation>1 dag na de vorige stap</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="157" />
        <source>{n} days after the due date</source>
        <translation>{n} dagen na de vervaldatum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="158" />
        <source>{n} days after the previous step</source>
        <translation>{n} dagen na de vorige stap</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="164" />
        <source>Forgotten</source>
        <translation>Vergeten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="165" />
        <source>Invoice not received</source>
        <translation>Factuur niet ontvangen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="166" />
        <source>Administrative error</source>
        <translation>Administratieve fout</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="167" />
        <source>Waiting for internal approval</source>
        <translation>Wacht op interne goedkeuring</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="168" />
        <source>Dissatisfied with the work (dispute)</source>
        <translation>Ontevreden over het werk (geschil)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="169" />
        <source>Financial difficulty</source>
        <translation>Financiële problemen</translation>
    </message>
</context>
<context>
    <name>LadderDialog</name>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="436" />
        <source>Follow-up ladder for {client}</source>
        <translation>Opvolgladder voor {client}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="441" />
        <source>Follow the business's ladder</source>
        <translation>De ladder van het bedrijf volgen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="442" />
        <source>This client has its own ladder</source>
        <translation>Deze klant heeft een eigen ladder</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="446" />
        <source>Changes to the business's ladder (Settings) apply to every client that follows it.</source>
        <translation>Wijzigingen in de ladder van het bedrijf (Instellingen) gelden voor elke klant die die ladder volgt.</translation>
    </message>
</context>
<context>
    <name>LadderEditor</name>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="72" />
        <source>The ladder has no steps. Add one, or restore the recommended ladder.</source>
        <translation>De ladder heeft geen stappen. Voeg er een toe, of zet de aanbevolen ladder terug.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="75" />
        <source>A ladder has at most {max} steps. Remove the ones you do not need.</source>
        <translation>Een ladder heeft hoogstens {max} stappen. Verwijder de stappen die je niet nodig hebt.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="78" />
        <source>Step {number} has no name. Type one under Name, e.g. “Check-in call”.</source>
        <translation>Stap {number} heeft geen naam. Typ er een bij Naam, bijvoorbeeld ‘Controlegesprek’.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="81" />
        <source>Step {number} ({name}): choose a wait of 0 to {max} days.</source>
        <translation>Stap {number} ({name}): kies een wachttijd van 0 tot {max} dagen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="83" />
        <source>Step {number} ({name}) is in the ladder twice. Remove one of them.</source>
        <translation>Stap {number} ({name}) staat twee keer in de ladder. Verwijder er een.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="86" />
        <source>Step {number} ({name}) cannot be stored as it is. Remove it and add it again.</source>
        <translation>Stap {number} ({name}) kan zo niet worden opgeslagen. Verwijder de stap en voeg hem opnieuw toe.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="180" />
        <source>&amp;Add step</source>
        <translation>Stap &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="181" />
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="182" />
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="183" />
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="184" />
        <source>Restore recommended ladder</source>
        <translation>Aanbevolen ladder terugzetten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="185" />
        <source>The seven steps DebtorDesk recommends, with their usual waits.</source>
        <translation>De zeven stappen die DebtorDesk aanraadt, met hun gebruikelijke wachttijden.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="203" />
        <source>Chosen step</source>
        <translation>Gekozen stap</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="225" />
        <source>Count working days only</source>
        <translation>Alleen werkdagen tellen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="226" />
        <source>Weekends and the public holidays of the client's country do not count.</source>
        <translation>Weekenden en de feestdagen van het land van de klant tellen niet mee.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="229" />
        <source>Doing this step pauses your work for the client</source>
        <translation>Deze stap zet je werk voor de klant stil</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="236" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="237" />
        <source>How:</source>
        <translation>Hoe:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="238" />
        <source>Wait:</source>
        <translation>Wachttijd:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="239" />
        <source>Counted:</source>
        <translation>Geteld:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="241" />
        <source>Send to:</source>
        <translation>Sturen naar:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="242" />
        <source>Message text:</source>
        <translation>Berichttekst:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="352" />
        <source>The recommended steps keep their name. Add a step to name your own.</source>
        <translation>De aanbevolen stappen houden hun naam. Voeg een stap toe om zelf een naam te kiezen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="353" />
        <source>e.g. Check-in call</source>
        <translation>bijv. Controlegesprek</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="368" />
        <source> day</source>
        <translation> dag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="368" />
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="371" />
        <source>Only an email step is sent to someone.</source>
        <translation>Alleen een e-mailstap wordt naar iemand gestuurd.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="397" />
        <source>DebtorDesk drafts the email from the message text; you check it and send it.</source>
        <translation>DebtorDesk stelt de e-mail op uit de berichttekst; jij controleert en verstuurt hem.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="400" />
        <source>You phone the client, then mark the step done with what was agreed. The message text is the summary you can email afterwards.</source>
        <translation>Je belt de klant en markeert de stap daarna als gedaan, met wat er is afgesproken. De berichttekst is de samenvatting die je daarna kunt mailen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="404" />
        <source>You send the letter, usually by registered mail, then mark the step done.</source>
        <translation>Je verstuurt de brief, meestal aangetekend, en markeert de stap daarna als gedaan.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="406" />
        <source>You hand the claim to a collection agency, bailiff or lawyer (Business &gt; Hand Over records it), then mark the step done.</source>
        <translation>Je draagt de vordering over aan een incassobureau, deurwaarder of advocaat (Administratie &gt; Uit handen geven legt dat vast) en markeert de stap daarna als gedaan.</translation>
    </message>
</context>
<context>
    <name>LadderModel</name>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="124" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="124" />
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="124" />
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="124" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/ladder_editor.py" line="135" />
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="37" />
        <source>Write &amp;Letter…</source>
        <translation>&amp;Brief schrijven…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="38" />
        <source>A printed letter about the chosen invoices, for the post or registered mail</source>
        <translation>Een geprinte brief over de gekozen facturen, voor de post of aangetekend</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="40" />
        <source>Print Letters &amp;Due Today…</source>
        <translation>Brieven van &amp;vandaag afdrukken…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="41" />
        <source>&amp;Interest and Costs…</source>
        <translation>&amp;Rente en kosten…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="42" />
        <source>&amp;Export Dossier…</source>
        <translation>Dossier &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="43" />
        <source>The chosen invoice's dossier, or the whole client's from the client list: one PDF and a ZIP with the original documents</source>
        <translation>Het dossier van de gekozen factuur, of vanuit de klantenlijst dat van de hele klant: één pdf en een zip met de originele documenten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="67" />
        <source>Fill in your business profile first: letters are sent in its name and name your IBAN.</source>
        <translation>Vul eerst je bedrijfsprofiel in: brieven gaan uit op naam van je bedrijf en noemen je IBAN.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="75" />
        <source>First choose an open invoice or a step due today.</source>
        <translation>Kies eerst een openstaande factuur of een stap van vandaag.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="77" />
        <source>Write letter</source>
        <translation>Brief schrijven</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="96" />
        <location filename="../../debtordesk/ui/letter_actions.py" line="100" />
        <source>Print letters</source>
        <translation>Brieven afdrukken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="97" />
        <source>No letters are due today. A letter is due when an invoice's next follow-up step is a printed letter.</source>
        <translation>Er hoeven vandaag geen brieven weg. Een brief staat klaar als de volgende stap van een factuur een geprinte brief is.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="141" />
        <source>First choose an invoice, or a client in the client list.</source>
        <translation>Kies eerst een factuur, of een klant in de klantenlijst.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="147" />
        <source>Dossier {name} {date}.pdf</source>
        <translation>Dossier {name} {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="148" />
        <location filename="../../debtordesk/ui/letter_actions.py" line="164" />
        <source>Export the dossier</source>
        <translation>Dossier exporteren</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="148" />
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="165" />
        <source>The dossier could not be written there. Choose another folder, or free some disk space.</source>
        <translation>Het dossier kon daar niet worden opgeslagen. Kies een andere map, of maak schijfruimte vrij.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_actions.py" line="169" />
        <source>Dossier exported: {pdf} and {zip}</source>
        <translation>Dossier geëxporteerd: {pdf} en {zip}</translation>
    </message>
</context>
<context>
    <name>LetterWindow</name>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="51" />
        <source>Collection costs can be claimed from a Dutch consumer only once the term of a 14-day letter has passed unpaid. Send the 14-day letter first.</source>
        <extracomment>Sharp enough on screen to read the small print of the working; a page is ~600 px wide.</extracomment>
        <translation>Incassokosten mag je van een Nederlandse consument pas vragen als de termijn van een veertiendagenbrief onbetaald is verstreken. Stuur eerst de veertiendagenbrief.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="54" />
        <source>A Belgian consumer owes interest and the damage clause only after the free first reminder and its waiting period. Send the first reminder first.</source>
        <translation>Een Belgische consument is rente en het schadebeding pas verschuldigd na de gratis eerste herinnering en de wachttermijn daarvan. Stuur eerst de eerste herinnering.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="57" />
        <source>No notice of default was recorded for these invoices. Send one, with a final date, before handing the claim over.</source>
        <translation>Voor deze facturen is geen ingebrekestelling vastgelegd. Stuur er eerst een, met een uiterste betaaldatum, voordat je de vordering uit handen geeft.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="60" />
        <source>No interest rate is known for part of the period; update the rate tables (Tools &gt; Interest and Costs) to claim interest.</source>
        <translation>Voor een deel van de periode is geen rentepercentage bekend; werk de rentetabellen bij (Extra &gt; Rente en kosten) om rente te vragen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="70" />
        <source>The text of this kind of letter has an error. Correct it in Settings &gt; Follow-up and Email &gt; Message texts, or restore the recommended text.</source>
        <translation>De tekst van deze soort brief bevat een fout. Verbeter hem bij Instellingen &gt; Opvolging en e-mail &gt; Berichtteksten, of zet de aanbevolen tekst terug.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="73" />
        <source>Nothing is open on the chosen invoices: there is nothing to ask for.</source>
        <translation>Op de gekozen facturen staat niets meer open: er valt niets te vragen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="75" />
        <source>A 14-day letter is for invoices past their due date, and none of the chosen ones is.</source>
        <translation>Een veertiendagenbrief is voor facturen waarvan de vervaldatum voorbij is, en dat geldt voor geen van de gekozen facturen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="76" />
        <source>Letters with payment details are made for invoices in euros only.</source>
        <translation>Brieven met betaalgegevens worden alleen gemaakt voor facturen in euro.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="78" />
        <source>A first reminder to a Belgian consumer must name your enterprise number. Fill it in under Business &gt; Business Profile.</source>
        <translation>Een eerste herinnering aan een Belgische consument moet je ondernemingsnummer noemen. Vul het in bij Administratie &gt; Bedrijfsprofiel.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="80" />
        <source>The IBAN in your business profile is not valid; correct it under Business &gt; Business Profile.</source>
        <translation>Het IBAN in je bedrijfsprofiel klopt niet; verbeter het bij Administratie &gt; Bedrijfsprofiel.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="82" />
        <source>The BIC in your business profile is not valid; correct it under Business &gt; Business Profile.</source>
        <translation>De BIC in je bedrijfsprofiel klopt niet; verbeter hem bij Administratie &gt; Bedrijfsprofiel.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="84" />
        <source>Your business profile has no name; fill it in under Business &gt; Business Profile.</source>
        <translation>Je bedrijfsprofiel heeft geen naam; vul die in bij Administratie &gt; Bedrijfsprofiel.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="87" />
        <source>The text of this letter names a final date, but this kind of letter sets none. Take {final_date} out of the text in Settings &gt; Follow-up and Email &gt; Message texts.</source>
        <translation>De tekst van deze brief noemt een uiterste datum, maar deze soort brief stelt er geen. Haal {final_date} uit de tekst bij Instellingen &gt; Opvolging en e-mail &gt; Berichtteksten.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="91" />
        <source>This letter cannot be made: fill in the business profile (Business &gt; Business Profile) and choose an open invoice.</source>
        <translation>Deze brief kan niet worden gemaakt: vul het bedrijfsprofiel in (Administratie &gt; Bedrijfsprofiel) en kies een openstaande factuur.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="108" />
        <location filename="../../debtordesk/ui/letter_window.py" line="313" />
        <location filename="../../debtordesk/ui/letter_window.py" line="335" />
        <location filename="../../debtordesk/ui/letter_window.py" line="349" />
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="126" />
        <source>Claim statutory interest and collection costs</source>
        <translation>Wettelijke rente en incassokosten vragen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="128" />
        <source>Send by registered mail</source>
        <translation>Aangetekend versturen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="130" />
        <source>My terms apply the statutory scale (WIK) to businesses</source>
        <translation>Mijn voorwaarden passen de wettelijke staffel (WIK) toe op bedrijven</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="132" />
        <source>Then a Dutch business client owes collection costs by the scale of the Besluit BIK when that is more than € 40 per invoice. Saved for every letter.</source>
        <translation>Dan is een Nederlandse zakelijke klant incassokosten volgens de staffel van het Besluit BIK verschuldigd als dat meer is dan € 40 per factuur. Geldt voor elke brief.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="136" />
        <source>Kind of letter:</source>
        <translation>Soort brief:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="137" />
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="138" />
        <source>Date of the letter:</source>
        <translation>Datum van de brief:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="158" />
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="159" />
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="160" />
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="162" />
        <source>Open in PDF &amp;Viewer</source>
        <translation>Openen in &amp;pdf-lezer</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="163" />
        <source>&amp;Record as Sent…</source>
        <translation>Als &amp;verstuurd vastleggen…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="164" />
        <source>Once the letter is in the post: keep it in the dossier with the sending date and, for registered mail, the tracking number</source>
        <translation>Zodra de brief op de post is: bewaar hem in het dossier met de verzenddatum en, bij aangetekende post, de track-and-tracecode</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="166" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="279" />
        <source>Letter: {kind}, {numbers}</source>
        <translation>Brief: {kind}, {numbers}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="281" />
        <source>{count} page(s). Open: {open}.</source>
        <translation>{count} pagina('s). Open: {open}.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="284" />
        <source>Interest and costs claimed: {amount}.</source>
        <translation>Gevraagde rente en kosten: {amount}.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="287" />
        <source>The letter gives fourteen days from the day after delivery: if posted today, until {date}.</source>
        <translation>De brief geeft veertien dagen vanaf de dag na bezorging: als hij vandaag op de post gaat, tot en met {date}.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="290" />
        <source>Final payment date: {date}.</source>
        <translation>Uiterste betaaldatum: {date}.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="313" />
        <source>The letter could not be printed. Check the printer and try again, or save it as a PDF.</source>
        <translation>De brief kon niet worden afgedrukt. Controleer de printer en probeer het opnieuw, of sla hem op als pdf.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="319" />
        <source>Save the letter as PDF</source>
        <translation>De brief opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="320" />
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="336" />
        <source>The letter could not be saved there. Choose another folder or file name.</source>
        <translation>De brief kon daar niet worden opgeslagen. Kies een andere map of bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/letter_window.py" line="350" />
        <source>No PDF viewer could be started. The letter is saved here:
{path}</source>
        <translation>Er kon geen pdf-lezer worden gestart. De brief staat hier:
{path}</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="61" />
        <source>SSL/TLS</source>
        <extracomment>The port each kind of security usually has; proposed when the user switches, unless they typed their own.</extracomment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="62" />
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="64" />
        <source>None (only for a server on this computer)</source>
        <translation>Geen (alleen voor een server op deze computer)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="95" />
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="96" />
        <source>e.g. smtp.example.com</source>
        <translation>bijv. smtp.example.com</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="97" />
        <source>Security:</source>
        <translation>Beveiliging:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="101" />
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="103" />
        <source>Without encryption, your password and your messages cross the network readable to anyone on the way. Choose SSL/TLS or STARTTLS unless this server runs on this computer.</source>
        <translation>Zonder versleuteling gaan je wachtwoord en je berichten leesbaar over het netwerk, voor iedereen onderweg. Kies SSL/TLS of STARTTLS, tenzij deze server op deze computer draait.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="110" />
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="111" />
        <source>Often your email address</source>
        <translation>Vaak je e-mailadres</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="112" />
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="119" />
        <source>Sender name:</source>
        <translation>Naam afzender:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="120" />
        <source>Your name or your business's, as clients see it</source>
        <translation>Je eigen naam of die van je bedrijf, zoals klanten hem zien</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="121" />
        <source>Sender address:</source>
        <translation>Adres afzender:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="122" />
        <source>Send a BCC copy to myself</source>
        <translation>Een BCC-kopie naar mezelf sturen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="125" />
        <source>Send &amp;test message</source>
        <translation>&amp;Testbericht versturen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="127" />
        <source>Sends a short message to the sender address with the settings above, without saving them.</source>
        <translation>Verstuurt een kort bericht naar het adres van de afzender met de instellingen hierboven, zonder ze op te slaan.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="140" />
        <source>DebtorDesk sends your reminders through your own mail server; your mail provider lists these settings for “SMTP” or “outgoing mail”.</source>
        <translation>DebtorDesk verstuurt je herinneringen via je eigen mailserver; je e-mailprovider noemt deze instellingen bij ‘SMTP’ of ‘uitgaande mail’.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="232" />
        <source>This computer has no secure keyring, so DebtorDesk keeps the password only until you close it and asks again next time.</source>
        <translation>Deze computer heeft geen beveiligde sleutelbos. DebtorDesk onthoudt het wachtwoord daarom alleen tot je het programma sluit en vraagt er de volgende keer opnieuw naar.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="235" />
        <source>Kept in your system's keyring.</source>
        <translation>Bewaard in de sleutelbos van je systeem.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="237" />
        <source>Will be kept in your system's keyring, never in DebtorDesk's file.</source>
        <translation>Wordt bewaard in de sleutelbos van je systeem, nooit in het bestand van DebtorDesk.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="239" />
        <source>Kept; type a new one to change it</source>
        <translation>Bewaard; typ een nieuw wachtwoord om het te wijzigen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="252" />
        <source>DebtorDesk test message</source>
        <translation>Testbericht van DebtorDesk</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="253" />
        <source>DebtorDesk sent this message to check your email settings. It arrived, so DebtorDesk can send your reminders. You can delete this message.</source>
        <translation>DebtorDesk heeft dit bericht verstuurd om je e-mailinstellingen te controleren. Het is aangekomen, dus DebtorDesk kan je herinneringen versturen. Je kunt dit bericht verwijderen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="258" />
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="267" />
        <source>The test message was sent to {address}. Look in that inbox (and the spam folder) to see that it arrived.</source>
        <translation>Het testbericht is verstuurd naar {address}. Kijk in die inbox (en in de map met spam) of het is aangekomen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/mail_settings_page.py" line="276" />
        <source>The test message could not be sent.</source>
        <translation>Het testbericht kon niet worden verstuurd.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="93" />
        <source>Overdue only</source>
        <translation>Alleen vervallen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="95" />
        <source>Open only</source>
        <translation>Alleen openstaand</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="99" />
        <source>All stages</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="108" />
        <source>Search client, place, VAT number or notes</source>
        <translation>Zoek op klant, plaats, btw-nummer of notities</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="112" />
        <source>Search client, invoice number or note</source>
        <translation>Zoek op klant, factuurnummer of notitie</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="128" />
        <location filename="../../debtordesk/ui/main_window.py" line="270" />
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="128" />
        <location filename="../../debtordesk/ui/main_window.py" line="270" />
        <source>&amp;Invoices</source>
        <translation>&amp;Facturen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="129" />
        <location filename="../../debtordesk/ui/main_window.py" line="270" />
        <source>&amp;Clients</source>
        <translation>&amp;Klanten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="156" />
        <source>Your business profile is not filled in yet: letters and emails need it. &lt;a href='profile'&gt;Fill it in now&lt;/a&gt;</source>
        <extracomment>Panes of hidden pages whose list changed: filled when their page is shown, not on every refresh.</extracomment>
        <translation>Je bedrijfsprofiel is nog niet ingevuld, en dat is nodig voor brieven en e-mails. &lt;a href='profile'&gt;Nu invullen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="206" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="207" />
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="208" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="209" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="211" />
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="219" />
        <source>Restore from &amp;Backup…</source>
        <translation>&amp;Back-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="220" />
        <source>&amp;Verify Dossier</source>
        <translation>Dossier &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="222" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="224" />
        <source>&amp;Business</source>
        <translation>&amp;Administratie</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="225" />
        <source>New &amp;Invoice…</source>
        <translation>Nieuwe &amp;factuur…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="227" />
        <source>New C&amp;lient…</source>
        <translation>Nieuwe &amp;klant…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="228" />
        <source>Record &amp;Payment…</source>
        <translation>&amp;Betaling registreren…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="242" />
        <source>Hand O&amp;ver…</source>
        <translation>Uit &amp;handen geven…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="250" />
        <source>Business Pro&amp;file…</source>
        <translation>Bedrijfs&amp;profiel…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="275" />
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="278" />
        <source>Show the Clie&amp;nt</source>
        <translation>De klan&amp;t tonen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="236" />
        <source>Put on &amp;Hold…</source>
        <translation>In de &amp;wacht zetten…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="238" />
        <source>Take &amp;off Hold…</source>
        <translation>&amp;Uit de wacht halen…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="240" />
        <source>&amp;Write Off…</source>
        <translation>&amp;Afboeken…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="288" />
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="290" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="293" />
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="301" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="302" />
        <source>&amp;About DebtorDesk</source>
        <translation>&amp;Over DebtorDesk</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="310" />
        <source>New invoice…</source>
        <extracomment>Enabled by what is chosen, not only by an open file (see update_actions).</extracomment>
        <translation>Nieuwe factuur…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="317" />
        <source>New client…</source>
        <translation>Nieuwe klant…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="740" />
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="741" />
        <source>The automatic backup of this file could not be made. Your data is safe, but there is no new backup of it.

{reason}</source>
        <translation>De automatische back-up van dit bestand kon niet worden gemaakt. Je gegevens zijn veilig, maar er is geen nieuwe back-up van.

{reason}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="869" />
        <source>Every dossier is intact: nothing was changed or removed.

Dossiers checked: {chains}
Records checked: {records}</source>
        <translation>Elk dossier is intact: er is niets gewijzigd of verwijderd.

Gecontroleerde dossiers: {chains}
Gecontroleerde vastleggingen: {records}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="952" />
        <source>First choose the invoice that was paid.</source>
        <translation>Kies eerst de factuur die betaald is.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="984" />
        <source>Only a planned follow-up can be marked done.</source>
        <translation>Alleen een geplande opvolging kan als afgerond worden gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="997" />
        <source>First choose an invoice.</source>
        <translation>Kies eerst een factuur.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="1010" />
        <source>DebtorDesk uses the new language the next time it starts.</source>
        <translation>DebtorDesk gebruikt de nieuwe taal vanaf de volgende keer dat je het start.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="745" />
        <source>Cannot use this file</source>
        <translation>Dit bestand kan niet worden gebruikt</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="92" />
        <source>Search client, contact, invoice number or description</source>
        <translation>Zoek op klant, contactpersoon, factuurnummer of omschrijving</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="96" />
        <source>On hold or disputed</source>
        <translation>In de wacht of betwist</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="106" />
        <source>Loading all invoices… Search, filters and sorting apply to all of them once they are here.</source>
        <translation>Alle facturen worden geladen… Zoeken, filters en sorteren gelden voor allemaal zodra ze er zijn.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="116" />
        <source>Choose an invoice to see its details, payments and dossier.</source>
        <translation>Kies een factuur om de gegevens, betalingen en het dossier te zien.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="118" />
        <source>Choose a client to see how they pay, their contacts and dossier.</source>
        <translation>Kies een klant om te zien hoe die betaalt, met contactpersonen en dossier.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="120" />
        <source>Choose an item to see its invoice or client.</source>
        <translation>Kies een regel om de factuur of klant te zien.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="229" />
        <source>&amp;Edit Invoice…</source>
        <translation>Factuur b&amp;ewerken…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="231" />
        <source>Edit Clien&amp;t…</source>
        <translation>Klan&amp;t bewerken…</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="247" />
        <source>Mark Follow-up &amp;Done</source>
        <translation>Opvolging &amp;gedaan</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="258" />
        <source>F&amp;ollow-up</source>
        <translation>&amp;Opvolging</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="268" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="276" />
        <source>Switch between List and &amp;Details</source>
        <translation>Wisselen tussen lijst en &amp;details</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="280" />
        <source>Show the In&amp;voice</source>
        <translation>De fact&amp;uur tonen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="284" />
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="610" />
        <source>The invoice list is still loading; try again in a moment.</source>
        <translation>De factuurlijst wordt nog geladen; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="765" />
        <source>No recent files</source>
        <translation>Geen recente bestanden</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="780" />
        <source>Open a data file</source>
        <translation>Gegevensbestand openen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="784" />
        <source>New data file</source>
        <translation>Nieuw gegevensbestand</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="789" />
        <source>File exists</source>
        <translation>Bestand bestaat al</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="790" />
        <source>{name} already exists. Choose another name; DebtorDesk never overwrites a data file.</source>
        <translation>{name} bestaat al. Kies een andere naam; DebtorDesk overschrijft nooit een gegevensbestand.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="821" />
        <source>Save a copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="831" />
        <source>Copy saved as {path}</source>
        <translation>Kopie opgeslagen als {path}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="837" />
        <location filename="../../debtordesk/ui/main_window.py" line="848" />
        <source>Restore from backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="837" />
        <source>There are no backups of this file yet.</source>
        <translation>Er zijn nog geen back-ups van dit bestand.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="849" />
        <source>Put the file back as it was in this backup?</source>
        <translation>Het bestand terugzetten zoals het in deze back-up was?</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="849" />
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="858" />
        <source>The backup was restored.</source>
        <translation>De back-up is teruggezet.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="868" />
        <source>Dossier intact</source>
        <translation>Dossier intact</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="873" />
        <source>Dossier changed</source>
        <translation>Dossier gewijzigd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="874" />
        <source>The dossier was changed outside DebtorDesk. The first changed record:
{where}

Restore a backup from before the change, or keep this file as it is for your adviser.</source>
        <translation>Het dossier is buiten DebtorDesk om gewijzigd. De eerste gewijzigde vastlegging:
{where}

Zet een back-up terug van vóór de wijziging, of bewaar dit bestand zoals het is voor je adviseur.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="893" />
        <source>This item is no longer in the file; the list was refreshed.</source>
        <translation>Dit item staat niet meer in het bestand; de lijst is bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="923" />
        <source>New invoice</source>
        <translation>Nieuwe factuur</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="923" />
        <source>Add a client first: every invoice is for a client.</source>
        <translation>Voeg eerst een klant toe: elke factuur hoort bij een klant.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="956" />
        <source>Record payment</source>
        <translation>Betaling registreren</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="956" />
        <source>Invoice {number} is paid in full.</source>
        <translation>Factuur {number} is volledig betaald.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="1010" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="1013" />
        <source>About DebtorDesk</source>
        <translation>Over DebtorDesk</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="1014" />
        <source>DebtorDesk {version}
Get late invoices paid without losing the client.</source>
        <translation>DebtorDesk {version}
Achterstallige facturen betaald krijgen zonder de klant kwijt te raken.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="36" />
        <source>Server refused the connection</source>
        <translation>Server weigerde de verbinding</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="37" />
        <source>Server not found</source>
        <translation>Server niet gevonden</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="38" />
        <source>Server did not answer</source>
        <translation>Server gaf geen antwoord</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="39" />
        <source>No secure connection</source>
        <translation>Geen beveiligde verbinding</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="40" />
        <source>Server offers no STARTTLS</source>
        <translation>Server biedt geen STARTTLS</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="41" />
        <source>Login refused</source>
        <translation>Inloggen geweigerd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="42" />
        <source>No usable way to log in</source>
        <translation>Geen bruikbare inlogmethode</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="43" />
        <source>Connection not encrypted</source>
        <translation>Verbinding niet versleuteld</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="44" />
        <source>Recipient refused</source>
        <translation>Ontvanger geweigerd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="45" />
        <source>Sender refused</source>
        <translation>Afzender geweigerd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="46" />
        <source>Error at the server</source>
        <translation>Fout bij de server</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="47" />
        <source>Connection lost</source>
        <translation>Verbinding verbroken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="48" />
        <source>No mail server set up</source>
        <translation>Geen mailserver ingesteld</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="50" />
        <source>Not sent</source>
        <translation>Niet verstuurd</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="92" />
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="187" />
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="207" />
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="218" />
        <source>Outbox</source>
        <translation>Postvak UIT</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="114" />
        <source>Messages that did not go out wait here. Nothing in this list has been sent or recorded as sent.</source>
        <translation>Berichten die niet zijn verstuurd, wachten hier. Niets in deze lijst is verstuurd of als verstuurd vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="121" />
        <source>&amp;Open to retry or edit</source>
        <translation>&amp;Openen om opnieuw te proberen of te bewerken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="123" />
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="125" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="166" />
        <source>The Outbox is empty.</source>
        <translation>Het Postvak UIT is leeg.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="208" />
        <source>This message is open in a window of its own. Close that window first.</source>
        <translation>Dit bericht is geopend in een eigen venster. Sluit dat venster eerst.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="210" />
        <source>Discard message</source>
        <translation>Bericht weggooien</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="211" />
        <source>Discard “{subject}” to {to}? It was not sent, and it will not be.</source>
        <translation>“{subject}” aan {to} weggooien? Het is niet verstuurd en wordt ook niet meer verstuurd.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="213" />
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="63" />
        <source>Kept since</source>
        <translation>Bewaard sinds</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="64" />
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="65" />
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="67" />
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="69" />
        <source>Why it was not sent</source>
        <translation>Waarom niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/outbox_dialog.py" line="70" />
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../debtordesk/ui/password_dialog.py" line="30" />
        <source>Mail server password</source>
        <translation>Wachtwoord van de mailserver</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/password_dialog.py" line="31" />
        <source>DebtorDesk needs the password of {user} on {host} to send this message.</source>
        <translation>DebtorDesk heeft het wachtwoord van {user} op {host} nodig om dit bericht te versturen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/password_dialog.py" line="36" />
        <source>Remember in my system's keyring</source>
        <translation>Onthouden in de sleutelbos van mijn systeem</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/password_dialog.py" line="40" />
        <source>This computer has no secure keyring, so DebtorDesk will ask for the password each session instead of storing it.</source>
        <translation>Deze computer heeft geen beveiligde sleutelbos. DebtorDesk bewaart het wachtwoord daarom niet, maar vraagt er elke keer om als je het programma start.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/password_dialog.py" line="51" />
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../debtordesk/ui/payment_dialog.py" line="19" />
        <source>Record payment</source>
        <translation>Betaling registreren</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/payment_dialog.py" line="22" />
        <source>Invoice {number} of {client}: {open} open</source>
        <translation>Factuur {number} van {client}: {open} openstaand</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/payment_dialog.py" line="27" />
        <source>Amount received:</source>
        <translation>Ontvangen bedrag:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/payment_dialog.py" line="28" />
        <source>Received on:</source>
        <translation>Ontvangen op:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/payment_dialog.py" line="29" />
        <source>Method:</source>
        <translation>Betaalwijze:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/payment_dialog.py" line="30" />
        <source>Reference:</source>
        <translation>Kenmerk:</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="22" />
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="23" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="24" />
        <source>Method</source>
        <translation>Wijze</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="26" />
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <location filename="../../debtordesk/ui/printing.py" line="107" />
        <source>Print Preview: {title}</source>
        <extracomment>Enough for crisp text and a QR code that scans; more only makes print jobs heavy.</extracomment>
        <translation>Afdrukvoorbeeld: {title}</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="65" />
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="65" />
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="65" />
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="65" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_plan_dialog.py" line="66" />
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <location filename="../../debtordesk/ui/posting_dialog.py" line="29" />
        <source>Payment in? {kind} sent for {numbers}</source>
        <extracomment>Offered first; the user may type any other carrier.</extracomment>
        <translation>Betaling binnen? {kind} verstuurd voor {numbers}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/posting_dialog.py" line="36" />
        <source>Letter sent</source>
        <translation>Brief verstuurd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/posting_dialog.py" line="38" />
        <source>The letter about invoice(s) {numbers} went out. The dossier keeps the exact PDF with what you fill in here.</source>
        <translation>De brief over factuur/facturen {numbers} is verstuurd. Het dossier bewaart precies deze pdf met wat je hier invult.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/posting_dialog.py" line="42" />
        <source>Ordinary post</source>
        <translation>Gewone post</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/posting_dialog.py" line="42" />
        <source>Registered mail</source>
        <translation>Aangetekend</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/posting_dialog.py" line="44" />
        <source>Sent by:</source>
        <translation>Verstuurd per:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/posting_dialog.py" line="49" />
        <source>Carrier:</source>
        <translation>Vervoerder:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/posting_dialog.py" line="51" />
        <source>e.g. 3SABCD1234567</source>
        <translation>bijv. 3SABCD1234567</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/posting_dialog.py" line="52" />
        <source>Tracking number:</source>
        <translation>Track-and-tracecode:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/posting_dialog.py" line="54" />
        <source>Sent on:</source>
        <translation>Verstuurd op:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/posting_dialog.py" line="76" />
        <source>Presumed received on {receipt}; a 14-day term ends on {end}.</source>
        <translation>Vermoedelijk ontvangen op {receipt}; een termijn van veertien dagen eindigt op {end}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="23" />
        <source>Fill this in.</source>
        <translation>Vul dit in.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="38" />
        <source>The check digits do not match: look for a typing error in the IBAN.</source>
        <translation>De controlecijfers kloppen niet: kijk of er een typefout in het IBAN zit.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="39" />
        <source>This IBAN has the wrong number of characters for its country.</source>
        <translation>Dit IBAN heeft niet het juiste aantal tekens voor het land.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="40" />
        <source>An IBAN starts with a country code such as NL or BE.</source>
        <translation>Een IBAN begint met een landcode, zoals NL of BE.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="41" />
        <source>This is not a valid IBAN; copy it from a bank statement.</source>
        <translation>Dit is geen geldig IBAN; neem het over van een bankafschrift.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="42" />
        <source>This is not a valid BIC: 8 or 11 letters and digits, e.g. ABNANL2A.</source>
        <translation>Dit is geen geldige BIC: 8 of 11 letters en cijfers, bijv. ABNANL2A.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="43" />
        <source>The BIC is for country {bic} but the IBAN is from {iban}.</source>
        <translation>De BIC hoort bij land {bic}, maar het IBAN komt uit {iban}.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="45" />
        <source>This VAT number is not valid; check it, or leave it empty.</source>
        <translation>Dit btw-nummer is niet geldig; controleer het of laat het veld leeg.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="46" />
        <source>This VAT number is not from {country}, the country chosen above.</source>
        <translation>Dit btw-nummer hoort niet bij {country}, het land dat je hierboven hebt gekozen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="48" />
        <source>A KvK number has 8 digits.</source>
        <translation>Een KvK-nummer heeft 8 cijfers.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="49" />
        <source>This enterprise number is not valid: 10 digits starting with 0 or 1, e.g. 0123.456.749.</source>
        <translation>Dit ondernemingsnummer is niet geldig: 10 cijfers, beginnend met 0 of 1, bijv. 0123.456.749.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="51" />
        <source>This is not an email address (name@example.com).</source>
        <translation>Dit is geen e-mailadres (naam@example.com).</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="52" />
        <source>Use digits, spaces and an optional + (e.g. +31 6 12345678).</source>
        <translation>Gebruik cijfers, spaties en eventueel een + (bijv. +31 6 12345678).</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="53" />
        <source>A Dutch postcode is 4 digits and 2 letters, e.g. 3511 AW.</source>
        <translation>Een Nederlandse postcode bestaat uit 4 cijfers en 2 letters, bijv. 3511 AW.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="54" />
        <source>A Belgian postcode has 4 digits.</source>
        <translation>Een Belgische postcode heeft 4 cijfers.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="55" />
        <source>DebtorDesk supports businesses in the Netherlands and Belgium.</source>
        <translation>DebtorDesk ondersteunt bedrijven in Nederland en België.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="56" />
        <source>Choose a payment term between 0 and {max} days.</source>
        <translation>Kies een betalingstermijn tussen 0 en {max} dagen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="57" />
        <source>A consumer has no VAT number; choose Company or clear the field.</source>
        <translation>Een consument heeft geen btw-nummer; kies Bedrijf of maak het veld leeg.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="58" />
        <source>Enter an email address or a phone number.</source>
        <translation>Vul een e-mailadres of een telefoonnummer in.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="66" />
        <source>{number} is already used in this file; every invoice needs its own number.</source>
        <translation>{number} is al gebruikt in dit bestand; elke factuur heeft een eigen nummer nodig.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="138" />
        <source>This file was saved by a newer version of DebtorDesk. Update DebtorDesk to open it.</source>
        <translation>Dit bestand is opgeslagen met een nieuwere versie van DebtorDesk. Werk DebtorDesk bij om het te openen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="59" />
        <source>The amount cannot be negative.</source>
        <translation>Het bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="24" />
        <source>Enter the server's name as your mail provider gives it, e.g. smtp.example.com.</source>
        <translation>Vul de naam van de server in zoals je e-mailprovider die opgeeft, bijvoorbeeld smtp.example.com.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="25" />
        <source>A port is a number from 1 to 65535; your mail provider says which (often 465 or 587).</source>
        <translation>Een poort is een getal van 1 tot 65535; je e-mailprovider zegt welke (vaak 465 of 587).</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="27" />
        <source>{text} on line {line} is not a placeholder DebtorDesk knows; did you mean {{{suggestion}}}?</source>
        <translation>{text} op regel {line} is geen invulveld dat DebtorDesk kent; bedoel je {{{suggestion}}}?</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="29" />
        <source>{text} on line {line} is not a placeholder DebtorDesk knows; pick one from the list.</source>
        <translation>{text} op regel {line} is geen invulveld dat DebtorDesk kent; kies er een uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="31" />
        <source>{text} on line {line} has no closing }}; close it, or write {{{{ for a brace.</source>
        <translation>{text} op regel {line} heeft geen sluitende }}; sluit het af, of schrijf {{{{ voor een accolade.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="33" />
        <source>A }} on line {line} closes nothing; remove it, or write }}}} for a brace.</source>
        <translation>Een }} op regel {line} sluit niets af; haal hem weg, of schrijf }}}} voor een accolade.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="35" />
        <source>Empty braces on line {line}: put a placeholder name between them.</source>
        <translation>Lege accolades op regel {line}: zet de naam van een invulveld ertussen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="37" />
        <source>Leave out line breaks, quotes and angle brackets.</source>
        <translation>Laat regeleinden, aanhalingstekens en punthaken weg.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="60" />
        <source>Enter an amount above zero.</source>
        <translation>Vul een bedrag groter dan nul in.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="61" />
        <source>This amount is too large.</source>
        <translation>Dit bedrag is te hoog.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="62" />
        <source>Enter an amount.</source>
        <translation>Vul een bedrag in.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="63" />
        <source>This is not an amount. Write it like {example}.</source>
        <translation>Dit is geen bedrag. Schrijf het als {example}.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="65" />
        <source>Use at most two decimals (whole cents).</source>
        <translation>Gebruik hooguit twee decimalen (hele centen).</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="69" />
        <source>The due date cannot be before the invoice date.</source>
        <translation>De vervaldatum kan niet vóór de factuurdatum liggen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="70" />
        <source>The invoice total must be more than zero.</source>
        <translation>Het factuurtotaal moet hoger zijn dan nul.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="71" />
        <source>Only invoices in euro are supported.</source>
        <translation>Alleen facturen in euro worden ondersteund.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="72" />
        <source>{filename} is not a PDF file; choose the invoice's PDF.</source>
        <translation>{filename} is geen PDF-bestand; kies de PDF van de factuur.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="74" />
        <source>The total cannot be lower than what was already paid ({paid}).</source>
        <translation>Het totaal kan niet lager zijn dan wat al is betaald ({paid}).</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="76" />
        <source>This is more than the open amount of {open}; enter at most that.</source>
        <translation>Dit is meer dan het openstaande bedrag van {open}; vul hooguit dat bedrag in.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="78" />
        <source>This date is in the future; record a payment once it has been received.</source>
        <translation>Deze datum ligt in de toekomst; registreer een betaling pas als die is ontvangen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="80" />
        <source>The file cannot be read as a table; save it from your spreadsheet as CSV (UTF-8).</source>
        <translation>Het bestand is niet als tabel te lezen; sla het vanuit je spreadsheet op als CSV (UTF-8).</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="81" />
        <source>The table holds no rates; add at least one row below the header.</source>
        <translation>De tabel bevat geen rentes; zet minstens één regel onder de kopregel.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="82" />
        <source>The first line must name the columns from and percent.</source>
        <translation>De eerste regel moet de kolommen from en percent noemen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="83" />
        <source>Write the date as YYYY-MM-DD, e.g. 2027-01-01.</source>
        <translation>Schrijf de datum als JJJJ-MM-DD, bijv. 2027-01-01.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="84" />
        <source>Write the rate as a number such as 10.15.</source>
        <translation>Schrijf de rente als een getal, zoals 10.15.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="85" />
        <source>A rate cannot be negative.</source>
        <translation>Een rente kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="86" />
        <source>The rows must be in date order, oldest first.</source>
        <translation>De regels moeten op datum staan, de oudste eerst.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="87" />
        <source>Two rows have the same date; keep one of them.</source>
        <translation>Twee regels hebben dezelfde datum; houd er één over.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="88" />
        <source>This date is in the future; record the letter once it is in the post.</source>
        <translation>Deze datum ligt in de toekomst; leg de brief vast zodra hij op de post is.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="89" />
        <source>A letter cannot be sent before its own date; choose the day it went into the post.</source>
        <translation>Een brief kan niet vóór zijn eigen datum verstuurd zijn; kies de dag waarop hij op de post ging.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="90" />
        <source>A tracking number has only letters, digits and dashes, at most 40; copy it from the receipt.</source>
        <translation>Een track-and-tracecode bestaat alleen uit letters, cijfers en streepjes, hooguit 40; neem hem over van het verzendbewijs.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="91" />
        <source>A payment cannot be before the invoice date.</source>
        <translation>Een betaling kan niet vóór de factuurdatum liggen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="92" />
        <source>Choose at least one invoice.</source>
        <translation>Kies ten minste één factuur.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="93" />
        <source>Choose today or a later date.</source>
        <translation>Kies vandaag of een latere datum.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="94" />
        <source>This invoice is already on hold; take it off hold first to change the reason.</source>
        <translation>Deze factuur staat al in de wacht; haal hem eerst uit de wacht om de reden te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="96" />
        <source>This invoice is not on hold.</source>
        <translation>Deze factuur staat niet in de wacht.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="97" />
        <source>Nothing is open on this invoice any more.</source>
        <translation>Op deze factuur staat niets meer open.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="98" />
        <source>This invoice was written off.</source>
        <translation>Deze factuur is afgeboekt.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="99" />
        <source>This invoice was handed over; its follow-up is no longer yours.</source>
        <translation>Deze factuur is uit handen gegeven; de opvolging ligt niet meer bij jou.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="102" />
        <source>Enter an amount above zero for invoice {invoice}.</source>
        <translation>Vul voor factuur {invoice} een bedrag groter dan nul in.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="104" />
        <source>Choose why the invoice is still open; if none fits, choose Other and note it.</source>
        <translation>Kies waarom de factuur nog openstaat; past niets, kies dan Anders en noteer het.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="106" />
        <source>Choose at least one invoice that the call was about.</source>
        <translation>Kies ten minste één factuur waarover het gesprek ging.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="108" />
        <source>This invoice is no longer among the call's open invoices (it may have been paid or changed meanwhile); set its agreement to "Nothing agreed yet" and note what was said.</source>
        <translation>Deze factuur hoort niet meer bij de openstaande facturen van dit gesprek (misschien is ze intussen betaald of gewijzigd); zet de afspraak op "Nog niets afgesproken" en noteer wat er is gezegd.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="111" />
        <source>Invoice {invoice} has both a promise and a payment plan; keep one of the two.</source>
        <translation>Factuur {invoice} heeft zowel een betaalbelofte als een betalingsregeling; houd er één van de twee over.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="114" />
        <source>The disputed part of invoice {invoice} must be above zero and at most the {open} open; choose the whole invoice if all of it is disputed.</source>
        <translation>Het betwiste deel van factuur {invoice} moet groter zijn dan nul en hooguit de {open} die openstaat; kies de hele factuur als alles betwist wordt.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="118" />
        <source>This is more than the {open} to be paid on invoice {invoice} (a disputed part not counted); enter at most that.</source>
        <translation>Dit is meer dan de {open} die op factuur {invoice} betaald moet worden (een betwist deel niet meegeteld); vul hooguit dat bedrag in.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="121" />
        <source>The instalments add up to {planned}, but {open} is to be paid on invoice {invoice}; change an amount or use Split evenly.</source>
        <translation>De termijnen komen samen op {planned}, maar op factuur {invoice} moet {open} betaald worden; pas een bedrag aan of gebruik Gelijk verdelen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="125" />
        <source>A payment plan for invoice {invoice} needs at least two instalments; add one, or choose Pays for a single payment.</source>
        <translation>Een betalingsregeling voor factuur {invoice} heeft minstens twee termijnen nodig; voeg er een toe, of kies Betaalt voor één betaling.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="128" />
        <source>Two instalments of invoice {invoice} fall on the same day; give each its own date.</source>
        <translation>Twee termijnen van factuur {invoice} vallen op dezelfde dag; geef elke termijn een eigen datum.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="131" />
        <source>The call ends before it starts; check the start and end times.</source>
        <translation>Het gesprek eindigt voordat het begint; controleer de begin- en eindtijd.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="136" />
        <source>This file is already open in another DebtorDesk window. Close it there first, or open a copy.</source>
        <translation>Dit bestand is al geopend in een ander DebtorDesk-venster. Sluit het daar eerst, of open een kopie.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="137" />
        <source>This is not a DebtorDesk data file. Choose a file ending in .debtordesk.</source>
        <translation>Dit is geen gegevensbestand van DebtorDesk. Kies een bestand dat eindigt op .debtordesk.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="139" />
        <source>This file is damaged and cannot be opened. Use File &gt; Restore from Backup to get your data back.</source>
        <translation>Dit bestand is beschadigd en kan niet worden geopend. Gebruik Bestand &gt; Back-up terugzetten om je gegevens terug te krijgen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="140" />
        <source>DebtorDesk cannot write to this file or its folder. Check the permissions, or save a copy elsewhere.</source>
        <translation>DebtorDesk kan niet naar dit bestand of de map ervan schrijven. Controleer de rechten, of sla ergens anders een kopie op.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="141" />
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>De schijf is vol. Maak wat ruimte vrij en probeer het opnieuw; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="142" />
        <source>The file is not there any more. It may have been moved or renamed.</source>
        <translation>Het bestand is er niet meer. Misschien is het verplaatst of hernoemd.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="143" />
        <source>A file with this name already exists. Choose a new name: DebtorDesk never overwrites a file.</source>
        <translation>Er bestaat al een bestand met deze naam. Kies een nieuwe naam: DebtorDesk overschrijft nooit een bestand.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="144" />
        <source>The file could not be used.</source>
        <translation>Het bestand kon niet worden gebruikt.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="17" />
        <source>Business profile</source>
        <translation>Bedrijfsprofiel</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="22" />
        <source>Business name:</source>
        <translation>Bedrijfsnaam:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="23" />
        <source>Street and number:</source>
        <translation>Straat en huisnummer:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="24" />
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="25" />
        <source>City:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="27" />
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="28" />
        <source>VAT number:</source>
        <translation>Btw-nummer:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="29" />
        <source>KvK / enterprise number:</source>
        <translation>KvK- / ondernemingsnummer:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="30" />
        <source>IBAN:</source>
        <translation>IBAN:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="31" />
        <source>BIC:</source>
        <translation>BIC:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="32" />
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="33" />
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="36" />
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="38" />
        <source>Default payment term:</source>
        <translation>Standaard betalingstermijn:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="39" />
        <source>Language for letters:</source>
        <translation>Taal voor brieven:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="42" />
        <source>Signature:</source>
        <translation>Ondertekening:</translation>
    </message>
</context>
<context>
    <name>PromisesModel</name>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="34" />
        <source>Open</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="34" />
        <source>Kept</source>
        <translation>Nagekomen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="35" />
        <source>Broken</source>
        <translation>Gebroken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="41" />
        <source>Promised for</source>
        <translation>Beloofd voor</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="43" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="44" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="74" />
        <source>Dossier record</source>
        <translation>Dossierregel</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="76" />
        <source>When:</source>
        <translation>Wanneer:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="77" />
        <source>What:</source>
        <translation>Wat:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="80" />
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="83" />
        <source>The words written when the record was made; they can never be changed.</source>
        <translation>De woorden zoals ze bij het vastleggen zijn geschreven; ze kunnen nooit meer veranderen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="84" />
        <source>As recorded:</source>
        <translation>Zoals vastgelegd:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="85" />
        <source>{name} ({size} bytes, SHA-256 {sha})</source>
        <translation>{name} ({size} bytes, SHA-256 {sha})</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="87" />
        <source>Documents:</source>
        <translation>Documenten:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="87" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="88" />
        <source>Dossier {chain}, record {seq}</source>
        <translation>Dossier {chain}, regel {seq}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="89" />
        <source>Place:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="93" />
        <source>Seal:</source>
        <translation>Zegel:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="101" />
        <source>Details as recorded:</source>
        <translation>Gegevens zoals vastgelegd:</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="27" />
        <source>Client added</source>
        <translation>Klant toegevoegd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="28" />
        <source>Client changed</source>
        <translation>Klant gewijzigd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="29" />
        <source>Contact saved</source>
        <translation>Contactpersoon opgeslagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="30" />
        <source>Invoice registered</source>
        <translation>Factuur geregistreerd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="31" />
        <source>Invoice changed</source>
        <translation>Factuur gewijzigd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="32" />
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="33" />
        <source>Promise to pay</source>
        <translation>Betaalbelofte</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="34" />
        <source>Promise kept or broken</source>
        <translation>Belofte nagekomen of gebroken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="35" />
        <source>Follow-up planned</source>
        <translation>Opvolging gepland</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="36" />
        <source>Follow-up done</source>
        <translation>Opvolging gedaan</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="37" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="38" />
        <source>Put on hold</source>
        <translation>In de wacht gezet</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="39" />
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="40" />
        <source>Taken off hold</source>
        <translation>Uit de wacht gehaald</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="41" />
        <source>Written off</source>
        <translation>Afgeboekt</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="42" />
        <source>Handed over</source>
        <translation>Uit handen gegeven</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="43" />
        <source>Business profile saved</source>
        <translation>Bedrijfsprofiel opgeslagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="44" />
        <source>Follow-up step done</source>
        <translation>Opvolgstap gedaan</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="45" />
        <source>Follow-up step skipped</source>
        <translation>Opvolgstap overgeslagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="46" />
        <source>Email sent</source>
        <translation>E-mail verstuurd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="47" />
        <source>Follow-up ladder saved</source>
        <translation>Opvolgladder opgeslagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="48" />
        <source>Message text saved</source>
        <translation>Berichttekst opgeslagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="49" />
        <source>Email settings saved</source>
        <translation>E-mailinstellingen opgeslagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="50" />
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="51" />
        <source>Call that reached no one</source>
        <translation>Gebeld zonder iemand te spreken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="52" />
        <source>Payment plan</source>
        <translation>Betalingsregeling</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="53" />
        <source>Letter sent</source>
        <translation>Brief verstuurd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="54" />
        <source>File imported</source>
        <translation>Bestand geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="84" />
        <source>{amount} paid on {day} ({method}); the invoice is paid in full</source>
        <translation>{amount} betaald op {day} ({method}); de factuur is volledig betaald</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="86" />
        <source>{amount} paid on {day} ({method}); {open} still open</source>
        <translation>{amount} betaald op {day} ({method}); nog {open} open</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="92" />
        <source>Invoice {number} of {amount}, due {day}</source>
        <translation>Factuur {number} van {amount}, vervalt op {day}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="99" />
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="100" />
        <source>type</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="101" />
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="102" />
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="103" />
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="104" />
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="105" />
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="106" />
        <source>VAT number</source>
        <translation>btw-nummer</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="107" />
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="108" />
        <source>work paused</source>
        <translation>werk gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="109" />
        <source>relationship ended</source>
        <translation>relatie beëindigd</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="110" />
        <source>invoice number</source>
        <translation>factuurnummer</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="111" />
        <source>invoice date</source>
        <translation>factuurdatum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="112" />
        <source>due date</source>
        <translation>vervaldatum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="113" />
        <source>amount excl. VAT</source>
        <translation>bedrag excl. btw</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="114" />
        <source>VAT</source>
        <translation>btw</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="115" />
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="116" />
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="117" />
        <source>invoice PDF</source>
        <translation>factuur-pdf</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="118" />
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="119" />
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="120" />
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="121" />
        <source>still there</source>
        <translation>nog werkzaam</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="124" />
        <source>registration number</source>
        <translation>inschrijvingsnummer</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="125" />
        <source>payment term</source>
        <translation>betalingstermijn</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="126" />
        <source>signature</source>
        <translation>ondertekening</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="133" />
        <source>Changed: {fields}</source>
        <translation>Gewijzigd: {fields}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="137" />
        <source>Promised to pay {amount} on {day} ({invoices})</source>
        <translation>Belooft {amount} te betalen op {day} ({invoices})</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="143" />
        <source>The promise of {day} was broken: {short} short</source>
        <translation>De betaalbelofte van {day} is gebroken: {short} te weinig</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="145" />
        <source>The promise was kept</source>
        <translation>De belofte is nagekomen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="145" />
        <source>The promise was broken</source>
        <translation>De belofte is gebroken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="154" />
        <source>With {contact}, {minutes} min.; cause: {cause}</source>
        <translation>Met {contact}, {minutes} min.; oorzaak: {cause}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="159" />
        <source>pays {amount} on {day}</source>
        <translation>betaalt {amount} op {day}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="163" />
        <source>payment plan in {count} instalments</source>
        <translation>betalingsregeling in {count} termijnen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="166" />
        <source>dispute: {reason}</source>
        <translation>geschil: {reason}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="176" />
        <source>No answer</source>
        <translation>Geen gehoor</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="177" />
        <source>Voicemail left</source>
        <translation>Voicemail ingesproken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="178" />
        <source>Wrong number</source>
        <translation>Verkeerd nummer</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="179" />
        <source>{what} ({contact}, {phone}); call again on {day} at {time}</source>
        <translation>{what} ({contact}, {phone}); opnieuw bellen op {day} om {time}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="189" />
        <source>Follow-up on {day} at {time}</source>
        <translation>Opvolging op {day} om {time}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="192" />
        <source>Follow-up on {day}</source>
        <translation>Opvolging op {day}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="198" />
        <source>{amount} contested: {reason}</source>
        <translation>{amount} betwist: {reason}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="201" />
        <source>{reason} (look again on {day})</source>
        <translation>{reason} (opnieuw bekijken op {day})</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="210" />
        <source>{name} added ({role})</source>
        <translation>{name} toegevoegd ({role})</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="216" />
        <source>Business profile filled in</source>
        <translation>Bedrijfsprofiel ingevuld</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="235" />
        <source>{step} skipped: {reason}</source>
        <translation>{step} overgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="240" />
        <source>“{subject}” to {to}, sent from the mail program</source>
        <translation>“{subject}” aan {to}, verstuurd vanuit het e-mailprogramma</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="242" />
        <source>“{subject}” sent to {to}</source>
        <translation>“{subject}” verstuurd aan {to}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="245" />
        <source>(CC {cc})</source>
        <translation>(CC {cc})</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="247" />
        <source>refused by the server: {addresses}</source>
        <translation>geweigerd door de server: {addresses}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="254" />
        <source>Follows the business's ladder again</source>
        <translation>Volgt weer de ladder van het bedrijf</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="256" />
        <source>Steps: {steps}</source>
        <translation>Stappen: {steps}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="263" />
        <source>{text}: back to the recommended text</source>
        <translation>{text}: terug naar de aanbevolen tekst</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="271" />
        <source>{kind} sent by registered mail on {date}, {carrier} {tracking}</source>
        <translation>{kind} aangetekend verstuurd op {date}, {carrier} {tracking}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="274" />
        <source>{kind} sent by post on {date}</source>
        <translation>{kind} per post verstuurd op {date}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="275" />
        <source>presumed received {receipt}, term ends {end}</source>
        <translation>vermoedelijk ontvangen {receipt}, termijn eindigt {end}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="298" />
        <source>Handed over to {to}; {open} open</source>
        <translation>Uit handen gegeven aan {to}; {open} open</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/record_text.py" line="301" />
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="72" />
        <source>Take off hold</source>
        <translation>Uit de wacht halen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="74" />
        <source>How it was settled, e.g. credit note for the second session</source>
        <translation>Hoe het is opgelost, bijvoorbeeld een creditnota voor de tweede sessie</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="76" />
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="93" />
        <source>Do</source>
        <translation>Doen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="93" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="93" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="93" />
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="93" />
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="94" />
        <source>Pays invoice</source>
        <translation>Betaalt factuur</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="94" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="103" />
        <source>Book</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="103" />
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="104" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="117" />
        <source>Sure: {why}</source>
        <translation>Zeker: {why}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/bank_review_dialog.py" line="117" />
        <source>Check: {why}</source>
        <translation>Controleren: {why}</translation>
    </message>
</context>
<context>
    <name>SendFailure</name>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="17" />
        <source>The mail server refused the connection. Check the server name and the port in the mail server settings (often 465 with SSL or 587 with STARTTLS), and that this computer is online.</source>
        <extracomment>The server's answer is cut here: it is a clue for the user, not a log.</extracomment>
        <translation>De mailserver weigerde de verbinding. Controleer de servernaam en de poort in de mailserverinstellingen (vaak 465 met SSL of 587 met STARTTLS), en of deze computer online is.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="20" />
        <source>The mail server could not be found. Check how its name is spelled in the mail server settings, and that this computer is online.</source>
        <translation>De mailserver is niet gevonden. Controleer hoe de naam in de mailserverinstellingen gespeld is, en of deze computer online is.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="23" />
        <source>The mail server did not answer in time. Check your internet connection and the port in the mail server settings (a wrong port or a firewall often causes this), then try again.</source>
        <translation>De mailserver antwoordde niet op tijd. Controleer je internetverbinding en de poort in de mailserverinstellingen (vaak ligt het aan een verkeerde poort of een firewall), en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="26" />
        <source>No secure connection could be made to the mail server: its certificate was refused or the encryption did not match. Check the server name (it must be the name on the certificate) and the security setting (SSL or STARTTLS) in the mail server settings.</source>
        <translation>Er kon geen beveiligde verbinding met de mailserver worden gemaakt: het certificaat werd geweigerd of de versleuteling paste niet. Controleer de servernaam (die moet de naam op het certificaat zijn) en de beveiliging (SSL of STARTTLS) in de mailserverinstellingen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="30" />
        <source>The mail server offers no STARTTLS encryption on this port. Choose SSL (usually port 465) in the mail server settings, or ask your mail provider which setting to use.</source>
        <translation>De mailserver biedt op deze poort geen STARTTLS-versleuteling. Kies SSL (meestal poort 465) in de mailserverinstellingen, of vraag je e-mailprovider welke instelling je moet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="33" />
        <source>The mail server refused the user name or the password. Check the user name in the mail server settings; DebtorDesk will ask for the password again. Some providers want an app password here instead of your usual one.</source>
        <translation>De mailserver weigerde de gebruikersnaam of het wachtwoord. Controleer de gebruikersnaam in de mailserverinstellingen; DebtorDesk vraagt opnieuw om het wachtwoord. Sommige providers willen hier een app-wachtwoord in plaats van je gewone wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="37" />
        <source>The mail server offers no way of logging in that DebtorDesk can use. Ask your mail provider for the settings for sending from a mail program.</source>
        <translation>De mailserver biedt geen manier van inloggen die DebtorDesk kan gebruiken. Vraag je e-mailprovider naar de instellingen voor verzenden vanuit een e-mailprogramma.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="40" />
        <source>DebtorDesk does not send your password over a connection without encryption. Choose SSL or STARTTLS in the mail server settings.</source>
        <translation>DebtorDesk verstuurt je wachtwoord niet over een verbinding zonder versleuteling. Kies SSL of STARTTLS in de mailserverinstellingen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="43" />
        <source>The mail server refused a recipient's address. Check the addresses in To, CC and BCC for typing errors.</source>
        <translation>De mailserver weigerde het adres van een ontvanger. Controleer de adressen bij Aan, CC en BCC op typefouten.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="46" />
        <source>The mail server refused the sender's address. Use the address of the account you log in with, in the mail server settings.</source>
        <translation>De mailserver weigerde het adres van de afzender. Gebruik in de mailserverinstellingen het adres van het account waarmee je inlogt.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="49" />
        <source>The mail server reported an error and did not take the message. Try again later; if it keeps happening, the server's answer below helps your mail provider.</source>
        <translation>De mailserver meldde een fout en nam het bericht niet aan. Probeer het later opnieuw; blijft het gebeuren, dan helpt het antwoord van de server hieronder je e-mailprovider.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="52" />
        <source>The connection to the mail server was lost before it took the message. Check your internet connection and try again.</source>
        <translation>De verbinding met de mailserver werd verbroken voordat die het bericht had aangenomen. Controleer je internetverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="55" />
        <source>No mail server is set up yet. Enter your outgoing mail server in the mail server settings, or send the message from your own mail program.</source>
        <translation>Er is nog geen mailserver ingesteld. Vul je server voor uitgaande mail in bij de mailserverinstellingen, of verstuur het bericht vanuit je eigen e-mailprogramma.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="58" />
        <source>The message cannot be sent as it is: check the addresses (plain addresses such as name@example.com, without accents) and the subject.</source>
        <translation>Dit bericht kan zo niet verstuurd worden: controleer de adressen (gewone adressen zoals naam@voorbeeld.nl, zonder accenten) en het onderwerp.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="63" />
        <source>The message could not be sent. Check the mail server settings and your internet connection, then try again.</source>
        <translation>Het bericht kon niet worden verstuurd. Controleer de mailserverinstellingen en je internetverbinding, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/send_failure_text.py" line="79" />
        <source>The server said: {detail}</source>
        <extracomment>Failures where the server has nothing to add. "invalid_message" names what the mail layer refused: DebtorDesk's words, not a server's.</extracomment>
        <translation>De server zei: {detail}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="46" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="53" />
        <source>For every overdue invoice DebtorDesk proposes these steps, in this order; nothing goes out without your confirmation. A client can also have a ladder of its own.</source>
        <translation>Voor elke vervallen factuur stelt DebtorDesk deze stappen voor, in deze volgorde; er gaat niets de deur uit zonder jouw bevestiging. Een klant kan ook een eigen ladder hebben.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="58" />
        <source>Each step's email or letter, per language: a client gets it in their own language. Save each text with Save text below.</source>
        <translation>De e-mail of brief van elke stap, per taal: een klant krijgt hem in de eigen taal. Sla elke tekst op met Tekst opslaan hieronder.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="64" />
        <source>Follow-up &amp;ladder</source>
        <translation>Opvolg&amp;ladder</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="65" />
        <source>&amp;Message texts</source>
        <translation>&amp;Berichtteksten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="66" />
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="75" />
        <source>Saves the ladder and the email settings. Message texts have their own Save button.</source>
        <translation>Slaat de ladder en de e-mailinstellingen op. Berichtteksten sla je op met hun eigen knop.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="96" />
        <source>Follow-up ladder</source>
        <translation>Opvolgladder</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="98" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="100" />
        <source>Nothing was saved. Fix what is marked in red on: {tabs}.</source>
        <translation>Er is niets opgeslagen. Verbeter wat rood gemarkeerd is op: {tabs}.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="113" />
        <source>The email settings were not saved. Fix what is marked in red.</source>
        <translation>De e-mailinstellingen zijn niet opgeslagen. Verbeter wat rood gemarkeerd is.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="130" />
        <source>Close settings</source>
        <translation>Instellingen sluiten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="131" />
        <source>Some changes are not saved. Close the settings and lose them?</source>
        <translation>Sommige wijzigingen zijn niet opgeslagen. De instellingen sluiten en de wijzigingen kwijtraken?</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="132" />
        <source>Close without saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="137" />
        <source>Unsaved message text</source>
        <translation>Berichttekst niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="138" />
        <source>The message text you changed is not saved. Discard those changes?</source>
        <translation>De berichttekst die je hebt gewijzigd, is niet opgeslagen. Die wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/settings_dialog.py" line="138" />
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../debtordesk/ui/step_dialog.py" line="25" />
        <source>Skip step</source>
        <translation>Stap overslaan</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/step_dialog.py" line="25" />
        <source>Step done</source>
        <translation>Stap gedaan</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/step_dialog.py" line="27" />
        <source>{step} for invoice(s) {numbers}</source>
        <translation>{step} voor factuur/facturen {numbers}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/step_dialog.py" line="34" />
        <source>Why this step is not taken; the dossier keeps it</source>
        <translation>Waarom deze stap niet wordt gezet; het dossier bewaart het</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/step_dialog.py" line="35" />
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/step_dialog.py" line="37" />
        <source>What was done, e.g. called Ingrid, she pays Friday</source>
        <translation>Wat er is gedaan, bijv. Ingrid gebeld, zij betaalt vrijdag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/step_dialog.py" line="38" />
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="351" />
        <source>Closing summary</source>
        <translation>Samenvatting tot slot</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="352" />
        <source>Read this aloud, so you both know who does what and when. Then hang up and save the call.</source>
        <translation>Lees dit voor, zodat jullie allebei weten wie wat wanneer doet. Hang dan op en sla het gesprek op.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="353" />
        <source>Afterwards, for yourself (optional):</source>
        <translation>Achteraf, voor jezelf (mag leeg blijven):</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="359" />
        <source>What went &amp;well:</source>
        <translation>Wat ging &amp;goed:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/call_pages.py" line="360" />
        <source>What to do &amp;differently:</source>
        <translation>Wat doe je &amp;anders:</translation>
    </message>
</context>
<context>
    <name>TableMappingDialog</name>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="42" />
        <source>Invoice number</source>
        <extracomment>Enough rows to recognise the columns by; the rest is read on Next.</extracomment>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="42" />
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="43" />
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="43" />
        <source>Payment term (days)</source>
        <translation>Betalingstermijn (dagen)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="44" />
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="44" />
        <source>Client's VAT number</source>
        <translation>Btw-nummer klant</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="45" />
        <source>Client's email</source>
        <translation>E-mail klant</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="45" />
        <source>Amount without VAT</source>
        <translation>Bedrag excl. btw</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="46" />
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="46" />
        <source>Total with VAT</source>
        <translation>Totaal incl. btw</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="46" />
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="47" />
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="47" />
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="47" />
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="48" />
        <source>Payment reference</source>
        <translation>Betalingskenmerk</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="87" />
        <source>Import invoices: {name}</source>
        <translation>Facturen importeren: {name}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="96" />
        <source>— not in this file —</source>
        <translation>— niet in dit bestand —</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="104" />
        <source>1.234,56 (Dutch)</source>
        <translation>1.234,56 (Nederlands)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="105" />
        <source>1,234.56 (English)</source>
        <translation>1,234.56 (Engels)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="107" />
        <source>24-11-2026 (day first)</source>
        <translation>24-11-2026 (dag eerst)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="108" />
        <source>2026-11-24 (year first)</source>
        <translation>2026-11-24 (jaar eerst)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="109" />
        <source>11/24/2026 (month first)</source>
        <translation>11/24/2026 (maand eerst)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="112" />
        <source>Amounts are written as:</source>
        <translation>Bedragen staan er als:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="113" />
        <source>Dates are written as:</source>
        <translation>Datums staan er als:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="116" />
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="120" />
        <source>{rows} row(s). Tell DebtorDesk which column holds what; the first rows are shown below.</source>
        <translation>{rows} regel(s). Geef aan welke kolom wat bevat; hieronder staan de eerste regels.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_mapping_dialog.py" line="139" />
        <source>Choose the columns for: {fields}.</source>
        <translation>Kies de kolommen voor: {fields}.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="56" />
        <source>The client's (company) name.</source>
        <extracomment>Message languages by their own names, as language pickers show them. core.templates.DESCRIPTIONS for translation: lupdate reads only literals.</extracomment>
        <translation>De naam van de klant (het bedrijf).</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="57" />
        <source>The contact person's name; the client's name when there is no contact.</source>
        <translation>De naam van de contactpersoon; de naam van de klant als er geen contactpersoon is.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="59" />
        <source>The invoice numbers in running text: “2026-014 and 2026-015”.</source>
        <translation>De factuurnummers in een lopende zin: ‘2026-014 en 2026-015’.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="61" />
        <source>One line per invoice with its date, due date and open amount.</source>
        <translation>Eén regel per factuur met de datum, de vervaldatum en het openstaande bedrag.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="63" />
        <source>The invoices' due dates in running text.</source>
        <translation>De vervaldata van de facturen in een lopende zin.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="64" />
        <source>The total still to be paid on these invoices, e.g. “€ 1.234,56”.</source>
        <translation>Het totaal dat op deze facturen nog betaald moet worden, bijvoorbeeld ‘€ 1.234,56’.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="66" />
        <source>Days past the due date of the oldest invoice, as a number.</source>
        <translation>Het aantal dagen na de vervaldatum van de oudste factuur, als getal.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="67" />
        <source>The date the client promised to pay (empty when there is no promise).</source>
        <translation>De datum waarop de klant beloofde te betalen (leeg als er geen betaalbelofte is).</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="69" />
        <source>The final payment date this message sets (empty when it sets none).</source>
        <translation>De uiterste betaaldatum die dit bericht stelt (leeg als het er geen stelt).</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="71" />
        <source>What was agreed on the phone, who does what and when (empty without a call).</source>
        <translation>Wat er telefonisch is afgesproken: wie doet wat en wanneer (leeg zonder gesprek).</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="73" />
        <source>Several lines: IBAN, BIC, account holder and the payment reference.</source>
        <translation>Enkele regels: IBAN, BIC, rekeninghouder en het betalingskenmerk.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="75" />
        <source>The signature block: your business name and signature lines.</source>
        <translation>De ondertekening: de naam van je bedrijf en de regels van je handtekening.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="186" />
        <source>{name} ({kind})</source>
        <extracomment>Who the preview writes for when the file has no business profile yet.</extracomment>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="224" />
        <source>Double-click a placeholder to put it where the cursor is.</source>
        <translation>Dubbelklik op een invulveld om het in te voegen waar de cursor staat.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="231" />
        <source>The preview appears once the marked problems are fixed.</source>
        <translation>Het voorbeeld verschijnt zodra de gemarkeerde fouten verbeterd zijn.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="233" />
        <source>&amp;Save text</source>
        <translation>Tekst &amp;opslaan</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="234" />
        <source>Restore &amp;default</source>
        <translation>&amp;Standaardtekst terugzetten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="247" />
        <location filename="../../debtordesk/ui/template_editor.py" line="257" />
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="250" />
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="255" />
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="260" />
        <source>Preview for a sample client:</source>
        <translation>Voorbeeld met een verzonnen klant:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="262" />
        <source>Placeholders:</source>
        <translation>Invulvelden:</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="299" />
        <source>Unsaved changes</source>
        <translation>Wijzigingen niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="300" />
        <source>Your changes to this text are not saved. Discard them and show the other text?</source>
        <translation>Je wijzigingen in deze tekst zijn niet opgeslagen. Weggooien en de andere tekst tonen?</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="301" />
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="352" />
        <source>Subject: {problem}</source>
        <translation>Onderwerp: {problem}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="364" />
        <source>Your own version</source>
        <translation>Je eigen versie</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="364" />
        <source>DebtorDesk's recommended text</source>
        <translation>De aanbevolen tekst van DebtorDesk</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="366" />
        <source>{state}, changed (not saved)</source>
        <translation>{state}, gewijzigd (niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="379" />
        <source>Subject: {subject}</source>
        <translation>Onderwerp: {subject}</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="427" />
        <location filename="../../debtordesk/ui/template_editor.py" line="429" />
        <source>Restore default</source>
        <translation>Standaardtekst terugzetten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/template_editor.py" line="428" />
        <source>Replace your version of this text with DebtorDesk's recommended text? Your version is not kept.</source>
        <translation>Je eigen versie van deze tekst vervangen door de aanbevolen tekst van DebtorDesk? Je versie wordt niet bewaard.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="83" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/detail_models.py" line="84" />
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="35" />
        <source>Search the dossier</source>
        <translation>Zoek in het dossier</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="38" />
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/timeline.py" line="43" />
        <source>Open record…</source>
        <translation>Regel openen…</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="446" />
        <source>Promise broken</source>
        <translation>Belofte gebroken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="447" />
        <source>Promised for today</source>
        <translation>Beloofd voor vandaag</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="448" />
        <source>Follow-up planned</source>
        <translation>Opvolging gepland</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="456" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="457" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="458" />
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="459" />
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="460" />
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../debtordesk/ui/welcome_page.py" line="22" />
        <source>Welcome to DebtorDesk</source>
        <translation>Welkom bij DebtorDesk</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/welcome_page.py" line="27" />
        <source>DebtorDesk helps you get late invoices paid without losing the client: a calm follow-up, a record of every step, and letters that meet the legal requirements.</source>
        <translation>DebtorDesk helpt je om achterstallige facturen betaald te krijgen zonder de klant kwijt te raken: rustig opvolgen, elke stap vastgelegd, en brieven die aan de wettelijke eisen voldoen.</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/welcome_page.py" line="31" />
        <source>Set up my business</source>
        <translation>Mijn bedrijf instellen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/welcome_page.py" line="33" />
        <source>Explore the demo business</source>
        <translation>Het demobedrijf verkennen</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/welcome_page.py" line="35" />
        <source>Open a data file…</source>
        <translation>Gegevensbestand openen…</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="86" />
        <source>Write off</source>
        <translation>Afboeken</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="88" />
        <source>Why the open amount will not be paid</source>
        <translation>Waarom het openstaande bedrag niet betaald wordt</translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="90" />
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
</context>
<context>
    <name>_StatusDialog</name>
    <message>
        <location filename="../../debtordesk/ui/status_dialogs.py" line="22" />
        <source>Invoice {number} of {client}: {open} open</source>
        <translation>Factuur {number} van {client}: {open} openstaand</translation>
    </message>
</context>
</TS>