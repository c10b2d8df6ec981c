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
    <name>AnalyticsView</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance to win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected from the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel and stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted forecast by month against the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline coverage of the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline by member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the pipeline analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}; open deals as on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>{money} a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s). </source>
        <translation>
            <numerusform>%n open deal. </numerusform>
            <numerusform>%n open deals. </numerusform>
        </translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskFirst</name>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Propose owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also rebalance overloaded members (move their smallest accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let managers and the head of sales take accounts too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default only sales representatives receive accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a customer to leave it where it is; double-click its new owner to choose another member who covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers and their proposed owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed changes per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposing owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: no customer needs an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) get a new owner.</source>
        <translation>
            <numerusform>%n customer gets a new owner.</numerusform>
            <numerusform>%n customers get a new owner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue is counted over {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) stay without an owner: nobody active covers them ({money} in the period).</source>
        <translation>
            <numerusform>%n customer stays without an owner: nobody active covers them ({money} in the period).</numerusform>
            <numerusform>%n customers stay without an owner: nobody active covers them ({money} in the period).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) stay without an owner: no sales representative covers them ({money} in the period).</source>
        <translation>
            <numerusform>%n customer stays without an owner: no sales representative covers it ({money} in the period).</numerusform>
            <numerusform>%n customers stay without an owner: no sales representative covers them ({money} in the period).</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposal could not be worked out: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>rotting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
    </message>
    <message>
        <source>{deals} · {amount} · weighted {weighted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Chance to win {chance}: {won} of the {reached} deals closed in the last 365 days that reached this stage were won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance to win {chance}: the stage&apos;s default, as only {reached} deals closed in the last 365 days reached it (20 are needed to learn it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>All products ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) directly in this category</source>
        <translation>
            <numerusform>%n product directly in this category</numerusform>
            <numerusform>%n products directly in this category</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelTableModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
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
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who bought in the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CAC: the channel won no new customers in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition spend divided by the new customers won in the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsView</name>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: who bought in the channel. CAC: the channel&apos;s acquisition spend in the months of the period divided by the new customers it won (first purchase ever in the period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and gross margin by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online against offline channels by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading channel performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels in {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales channels yet.</source>
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
    <name>CheckinDialog</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value measured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanySettingsDialog</name>
    <message>
        <source>Company settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the language writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer is current while their last purchase is this recent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A current customer who has not bought for longer is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints put at risk after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint or ticket open for longer puts the customer at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year starts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters and years of the period picker and the reports follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompetitorDialog</name>
    <message>
        <source>Edit competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our differentiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated market share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompetitorTableModel</name>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated market share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last price check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their prices were last checked more than 6 months ago.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Your change is not saved yet: choose which values to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageTreeModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} (via {item})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gap: customers or sales here, and nobody active covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An overlap: %n members or teams cover it.</source>
        <translation>
            <numerusform>An overlap: %n member or team covers it.</numerusform>
            <numerusform>An overlap: %n members or teams cover it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Red: a gap — customers or sales, nobody active covering. Amber: an overlap — more than one covering. Grey names cover through a parent item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose owners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose an owner for every customer without one, from this coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the coverage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by product category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage could not be worked out: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to cover yet: this list is empty in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overlap(s)</source>
        <translation>
            <numerusform>%n overlap</numerusform>
            <numerusform>%n overlaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overloaded member(s)</source>
        <translation>
            <numerusform>%n overloaded member</numerusform>
            <numerusform>%n overloaded members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) over capacity</source>
        <translation>
            <numerusform>%n account over capacity</numerusform>
            <numerusform>%n accounts over capacity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>{money} in {period}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <source>Select a customer to see their profile and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the status follow the sales again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the complaint or ticket selected in the timeline (else the oldest open one) as of today; it no longer puts the customer at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked lost: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer needs a name and a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the complaint of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an interaction with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the owner of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {name} lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the status of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>Export view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customers shown, with these columns, as CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>The customers could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the customers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} rows to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Type a name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting customers</source>
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
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to see your customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing the customer figures up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating customer figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer figures brought up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading segments</source>
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
        <source>Click to see the list behind this number</source>
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
        <source>Revenue by the lens dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top and bottom members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top and bottom members by revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by product category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by account type</source>
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
        <source>No goals in {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by member: {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers of {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dates}; in progress: figures up to {day}, compared with the same days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, comma-separated, UTF-8 (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales (order lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {period}, the period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the filters</source>
        <translation></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns are named as the import expects them, so the file can be imported back. Text that a spreadsheet would run as a formula is written as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to {path}.</source>
        <translation>
            <numerusform>Wrote %Ln row to {path}.</numerusform>
            <numerusform>Wrote %Ln rows to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
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
        <source>{name} is read-only: it is open for reading only.</source>
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
        <source>Automatic backup of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the contents of {target} with the backup {backup}?

A safety copy of the current state is written first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {backup}; the previous state was saved as {copy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
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
    <name>DateDialog</name>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 125 000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer from the list, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not a number, e.g. 125 000 or 125000.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealPane</name>
    <message>
        <source>Choose a deal to see its history and follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost on {day}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, in {stage} ({pipeline})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (done)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteStageDialog</name>
    <message>
        <source>Delete stage {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They move to the stage chosen, with their history: their time in {stage} counts as time in it. Undo puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them to</source>
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
    <name>DetailPane</name>
    <message>
        <source>No goals are set for them yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
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
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
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
        <source>reports to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on {date}; the figures are kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n current</source>
        <translation>
            <numerusform>%n current</numerusform>
            <numerusform>%n current</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n lost</numerusform>
            <numerusform>%n lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capacity: up to %n current account(s)</source>
        <translation>
            <numerusform>Capacity: up to %n current account</numerusform>
            <numerusform>Capacity: up to %n current accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers nothing yet: assign territories, categories or account types in the Coverage tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>The change could not be saved: {error}</source>
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
    <name>ExchangeFiles</name>
    <message>
        <source>Tables (*.csv *.xlsx *.xlsm *.txt *.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this mapping as:</source>
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
    <name>FieldDelegate</name>
    <message>
        <source>— not imported —</source>
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
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or Windows-1251; commas, semicolons or tabs) or an Excel workbook (.xlsx). The first row must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as {format}; {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, code, contact, e-mail, phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any days since sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale for ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers whose last sale is at least this old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All RFM tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All account types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Grow e-commerce revenue by 15% in Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better (e.g. churn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the manual metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific and measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner and scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources (achievable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates (time-bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period of equal length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth over the baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history to compare: set the target value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline in this scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ({period}): no history to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMART check finds this goal hard to reach or to time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split adds up to {total}: {difference} short of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split adds up to {total}: {difference} over the target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalView</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn-up chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution by member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected from the open deals before the end: {expected} of the {gap} still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates and averages do not split by member; the chart shows the level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contributions yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalWords</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual metric</source>
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
        <source>Goals by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a goal to see its progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the goals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet: create one with New goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goals could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the goal editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what depends on the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a check-in to {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a check-in of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a check-in of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goals that stay as goals of their own: {children}. Check-ins deleted with it: {checkins}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the goal &quot;{title}&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolderDialog</name>
    <message>
        <source>Assign coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is covered by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingModel</name>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Imported as {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Sales (order lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open (needs follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <source>Mark as left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of {name}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadTableModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Mark the deal as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <source>Mark as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. moved to a competitor, closed down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
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
        <source>&amp;Company settings…</source>
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
        <source>Needs the rights of the head of sales or the admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers, sales, products, members or deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s name, currency and rules</source>
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
        <source>Counting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns to fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesDesk guessed from the column names what each column holds. Correct any guess; columns left “not imported” are passed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for files whose dates could be read two ways, e.g. %d/%m/%Y or %m/%d/%Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the mapping {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} is not a date format such as %d.%m.%Y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketView</name>
    <message>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our prices against the competitors&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add competitor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each competitor&apos;s latest price, with how far ours lies above (+) or below (−) it. * greyed: seen before {date}, more than 6 months ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No competitors yet: add the companies you lose deals to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our differentiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated market share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add competitor {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit competitor {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what depends on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n price observation(s) will be deleted with it.</source>
        <translation>
            <numerusform>%n price observation will be deleted with it.</numerusform>
            <numerusform>%n price observations will be deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n research note(s) will lose their link to it.</source>
        <translation>
            <numerusform>%n research note will lose its link to it.</numerusform>
            <numerusform>%n research notes will lose their link to it.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete competitor {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a price of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a price of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the price of {product} seen on {date}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a price of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most current accounts this member can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPipelineTable</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline by member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name} to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message>
        <source>Whose day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotting deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints and service tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due, </source>
        <translation>
            <numerusform>%n follow-up due, </numerusform>
            <numerusform>%n follow-ups due, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
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
    <message>
        <source>{code} is not an ISO 4217 currency code such as RUB, USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit research note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. pricing, churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Change owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
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
    <name>PersonaCardWidget</name>
    <message>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No linked segment: link one to see its customers and revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment “{segment}”: {customers} customers · {share} of revenue · retention {retention} ({period})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonasPage</name>
    <message>
        <source>Loading personas and their segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personas yet. A persona describes an ideal customer: who they are, their goals, pains and objections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineCards</name>
    <message>
        <source>Open pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won in the period so far plus the open deals expected to close in it, each weighted by its stage&apos;s chance to win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see the list behind this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the pipeline figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message>
        <source>won + weighted open, closing in {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineSection</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a deal or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines and stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rename and deactivate pipelines; add, rename, reorder and delete their stages; set each stage&apos;s chance to win and rotting days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing next quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing in the chosen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as won…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All account types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {deal} to {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {deal} as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {deal} as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen {deal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal {deal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {deal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up of {deal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule a follow-up to {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineSetupDialog</name>
    <message>
        <source>Pipelines and stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage&apos;s chance to win is its default: once 20 deals closed in the last 365 days have passed through it, the forecast learns the chance from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal… does not offer an inactive pipeline; its deals and figures stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chance to win, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rots after, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal uses this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename stage {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the chance to win of {stage} to {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Let deals rot after %n day(s) in {stage}</source>
        <translation>
            <numerusform>Let deals rot after %n day in {stage}</numerusform>
            <numerusform>Let deals rot after %n days in {stage}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage {stage} up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage {stage} down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline keeps at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pipeline {pipeline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename pipeline {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate pipeline {pipeline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate pipeline {pipeline}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceCalculator</name>
    <message>
        <source>Price calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin (cost plus margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceived value (from the competitors&apos; prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the list price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Variable cost per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Profit margin on the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Fixed costs of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Units expected in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Our value against competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a product to price it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({code}): cost {cost}, list price {price}, margin {margin}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n competitor price(s) from the last 6 months are compared in step 4.</source>
        <translation>
            <numerusform>%n competitor price from the last 6 months is compared in step 4.</numerusform>
            <numerusform>%n competitor prices from the last 6 months are compared in step 4.</numerusform>
        </translation>
    </message>
    <message>
        <source>No competitor price from the last 6 months: record them in Market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested price: {price} (now {current}, {change})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the price?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at this price once more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceComparisonModel</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours vs average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far our price lies above (+) or below (−) the competitors&apos; average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: seen on {date}; ours is {difference} against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than 6 months: it may no longer hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>Price seen at {competitor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website, catalogue, store visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceHistoryModel</name>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricingView</name>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a product by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the product catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the list price of {name} to {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what uses {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be deleted: other records use it ({uses}). Mark it inactive instead (Edit…), which keeps its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete product {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the price?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at this price once more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalMovesModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not moved</source>
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
    <name>RecordDialog</name>
    <message>
        <source>The change was not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
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
        <source>Choose the period in the toolbar at the top</source>
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
        <source>as chosen in the toolbar, for every section</source>
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
    <name>ResearchNoteModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market research</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResearchView</name>
    <message>
        <source>Research notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, text, tags and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading research notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No research notes yet: write down what you learn about customers and the market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note {title}? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention and churn by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition cost against retention cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts by first-purchase month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk, by revenue at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue at stake (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a customer, or press Enter, to open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing retention for the 12 months up to {month}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 12 months up to {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record acquisition and retention spend per channel to compare the costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {period} a new customer cost {cac}, keeping one {kept}: {ratio}× as much.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is one transaction: if you cancel, the database stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the dashboard&apos;s figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the stored figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Corporate customers in Moscow at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer belongs to the segment when every condition holds. Membership is recomputed from the data, never kept by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who match all of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM tier is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting segment members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match</source>
        <translation>
            <numerusform>%n customer matches</numerusform>
            <numerusform>%n customers match</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save segment {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLoginDialog</name>
    <message>
        <source>Open Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesDesk never stores the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
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
    <name>SmartPanel</name>
    <message>
        <source>Specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking against your history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART score: {score} of 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageTableModel</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance to win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage&apos;s default chance to win, used while fewer than 20 deals closed in the last 365 days reached it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open deal rots after this many days without a stage change or a follow-up done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals open in the stage now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals whose history passed through the stage, closed ones too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrategySection</name>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <source>Strategy data could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from {name} ({format}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of {name} ({format}) have problems, so nothing was written. Fix them and import again, or import again and leave those rows out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales lines added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New territories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New teams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New personas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pipelines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stages:</source>
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
    <name>TeamCommands</name>
    <message>
        <source>New &amp;team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve to team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit team {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename team to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename member to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name} to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move {name} and %n more to {target}</source>
        <translation>
            <numerusform>Move {name} and %n more to {target}</numerusform>
            <numerusform>Move {name} and %n more to {target}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} becomes {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what depends on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use by: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its members and sub-teams move up to its parent team, its goals pass to the parent team and its coverage is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their customers become unowned, members reporting to them report to their boss, and their coverage is removed. A member with sales keeps them: mark them as having left instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign {name} from {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign owners to %n customer(s)</source>
        <translation>
            <numerusform>Assign owners to %n customer</numerusform>
            <numerusform>Assign owners to %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Edit team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to see your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the head of sales or the admin may change the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no teams or members yet. Create a team or a member, import members, or create the demo.</source>
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
        <source>Select a team or a member to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading figures of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team could not be loaded: {error}</source>
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
    <name>TreePane</name>
    <message>
        <source>Drag members and teams onto a team to move them (or Move to team…); right-click for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the head of sales or the admin may change the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams and members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
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
<context>
    <name>ValidationPage</name>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of the file is read and checked. Nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nothing while any row has a problem (fix the file first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the rows with problems and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To import, leave out the rows with problems, or go back after fixing the file and check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a row has a problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows cannot be imported, for these reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: every row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first {shown} problems are listed; there are {count} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import will add, leaving out the rows with problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import will add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals to update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates to skip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WonDialog</name>
    <message>
        <source>Mark the deal as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ref</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
