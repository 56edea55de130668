<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditWindow</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/audit/window.py" line="235"/>
        <source>%n audit row(s) exported to {0}</source>
        <translation>
            <numerusform>%n audit row exported to {0}</numerusform>
            <numerusform>%n audit rows exported to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="56"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="57"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="58"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="59"/>
        <source>%n document file(s)</source>
        <translation>
            <numerusform>%n document file</numerusform>
            <numerusform>%n document files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetAppointmentsDialog</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="209"/>
        <source>%n appointment(s) will be booked.</source>
        <translation>
            <numerusform>%n appointment will be booked.</numerusform>
            <numerusform>%n appointments will be booked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetsTab</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="116"/>
        <source>%n open, worth {0}</source>
        <translation>
            <numerusform>%n open, worth {0}</numerusform>
            <numerusform>%n open, worth {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="119"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/care/charts.py" line="167"/>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="114"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="156"/>
        <source>Left unticked: valid for %n day(s) after the test (Settings).</source>
        <translation>
            <numerusform>Left unticked: valid for %n day after the test (Settings).</numerusform>
            <numerusform>Left unticked: valid for %n days after the test (Settings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="26"/>
        <source>%n day(s) since the last visit</source>
        <translation>
            <numerusform>%n day since the last visit</numerusform>
            <numerusform>%n days since the last visit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="29"/>
        <source>at risk after %n day(s)</source>
        <translation>
            <numerusform>at risk after %n day</numerusform>
            <numerusform>at risk after %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="34"/>
        <source>usually every %n day(s)</source>
        <translation>
            <numerusform>usually every %n day</numerusform>
            <numerusform>usually every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreditsTab</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="157"/>
        <source>Vouchers (%n active)</source>
        <translation>
            <numerusform>Vouchers (%n active)</numerusform>
            <numerusform>Vouchers (%n active)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="158"/>
        <source>Prepaid cards (%n active)</source>
        <translation>
            <numerusform>Prepaid cards (%n active)</numerusform>
            <numerusform>Prepaid cards (%n active)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="159"/>
        <source>Loyalty cards (%n active)</source>
        <translation>
            <numerusform>Loyalty cards (%n active)</numerusform>
            <numerusform>Loyalty cards (%n active)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="215"/>
        <source>Cancel the voucher &quot;{0}&quot; (%n session(s) left)? It stays in the customer&apos;s history, shown as cancelled, and can no longer be used.</source>
        <translation>
            <numerusform>Cancel the voucher &quot;{0}&quot; (%n session left)? It stays in the customer&apos;s history, shown as cancelled, and can no longer be used.</numerusform>
            <numerusform>Cancel the voucher &quot;{0}&quot; (%n sessions left)? It stays in the customer&apos;s history, shown as cancelled, and can no longer be used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="234"/>
        <source>Voucher &quot;{0}&quot; (%n session(s), bought {1}) deleted: {2}</source>
        <translation>
            <numerusform>Voucher &quot;{0}&quot; (%n session, bought {1}) deleted: {2}</numerusform>
            <numerusform>Voucher &quot;{0}&quot; (%n sessions, bought {1}) deleted: {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="257"/>
        <source>The voucher &quot;{0}&quot; has %n session(s) used, so it cannot be deleted: it is part of the customer&apos;s history. Cancel it instead?</source>
        <translation>
            <numerusform>The voucher &quot;{0}&quot; has %n session used, so it cannot be deleted: it is part of the customer&apos;s history. Cancel it instead?</numerusform>
            <numerusform>The voucher &quot;{0}&quot; has %n sessions used, so it cannot be deleted: it is part of the customer&apos;s history. Cancel it instead?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="188"/>
        <source>All %Ln customer(s) the filter shows</source>
        <translation>
            <numerusform>All %Ln customer the filter shows</numerusform>
            <numerusform>All %Ln customers the filter shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="189"/>
        <source>All %Ln customer(s)</source>
        <translation>
            <numerusform>All %Ln customer</numerusform>
            <numerusform>All %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="193"/>
        <source>Apply to all %Ln customer(s) the filter shows…</source>
        <translation>
            <numerusform>Apply to all %Ln customer the filter shows…</numerusform>
            <numerusform>Apply to all %Ln customers the filter shows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="194"/>
        <source>Apply to all %Ln customer(s)…</source>
        <translation>
            <numerusform>Apply to all %Ln customer…</numerusform>
            <numerusform>Apply to all %Ln customers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="307"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="427"/>
        <source>Change %Ln customer(s)</source>
        <translation>
            <numerusform>Change %Ln customer</numerusform>
            <numerusform>Change %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="433"/>
        <source>Give the badge to %Ln customer(s)?</source>
        <translation>
            <numerusform>Give the badge to %Ln customer?</numerusform>
            <numerusform>Give the badge to %Ln customers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="434"/>
        <source>Take the badge from %Ln customer(s)?</source>
        <translation>
            <numerusform>Take the badge from %Ln customer?</numerusform>
            <numerusform>Take the badge from %Ln customers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="441"/>
        <source>Set the category of %Ln customer(s)?</source>
        <translation>
            <numerusform>Set the category of %Ln customer?</numerusform>
            <numerusform>Set the category of %Ln customers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="446"/>
        <source>Activate %Ln customer(s)?</source>
        <translation>
            <numerusform>Activate %Ln customer?</numerusform>
            <numerusform>Activate %Ln customers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="447"/>
        <source>Deactivate %Ln customer(s)?</source>
        <translation>
            <numerusform>Deactivate %Ln customer?</numerusform>
            <numerusform>Deactivate %Ln customers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="464"/>
        <source>Give %Ln customer(s) back what they had before the last bulk change?</source>
        <translation>
            <numerusform>Give %Ln customer back what they had before the last bulk change?</numerusform>
            <numerusform>Give %Ln customers back what they had before the last bulk change?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="494"/>
        <source>Delete %Ln customer(s)? Everything recorded about them (appointments, sales, notes…) is deleted too. This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln customer? Everything recorded about them (appointments, sales, notes…) is deleted too. This cannot be undone.</numerusform>
            <numerusform>Delete %Ln customers? Everything recorded about them (appointments, sales, notes…) is deleted too. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="497"/>
        <source>Delete %Ln customer(s)</source>
        <translation>
            <numerusform>Delete %Ln customer</numerusform>
            <numerusform>Delete %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_undo.py" line="26"/>
        <source>Undo giving the badge “{0}” to %Ln customer(s)</source>
        <translation>
            <numerusform>Undo giving the badge “{0}” to %Ln customer</numerusform>
            <numerusform>Undo giving the badge “{0}” to %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_undo.py" line="27"/>
        <source>Undo taking the badge “{0}” from %Ln customer(s)</source>
        <translation>
            <numerusform>Undo taking the badge “{0}” from %Ln customer</numerusform>
            <numerusform>Undo taking the badge “{0}” from %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_undo.py" line="29"/>
        <source>Undo setting the category “{0}” on %Ln customer(s)</source>
        <translation>
            <numerusform>Undo setting the category “{0}” on %Ln customer</numerusform>
            <numerusform>Undo setting the category “{0}” on %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_undo.py" line="31"/>
        <source>Undo taking %Ln customer(s) out of their category</source>
        <translation>
            <numerusform>Undo taking %Ln customer out of their category</numerusform>
            <numerusform>Undo taking %Ln customers out of their category</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_undo.py" line="33"/>
        <source>Undo activating %Ln customer(s)</source>
        <translation>
            <numerusform>Undo activating %Ln customer</numerusform>
            <numerusform>Undo activating %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_undo.py" line="34"/>
        <source>Undo deactivating %Ln customer(s)</source>
        <translation>
            <numerusform>Undo deactivating %Ln customer</numerusform>
            <numerusform>Undo deactivating %Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="205"/>
        <source>{0}  ·  %Ln appointment(s)</source>
        <translation>
            <numerusform>{0}  ·  %Ln appointment</numerusform>
            <numerusform>{0}  ·  %Ln appointments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/details_tab.py" line="182"/>
        <source>{0} (%n year(s) old)</source>
        <translation>
            <numerusform>{0} (%n year old)</numerusform>
            <numerusform>{0} (%n years old)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n budget</numerusform>
            <numerusform>%n budgets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n cash movement(s)</source>
        <translation>
            <numerusform>%n cash movement</numerusform>
            <numerusform>%n cash movements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n consent change(s)</source>
        <translation>
            <numerusform>%n consent change</numerusform>
            <numerusform>%n consent changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n debt(s)</source>
        <translation>
            <numerusform>%n debt</numerusform>
            <numerusform>%n debts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n loyalty card(s)</source>
        <translation>
            <numerusform>%n loyalty card</numerusform>
            <numerusform>%n loyalty cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n patch test(s)</source>
        <translation>
            <numerusform>%n patch test</numerusform>
            <numerusform>%n patch tests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n points movement(s)</source>
        <translation>
            <numerusform>%n points movement</numerusform>
            <numerusform>%n points movements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n prepaid card(s)</source>
        <translation>
            <numerusform>%n prepaid card</numerusform>
            <numerusform>%n prepaid cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n survey(s)</source>
        <translation>
            <numerusform>%n survey</numerusform>
            <numerusform>%n surveys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n voucher(s)</source>
        <translation>
            <numerusform>%n voucher</numerusform>
            <numerusform>%n vouchers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/page.py" line="180"/>
        <source>%n group(s) ({0} high, {1} medium, {2} low confidence)</source>
        <translation>
            <numerusform>%n group ({0} high, {1} medium, {2} low confidence)</numerusform>
            <numerusform>%n groups ({0} high, {1} medium, {2} low confidence)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/page.py" line="183"/>
        <source>among {0} customer(s)</source>
        <translation>
            <numerusform>among {0} customer</numerusform>
            <numerusform>among {0} customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="190"/>
        <source>%n other field(s) the same in every record.</source>
        <translation>
            <numerusform>%n other field is the same in every record.</numerusform>
            <numerusform>%n other fields are the same in every record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="155"/>
        <source>{rows} row(s) on sheet “{sheet}”</source>
        <translation>
            <numerusform>{rows} row on sheet “{sheet}”</numerusform>
            <numerusform>{rows} rows on sheet “{sheet}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="157"/>
        <source>{known} of %n column(s) recognised.</source>
        <translation>
            <numerusform>{known} of %n column recognised.</numerusform>
            <numerusform>{known} of %n columns recognised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/global_search.py" line="218"/>
        <source>{0} of {1} match(es) · Enter opens · Shift+Enter lists them all</source>
        <translation>
            <numerusform>{0} of {1} match · Enter opens · Shift+Enter lists them all</numerusform>
            <numerusform>{0} of {1} matches · Enter opens · Shift+Enter lists them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="145"/>
        <source>The %n customer(s) it created will be deleted</source>
        <translation>
            <numerusform>The %n customer it created will be deleted</numerusform>
            <numerusform>The %n customers it created will be deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="146"/>
        <source>and the %n it filled in restored.</source>
        <translation>
            <numerusform>and the %n it filled in restored.</numerusform>
            <numerusform>and the %n it filled in restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="160"/>
        <source>%n customer(s) deleted,</source>
        <translation>
            <numerusform>%n customer deleted,</numerusform>
            <numerusform>%n customers deleted,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="161"/>
        <source>%n restored.</source>
        <translation>
            <numerusform>%n restored.</numerusform>
            <numerusform>%n restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="178"/>
        <source>… and %n more warning(s)</source>
        <translation>
            <numerusform>… and %n more warning</numerusform>
            <numerusform>… and %n more warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/main_window.py" line="310"/>
        <source>{0} of %Ln customer(s)</source>
        <translation>
            <numerusform>{0} of %Ln customer</numerusform>
            <numerusform>{0} of %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/main_window.py" line="312"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="254"/>
        <source>{known} of %n column(s) will be imported or ignored as shown; {missing} still to choose.</source>
        <translation>
            <numerusform>{known} of %n column will be imported or ignored as shown; {missing} still to choose.</numerusform>
            <numerusform>{known} of %n columns will be imported or ignored as shown; {missing} still to choose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="257"/>
        <source>All %n column(s) ready.</source>
        <translation>
            <numerusform>The %n column is ready.</numerusform>
            <numerusform>All %n columns are ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/audience_view.py" line="150"/>
        <source>%n customer(s) will receive it</source>
        <translation>
            <numerusform>%n customer will receive it</numerusform>
            <numerusform>%n customers will receive it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/audience_view.py" line="151"/>
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/audience_view.py" line="166"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/composer.py" line="310"/>
        <source>Open WhatsApp for %n customer(s)…</source>
        <translation>
            <numerusform>Open WhatsApp for %n customer…</numerusform>
            <numerusform>Open WhatsApp for %n customers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/composer.py" line="312"/>
        <source>Schedule for %n customer(s)</source>
        <translation>
            <numerusform>Schedule for %n customer</numerusform>
            <numerusform>Schedule for %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/composer.py" line="314"/>
        <source>Send to %n customer(s)</source>
        <translation>
            <numerusform>Send to %n customer</numerusform>
            <numerusform>Send to %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/composer.py" line="416"/>
        <source>Each SMS is %n part(s) long.</source>
        <translation>
            <numerusform>Each SMS is %n part long.</numerusform>
            <numerusform>Each SMS is %n parts long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/composer.py" line="417"/>
        <source>About %n SMS will be sent. Send it?</source>
        <translation>
            <numerusform>About %n SMS will be sent. Send it?</numerusform>
            <numerusform>About %n SMS will be sent. Send it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/composer.py" line="421"/>
        <source>Send this message to %n customer(s)?</source>
        <translation>
            <numerusform>Send this message to %n customer?</numerusform>
            <numerusform>Send this message to %n customers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/composer.py" line="422"/>
        <source>%n customer(s) are left out (listed).</source>
        <translation>
            <numerusform>%n customer is left out (listed).</numerusform>
            <numerusform>%n customers are left out (listed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/feature.py" line="76"/>
        <source>The %n ticked customer(s)</source>
        <translation>
            <numerusform>The %n ticked customer</numerusform>
            <numerusform>The %n ticked customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/feature.py" line="82"/>
        <location filename="../../salon_desk/ui/messages/feature.py" line="85"/>
        <source>All %n customer(s) the filter shows</source>
        <translation>
            <numerusform>All %n customer the filter shows</numerusform>
            <numerusform>All %n customers the filter shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/feature.py" line="83"/>
        <source>All %n customer(s)</source>
        <translation>
            <numerusform>All %n customer</numerusform>
            <numerusform>All %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/fields.py" line="27"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/fields.py" line="28"/>
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/outbox.py" line="141"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/outbox.py" line="178"/>
        <source>Sending: {0} of %n message(s)…</source>
        <translation>
            <numerusform>Sending: {0} of %n message…</numerusform>
            <numerusform>Sending: {0} of %n messages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/points_tab.py" line="129"/>
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/points_tab.py" line="131"/>
        <source>%n point(s) per currency unit spent</source>
        <translation>
            <numerusform>%n point per currency unit spent</numerusform>
            <numerusform>%n points per currency unit spent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="420"/>
        <source>&lt;b&gt;{rows}&lt;/b&gt; row(s):</source>
        <translation>
            <numerusform>&lt;b&gt;{rows}&lt;/b&gt; row:</numerusform>
            <numerusform>&lt;b&gt;{rows}&lt;/b&gt; rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="421"/>
        <source>&lt;b&gt;{new}&lt;/b&gt; new customer(s)</source>
        <translation>
            <numerusform>&lt;b&gt;{new}&lt;/b&gt; new customer</numerusform>
            <numerusform>&lt;b&gt;{new}&lt;/b&gt; new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="424"/>
        <source>{n} match(es) customers already here and {action}</source>
        <translation>
            <numerusform>{n} matches a customer already here and {action}</numerusform>
            <numerusform>{n} match customers already here and {action}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="430"/>
        <source>{n} with values that cannot be read ({what})</source>
        <translation>
            <numerusform>{n} with values that cannot be read ({what})</numerusform>
            <numerusform>{n} with values that cannot be read ({what})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="434"/>
        <source>{n} will be rejected</source>
        <translation>
            <numerusform>{n} will be rejected</numerusform>
            <numerusform>{n} will be rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="437"/>
        <source>{n} repeat(s) an earlier row of the file</source>
        <translation>
            <numerusform>{n} repeats an earlier row of the file</numerusform>
            <numerusform>{n} repeat an earlier row of the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="441"/>
        <source>{n} with a value guessed or cleaned on the way (kept, with the “Check import” badge)</source>
        <translation>
            <numerusform>{n} with a value guessed or cleaned on the way (kept, with the “Check import” badge)</numerusform>
            <numerusform>{n} with a value guessed or cleaned on the way (kept, with the “Check import” badge)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message numerus="yes">
        <location filename="../../salon_desk/services/printing/summary.py" line="271"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/printing/summary.py" line="292"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/printing/summary.py" line="299"/>
        <source>{left} of %n session(s) left</source>
        <translation>
            <numerusform>{left} of %n session left</numerusform>
            <numerusform>{left} of %n sessions left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/printing/summary.py" line="321"/>
        <source>{amount} and %n session(s)</source>
        <translation>
            <numerusform>{amount} and %n session</numerusform>
            <numerusform>{amount} and %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/printing/preview.py" line="302"/>
        <source>Sent %n page(s) to {printer}</source>
        <translation>
            <numerusform>Sent %n page to {printer}</numerusform>
            <numerusform>Sent %n pages to {printer}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/privacy/forgetting.py" line="54"/>
        <source>The customer was forgotten (%n document file(s) removed). Their sales are kept under “Forgotten customer”.</source>
        <translation>
            <numerusform>The customer was forgotten (%n document file removed). Their sales are kept under “Forgotten customer”.</numerusform>
            <numerusform>The customer was forgotten (%n document files removed). Their sales are kept under “Forgotten customer”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="65"/>
        <source>%n customer(s) with no visit for the retention period</source>
        <translation>
            <numerusform>%n customer with no visit for the retention period</numerusform>
            <numerusform>%n customers with no visit for the retention period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="66"/>
        <source>(%n year(s), in the backup settings). Keep them or forget them.</source>
        <translation>
            <numerusform>(%n year, in the backup settings). Keep them or forget them.</numerusform>
            <numerusform>(%n years, in the backup settings). Keep them or forget them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/header.py" line="253"/>
        <source>{0} (%n year(s) old)</source>
        <translation>
            <numerusform>{0} (%n year old)</numerusform>
            <numerusform>{0} (%n years old)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/header.py" line="258"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="128"/>
        <source>{rows} row(s) read from {file}.</source>
        <translation>
            <numerusform>{rows} row read from {file}.</numerusform>
            <numerusform>{rows} rows read from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="135"/>
        <source>{0} customer(s) with a value that could not be read: it is in the notes, with the “Check import” badge.</source>
        <translation>
            <numerusform>{0} customer with a value that could not be read: it is in the notes, with the “Check import” badge.</numerusform>
            <numerusform>{0} customers with a value that could not be read: it is in the notes, with the “Check import” badge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="139"/>
        <source>{0} customer(s) with a value guessed or cleaned on the way: the notes say which, with the “Check import” badge.</source>
        <translation>
            <numerusform>{0} customer with a value guessed or cleaned on the way: the notes say which, with the “Check import” badge.</numerusform>
            <numerusform>{0} customers with a value guessed or cleaned on the way: the notes say which, with the “Check import” badge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="410"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="140"/>
        <source>&lt;b&gt;Total purchases: {0}&lt;/b&gt; in %n sale(s)  ·  services {2}  ·  products {3}</source>
        <translation>
            <numerusform>&lt;b&gt;Total purchases: {0}&lt;/b&gt; in %n sale  ·  services {2}  ·  products {3}</numerusform>
            <numerusform>&lt;b&gt;Total purchases: {0}&lt;/b&gt; in %n sales  ·  services {2}  ·  products {3}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/segments/panel.py" line="221"/>
        <source>%n customer(s) match</source>
        <translation>
            <numerusform>%n customer match</numerusform>
            <numerusform>%n customers match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SellPrepaidDialog</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="154"/>
        <source>Worth {0}, sold for {1}, valid %n month(s)</source>
        <translation>
            <numerusform>Worth {0}, sold for {1}, valid %n month</numerusform>
            <numerusform>Worth {0}, sold for {1}, valid %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="123"/>
        <source>Voucher &quot;{voucher}&quot; has only %n session(s) left</source>
        <translation>
            <numerusform>Voucher &quot;{voucher}&quot; has only %n session left</numerusform>
            <numerusform>Voucher &quot;{voucher}&quot; has only %n sessions left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="141"/>
        <source>The customer has only %n point(s)</source>
        <translation>
            <numerusform>The customer has only %n point</numerusform>
            <numerusform>The customer has only %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="150"/>
        <source>{name} (%n left)</source>
        <translation>
            <numerusform>{name} (%n left)</numerusform>
            <numerusform>{name} (%n left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="199"/>
        <source>Voucher &quot;{name}&quot; sold on ticket {ticket} has %n session(s) used already, so the sale cannot be cancelled</source>
        <translation>
            <numerusform>Voucher &quot;{name}&quot; sold on ticket {ticket} has %n session used already, so the sale cannot be cancelled</numerusform>
            <numerusform>Voucher &quot;{name}&quot; sold on ticket {ticket} has %n sessions used already, so the sale cannot be cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="212"/>
        <source>Voucher &quot;{name}&quot; has %n session(s) used, so it cannot be deleted; cancel it instead</source>
        <translation>
            <numerusform>Voucher &quot;{name}&quot; has %n session used, so it cannot be deleted; cancel it instead</numerusform>
            <numerusform>Voucher &quot;{name}&quot; has %n sessions used, so it cannot be deleted; cancel it instead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="215"/>
        <source>Voucher &quot;{name}&quot; (%n session(s), bought {day}) deleted: {reason}</source>
        <translation>
            <numerusform>Voucher &quot;{name}&quot; (%n session, bought {day}) deleted: {reason}</numerusform>
            <numerusform>Voucher &quot;{name}&quot; (%n sessions, bought {day}) deleted: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="304"/>
        <source>Import {id} cannot be undone: %n of its customers changed since.
  {listed}</source>
        <translation>
            <numerusform>Import {id} cannot be undone: %n of its customers changed since.
  {listed}</numerusform>
            <numerusform>Import {id} cannot be undone: %n of its customers changed since.
  {listed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="309"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="315"/>
        <source>Row {row}: a quote (&quot;) opens a value that runs over lines {first} to {last} of the file and takes in %n line(s) that look like rows of their own. Check the quotes in that row: as it stands, those lines are read as part of it.</source>
        <translation>
            <numerusform>Row {row}: a quote (&quot;) opens a value that runs over lines {first} to {last} of the file and takes in %n line that looks like a row of its own. Check the quotes in that row: as it stands, that line is read as part of it.</numerusform>
            <numerusform>Row {row}: a quote (&quot;) opens a value that runs over lines {first} to {last} of the file and takes in %n lines that look like rows of their own. Check the quotes in that row: as it stands, those lines are read as part of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="324"/>
        <source>The file mixes two ways of writing accented letters: %n row(s) ({rows}) were read as Windows-1252, the rest as UTF-8. Check their names; they carry the “Check import” badge.</source>
        <translation>
            <numerusform>The file mixes two ways of writing accented letters: %n row ({rows}) was read as Windows-1252, the rest as UTF-8. Check its names; it carries the “Check import” badge.</numerusform>
            <numerusform>The file mixes two ways of writing accented letters: %n rows ({rows}) were read as Windows-1252, the rest as UTF-8. Check their names; they carry the “Check import” badge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="331"/>
        <source>NUL characters (invisible control codes) were removed from %n row(s): {rows}.</source>
        <translation>
            <numerusform>NUL characters (invisible control codes) were removed from %n row: {rows}.</numerusform>
            <numerusform>NUL characters (invisible control codes) were removed from %n rows: {rows}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="334"/>
        <source>%n cell(s) hold a formula without its result (rows {rows}): the file was saved by a program that does not calculate. Open it in a spreadsheet program, save it and import it again; as it stands, the formulas are kept in the notes.</source>
        <translation>
            <numerusform>%n cell holds a formula without its result (row {rows}): the file was saved by a program that does not calculate. Open it in a spreadsheet program, save it and import it again; as it stands, the formula is kept in the notes.</numerusform>
            <numerusform>%n cells hold a formula without its result (rows {rows}): the file was saved by a program that does not calculate. Open it in a spreadsheet program, save it and import it again; as it stands, the formulas are kept in the notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="339"/>
        <source>%n row(s) ({rows}) hold a number with a decimal comma (such as 10,5) that the commas separating the columns had cut in two: it was read as one number.</source>
        <translation>
            <numerusform>%n row ({rows}) holds a number with a decimal comma (such as 10,5) that the commas separating the columns had cut in two: it was read as one number.</numerusform>
            <numerusform>%n rows ({rows}) hold a number with a decimal comma (such as 10,5) that the commas separating the columns had cut in two: it was read as one number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="343"/>
        <source>%n row(s) ({rows}) have values in columns without a header: they are kept in the notes of those customers, who carry the “Check import” badge.</source>
        <translation>
            <numerusform>%n row ({rows}) has values in columns without a header: they are kept in the notes of that customer, who carries the “Check import” badge.</numerusform>
            <numerusform>%n rows ({rows}) have values in columns without a header: they are kept in the notes of those customers, who carry the “Check import” badge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="399"/>
        <source>too long: at most %n character(s) fit in this field; this has {length}</source>
        <translation>
            <numerusform>too long: at most %n character fit in this field; this has {length}</numerusform>
            <numerusform>too long: at most %n characters fit in this field; this has {length}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="449"/>
        <source>Too long: at most %n character(s) fit here; this has {length}</source>
        <translation>
            <numerusform>Too long: at most %n character fit here; this has {length}</numerusform>
            <numerusform>Too long: at most %n characters fit here; this has {length}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="662"/>
        <source>%n session(s) already used</source>
        <translation>
            <numerusform>%n session already used</numerusform>
            <numerusform>%n sessions already used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="683"/>
        <source>The customer has only %n point(s); {taken} cannot be taken</source>
        <translation>
            <numerusform>The customer has only %n point; {taken} cannot be taken</numerusform>
            <numerusform>The customer has only %n points; {taken} cannot be taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="752"/>
        <source>The last bulk change cannot be undone: {count} of its %n customer(s) changed since</source>
        <translation>
            <numerusform>The last bulk change cannot be undone: {count} of its %n customer changed since</numerusform>
            <numerusform>The last bulk change cannot be undone: {count} of its %n customers changed since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="966"/>
        <source>The database {server} already holds a salon (%n customer(s)): a salon is moved only into an empty database. Give the address of a new, empty database.</source>
        <translation>
            <numerusform>The database {server} already holds a salon (%n customer): a salon is moved only into an empty database. Give the address of a new, empty database.</numerusform>
            <numerusform>The database {server} already holds a salon (%n customers): a salon is moved only into an empty database. Give the address of a new, empty database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="972"/>
        <source>Nothing was copied: the salon file holds %n text(s) longer than a salon server accepts; the first is {column} in row {row} of the table {table} ({length} characters where {limit} fit). Shorten them in Salon Desk on this computer, then move again.</source>
        <translation>
            <numerusform>Nothing was copied: the salon file holds %n text longer than a salon server accepts; the first is {column} in row {row} of the table {table} ({length} characters where {limit} fit). Shorten them in Salon Desk on this computer, then move again.</numerusform>
            <numerusform>Nothing was copied: the salon file holds %n texts longer than a salon server accepts; the first is {column} in row {row} of the table {table} ({length} characters where {limit} fit). Shorten them in Salon Desk on this computer, then move again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="83"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="94"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="99"/>
        <source>{0}: %n time(s)</source>
        <translation>
            <numerusform>{0}: %n time</numerusform>
            <numerusform>{0}: %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="95"/>
        <source>{0} customer(s) exported to {1}</source>
        <translation>
            <numerusform>{0} customer exported to {1}</numerusform>
            <numerusform>{0} customers exported to {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="102"/>
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} and %n more</numerusform>
            <numerusform>{0} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="104"/>
        <source>%n cell(s) held more than the 32,767 characters a spreadsheet cell takes (customers {0}): each goes on in the “(continued)” columns at the end of its row, and importing this file joins them back whole. A .csv export keeps them in one cell.</source>
        <translation>
            <numerusform>%n cell held more than the 32,767 characters a spreadsheet cell takes (customers {0}): each goes on in the “(continued)” columns at the end of its row, and importing this file joins them back whole. A .csv export keeps them in one cell.</numerusform>
            <numerusform>%n cells held more than the 32,767 characters a spreadsheet cell takes (customers {0}): each goes on in the “(continued)” columns at the end of its row, and importing this file joins them back whole. A .csv export keeps them in one cell.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoidSaleDialog</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="110"/>
        <source>The %n point(s) it earned are taken back</source>
        <translation>
            <numerusform>The %n point it earned are taken back</numerusform>
            <numerusform>The %n points it earned are taken back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="154"/>
        <source>%n voucher session(s) given back</source>
        <translation>
            <numerusform>%n voucher session given back</numerusform>
            <numerusform>%n voucher sessions given back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="159"/>
        <source>%n point(s) it was paid with given back</source>
        <translation>
            <numerusform>%n point it was paid with given back</numerusform>
            <numerusform>%n points it was paid with given back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="162"/>
        <source>%n point(s) earned taken back</source>
        <translation>
            <numerusform>%n point earned taken back</numerusform>
            <numerusform>%n points earned taken back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="164"/>
        <source>%n point(s) earned could not be taken back: the customer has spent them</source>
        <translation>
            <numerusform>%n point earned could not be taken back: the customer has spent them</numerusform>
            <numerusform>%n points earned could not be taken back: the customer has spent them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoucherSessionsDialog</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="351"/>
        <source>%n earlier session(s), no details recorded</source>
        <translation>
            <numerusform>%n earlier session, no details recorded</numerusform>
            <numerusform>%n earlier sessions, no details recorded</numerusform>
        </translation>
    </message>
</context>
</TS>
