<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../debtordesk/ui/backup_dialog.py" line="18"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/backup_dialog.py" line="21"/>
        <source>when the file was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/backup_dialog.py" line="21"/>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/backup_dialog.py" line="22"/>
        <source>before an earlier restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/backup_dialog.py" line="25"/>
        <source>before a program update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/backup_dialog.py" line="30"/>
        <source>The file will be put back as it was at the chosen moment. What you entered since then is kept in a backup of its own, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/backup_dialog.py" line="34"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="38"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="38"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="47"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="48"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="49"/>
        <source>Street and number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="50"/>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="51"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="52"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="53"/>
        <source>Language for letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="54"/>
        <source>VAT number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="57"/>
        <source>Checks done, signed quote, terms agreed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="58"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="59"/>
        <source>Work for this client is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="61"/>
        <source>Work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="62"/>
        <source>The relationship has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="64"/>
        <source>Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="66"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="73"/>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="75"/>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/client_dialog.py" line="92"/>
        <source>(inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="145"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="146"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="147"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="149"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="150"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="151"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="153"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="157"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="157"/>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="161"/>
        <source>Relationship ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="163"/>
        <source>Work paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="25"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="25"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="28"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="29"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="30"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="31"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="32"/>
        <source>Still works there and may be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/contact_dialog.py" line="34"/>
        <source>Active:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../debtordesk/app.py" line="167"/>
        <source>Something went wrong that DebtorDesk did not expect. Your data is safe: every change is saved as a whole or not at all. The details below were also written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="47"/>
        <source>New invoice</source>
        <extracomment>Dutch and Belgian VAT rates offered to compute the VAT from the net amount (per mille).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="47"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="65"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="66"/>
        <source>Invoice number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="67"/>
        <source>Invoice date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="68"/>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="71"/>
        <source>Amount excl. VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="78"/>
        <source>own amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="85"/>
        <source>VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="89"/>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="92"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="96"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="97"/>
        <source>Choose PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="101"/>
        <source>Invoice PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="136"/>
        <source>Choose the invoice PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/invoice_dialog.py" line="136"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="116"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="117"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="118"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="120"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="122"/>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="124"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="126"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/table_models.py" line="126"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="13"/>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="13"/>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="13"/>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="14"/>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="14"/>
        <source>Luxembourg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="14"/>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="18"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="18"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="18"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="22"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="22"/>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="26"/>
        <source>Accounts payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="26"/>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="27"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="27"/>
        <source>General inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="28"/>
        <location filename="../../debtordesk/ui/labels.py" line="33"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="32"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="32"/>
        <source>Direct debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="33"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/labels.py" line="33"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="66"/>
        <source>Search client, invoice number or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="67"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="69"/>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="72"/>
        <source>Search client, place, VAT number or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="76"/>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="77"/>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="82"/>
        <source>Your business profile is not filled in yet: letters and emails need it. &lt;a href=&apos;profile&apos;&gt;Fill it in now&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="120"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="121"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="122"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="123"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="125"/>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="127"/>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="128"/>
        <source>&amp;Verify Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="132"/>
        <source>&amp;Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="133"/>
        <source>New &amp;Invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="134"/>
        <source>New C&amp;lient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="135"/>
        <source>Record &amp;Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="136"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="140"/>
        <source>Business &amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="142"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="143"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="146"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="154"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="155"/>
        <source>&amp;About DebtorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="157"/>
        <source>New invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="158"/>
        <location filename="../../debtordesk/ui/main_window.py" line="162"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="159"/>
        <source>Record payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="161"/>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="163"/>
        <source>New invoice for this client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="206"/>
        <source>Open: {open} · Overdue: {overdue} in {count} invoice(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="225"/>
        <source>Cannot use this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="245"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="260"/>
        <source>Open a data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="264"/>
        <source>New data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="269"/>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="270"/>
        <source>{name} already exists. Choose another name; DebtorDesk never overwrites a data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="301"/>
        <location filename="../../debtordesk/ui/main_window.py" line="306"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="306"/>
        <source>Choose another name than the open file&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="313"/>
        <source>Copy saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="319"/>
        <location filename="../../debtordesk/ui/main_window.py" line="328"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="319"/>
        <source>There are no backups of this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="329"/>
        <source>Put the file back as it was in this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="329"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="337"/>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="343"/>
        <source>Dossier intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="344"/>
        <source>All {records} records in {chains} dossiers are intact: nothing was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="347"/>
        <source>Dossier changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="348"/>
        <source>The dossier was changed outside DebtorDesk. The first changed record:
{where}

Restore a backup from before the change, or keep this file as it is for your adviser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="364"/>
        <source>This item is no longer in the file; the list was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="383"/>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="383"/>
        <source>Add a client first: every invoice is for a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="397"/>
        <source>Choose the invoice that was paid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="400"/>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="400"/>
        <source>Invoice {number} is paid in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="418"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="418"/>
        <source>DebtorDesk uses the new language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="421"/>
        <source>About DebtorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/main_window.py" line="422"/>
        <source>DebtorDesk {version}
Get late invoices paid without losing the client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../debtordesk/ui/payment_dialog.py" line="19"/>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/payment_dialog.py" line="22"/>
        <source>Invoice {number} of {client}: {open} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/payment_dialog.py" line="27"/>
        <source>Amount received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/payment_dialog.py" line="28"/>
        <source>Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/payment_dialog.py" line="29"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/payment_dialog.py" line="30"/>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="23"/>
        <source>Fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="24"/>
        <source>The check digits do not match: look for a typing error in the IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="25"/>
        <source>This IBAN has the wrong number of characters for its country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="26"/>
        <source>An IBAN starts with a country code such as NL or BE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="27"/>
        <source>This is not a valid IBAN; copy it from a bank statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="28"/>
        <source>This is not a valid BIC: 8 or 11 letters and digits, e.g. ABNANL2A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="29"/>
        <source>The BIC is for country {bic} but the IBAN is from {iban}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="31"/>
        <source>This VAT number is not valid; check it, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="32"/>
        <source>This VAT number is not from {country}, the country chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="34"/>
        <source>A KvK number has 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="35"/>
        <source>This enterprise number is not valid: 10 digits starting with 0 or 1, e.g. 0123.456.749.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="37"/>
        <source>This is not an email address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="38"/>
        <source>Use digits, spaces and an optional + (e.g. +31 6 12345678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="39"/>
        <source>A Dutch postcode is 4 digits and 2 letters, e.g. 3511 AW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="40"/>
        <source>A Belgian postcode has 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="41"/>
        <source>DebtorDesk supports businesses in the Netherlands and Belgium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="42"/>
        <source>Choose a payment term between 0 and {max} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="43"/>
        <source>A consumer has no VAT number; choose Company or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="44"/>
        <source>Give an email address or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="45"/>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="46"/>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="47"/>
        <source>This amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="48"/>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="49"/>
        <source>This is not an amount. Write it like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="51"/>
        <source>Use at most two decimals (whole cents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="52"/>
        <source>Invoice number {number} is already in this file; every invoice needs its own number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="55"/>
        <source>The due date cannot be before the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="56"/>
        <source>The invoice total must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="57"/>
        <source>Only invoices in euro are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="58"/>
        <source>{filename} is not a PDF file; choose the invoice&apos;s PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="60"/>
        <source>The total cannot be lower than what was already paid ({paid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="62"/>
        <source>This is more than the open amount of {open}; enter at most that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="64"/>
        <source>This date is in the future; record a payment once it has been received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="65"/>
        <source>A payment cannot be before the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="66"/>
        <source>Choose at least one invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="70"/>
        <source>This file is already open in another DebtorDesk window. Close it there first, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="71"/>
        <source>This is not a DebtorDesk data file. Choose a file ending in .debtordesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="72"/>
        <source>This file was saved by a newer DebtorDesk. Update DebtorDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="73"/>
        <source>This file is damaged and cannot be opened. Use File &gt; Restore from Backup to get your data back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="74"/>
        <source>DebtorDesk cannot write to this file or its folder. Check the permissions, or save a copy elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="75"/>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="76"/>
        <source>The file is not there any more. It may have been moved or renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/problem_text.py" line="77"/>
        <source>The file could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="17"/>
        <source>Business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="22"/>
        <source>Business name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="23"/>
        <source>Street and number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="24"/>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="25"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="27"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="28"/>
        <source>VAT number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="29"/>
        <source>KvK / enterprise number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="30"/>
        <source>IBAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="31"/>
        <source>BIC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="32"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="33"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="36"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="38"/>
        <source>Default payment term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="39"/>
        <source>Language of letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/profile_dialog.py" line="42"/>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../debtordesk/ui/welcome_page.py" line="22"/>
        <source>Welcome to DebtorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/welcome_page.py" line="27"/>
        <source>DebtorDesk helps you get late invoices paid without losing the client: a calm follow-up, a record of every step, letters that hold up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/welcome_page.py" line="30"/>
        <source>Set up my business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/welcome_page.py" line="32"/>
        <source>Explore the demo business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../debtordesk/ui/welcome_page.py" line="34"/>
        <source>Open a data file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
