<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BudgetsTab</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="121"/>
        <source>%n open, worth {0}</source>
        <translation>
            <numerusform>%n open, worth {0}</numerusform>
            <numerusform>%n open, worth {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="124"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreditsTab</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="231"/>
        <source>Cancel the voucher &quot;{0}&quot; (%n session(s) left)? It stays in the customer&apos;s history, shown as cancelled, and can no longer be used.</source>
        <translation>
            <numerusform>Cancel the voucher &quot;{0}&quot; (%n session left)? It stays in the customer&apos;s history, shown as cancelled, and can no longer be used.</numerusform>
            <numerusform>Cancel the voucher &quot;{0}&quot; (%n sessions left)? It stays in the customer&apos;s history, shown as cancelled, and can no longer be used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="250"/>
        <source>Voucher &quot;{0}&quot; (%n session(s), bought {1}) deleted: {2}</source>
        <translation>
            <numerusform>Voucher &quot;{0}&quot; (%n session, bought {1}) deleted: {2}</numerusform>
            <numerusform>Voucher &quot;{0}&quot; (%n sessions, bought {1}) deleted: {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="273"/>
        <source>The voucher &quot;{0}&quot; has %n session(s) used, so it cannot be deleted: it is part of the customer&apos;s history. Cancel it instead?</source>
        <translation>
            <numerusform>The voucher &quot;{0}&quot; has %n session used, so it cannot be deleted: it is part of the customer&apos;s history. Cancel it instead?</numerusform>
            <numerusform>The voucher &quot;{0}&quot; has %n sessions used, so it cannot be deleted: it is part of the customer&apos;s history. Cancel it instead?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="196"/>
        <source>{0}  ·  %Ln appointment(s)</source>
        <translation>
            <numerusform>{0}  ·  %Ln appointment</numerusform>
            <numerusform>{0}  ·  %Ln appointments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/main_window.py" line="289"/>
        <source>{0} of %Ln customer(s)</source>
        <translation>
            <numerusform>{0} of %Ln customer</numerusform>
            <numerusform>{0} of %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/main_window.py" line="291"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="104"/>
        <source>Voucher &quot;{voucher}&quot; has only %n session(s) left</source>
        <translation>
            <numerusform>Voucher &quot;{voucher}&quot; has only %n session left</numerusform>
            <numerusform>Voucher &quot;{voucher}&quot; has only %n sessions left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="122"/>
        <source>The customer has only %n point(s)</source>
        <translation>
            <numerusform>The customer has only %n point</numerusform>
            <numerusform>The customer has only %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="131"/>
        <source>{name} (%n left)</source>
        <translation>
            <numerusform>{name} (%n left)</numerusform>
            <numerusform>{name} (%n left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="177"/>
        <source>Voucher &quot;{name}&quot; sold on ticket {ticket} has %n session(s) used already, so the sale cannot be cancelled</source>
        <translation>
            <numerusform>Voucher &quot;{name}&quot; sold on ticket {ticket} has %n session used already, so the sale cannot be cancelled</numerusform>
            <numerusform>Voucher &quot;{name}&quot; sold on ticket {ticket} has %n sessions used already, so the sale cannot be cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="190"/>
        <source>Voucher &quot;{name}&quot; has %n session(s) used, so it cannot be deleted; cancel it instead</source>
        <translation>
            <numerusform>Voucher &quot;{name}&quot; has %n session used, so it cannot be deleted; cancel it instead</numerusform>
            <numerusform>Voucher &quot;{name}&quot; has %n sessions used, so it cannot be deleted; cancel it instead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="193"/>
        <source>Voucher &quot;{name}&quot; (%n session(s), bought {day}) deleted: {reason}</source>
        <translation>
            <numerusform>Voucher &quot;{name}&quot; (%n session, bought {day}) deleted: {reason}</numerusform>
            <numerusform>Voucher &quot;{name}&quot; (%n sessions, bought {day}) deleted: {reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoidSaleDialog</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="109"/>
        <source>The %n point(s) it earned are taken back</source>
        <translation>
            <numerusform>The %n point it earned are taken back</numerusform>
            <numerusform>The %n points it earned are taken back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="153"/>
        <source>%n voucher session(s) given back</source>
        <translation>
            <numerusform>%n voucher session given back</numerusform>
            <numerusform>%n voucher sessions given back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="158"/>
        <source>%n point(s) it was paid with given back</source>
        <translation>
            <numerusform>%n point it was paid with given back</numerusform>
            <numerusform>%n points it was paid with given back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="161"/>
        <source>%n point(s) earned taken back</source>
        <translation>
            <numerusform>%n point earned taken back</numerusform>
            <numerusform>%n points earned taken back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="163"/>
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
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="362"/>
        <source>%n earlier session(s), no details recorded</source>
        <translation>
            <numerusform>%n earlier session, no details recorded</numerusform>
            <numerusform>%n earlier sessions, no details recorded</numerusform>
        </translation>
    </message>
</context>
</TS>
