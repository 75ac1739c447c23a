<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgentPage</name>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;coaching session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate per item and period (evaluations in brackets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest items beside the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute the selected evaluation or one of its items; the dispute goes to the QA queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal &amp;personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item pass rates by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact centre figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoQaPage</name>
    <message>
        <source>Auto-QA coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often evaluators agreed with each rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement of evaluators with each rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreed answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion note: what &quot;meets&quot; looks like for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;draft version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingSessionDialog</name>
    <message>
        <source>Coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus items (weakest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations to go through together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on the focus items (pass rate before and after the session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s ac&amp;knowledgement:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputesPage</name>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open disputes, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dispute in the queue to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change answers to overturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision note for the agent, the team lead and the evaluator (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is required: say why the score stands or changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score stands; the dispute closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revision with the changed answers replaces the evaluation in reports; the original stays, marked superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations: first submissions in the month (calibration and self evaluations excluded). Disputes: raised in the month. Overturn rate: overturned of the disputes resolved in the month. A few disputes swing a rate a lot: read it with its counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By scorecard item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal &amp;personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute rates by evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute rates by item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a contact from the queue to evaluate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start live clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments at a moment of the contact (click to jump there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment at the current moment (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall comment for the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard my changes and show the stored evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine as a new draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest and options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV manifest lists the contacts with their recordings or transcripts (see docs/formats/contacts.md). Nothing is written until every row has been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manifest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone of times without an offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent&apos;s side of stereo recordings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create agents the workspace does not know (with the manifest&apos;s name and team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row, recording and transcript is checked. Choose what to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create these agents and check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;nothing while any row has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the &amp;good rows and leave the others out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows are written in one transaction: a cancel or a failure leaves the workspace as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>QA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to QA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to evaluate calls and chats, coach agents and plan your QA. A workspace is one file that holds your teams, contacts, scorecards and evaluations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a &amp;demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About QA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in as another user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
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
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recordings folders…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCalibrationDialog</name>
    <message>
        <source>New calibration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scorecard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting (deadline):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace holds one centre&apos;s contacts, scorecards, evaluations and people in a single file. You start it as its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards to add, published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default tar&amp;get score:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message numerus="yes">
        <source>%n critical failure(s)</source>
        <translation>
            <numerusform>%n critical failure</numerusform>
            <numerusform>%n critical failures</numerusform>
        </translation>
    </message>
    <message>
        <source>below the target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down %1 points since last month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>QA activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score by team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents who need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may sign in to this workspace, and in which role. Users are deactivated, never deleted, so past evaluations keep their names. Every change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deac&amp;tivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two scenarios side by side: change B to see what a different plan would cost. Every term is in hours per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy A to B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample, by agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved plans and their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts drawn for evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved sampling plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat reply that comes within the limit counts as on time: the agent page, the reports and the queue filters use it. Changing it measures every chat again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaiseDisputeDialog</name>
    <message>
        <source>Raise a dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disputed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened in the contact, and where, that the score misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required: the reviewer decides on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the report again from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One CSV file per table, UTF-8 for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook with one sheet per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable PDF with the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which day puts an evaluation in the period: its submission (a revision keeps the one it replaces) or the contact&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardDesignerPage</name>
    <message>
        <source>Scorecard:</source>
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
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and items (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a section or an item to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without its own weight a section counts as much as its possible points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment required when failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — as the evaluator sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks before publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix before publishing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Scorecard version %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this scorecard is published and cannot change; edit a new draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this scorecard is already published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is the same form as published version %2: nothing to publish. Change the draft first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an agent, or press Enter, to open their page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching sessions and their effect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. kim.minji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teams led:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive (may sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::AccessRules</name>
    <message>
        <source>Only QA evaluators, managers and administrators evaluate contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators publish or retire scorecards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators save sampling plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators manage people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators import past evaluations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators may reveal personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents see only their own records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leads see only the agents of the teams they lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody disputes an evaluation they made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leads dispute only evaluations of the teams they lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents dispute only their own evaluations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes are raised by the agent, their team lead or a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only QA evaluators, managers and administrators decide disputes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody decides a dispute on an evaluation they made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody decides a dispute they raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the coached agent acknowledges a coaching session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only QA evaluators, managers and administrators import contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only QA evaluators, managers and administrators organise calibration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators change the centre&apos;s reply limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators name recordings roots.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::AcknowledgementStatus</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::AgentPage</name>
    <message numerus="yes">
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Last %n month</numerusform>
            <numerusform>Last %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluations in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags: the scores vary within their control limits, without a significant trend, at or above the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score ± margin (95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (one evaluation: no margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the evaluation to dispute in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA score (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT (average handle time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR (first-contact resolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (share of 4–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> of %n response(s)</source>
        <translation>
            <numerusform> of %n response</numerusform>
            <numerusform> of %n responses</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus and effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revised by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the selected contact&apos;s card, resident registration and phone numbers and e-mail addresses unmasked; the audit log records who revealed which contact, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead air per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> over %n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Overtalk share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s share of the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First chat response</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> over %n chat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Longest reply wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies within the limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::Aggregates</name>
    <message>
        <source>evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of squared scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicable answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in the aggregates, but no answers count there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing from the aggregates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3 in the aggregates, %4 from the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more difference(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>agent %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, team %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, score band %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfied contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts resolved at first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pairs with a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sum of scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sum of squared scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sum of squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sum of products with the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, evaluator %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluations with the time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluations compared with peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of deviations from peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overtalk share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent talk share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies within the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::Agreement</name>
    <message>
        <source>Poor agreement (less than chance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slight agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost perfect agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative conclusions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reliable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::AnswerSheet</name>
    <message>
        <source>offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers: must be an object of item key → answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scorecard has no item with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text: an option label, yes, no or na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A is not allowed for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of this item (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the text of a comment on an answered item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::AutoQaCoverage</name>
    <message>
        <source>No contacts in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-checked %1 % of %2 contacts; evaluated by people %3 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::AutoQaEngine</name>
    <message>
        <source>The item has no automatic rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase rules need the call&apos;s transcript, and none was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has no messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure needs the call&apos;s analysed recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure needs a chat or e-mail the agent answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule names an answer the item does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 says “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent message %1 says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent message says a forbidden phrase (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agent message(s) say a forbidden phrase; the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, within the limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, over the limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, at least the required %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, under the required %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::AutoQaPage</name>
    <message>
        <source>Checking the contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n contact(s) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) checked, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::AutoQaRule</name>
    <message>
        <source>is required (one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of a rule (the fields are %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of one or more phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may hold at most %1 phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold a letter or a digit (spacing, case and punctuation are ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a forbidden phrase counts anywhere in the contact, so it takes no window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with one of %1, e.g. {&quot;first_messages&quot;: 2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to metric rules, not to phrase rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric rule needs exactly one of at_most and at_least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to phrase rules, not to metric rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the label of one of the item&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure within a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest dead air (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtalk (% of the call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s share of the talking (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest agent monologue (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest reply wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies within the limit (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in the first %n agent message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n agent message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the first %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::AutoQaRuleEditor</name>
    <message>
        <source>Automatic check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases (variants, separated by /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggests (held / not held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the phrases are looked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many messages or seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most or at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer suggested when the rule holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer suggested when it does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first failing answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::AutoQaRunner</name>
    <message>
        <source>Contact %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::AutoQaSuggestionsView</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the item&apos;s rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your answer agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationPage</name>
    <message>
        <source>No calibration session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind until every participant has submitted or the organiser reveals it: %1 of %2 submitted. Nobody sees the others&apos; answers before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scoring is still to come: Score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items in disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard deviation %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deviations from the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deviations from the consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open my scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organiser, a manager or an administrator keeps the answer key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revealed calibration session in the last %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to clarify first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leniency (+) or severity (−) against the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session created. Each participant scores it blind with Score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the answer key of this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft version %1 holds the clarified guidance; review and publish it on the Scorecards page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationRepository</name>
    <message>
        <source>Calibration session %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calibration scoring needs its session; session %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration session &quot;%1&quot; is revealed: nobody scores it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the participants of &quot;%1&quot; score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration session &quot;%1&quot; scores one contact on one scorecard version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evaluator already scores &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationReveal</name>
    <message>
        <source>N/A</source>
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
    <name>qadesk::CalibrationService</name>
    <message>
        <source>Calibration session %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calibration session needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calibration session scores on a published scorecard version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calibration session needs at least two participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take part: only active evaluators, managers and administrators score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference evaluator must be one of the participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a participant of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the participants and QA see a calibration session&apos;s scorings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorings of &quot;%1&quot; stay hidden until every participant has submitted or the organiser reveals them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard version of &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organiser of &quot;%1&quot;, a manager or an administrator reveals it before everyone has submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organiser of &quot;%1&quot;, a manager or an administrator keeps its answer key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer key of &quot;%1&quot; is agreed after the reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard of &quot;%1&quot; has no item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; has no option %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; does not allow N/A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organiser of &quot;%1&quot;, a manager or an administrator turns its notes into a scorecard draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item of &quot;%1&quot; has a discussion note to add to the guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarified in calibration &quot;%1&quot; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance clarified by the calibration session &quot;%1&quot; of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationSessionModel</name>
    <message>
        <source>%1 of %2 submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::CallPlayerWidget</name>
    <message>
        <source>−5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 5 seconds (Ctrl+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 5 seconds (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed (Ctrl+Up / Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time anyone is speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mono recording: it tells speech from silence only, not who spoke, so talk times, overtalk and response times need a stereo recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the agent is speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the customer is speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk ratio, agent : customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s share of the talking to the customer&apos;s, in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides silent for %1 or more, added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest dead air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest stretch of dead air.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides speaking at once for %1 or more, added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest agent monologue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest the agent spoke without the customer saying anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean agent response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the end of each customer turn to the agent&apos;s first word, on average; below zero when the agent starts before the customer has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::Channel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ChartView</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>A chart point read out: series, category (a month, a team), value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::CoachingEffect</name>
    <message>
        <source>Too few evaluations to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::CoachingRepository</name>
    <message>
        <source>Coaching session %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::CoachingSessionDialog</name>
    <message>
        <source>The agent&apos;s words (required for a refusal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — agent %2, team %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 points · %4 failed item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item %1 has no text: write what was agreed, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one focus item: coaching needs a target the scores can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal is recorded with the agent&apos;s words: write them beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ConnectServerDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qa-db.centre.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qadesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: from the keyring, PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred: encrypted when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: never encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: encrypted, certificate not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the certificate&apos;s authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the authority and the server&apos;s name (safest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in this desktop&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the host, the database and your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not remembered: %1. QA Desk will ask for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remembered password could not be forgotten: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ContactImport</name>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not call, chat or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not inbound or outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call has a recording, not a transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only calls have recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chat or e-mail needs its transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty, and there is no recording or transcript to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent has employee id &quot;%1&quot;; choose to create unknown agents to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the transcript does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has problems, listed under that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest has no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no such column (see docs/formats/contacts.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking line %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not checked completely; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 has problems (%2 in all). Fix them, or import only the good rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recording lasts %2 s, longer than a contact may (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read while checking the rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this computer has no folder for the recordings root %2 (File → Recordings folders…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recording is outside %2, the folder of the recordings root %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ConversationMetrics</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead air over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overtalk over %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply wait over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply limit must be from %1 to %2 seconds, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1: the recording&apos;s channels differ in length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::Correlation</name>
    <message>
        <source>negligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::CriticalScope</name>
    <message>
        <source>Not critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing zeroes the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing zeroes the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::CsvReader</name>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::CsvReportWriter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::Database</name>
    <message>
        <source>(in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a QA Desk workspace: it is not an SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. QA Desk needs to write to a workspace: make the file writable or copy it to a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; QA Desk keeps its journal files beside the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An in-memory workspace cannot be shared with another thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a QA Desk workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of QA Desk (workspace schema %2; this version reads up to %3). Update QA Desk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1 to %2 before upgrading it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema step %1 is missing from this build of QA Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply schema step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record schema step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: upgrading to workspace schema %2 failed, nothing was changed. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup; the .bak files beside a workspace are copies made before each upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program (the lock did not clear within %2 s). Close the other program or wait, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), not a QA Desk workspace. To make a new workspace of it, create one with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade (workspace schema %2 to %3), which reading alone cannot do. Open it once with write access, in QA Desk or with a qadesk-cli command that writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a QA Desk workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: upgrading the workspace failed, nothing was changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no QA Desk workspace yet; an administrator sets it up with qadesk-cli server init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was upgraded by a newer version of QA Desk meanwhile (workspace schema %2; this version reads up to %3). Update QA Desk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock the workspace schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read whether the workspace is a team server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::DemoWorkspaceBuilder</name>
    <message>
        <source>%1 already exists; choose a new file for the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs at least one agent, one month and one contact per agent and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the demo workspace to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the demo recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording demo calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA Desk demo centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and evaluations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes, coaching and calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly sample %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::Direction</name>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::DisputeRepository</name>
    <message>
        <source>Evaluation %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest submitted version of an evaluation can be disputed (evaluation %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 already has an open dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 has no item &quot;%2&quot; to dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispute needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 does not exist, so cannot resolve dispute %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot resolve dispute %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dispute was already decided by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::DisputeStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::DisputesPage</name>
    <message>
        <source>Whole evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the dispute was raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open disputes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open dispute(s), oldest first</source>
        <translation>
            <numerusform>%n open dispute, oldest first</numerusform>
            <numerusform>%n open disputes, oldest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review: no dispute is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dispute in the queue to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · agent %2 · evaluated by %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator&apos;s comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole evaluation is disputed: change every answer that should be different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the disputed item can change. Choose the answer it should have had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score as submitted: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to overturn, change the answer under &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with your changes: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed item needs a comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold the score of %1 (%2)? The dispute closes and the evaluation stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute on %1 upheld: the score of %2 stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the disputed answer first, or uphold the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturn the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturn the dispute on %1? A revision scoring %2 (was %3) replaces the evaluation in reports; the original stays, marked superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute on %1 overturned: revision %2 scores %3 (was %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest %1 resolved disputes, the most recent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resolved dispute(s), the most recent first</source>
        <translation>
            <numerusform>%n resolved dispute, the most recent first</numerusform>
            <numerusform>%n resolved disputes, the most recent first</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this contact&apos;s card, resident registration and phone numbers and e-mail addresses unmasked; the audit log records who revealed which contact, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the disputed evaluation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationImport</name>
    <message>
        <source>the workspace has no scorecard named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecard &quot;%1&quot; has no published version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no %1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecard &quot;%1&quot; has no item with the key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact has the id &quot;%1&quot;; import the contacts first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user has the login &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a QA evaluator, manager or administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD, optionally with HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failed &quot;%1&quot; needs a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already evaluated contact %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationKind</name>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self evaluation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationPage</name>
    <message>
        <source>To evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment at the current moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published scorecard for %1 contacts: publish one on the Scorecards page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording yet: live evaluation. Start the clock to anchor comments to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by %1 on %2. It changes only through a dispute or a revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, saved every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 (raw %2) · %3 of %4 items answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A critical item failed: this evaluation scores 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A critical item failed: its section scores 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted: %1 item(s) need an answer and %2 failed item(s) need a comment (outlined in red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit this evaluation? It will be locked and can then change only through a dispute or a revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings (*.wav *.mp3 *.ogg *.opus *.m4a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by %1 on %2, revised by %3 on %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration: you score blind. The others&apos; answers show on the Calibration page after the reveal; this scoring never counts in the agent&apos;s scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration scoring submitted by %1 on %2. It never counts in the agent&apos;s scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your form is kept as a new draft; the changed draft %1 stays as the other desktop saved it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationRepository</name>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this scorecard is a draft; evaluations use published versions only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 was submitted and is locked; change it through a dispute or a revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 is already submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 is a draft; edit it instead of revising it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 was already revised; revise its latest revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1: a draft is submitted, never set to another status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot submit: these items have no answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot submit: these failed items need a comment: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard version %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 answers item &quot;%2&quot;, which version %3 of its scorecard does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 does not exist, so cannot evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot evaluate: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluatorQuality</name>
    <message>
        <source>steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::Headcount</name>
    <message>
        <source>%1 must be 0 or more, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid hours per FTE must be more than 0, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shrinkage must be from 0 up to (not including) 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utilisation must be more than 0 and at most 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration hours per QA (%1) take all of a QA person&apos;s productive hours (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ImportValues</name>
    <message>
        <source>a date and time such as 2026-01-05 10:31:02 or 2026-01-05T10:31:02+09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent, customer, bot or system (상담사, 고객, 챗봇, 시스템)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1/0, Y/N, yes/no or true/false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ImportWizard</name>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>Imported %n contact.</numerusform>
            <numerusform>Imported %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n agent(s).</source>
        <translation>
            <numerusform>Created %n agent.</numerusform>
            <numerusform>Created %n agents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n team(s).</source>
        <translation>
            <numerusform>Created %n team.</numerusform>
            <numerusform>Created %n teams.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) with problems.</source>
        <translation>
            <numerusform>Left out %n row with problems.</numerusform>
            <numerusform>Left out %n rows with problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recording yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording or transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows ready (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown agents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled. Go back and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s)</source>
        <translation>
            <numerusform>%1 (%2): %n row</numerusform>
            <numerusform>%1 (%2): %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ready, %2 with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems, or choose to import only the good rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: a manager adds one in File → Recordings folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no folder on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recordings root:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::InputFile</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file (a folder, pipe or device cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes, more than the %3 MB an input file may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than the %2 MB an input file may have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ItemKind</name>
    <message>
        <source>Yes / No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options with points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was upgraded; a copy of the old file is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — QA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Workspace: %1  ·  %n agent(s)</source>
        <translation>
            <numerusform>Workspace: %1  ·  %n agent</numerusform>
            <numerusform>Workspace: %1  ·  %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n evaluation(s)</source>
        <translation>
            <numerusform>  ·  %n evaluation</numerusform>
            <numerusform>  ·  %n evaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>QA Desk workspaces (*.qadesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA Desk workspaces (*.qadesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About QA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;Quality assurance for contact centres: evaluate calls and chats against versioned scorecards, coach agents from their trends, and plan monitoring with statistically sound samples.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>Imported %n contact.</numerusform>
            <numerusform>Imported %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 for damage in the background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was checked: no damage found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user of %1 has a password yet, so nobody can sign in. The administrator sets one with &quot;qadesk-cli user passwd&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: &amp;view as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring calls: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop measuring the calls; the rest are measured when the workspace is next opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the calls was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Measured %n call(s): dead air, overtalk and talk share.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured %1 of %2 call(s); %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::MessageSender</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::MetricsFilterWidget</name>
    <message>
        <source>Any conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead air over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtalk over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply wait over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::MetricsStrip</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::NewCalibrationDialog</name>
    <message>
        <source>Calibration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: compare with the consensus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA Desk workspaces (*.qadesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name: QA Desk never turns an existing file into a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::OverviewPage</name>
    <message>
        <source>%1%2 vs last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evaluations last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluations done / planned (%1 of the plan done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluations done (no sampling plan for this month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average score · target %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical failures (auto-fail items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open disputes waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaching follow-ups due this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Date format of the month shown on the overview (Qt date format): &quot;November 2026&quot;, &quot;2026년 11월&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score by team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::PageReader</name>
    <message>
        <source>Reading the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::PdfReportWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::PeoplePage</name>
    <message>
        <source>Choose a user in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is already deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in. Their evaluations, comments and audit entries keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::PeopleText</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::PlanningPage</name>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact length (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average evaluated call or chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening time ÷ contact length: 1.0 once through, more with re-listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring and write-up (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per evaluation, to the agent or team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching sessions per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month, held by QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching session (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of one session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration (h per QA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per QA person per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live monitoring (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid hours per FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month (40 h a week ≈ 209)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinkage (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave, training, meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of available time on QA work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate or defect rate (Cochran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick estimate (Yamane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pass rate needs the most contacts; with score history, the average-score method usually needs fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent&apos;s contacts this month (0 if unknown or very many). A small population lowers the number needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure you want to be that the true value lies within the margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin of error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± how far the measured value may be from the truth, in percentage or score points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 % when unknown: it gives the safest (largest) number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score spread (σ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of scores; filled in from this workspace&apos;s last three months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate %1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 evaluations the result is within ±%2 points of the truth %3 times out of 100 (n0 = %4 before the population correction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts to evaluate for each margin of error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin of error (± points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live monitoring hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productive hours per FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA FTE needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents per QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input or term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario B (what if)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed number per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistical, per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin (statistical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also contacts already evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-sample low CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-sample repeat contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer contacts than the target: all drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts for %2 agents over %3 weeks; %4 agent(s) have fewer contacts than the target. Seed %5 redraws exactly this sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;: its %2 assignments are in the evaluators&apos; queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done / planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) were chosen through the reserve (%1), the rest at random.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reply limit for chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The reply limit is now %n second(s); every chat was measured again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::RaiseDisputeDialog</name>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
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
    <message>
        <source>%1 · %2 of %3 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evaluation already has an open dispute in the QA queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · evaluated by %3 on %4 · score &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole evaluation (score %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer may change any answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator&apos;s comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::RatingsAgreement</name>
    <message>
        <source>ICC needs two or more raters and two or more units that every rater rated; there are %1 raters and %2 such units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ratings do not vary, so ICC is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa compares exactly two raters; the header names %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit has ratings from two or more raters, so there is no agreement to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 distinct values; alpha at the ordinal and ratio levels takes at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every rating the units share is the same value, so agreement by chance is already perfect and %1 is undefined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::RatingsImport</name>
    <message>
        <source>the file is empty; its first line names the unit column and then each rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must name the unit column and at least one rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 raters; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rater has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no units: the header is followed by no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (text labels are for nominal data only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative; ratio data start at 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::RecordingFoldersDialog</name>
    <message>
        <source>&amp;Add a recordings root…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 stores each recording under a named recordings root. Give the folder where this computer finds each root (where the recordings share is mounted here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a recordings root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the root (2 to 40 letters, digits, - or _), e.g. calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no recordings root yet; a manager or administrator adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the recordings root %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder on this computer (recordings root %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::RecordingProbe</name>
    <message>
        <source>the recording does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a RIFF file that is not WAVE audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV format block is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV file has audio before its format block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV file is truncated: its header promises %1 bytes of audio, the file holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV file has no audio data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audio came out of it within 20 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a playable recording (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audio found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length of the recording cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV format block gives %1 samples per second; recordings have %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::RecordingRoots</name>
    <message>
        <source>&quot;%1&quot; cannot name a recordings root: use 2 to 40 letters, digits, - or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recordings root %1 is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 is in the recordings root &quot;%2&quot;, which this desktop has not mapped to a folder. Choose its folder in File → Recordings folders….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is missing: the recordings root &quot;%1&quot; is the folder %2 on this desktop, and it has no %3. Check that the share is mounted there, or choose another folder in File → Recordings folders….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ReportBuilder</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores are points out of 100; the team average is over the period&apos;s evaluations made in the agent&apos;s current team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± 95 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n month(s) up to the end of the period. ± 95 %: half the confidence interval of the month&apos;s mean. Trend: least-squares line through the monthly means (three months or more).</source>
        <translation>
            <numerusform>The %n month up to the end of the period. ± 95 %: half the confidence interval of the month&apos;s mean. Trend: least-squares line through the monthly means (three months or more).</numerusform>
            <numerusform>The %n months up to the end of the period. ± 95 %: half the confidence interval of the month&apos;s mean. Trend: least-squares line through the monthly means (three months or more).</numerusform>
        </translation>
    </message>
    <message>
        <source>No significant trend or control-chart signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item pass rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest pass rate first. An item passes when the chosen answer is not a failing one; N/A answers do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 most recent comments of the period&apos;s evaluations, newest first; personal data in them is masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sessions held in the %n month(s) up to the end of the period, newest first.</source>
        <translation>
            <numerusform>Sessions held in the %n month up to the end of the period, newest first.</numerusform>
            <numerusform>Sessions held in the %n months up to the end of the period, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus items before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held in the period, newest first; the counts are of their focus items by verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus items by verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate of each focus item in the agent&apos;s evaluations in the %1 days before the session and up to %1 days after it (to %2). Verdict: a two-proportion test at p &lt; %3 with at least %4 answers on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers&apos; average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score given and peers&apos; average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per evaluation: time the evaluator had the contact open, where recorded. Peers&apos; average: the scores the other evaluators gave in this report; a gap can also come from evaluating different agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute figures are kept per evaluator for the whole centre: see this report for all teams, or the disputes page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes as on the disputes page: raised in the period against the evaluator&apos;s first submissions in it; overturn rate: overturned of those resolved in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items, lowest pass rate first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) failed most</source>
        <translation>
            <numerusform>The %n item failed most</numerusform>
            <numerusform>The %n items failed most</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item passes when the chosen answer is not a failing one; N/A answers do not count. An item key shared by several scorecards or versions counts as one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate by team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s answers in each team&apos;s evaluations (the team the agent was in when evaluated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n month(s) up to the end of the period; — where an item had no applicable answer.</source>
        <translation>
            <numerusform>The %n month up to the end of the period; — where an item had no applicable answer.</numerusform>
            <numerusform>The %n months up to the end of the period; — where an item had no applicable answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact outcomes by score band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT and first contact resolution by score band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcomes of the contacts that were evaluated, grouped by their QA score. CSAT: share of answers 4–5 of 1–5. NPS: % promoters (9–10) − % detractors (0–6). FCR: share resolved at first contact. AHT: average handle time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation with QA scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pearson&apos;s r between the QA score and each measure: per evaluated contact (CSAT 1–5, NPS 0–10, FCR 0 or 1, handle seconds), and per agent (average score against the KPIs of all the agent&apos;s contacts in the period). A longer handle time is worse, so a negative r there is good. Correlation is not cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes of every contact the agent handled in the period, evaluated or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams and their agents ranked by average score, the score distribution and sampling plan completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent report card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One agent: scores by month against the team, item pass rates, recent comments and coaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate of every scorecard item, by team and by month: which criteria fail most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations done, time per evaluation, average score given against peers, dispute and overturn rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA vs KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT, NPS, first contact resolution and handle time by score band, with their correlation to QA scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling plan completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned evaluations done, started and overdue, by plan, evaluator and agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching sessions held in the period and whether each focus item&apos;s pass rate changed after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;; the reports are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must run from a valid day to the same or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is about one agent: choose an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
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
        <source>Plans whose period overlaps the report&apos;s, and hand assignments due in it. Completed: the evaluation was submitted; overdue: not completed and due before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan completion by evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period: %1. Planned: sampling plan assignments of the period, done when their evaluation was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations by score band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands include their lower bound; the last includes 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ranked by average score. Change: points against the previous period. Item pass rate: passed answers over applicable answers. Flags: declining, below target, out of control or improving, from the monthly means of the %n month(s) up to the period&apos;s end, as on the team page.</source>
        <translation>
            <numerusform>Ranked by average score. Change: points against the previous period. Item pass rate: passed answers over applicable answers. Flags: declining, below target, out of control or improving, from the monthly means of the %n month up to the period&apos;s end, as on the team page.</numerusform>
            <numerusform>Ranked by average score. Change: points against the previous period. Item pass rate: passed answers over applicable answers. Flags: declining, below target, out of control or improving, from the monthly means of the %n months up to the period&apos;s end, as on the team page.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, by contact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration report is for QA evaluators, managers and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed sessions scheduled in the period; a session still blind does not count. Kappa and alpha treat the items as units, the participants as raters and the options as categories. Calibration sessions are centre-wide: a team or agent choice does not narrow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha × 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement: the share of participant pairs who chose the same answer, averaged over the items and sessions of the month. Spread: the mean standard deviation of the participants&apos; totals. Alpha under 0.667 is too low to rely on (Krippendorff); the chart shows negative alpha as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation from peers (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations per working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median minutes per evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation: the evaluator&apos;s total minus the reference&apos;s (or, without a reference, the participants&apos; mean), averaged over sessions; above 0 is lenient, below 0 severe. Agreement with the key: items on which the evaluator chose the agreed answer, else the reference&apos;s, else the most common one. Drift: the monthly deviation on a control chart, with the rules of agents&apos; trends. Deviation from peers: each regular evaluation&apos;s score minus the mean score the other evaluators gave the same agent in the same month, averaged. Evaluations: regular ones submitted in the period, per weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to clarify first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items with the lowest agreement first: their guidance needs clarifying most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration deviation (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration figures come from the revealed sessions of the period across the centre (see the calibration report): agreement with the agreed answers, the mean deviation from the reference in points (above 0 lenient), and drift of that deviation month by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration sessions: spread of the totals, agreement by month, each evaluator&apos;s leniency and drift, and the items to clarify first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation measures by agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead air per call (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtalk share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent talk share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies within limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts started in the period, by the date of the contact. Each figure is the mean over the measured calls or chats of the agent; replies within limit is the mean of each chat&apos;s share of agent replies that came within the centre&apos;s reply limit (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ReportExporter</name>
    <message>
        <source>CSV, one file per table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ReportsPage</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From – to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::RevealModel</name>
    <message>
        <source>(note only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation from the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation from the consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::Role</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::RowVersion</name>
    <message>
        <source>%1 changed this evaluation at %2 — reload, or keep yours as a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this dispute at %2 — reload to see their change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this coaching session at %2 — reload to see their change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this scorecard draft at %2 — reload to see their change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this sampling plan at %2 — reload to see their change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was deleted by another user (%1 %2 no longer exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::SampleSize</name>
    <message>
        <source>The population must be 0 (unknown) or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z must be positive, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The margin of error must be positive, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected proportion must be between 0 and 1 (exclusive), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard deviation must be positive, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yamane&apos;s formula needs the population size (more than 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number evaluated must be at least 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proportion must be between 0 and 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::Sampler</name>
    <message>
        <source>size: must be fixed or statistical, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel: must be call, chat or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must have a first day on or before its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per_agent: must be at least 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-sampling weights must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no active evaluators to assign the sample to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw: the workspace has no contacts in %1. Import that period&apos;s contacts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to draw: the %n contact(s) in %1 belong to inactive agents only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to draw: none of the %n contact(s) in %1 meets the rule (channel, queue, duration).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to draw: the %n contact(s) in %1 that meet the rule are all in another plan already.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to draw: the %n contact(s) in %1 that meet the rule are all evaluated or in another plan already.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An empty sample is not saved: it assigns no contact to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserve.share: must be from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reserved share must be from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reserved share needs a filter saying which contacts it is for (dead air, overtalk, reply waits).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ScoreTrendChart</name>
    <message>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control rule broken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ScorecardDesignerPage</name>
    <message>
        <source>New scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new scorecard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change section weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change item kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change max points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change required comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change critical scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scorecards yet: create one with New… or import a shared form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — published %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: changes are saved as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published versions are frozen. Use &quot;Edit as new draft&quot; to change the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing zeroes the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing zeroes the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview score %1 (raw %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— a critical item failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Ready to publish: every rule is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n check(s) failed — see the list on the right.</source>
        <translation>
            <numerusform>Not published: %n check failed — see the list on the right.</numerusform>
            <numerusform>Not published: %n checks failed — see the list on the right.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published version %1. New evaluations use it; earlier ones keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is a new draft copied from the published form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as a draft: review it, then publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: hidden from new evaluations; past evaluations are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in use for new evaluations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not evaluated in the last %n day(s).</source>
        <translation>
            <numerusform>Not evaluated in the last %n day.</numerusform>
            <numerusform>Not evaluated in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s): disputed in %1 of %2 evaluations (%3); %4 of %5 decided were overturned (%6).</source>
        <translation>
            <numerusform>Last %n day: disputed in %1 of %2 evaluations (%3); %4 of %5 decided were overturned (%6).</numerusform>
            <numerusform>Last %n days: disputed in %1 of %2 evaluations (%3); %4 of %5 decided were overturned (%6).</numerusform>
        </translation>
    </message>
    <message>
        <source>Often disputed: say in the guidance exactly what meets the criterion and what does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: this draft is the same form as the published version. Change it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New evaluations will use version %1; earlier ones keep theirs. A published version cannot change.

What changed, and why (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: say what changed in the change note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change automatic check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ScorecardDiff</name>
    <message>
        <source>its points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; re-weighted: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; added to &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; removed from &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; reworded: &quot;%2&quot; → &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; re-scored: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; moved from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; rules changed: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the best answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first failing answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggests &quot;%2&quot; when it holds, &quot;%3&quot; when not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is checked automatically: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is no longer checked automatically (was: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; automatic check changed: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ScorecardFormView</name>
    <message>
        <source>%1 (weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical: zeroes the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical: zeroes the section</source>
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
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (required when failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ScorecardImport</name>
    <message>
        <source>%1: not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ScorecardJson</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes_no items have no options (yes earns max_points, no earns 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least two options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(document): must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item has no failing option, so name the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of the item (its answers: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-QA rules need format_version 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this QA Desk reads versions %1 to %2 (the file is version %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ScorecardValidator</name>
    <message>
        <source>The scorecard needs at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 of the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot; in the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is used twice (also at %2); keys must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 needs a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 needs at least two options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 of the %2 needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option &quot;%1&quot; of the %2 gives %3 points; it must be within 0..%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is critical but none of its options fails, so it could never trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 requires a comment on fail but none of its options fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section weights add up to %1; they need a positive sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sections have no points to weigh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section title &quot;%1&quot; is used twice (also at %2); titles must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of the %1 must be from 0 to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The max points of the %1 must be &gt; 0 and at most %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ServerKeyring</name>
    <message>
        <source>this desktop has no keyring (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ServerSettings</name>
    <message>
        <source>%1 is not a team server address: %2 It looks like postgresql://LOGIN@HOST:PORT/DATABASE?sslmode=require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must start with postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login is missing (LOGIN@ before the host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name is missing (/DATABASE after the host and port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting QA Desk knows; only sslmode is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host %1 is not known (check its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host %1 does not answer (check the name, the network and the firewall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing answers on port %1 of %2 (check the port, and that PostgreSQL listens on that address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS connection failed (sslmode=%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asks for the password of %1; give it in PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password of %1 is wrong, or %1 is not a login on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login %1 has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not let %1 connect from this computer to %2 (its pg_hba.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the team server %1 (database %2, login %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::SignIn</name>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been deactivated; an administrator can reactivate the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a demo workspace may be viewed as a user without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo has no active user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server login %1 is not a user of the QA Desk workspace %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::SignInDialog</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::TeamPage</name>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active agent(s) · %1 evaluations done of %2 planned · %3 flagged · target %4</source>
        <translation>
            <numerusform>%n active agent · %1 evaluations done of %2 planned · %3 flagged · target %4</numerusform>
            <numerusform>%n active agents · %1 evaluations done of %2 planned · %3 flagged · target %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Coaching sessions held from %1 to %2. For each focus item: how often the agent passed it in the %3 days before the session and in the %3 days after (answers counted in brackets), and whether the change is more than chance (at least %4 answers on each side).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No focus items recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed %1 of %2 in the %3 days before the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed %1 of %2 since the session (up to %3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::TeamRosterModel</name>
    <message>
        <source>%1 · employee id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 planned evaluations done (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) done; no sampling plan covers this agent this month</source>
        <translation>
            <numerusform>%n evaluation done; no sampling plan covers this agent this month</numerusform>
            <numerusform>%n evaluations done; no sampling plan covers this agent this month</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 against a target of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scored evaluation this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no scored evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: %1%2 points a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done / Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations submitted this month / planned by the sampling plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score this month, 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Monthly averages over the last %n month(s); the dashed line is the target</source>
        <translation>
            <numerusform>Monthly averages over the last %n month; the dashed line is the target</numerusform>
            <numerusform>Monthly averages over the last %n months; the dashed line is the target</numerusform>
        </translation>
    </message>
    <message>
        <source>What the trend shows: declining, below target, out of control or improving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::TeamServer</name>
    <message>
        <source>%1 is a workspace file; only a PostgreSQL workspace becomes a team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server set-up is missing from this build of QA Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the server login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the password of the server login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the server login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the server login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::TextDecoding</name>
    <message>
        <source>not valid UTF-8 at line %1 (byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid %1: the file ends in the middle of a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid CP949 at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither UTF-8, UTF-16 nor CP949/EUC-KR (first undecodable byte at line %1); choose the encoding by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::TranscriptReader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message needs text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must name the columns time, sender and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;[2026-01-05 10:31:02] 상담사: text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transcript has no messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 is earlier than the one before it; a transcript must be in time order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::TranscriptView</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the transcript (Ctrl+F, Enter for the next match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card, resident registration and phone numbers and e-mail addresses are masked; your role may show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the customer&apos;s first message to the agent&apos;s first reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest a customer waited for an agent&apos;s reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1 / customer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages written by each party; bot and system messages are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of agent replies that came within %1 of the customer&apos;s message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::Trend</name>
    <message>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falling %1 points %2 (%3) over %4 periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rising %1 points %2 (%3) over %4 periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 against a target of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond a control limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 periods in a row on one side of the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 periods in a row rising or falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::UserAccountModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::UserAccounts</name>
    <message>
        <source>Only an administrator adds, changes or deactivates an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: use 1 to 63 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &quot;%1&quot; is taken by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: the display name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: an agent user must be linked to an existing agent record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: %2 is already the user of that agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: only an agent user is linked to an agent record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: a team lead needs at least one team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: team %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: only a team lead leads teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: the password needs at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; could not be hashed (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: on a team server a login is a server role and keeps its name; add a new user instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::UserDialog</name>
    <message>
        <source>Only a team lead leads teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an agent user is linked to an agent record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user signs in with this login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are recorded in the audit log under your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password works from the next sign-in; the old one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agent this user is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::VersionStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::WaveformDecoder</name>
    <message>
        <source>The recording %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 cannot be read: it is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 came out of the decoder in an unexpected format (%2 channels, %3 Hz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 is not audio that QA Desk can read, or it is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 could not be decoded: the decoder stopped responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding the recording %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 holds no audio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::WaveformView</name>
    <message>
        <source>Click or drag to move the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveform of the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing waveform… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent and customer (mono)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playhead at %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtalk: both speaking for %1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead air: both silent for %1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to play from its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtalk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::WorkspacePush</name>
    <message>
        <source>read the tables of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables of %1 refer to each other in a circle; they cannot be copied in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the columns of %1 on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty (%2 hold rows); server push copies a workspace into an empty database only, so that nothing on the server is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build&apos;s PostgreSQL driver gives no connection to copy through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the table %1 to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s table %1 has no column %2; the server&apos;s schema differs from the file&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column %2: &quot;%3&quot; is not a number, and the server&apos;s column holds numbers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema step %2 and the file at step %3; both must be at this QA Desk&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 rows of %3 after the copy, the file %4; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make %1 a team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL server already has roles named %1, and each user of a team server is a role of the whole PostgreSQL server. Give these users other logins in the file, or drop the roles if nobody uses them, and push again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no active administrator %1 to give the password to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::WorkspaceSetup</name>
    <message>
        <source>The centre&apos;s name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is not an IANA time zone such as Asia/Seoul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target score must be above 0 % and at most 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s display name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard %1 is not part of this QA Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A new workspace needs a new file; QA Desk never turns an existing file into a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the centre&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a QA Desk centre; server init sets up an empty database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::XlsxReportWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the workbook could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by QA Desk on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: Excel refuses the sheet name &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
