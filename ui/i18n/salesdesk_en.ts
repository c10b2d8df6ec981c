<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>The desktop workbench of a head of sales: the team, the sales strategy, customers, SMART goals and PDF reports — offline, in one local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt for Python {qt} and Python {python}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckResultDialog</name>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is healthy: the file is intact and every record it refers to exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n problem(s).</source>
        <translation>
            <numerusform>{name} has %n problem.</numerusform>
            <numerusform>{name} has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} uses data format {found}; this SalesDesk uses format {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make no more changes in this file: restore the latest backup, or ask your administrator to look at the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>DashboardSection</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a SalesDesk database or create one from the File menu to see revenue, orders and customers for the chosen period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by month: the last 12 months against a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dates}; in progress: figures up to {day}, compared with the same days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>{name} is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took over the lock left by {holder}, which is no longer running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>Welcome to SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo database to explore SalesDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds an invented company with its sales team, customers and sales. It is saved as {path}; your own data can go into a new database any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a SalesDesk database, start a new one for your company, or explore SalesDesk on a demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create demo database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>SalesDesk databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
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
    <name>KpiCard</name>
    <message>
        <source>{points} pp</source>
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
    <name>MainWindow</name>
    <message>
        <source>The last database, {path}, is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the sales team is organised: by territory, by product line or by type of customer. Views break their figures down this way by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives in a later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command} arrives in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period with &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another SalesDesk writes to this file; you can look but not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} [read-only] — SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale line(s)</source>
        <translation>
            <numerusform>%Ln sale line</numerusform>
            <numerusform>%Ln sale lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Northwind Trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All amounts of this database are in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
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
    <name>PeriodPicker</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the period that contains today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyPrompt</name>
    <message>
        <source>another SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} on {host} (process {pid}, since {since})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is open for writing by {holder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open it read-only: you see everything but cannot change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the report settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices changed: press Preview to see the new report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to build reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Preview to see the report here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be built: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when SalesDesk starts next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
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
    <name>TaskStatus</name>
    <message>
        <source>Progress of the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to see your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams and members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no teams or members yet. Import members or create the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a team or a member to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading figures of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n active member</numerusform>
            <numerusform>%n active members</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on {date}; the figures are kept in the history.</source>
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
        <translation>
            <numerusform>%n active member</numerusform>
            <numerusform>%n active members</numerusform>
        </translation>
    </message>
    <message>
        <source>Left on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>SalesDesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
