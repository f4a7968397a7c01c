<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tessera::CardCodeCsv</name>
    <message numerus="yes">
        <source>%n lines are invalid; nothing was imported. The first: %1</source>
        <translation>
            <numerusform>%n line is invalid; nothing was imported. It is: %1</numerusform>
            <numerusform>%n lines are invalid; nothing was imported. The first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::CardCodeImportDialog</name>
    <message numerus="yes">
        <source>%1: %n code line(s) after the header.</source>
        <translation>
            <numerusform>%1: %n code line after the header.</numerusform>
            <numerusform>%1: %n code lines after the header.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::CartPanel</name>
    <message numerus="yes">
        <source>This line has %n ticket type(s): press 1 to %n.</source>
        <translation>
            <numerusform>This line has %n ticket type: press 1.</numerusform>
            <numerusform>This line has %n ticket types: press 1 to %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) held for this sale.</source>
        <translation>
            <numerusform>%n item held for this sale.</numerusform>
            <numerusform>%n items held for this sale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::DashboardPage</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) at %1</source>
        <translation>
            <numerusform>%n order at %1</numerusform>
            <numerusform>%n orders at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::EventCancelDialog</name>
    <message numerus="yes">
        <source>%n paid order(s) refunded</source>
        <translation>
            <numerusform>%n paid order refunded</numerusform>
            <numerusform>%n paid orders refunded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n ticket(s), %1 in all.</source>
        <translation>
            <numerusform>: %n ticket, %1 in all.</numerusform>
            <numerusform>: %n tickets, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part-paid order(s) cancelled and what they had paid, %1, refunded.</source>
        <translation>
            <numerusform>%n part-paid order cancelled and what it had paid, %1, refunded.</numerusform>
            <numerusform>%n part-paid orders cancelled and what they had paid, %1, refunded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid order(s) cancelled, %1 hold(s) released.</source>
        <translation>
            <numerusform>%n unpaid order cancelled, holds released: %1.</numerusform>
            <numerusform>%n unpaid orders cancelled, holds released: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; was cancelled: %n order(s) refunded.</source>
        <translation>
            <numerusform>&quot;%1&quot; was cancelled: %n order refunded.</numerusform>
            <numerusform>&quot;%1&quot; was cancelled: %n orders refunded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::EventListModel</name>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>%Ln seat free</numerusform>
            <numerusform>%Ln seats free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::FulfilDialog</name>
    <message numerus="yes">
        <source>Total %1 · %n ticket(s)</source>
        <translation>
            <numerusform>Total %1 · %n ticket</numerusform>
            <numerusform>Total %1 · %n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ImportCardCodesCommand</name>
    <message numerus="yes">
        <source>%n line(s) of the file are invalid; nothing was imported.</source>
        <translation>
            <numerusform>%n line of the file is invalid; nothing was imported.</numerusform>
            <numerusform>%n lines of the file are invalid; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) hold codes that are already in the pool; nothing was imported.</source>
        <translation>
            <numerusform>%n line holds a code that is already in the pool; nothing was imported.</numerusform>
            <numerusform>%n lines hold codes that are already in the pool; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::MainWindow</name>
    <message numerus="yes">
        <source>Unpaid counter orders now give their seats back after %n minute(s).</source>
        <translation>
            <numerusform>Unpaid counter orders now give their seats back after %n minute.</numerusform>
            <numerusform>Unpaid counter orders now give their seats back after %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::PaymentDialog</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::RunReportDocument</name>
    <message numerus="yes">
        <source>%1 · entries that waited: %n</source>
        <translation>
            <numerusform>%1 · entries that waited: %n</numerusform>
            <numerusform>%1 · entries that waited: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::SeatMapLegend</name>
    <message numerus="yes">
        <source>Selected (%n)</source>
        <translation>
            <numerusform>Selected (%n)</numerusform>
            <numerusform>Selected (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::SeatPlanImportDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 seats in %n categories&lt;br&gt;%3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 seats in %n category&lt;br&gt;%3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 seats in %n categories&lt;br&gt;%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::SellPage</name>
    <message numerus="yes">
        <source>%n seat(s) selected · %1 — Enter adds them</source>
        <translation>
            <numerusform>%n seat selected · %1 — Enter adds it</numerusform>
            <numerusform>%n seats selected · %1 — Enter adds them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No %n seats together are free.</source>
        <translation>
            <numerusform>No seat is free.</numerusform>
            <numerusform>No %n seats together are free.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::StaffTab</name>
    <message numerus="yes">
        <source>no (%n wrong PIN(s))</source>
        <translation>
            <numerusform>no (%n wrong PIN)</numerusform>
            <numerusform>no (%n wrong PINs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::SyncStatusLabel</name>
    <message numerus="yes">
        <source>Server: online · %n to send · synced %1</source>
        <translation>
            <numerusform>Server: online · %n to send · synced %1</numerusform>
            <numerusform>Server: online · %n to send · synced %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server: offline · %n to send · last sync %1 (selling goes on)</source>
        <translation>
            <numerusform>Server: offline · %n to send · last sync %1 (selling goes on)</numerusform>
            <numerusform>Server: offline · %n to send · last sync %1 (selling goes on)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server: this terminal was revoked · %n not sent</source>
        <translation>
            <numerusform>Server: this terminal was revoked · %n not sent</numerusform>
            <numerusform>Server: this terminal was revoked · %n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server: sync failing · %n to send</source>
        <translation>
            <numerusform>Server: sync failing · %n to send</numerusform>
            <numerusform>Server: sync failing · %n to send</numerusform>
        </translation>
    </message>
</context>
</TS>
