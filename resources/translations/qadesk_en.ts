<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a contact from the queue to evaluate it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start live clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach recording…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments at a moment of the contact (click to jump there)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment at the current moment (F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overall comment for the agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>QA Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to QA Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a workspace to evaluate calls and chats, coach agents and plan your QA. A workspace is one file that holds your teams, contacts, scorecards and evaluations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Build a demo workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Build a &amp;demo workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About QA Desk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Overview</name>
    <message numerus="yes">
        <source>%n critical failure(s)</source>
        <translation>
            <numerusform>%n critical failure</numerusform><numerusform>%n critical failures</numerusform></translation>
    </message>
    <message>
        <source>below the target of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>down %1 points since last month</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>QA activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average score by team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agents needing attention</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Planning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QA headcount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two scenarios side by side: change B to see what a different plan would cost. Every term is in hours per month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy A to B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sampling plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sample, by agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved plans and their progress</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScorecardDesignerPage</name>
    <message>
        <source>Scorecard:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit as new draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections and items (drag to reorder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a section or an item to edit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without its own weight a section counts as much as its possible points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N/A allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment required when failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview — as the evaluator sees it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks before publishing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Scorecard version %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of this scorecard is published and cannot change; edit a new draft instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of this scorecard is already published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::AnswerSheet</name>
    <message>
        <source>offset %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answers: must be an object of item key → answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the scorecard has no item with this key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be text: an option label, yes, no or na</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N/A is not allowed for this item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an option of this item (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has no answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::CalibrationRepository</name>
    <message>
        <source>Calibration session %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::CallPlayerWidget</name>
    <message>
        <source>−5 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back 5 seconds (Ctrl+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+5 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forward 5 seconds (Ctrl+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Playback speed (Ctrl+Up / Ctrl+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Faster playback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slower playback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording %1 is missing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::CoachingRepository</name>
    <message>
        <source>Coaching session %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::Database</name>
    <message>
        <source>(in memory)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a QA Desk workspace: it is not an SQLite database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is read-only. QA Desk needs to write to a workspace: make the file writable or copy it to a writable folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder of %1 is read-only; QA Desk keeps its journal files beside the workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to the team server %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An in-memory workspace cannot be shared with another thread.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a database of another program, not a QA Desk workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer version of QA Desk (workspace schema %2; this version reads up to %3). Update QA Desk to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not back up %1 to %2 before upgrading it: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema step %1 is missing from this build of QA Desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>apply schema step %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record schema step %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: upgrading to workspace schema %2 failed, nothing was changed. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup; the .bak files beside a workspace are copies made before each upgrade.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is locked by another program (the lock did not clear within %2 s). Close the other program or wait, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::DemoWorkspaceBuilder</name>
    <message>
        <source>%1 already exists; choose a new file for the demo workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo needs at least one agent, one month and one contact per agent and month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo workspace was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move the demo workspace to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1 for the demo recordings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording demo calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QA Desk demo centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts and evaluations of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disputes, coaching and calibration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly sample %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::DisputeRepository</name>
    <message>
        <source>Evaluation %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the latest submitted version of an evaluation can be disputed (evaluation %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation %1 already has an open dispute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation %1 has no item "%2" to dispute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A dispute needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dispute %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dispute %1 is already resolved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::EvaluationPage</name>
    <message>
        <source>To evaluate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls and chats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment at the current moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>my draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evaluated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assigned, due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call, live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No published scorecard for %1 contacts: publish one on the Scorecards page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recording yet: live evaluation. Start the clock to anchor comments to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted by %1 on %2. It changes only through a dispute or a revision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft, saved every few seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score %1 (raw %2) · %3 of %4 items answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A critical item failed: this evaluation scores 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A critical item failed: its section scores 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not submitted: %1 item(s) need an answer and %2 failed item(s) need a comment (outlined in red).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit this evaluation? It will be locked and can then change only through a dispute or a revision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recordings (*.wav *.mp3 *.ogg *.opus *.m4a)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::EvaluationRepository</name>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of this scorecard is a draft; evaluations use published versions only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation %1 was submitted and is locked; change it through a dispute or a revision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation %1 is already submitted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation %1 is a draft; edit it instead of revising it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation %1 was already revised; revise its latest revision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation %1: a draft is submitted, never set to another status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot submit: these items have no answer: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot submit: these failed items need a comment: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scorecard version %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation %1 answers item "%2", which version %3 of its scorecard does not have.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::Headcount</name>
    <message>
        <source>%1 must be 0 or more, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paid hours per FTE must be more than 0, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shrinkage must be from 0 up to (not including) 1, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>utilisation must be more than 0 and at most 1, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>calibration hours per QA (%1) take all of a QA person's productive hours (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace was upgraded; a copy of the old file is at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No users yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QA Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — QA Desk</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Workspace: %1  ·  %n agent(s)</source>
        <translation>
            <numerusform>Workspace: %1  ·  %n agent</numerusform><numerusform>Workspace: %1  ·  %n agents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n evaluation(s)</source>
        <translation>
            <numerusform>  ·  %n evaluation</numerusform><numerusform>  ·  %n evaluations</numerusform></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QA Desk workspaces (*.qadesk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QA Desk workspaces (*.qadesk);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Build a demo workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building the demo workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About QA Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;Quality assurance for contact centres: evaluate calls and chats against versioned scorecards, coach agents from their trends, and plan monitoring with statistically sound samples.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scorecards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::OverviewPage</name>
    <message>
        <source>%1%2 vs last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no evaluations last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evaluations done / planned (%1 of the plan done)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evaluations done (no sampling plan for this month)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>average score · target %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical failures (auto-fail items)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open disputes waiting for review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coaching follow-ups due this month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Date format of the month shown on the overview (Qt date format): "November 2026", "2026년 11월".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::PlanningPage</name>
    <message>
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agents monitored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluations per agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact length (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average evaluated call or chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review factor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listening time ÷ contact length: 1.0 once through, more with re-listening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring and write-up (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per evaluation, to the agent or team lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coaching sessions per agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per month, held by QA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coaching session (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Length of one session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calibration (h per QA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per QA person per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live monitoring (h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid hours per FTE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per month (40 h a week ≈ 209)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shrinkage (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave, training, meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of available time on QA work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass rate or defect rate (Cochran)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average score (mean)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick estimate (Yamane)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pass rate needs the most contacts; with score history, the average-score method usually needs fewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An agent's contacts this month (0 if unknown or very many). A small population lowers the number needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How sure you want to be that the true value lies within the margin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margin of error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>± how far the measured value may be from the truth, in percentage or score points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected pass rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>50 % when unknown: it gives the safest (largest) number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score spread (σ)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard deviation of scores; filled in from this workspace's last three months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluate %1 contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With %1 evaluations the result is within ±%2 points of the truth %3 times out of 100 (n0 = %4 before the population correction).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts to evaluate for each margin of error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contacts needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>margin of error (± points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coaching hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calibration hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live monitoring hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Productive hours per FTE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workload hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QA FTE needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agents per QA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Input or term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario B (what if)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed number per agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statistical, per agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts per agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margin (statistical)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls and chats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chats only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortest contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also contacts already evaluated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over-sample low CSAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over-sample repeat contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fewer contacts than the target: all drawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contacts for %2 agents over %3 weeks; %4 agent(s) have fewer contacts than the target. Seed %5 redraws exactly this sample.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved "%1": its %2 assignments are in the evaluators' queues.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done / planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::SampleSize</name>
    <message>
        <source>The population must be 0 (unknown) or more, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>z must be positive, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The margin of error must be positive, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The expected proportion must be between 0 and 1 (exclusive), not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The standard deviation must be positive, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yamane's formula needs the population size (more than 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number evaluated must be at least 1, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proportion must be between 0 and 1, not %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::Sampler</name>
    <message>
        <source>size: must be fixed or statistical, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channel: must be call, chat or email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period must have a first day on or before its last day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per_agent: must be at least 1, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over-sampling weights must be more than 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace has no active evaluators to assign the sample to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample %1 – %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::ScorecardDesignerPage</name>
    <message>
        <source>New scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the new scorecard:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change section weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit guidance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change item kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change max points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change required comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change critical scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scorecards yet: create one with New… or import a shared form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 — draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 — published %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft: changes are saved as you make them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published versions are frozen. Use "Edit as new draft" to change the form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled section)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reorder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes / No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options with points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failing zeroes the section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failing zeroes the evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview score %1 (raw %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— a critical item failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Ready to publish: every rule is met.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created "%1" as a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Not published: %n check(s) failed — see the list on the right.</source>
        <translation>
            <numerusform>Not published: %n check failed — see the list on the right.</numerusform><numerusform>Not published: %n checks failed — see the list on the right.</numerusform></translation>
    </message>
    <message>
        <source>Published version %1. New evaluations use it; earlier ones keep theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 is a new draft copied from the published form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scorecards (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported:

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported as a draft: review it, then publish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported version %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retired: hidden from new evaluations; past evaluations are unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back in use for new evaluations.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::ScorecardDiff</name>
    <message>
        <source>its points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section "%1" added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section "%1" removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section "%1" re-weighted: %2 → %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item "%1" added to "%2": %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item "%1" removed from "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item "%1" reworded: "%2" → "%3".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item "%1" re-scored: %2 → %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item "%1" moved from "%2" to "%3".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item "%1" rules changed: %2 → %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::ScorecardFormView</name>
    <message>
        <source>%1 (weight %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical: zeroes the evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical: zeroes the section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment (required when failed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::ScorecardImport</name>
    <message>
        <source>%1: not imported: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::ScorecardJson</name>
    <message>
        <source>is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be &gt; 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes_no items have no options (yes earns max_points, no earns 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs at least two options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(document): must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this QA Desk reads version %1 (the file is version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::ScorecardValidator</name>
    <message>
        <source>The scorecard needs at least one item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>section %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>section "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section %1 needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 has no items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The weight of the %1 must be 0 or more, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>item %1 of the %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>item "%1" in the %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 needs a key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key "%1" is used twice (also at %2); keys must be unique.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 needs a question.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The max points of the %1 must be &gt; 0, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 needs at least two options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Option %1 of the %2 needs a label.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Option "%1" of the %2 gives %3 points; it must be within 0..%4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 is critical but none of its options fails, so it could never trigger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 requires a comment on fail but none of its options fails.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The section weights add up to %1; they need a positive sum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sections have no points to weigh.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qadesk::TranscriptView</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the transcript (Ctrl+F, Enter for the next match)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waited %1 s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform><numerusform>%n messages</numerusform></translation>
    </message>
    <message>
        <source>; longest wait for a reply %1 s; %2 wait(s) over a minute</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>