<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CustomersSection</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One table for all your customers — current, lost and at risk — with segments, personas, RFM tiers, the interaction log and retention and churn by month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART goals for teams and members, checked live as you type, with burn-up charts, check-ins and a forecast of what you will reach by the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaterSection</name>
    <message>
        <source>This section arrives in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategySection</name>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitors and their prices, the product catalogue with margins and the price calculator, channel performance with acquisition cost, and research notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
