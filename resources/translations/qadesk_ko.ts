<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AgentPage</name>
    <message>
        <source>&amp;Agent:</source>
        <translation>상담사(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <source>New &amp;coaching session…</source>
        <translation>새 코칭 세션(&amp;C)…</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>추이</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Pass rate per item and period (evaluations in brackets)</source>
        <translation>항목별·기간별 합격률 (괄호 안은 평가 수)</translation>
    </message>
    <message>
        <source>Weakest items beside the team</source>
        <translation>팀 대비 취약 항목</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>평가 목록</translation>
    </message>
    <message>
        <source>&amp;Open to replay</source>
        <translation>열어서 다시 보기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation>이의 제기(&amp;D)…</translation>
    </message>
    <message>
        <source>Dispute the selected evaluation or one of its items; the dispute goes to the QA queue</source>
        <translation>선택한 평가 또는 그 평가의 항목에 이의를 제기합니다. 이의 제기는 QA 대기열로 전달됩니다</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>코칭</translation>
    </message>
    <message>
        <source>Open &amp;session…</source>
        <translation>세션 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>Reveal &amp;personal data</source>
        <translation>개인정보 보기(&amp;P)</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>묶음 기준</translation>
    </message>
    <message>
        <source>Scores by period</source>
        <translation>기간별 점수</translation>
    </message>
    <message>
        <source>Item pass rates by month</source>
        <translation>월별 항목 통과율</translation>
    </message>
    <message>
        <source>Weakest items</source>
        <translation>가장 약한 항목</translation>
    </message>
    <message>
        <source>Contact centre figures</source>
        <translation>센터 지표</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>코칭 세션</translation>
    </message>
</context>
<context>
    <name>AutoQaPage</name>
    <message>
        <source>Auto-QA coverage</source>
        <translation>자동 QA 적용 범위</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>첫날</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>마지막 날</translation>
    </message>
    <message>
        <source>Check all contacts</source>
        <translation>모든 상담 건 검사</translation>
    </message>
    <message>
        <source>Checking contacts</source>
        <translation>상담 건 검사 중</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>How often evaluators agreed with each rule</source>
        <translation>평가자가 각 규칙에 동의한 빈도</translation>
    </message>
    <message>
        <source>Agreement of evaluators with each rule</source>
        <translation>각 규칙에 대한 평가자 동의율</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>&amp;New session…</source>
        <translation>새 세션(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Score it</source>
        <translation>평가하기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reveal now</source>
        <translation>지금 공개(&amp;R)</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>공개</translation>
    </message>
    <message>
        <source>&amp;Agreed answer:</source>
        <translation>합의 답안(&amp;A):</translation>
    </message>
    <message>
        <source>Discussion note: what &quot;meets&quot; looks like for this item</source>
        <translation>논의 메모: 이 항목에서 &quot;충족&quot;이 어떤 모습인지</translation>
    </message>
    <message>
        <source>Sa&amp;ve note</source>
        <translation>메모 저장(&amp;V)</translation>
    </message>
    <message>
        <source>New &amp;draft version</source>
        <translation>새 초안 버전(&amp;D)</translation>
    </message>
    <message>
        <source>Agreement over time</source>
        <translation>기간별 일치도</translation>
    </message>
</context>
<context>
    <name>CoachingSessionDialog</name>
    <message>
        <source>Coaching session</source>
        <translation>코칭 세션</translation>
    </message>
    <message>
        <source>&amp;Held:</source>
        <translation>진행 일시(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>후속 점검(&amp;F):</translation>
    </message>
    <message>
        <source>on</source>
        <translation>예정일</translation>
    </message>
    <message>
        <source>Focus items (weakest first)</source>
        <translation>중점 항목 (취약한 순)</translation>
    </message>
    <message>
        <source>Evaluations to go through together</source>
        <translation>함께 검토할 평가</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Agreed action items</source>
        <translation>합의한 실행 과제</translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation>실행 과제 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Effect on the focus items (pass rate before and after the session)</source>
        <translation>중점 항목에 대한 효과 (세션 전후 합격률)</translation>
    </message>
    <message>
        <source>Agent&apos;s ac&amp;knowledgement:</source>
        <translation>상담사 확인(&amp;K):</translation>
    </message>
</context>
<context>
    <name>DisputesPage</name>
    <message>
        <source>Disputes</source>
        <translation>이의 제기</translation>
    </message>
    <message>
        <source>QA queue</source>
        <translation>QA 대기열</translation>
    </message>
    <message>
        <source>Open disputes, oldest first</source>
        <translation>진행 중인 이의 제기 (오래된 순)</translation>
    </message>
    <message>
        <source>Choose a dispute in the queue to review it.</source>
        <translation>검토할 이의 제기를 대기열에서 선택하세요.</translation>
    </message>
    <message>
        <source>As scored</source>
        <translation>채점 원본</translation>
    </message>
    <message>
        <source>Change answers to overturn</source>
        <translation>번복할 답변 변경</translation>
    </message>
    <message>
        <source>Decision note for the agent, the team lead and the evaluator (required)</source>
        <translation>상담사, 팀장, 평가자에게 전달할 결정 메모 (필수)</translation>
    </message>
    <message>
        <source>A note is required: say why the score stands or changes.</source>
        <translation>메모는 필수입니다. 점수를 유지하거나 변경하는 이유를 적으세요.</translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>The score stands; the dispute closes</source>
        <translation>점수를 유지하고 이의 제기를 종료합니다</translation>
    </message>
    <message>
        <source>Overturn</source>
        <translation>번복</translation>
    </message>
    <message>
        <source>A revision with the changed answers replaces the evaluation in reports; the original stays, marked superseded</source>
        <translation>변경한 답변으로 만든 재평가본이 보고서에서 이 평가를 대체합니다. 원본은 &apos;대체됨&apos;으로 표시되어 남습니다</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>월(&amp;M):</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>Evaluations: first submissions in the month (calibration and self evaluations excluded). Disputes: raised in the month. Overturn rate: overturned of the disputes resolved in the month. A few disputes swing a rate a lot: read it with its counts.</source>
        <translation>평가 수: 해당 월의 최초 제출 건(캘리브레이션 평가와 자가 평가 제외). 이의 제기: 해당 월에 제기된 건. 번복률: 해당 월에 처리된 이의 제기 중 번복된 비율. 이의 제기가 몇 건만 있어도 비율이 크게 달라지므로 건수와 함께 보세요.</translation>
    </message>
    <message>
        <source>By evaluator</source>
        <translation>평가자별</translation>
    </message>
    <message>
        <source>By scorecard item</source>
        <translation>평가표 항목별</translation>
    </message>
    <message>
        <source>Reveal &amp;personal data</source>
        <translation>개인정보 보기(&amp;P)</translation>
    </message>
    <message>
        <source>Disputes to review</source>
        <translation>검토할 이의 제기</translation>
    </message>
    <message>
        <source>Decided disputes</source>
        <translation>결정된 이의 제기</translation>
    </message>
    <message>
        <source>Dispute rates by evaluator</source>
        <translation>평가자별 이의 제기율</translation>
    </message>
    <message>
        <source>Dispute rates by item</source>
        <translation>항목별 이의 제기율</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Queue</source>
        <translation>평가 대기열</translation>
    </message>
    <message>
        <source>Open a contact from the queue to evaluate it.</source>
        <translation>대기열에서 상담을 열어 평가하세요.</translation>
    </message>
    <message>
        <source>Start live clock</source>
        <translation>실시간 시계 시작</translation>
    </message>
    <message>
        <source>Attach recording…</source>
        <translation>녹취 파일 연결…</translation>
    </message>
    <message>
        <source>Comments at a moment of the contact (click to jump there)</source>
        <translation>상담 시점별 코멘트 (클릭하면 그 시점으로 이동)</translation>
    </message>
    <message>
        <source>Comment at the current moment (F2)</source>
        <translation>현재 시점에 코멘트 (F2)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Overall comment for the agent</source>
        <translation>상담사에게 남길 종합 의견</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>대기열 상태</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Contacts to evaluate</source>
        <translation>평가할 상담 건</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <source>Discard my changes and show the stored evaluation</source>
        <translation>내 변경 사항을 버리고 저장된 평가 표시</translation>
    </message>
    <message>
        <source>Keep mine as a new draft</source>
        <translation>내 변경 사항을 새 임시 저장본으로 보관</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>상담 가져오기</translation>
    </message>
    <message>
        <source>Manifest and options</source>
        <translation>매니페스트와 옵션</translation>
    </message>
    <message>
        <source>A CSV manifest lists the contacts with their recordings or transcripts (see docs/formats/contacts.md). Nothing is written until every row has been checked.</source>
        <translation>CSV 매니페스트에는 상담 목록과 각 상담의 녹취 또는 대화 내용이 들어 있습니다(docs/formats/contacts.md 참조). 모든 행을 점검하기 전에는 아무것도 기록하지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Manifest:</source>
        <translation>매니페스트(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>인코딩(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Time zone of times without an offset:</source>
        <translation>오프셋 없는 시각의 시간대(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Agent&apos;s side of stereo recordings:</source>
        <translation>스테레오 녹취의 상담사 채널(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Create agents the workspace does not know (with the manifest&apos;s name and team)</source>
        <translation>워크스페이스에 없는 상담사 만들기(매니페스트의 이름과 팀 사용)(&amp;C)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>Every row, recording and transcript is checked. Choose what to import.</source>
        <translation>모든 행, 녹취, 대화 내용을 점검했습니다. 가져올 항목을 선택하세요.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Rows ready</source>
        <translation>준비된 행</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Unknown agents</source>
        <translation>미등록 상담사</translation>
    </message>
    <message>
        <source>Create these agents and check again</source>
        <translation>이 상담사를 만들고 다시 점검</translation>
    </message>
    <message>
        <source>Import &amp;nothing while any row has a problem</source>
        <translation>문제가 있는 행이 하나라도 있으면 아무것도 가져오지 않기(&amp;N)</translation>
    </message>
    <message>
        <source>Import only the &amp;good rows and leave the others out</source>
        <translation>정상 행만 가져오고 나머지는 제외(&amp;G)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: a cancel or a failure leaves the workspace as it was.</source>
        <translation>모든 행을 하나의 트랜잭션으로 기록합니다. 취소하거나 실패하면 워크스페이스는 이전 상태 그대로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>QA Desk</source>
        <translation>QA Desk</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Welcome to QA Desk</source>
        <translation>QA Desk에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Open a workspace to evaluate calls and chats, coach agents and plan your QA. A workspace is one file that holds your teams, contacts, scorecards and evaluations.</source>
        <translation>워크스페이스를 열어 통화와 채팅을 평가하고, 상담사를 코칭하고, QA 계획을 세우세요. 워크스페이스는 팀, 상담 이력, 평가표, 평가 결과를 담은 하나의 파일입니다.</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>워크스페이스 열기…</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>새 워크스페이스…</translation>
    </message>
    <message>
        <source>Build a demo workspace…</source>
        <translation>데모 워크스페이스 만들기…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>새 워크스페이스(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>워크스페이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Build a &amp;demo workspace…</source>
        <translation>데모 워크스페이스 만들기(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>워크스페이스 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About QA Desk</source>
        <translation>QA Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>상담 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Sign in as another user…</source>
        <translation>다른 사용자로 로그인(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>색상(&amp;C)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>팀 서버에 연결(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Recordings folders…</source>
        <translation>녹취 폴더(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>NewCalibrationDialog</name>
    <message>
        <source>New calibration session</source>
        <translation>새 캘리브레이션 세션</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>상담 건(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Scorecard:</source>
        <translation>평가표(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>참여자(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>기준 평가자(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Meeting (deadline):</source>
        <translation>회의(마감)(&amp;M):</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>새 워크스페이스</translation>
    </message>
    <message>
        <source>A workspace holds one centre&apos;s contacts, scorecards, evaluations and people in a single file. You start it as its first administrator.</source>
        <translation>워크스페이스는 한 센터의 상담 이력, 평가표, 평가 결과, 사용자를 하나의 파일에 담습니다. 워크스페이스를 만든 사람이 첫 번째 시스템 관리자가 됩니다.</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>센터</translation>
    </message>
    <message>
        <source>Workspace &amp;file:</source>
        <translation>워크스페이스 파일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>센터 이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>시간대(&amp;T):</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>첫 번째 시스템 관리자</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>로그인 ID(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>표시 이름(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>비밀번호 확인(&amp;A):</translation>
    </message>
    <message>
        <source>Scorecards to add, published</source>
        <translation>추가할 평가표 (게시 상태로 추가)</translation>
    </message>
    <message>
        <source>Default tar&amp;get score:</source>
        <translation>기본 목표 점수(&amp;G):</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message numerus="yes">
        <source>%n critical failure(s)</source>
        <translation>
            <numerusform>치명 항목 위반 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>below the target of %1</source>
        <translation>목표 %1점 미달</translation>
    </message>
    <message>
        <source>down %1 points since last month</source>
        <translation>지난달보다 %1점 하락</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>QA activity</source>
        <translation>QA 현황</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>이전 달</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>다음 달</translation>
    </message>
    <message>
        <source>Average score by team</source>
        <translation>팀별 평균 점수</translation>
    </message>
    <message>
        <source>Agents needing attention</source>
        <translation>관심이 필요한 상담사</translation>
    </message>
    <message>
        <source>Agents who need attention</source>
        <translation>관심이 필요한 상담사</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Who may sign in to this workspace, and in which role. Users are deactivated, never deleted, so past evaluations keep their names. Every change is recorded in the audit log.</source>
        <translation>이 워크스페이스에 로그인할 수 있는 사람과 각자의 역할입니다. 사용자는 삭제하지 않고 비활성화만 하므로 지난 평가에 이름이 그대로 남습니다. 모든 변경 사항은 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>수정(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>비활성화(&amp;D)</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>비밀번호 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Show deac&amp;tivated</source>
        <translation>비활성 사용자 표시(&amp;T)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Planning</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>표본 크기</translation>
    </message>
    <message>
        <source>QA headcount</source>
        <translation>QA 인원</translation>
    </message>
    <message>
        <source>Two scenarios side by side: change B to see what a different plan would cost. Every term is in hours per month.</source>
        <translation>두 시나리오를 나란히 비교합니다. B를 바꿔 다른 계획에 드는 비용을 확인하세요. 모든 항목은 월 시간 단위입니다.</translation>
    </message>
    <message>
        <source>Copy A to B</source>
        <translation>A를 B로 복사</translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation>평가 표본 계획</translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation>표본 추출</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>계획 저장</translation>
    </message>
    <message>
        <source>The sample, by agent</source>
        <translation>상담사별 표본</translation>
    </message>
    <message>
        <source>Saved plans and their progress</source>
        <translation>저장된 계획과 진행률</translation>
    </message>
    <message>
        <source>Headcount scenarios</source>
        <translation>인원 시나리오</translation>
    </message>
    <message>
        <source>Contacts drawn for evaluation</source>
        <translation>평가 대상으로 뽑힌 상담 건</translation>
    </message>
    <message>
        <source>Saved sampling plans</source>
        <translation>저장된 샘플링 계획</translation>
    </message>
    <message>
        <source>Centre standards</source>
        <translation>센터 기준</translation>
    </message>
    <message>
        <source>A chat reply that comes within the limit counts as on time: the agent page, the reports and the queue filters use it. Changing it measures every chat again.</source>
        <translation>응답 기준 시간 안에 온 채팅 응답은 제시간 응답으로 계산되며, 상담사 페이지, 보고서, 대기열 필터에서 사용됩니다. 이 값을 변경하면 모든 채팅을 다시 측정합니다.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
</context>
<context>
    <name>RaiseDisputeDialog</name>
    <message>
        <source>Raise a dispute</source>
        <translation>이의 제기</translation>
    </message>
    <message>
        <source>&amp;Disputed:</source>
        <translation>이의 제기 대상(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>What happened in the contact, and where, that the score misses</source>
        <translation>점수에 반영되지 않은 상담 중의 상황과 그 시점</translation>
    </message>
    <message>
        <source>A reason is required: the reviewer decides on it.</source>
        <translation>사유는 필수입니다. 검토자가 이를 바탕으로 결정합니다.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Compute the report again from the workspace</source>
        <translation>워크스페이스에서 보고서를 다시 계산합니다</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>One CSV file per table, UTF-8 for Excel</source>
        <translation>표마다 CSV 파일 하나, Excel용 UTF-8</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>An Excel workbook with one sheet per table</source>
        <translation>표마다 시트 하나로 된 Excel 통합 문서</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>A printable PDF with the charts</source>
        <translation>차트가 포함된 인쇄용 PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Dated by</source>
        <translation>기준 날짜</translation>
    </message>
    <message>
        <source>Which day puts an evaluation in the period: its submission (a revision keeps the one it replaces) or the contact&apos;s</source>
        <translation>평가를 기간에 포함할 때 기준으로 삼을 날짜: 평가 제출일(재평가본은 대체한 평가의 제출일 유지) 또는 상담일</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
</context>
<context>
    <name>ScorecardDesignerPage</name>
    <message>
        <source>Scorecard:</source>
        <translation>평가표:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>새로 만들기…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>버전 비교…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Edit as new draft</source>
        <translation>새 초안으로 수정</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>게시</translation>
    </message>
    <message>
        <source>Sections and items (drag to reorder)</source>
        <translation>섹션과 항목 (끌어서 순서 변경)</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>섹션 추가</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Select a section or an item to edit it.</source>
        <translation>수정할 섹션이나 항목을 선택하세요.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Own weight</source>
        <translation>가중치 직접 지정</translation>
    </message>
    <message>
        <source>Without its own weight a section counts as much as its possible points.</source>
        <translation>가중치를 지정하지 않으면 섹션은 배점 합계만큼 반영됩니다.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>평가 기준</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Max points</source>
        <translation>배점</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>해당 없음 허용</translation>
    </message>
    <message>
        <source>Comment required when failed</source>
        <translation>미흡 시 코멘트 필수</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>치명 항목</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>선택지</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>선택지 추가</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>선택지 삭제</translation>
    </message>
    <message>
        <source>Preview — as the evaluator sees it</source>
        <translation>미리보기 — 평가자 화면</translation>
    </message>
    <message>
        <source>Checks before publishing</source>
        <translation>게시 전 점검</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>이의 제기</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Sections and items</source>
        <translation>섹션과 항목</translation>
    </message>
    <message>
        <source>Problems to fix before publishing</source>
        <translation>게시 전에 고칠 문제</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>로그인 ID(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Scorecard version %1 does not exist.</source>
        <translation>평가표 버전 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Version %1 of this scorecard is published and cannot change; edit a new draft instead.</source>
        <translation>이 평가표의 버전 %1은(는) 게시되어 변경할 수 없습니다. 새 초안을 만들어 수정하세요.</translation>
    </message>
    <message>
        <source>Version %1 of this scorecard is already published.</source>
        <translation>이 평가표의 버전 %1은(는) 이미 게시되었습니다.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1 작업을 하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Version %1 is the same form as published version %2: nothing to publish. Change the draft first.</source>
        <translation>버전 %1은(는) 게시된 버전 %2와(과) 같은 평가표이므로 게시할 내용이 없습니다. 먼저 초안을 수정하세요.</translation>
    </message>
    <message>
        <source>Scorecard %1 does not exist.</source>
        <translation>평가표 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>팀(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>월(&amp;M):</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Double-click an agent, or press Enter, to open their page.</source>
        <translation>상담사를 더블클릭하거나 Enter 키를 눌러 상담사 화면을 여세요.</translation>
    </message>
    <message>
        <source>Coaching effectiveness</source>
        <translation>코칭 효과</translation>
    </message>
    <message>
        <source>Team roster</source>
        <translation>팀 명단</translation>
    </message>
    <message>
        <source>Coaching sessions and their effect</source>
        <translation>코칭 세션과 그 효과</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>로그인 ID(&amp;L):</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. kim.minji</source>
        <translation>영문 소문자와 숫자 (예: kim.minji)</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>표시 이름(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Teams led:</source>
        <translation>담당 팀(&amp;T):</translation>
    </message>
    <message>
        <source>A&amp;gent record:</source>
        <translation>연결할 상담사(&amp;G):</translation>
    </message>
    <message>
        <source>A&amp;ctive (may sign in)</source>
        <translation>활성 (로그인 가능)(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>비밀번호 확인(&amp;A):</translation>
    </message>
</context>
<context>
    <name>qadesk::AccessRules</name>
    <message>
        <source>Only QA evaluators, managers and administrators evaluate contacts.</source>
        <translation>상담 평가는 QA 평가자, 관리자, 시스템 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only managers and administrators publish or retire scorecards.</source>
        <translation>평가표 게시와 사용 중지는 관리자와 시스템 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only managers and administrators save sampling plans.</source>
        <translation>평가 표본 계획 저장은 관리자와 시스템 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only managers and administrators manage people.</source>
        <translation>사용자 관리는 관리자와 시스템 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only managers and administrators import past evaluations.</source>
        <translation>지난 평가 가져오기는 관리자와 시스템 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only managers and administrators may reveal personal data.</source>
        <translation>개인정보 표시는 관리자와 시스템 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Agents see only their own records.</source>
        <translation>상담사는 본인의 기록만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Team leads see only the agents of the teams they lead.</source>
        <translation>팀장은 담당 팀의 상담사만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Nobody disputes an evaluation they made.</source>
        <translation>본인이 한 평가에는 이의를 제기할 수 없습니다.</translation>
    </message>
    <message>
        <source>Team leads dispute only evaluations of the teams they lead.</source>
        <translation>팀장은 담당 팀의 평가에만 이의를 제기할 수 있습니다.</translation>
    </message>
    <message>
        <source>Agents dispute only their own evaluations.</source>
        <translation>상담사는 본인의 평가에만 이의를 제기할 수 있습니다.</translation>
    </message>
    <message>
        <source>Disputes are raised by the agent, their team lead or a manager.</source>
        <translation>이의 제기는 해당 상담사, 담당 팀장 또는 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only QA evaluators, managers and administrators decide disputes.</source>
        <translation>이의 제기는 QA 평가자, 관리자, 시스템 관리자만 결정합니다.</translation>
    </message>
    <message>
        <source>Nobody decides a dispute on an evaluation they made.</source>
        <translation>본인이 한 평가에 대한 이의 제기는 결정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Nobody decides a dispute they raised.</source>
        <translation>본인이 제기한 이의 제기는 결정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Only the coached agent acknowledges a coaching session.</source>
        <translation>코칭 세션 확인은 코칭을 받은 상담사만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>This action is not allowed.</source>
        <translation>허용되지 않는 작업입니다.</translation>
    </message>
    <message>
        <source>Only QA evaluators, managers and administrators import contacts.</source>
        <translation>QA 평가자, 관리자, 시스템 관리자만 상담 건을 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>Only QA evaluators, managers and administrators organise calibration.</source>
        <translation>QA 평가자, 관리자, 시스템 관리자만 캘리브레이션을 진행할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only managers and administrators change the centre&apos;s reply limit.</source>
        <translation>센터의 응답 기준 시간은 관리자와 시스템 관리자만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only managers and administrators name recordings roots.</source>
        <translation>녹취 루트는 관리자와 시스템 관리자만 지정할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::AcknowledgementStatus</name>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>확인함</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부함</translation>
    </message>
</context>
<context>
    <name>qadesk::AgentPage</name>
    <message numerus="yes">
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>최근 %n개월</numerusform>
        </translation>
    </message>
    <message>
        <source>By month</source>
        <translation>월별</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>주별</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>팀 없음</translation>
    </message>
    <message>
        <source>No evaluations in this period.</source>
        <translation>이 기간에 평가가 없습니다.</translation>
    </message>
    <message>
        <source>No flags: the scores vary within their control limits, without a significant trend, at or above the target.</source>
        <translation>특이 사항 없음: 점수가 관리 한계 안에서 변동하며, 유의한 추세가 없고, 목표 이상입니다.</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>팀 평균</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>평가 수</translation>
    </message>
    <message>
        <source>Score ± margin (95%)</source>
        <translation>점수 ± 오차 (95%)</translation>
    </message>
    <message>
        <source>Moving average</source>
        <translation>이동 평균</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Control rule</source>
        <translation>관리 규칙</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>%1 시작 주</translation>
    </message>
    <message>
        <source>%1 (one evaluation: no margin)</source>
        <translation>%1 (평가 1건: 오차 없음)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Gap (points)</source>
        <translation>차이(점)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출일</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>상담</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>코멘트</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation> (치명 항목 미흡)</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>점수 없음</translation>
    </message>
    <message>
        <source>Choose the evaluation to dispute in the list.</source>
        <translation>목록에서 이의를 제기할 평가를 선택하세요.</translation>
    </message>
    <message>
        <source>QA score (average)</source>
        <translation>QA 점수 (평균)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>상담 건수</translation>
    </message>
    <message>
        <source>AHT (average handle time)</source>
        <translation>AHT (평균 처리 시간)</translation>
    </message>
    <message>
        <source>FCR (first-contact resolution)</source>
        <translation>FCR (첫 상담 해결률)</translation>
    </message>
    <message>
        <source>CSAT (share of 4–5)</source>
        <translation>CSAT (4–5점 비율)</translation>
    </message>
    <message numerus="yes">
        <source> of %n response(s)</source>
        <translation>
            <numerusform> (응답 %n건 중)</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>진행 일시</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>코치</translation>
    </message>
    <message>
        <source>Focus and effect</source>
        <translation>중점 항목과 효과</translation>
    </message>
    <message>
        <source>Action items done</source>
        <translation>완료한 실행 과제</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>상담사 확인</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>후속 점검</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (revised by %2)</source>
        <translation>%1 (%2 재평가)</translation>
    </message>
    <message>
        <source>Shows the selected contact&apos;s card, resident registration and phone numbers and e-mail addresses unmasked; the audit log records who revealed which contact, and when</source>
        <translation>선택한 상담 건의 카드 번호, 주민등록번호, 전화번호, 이메일 주소를 가리지 않고 보여 줍니다. 누가 언제 어떤 상담 건을 열람했는지 감사 기록에 남습니다</translation>
    </message>
    <message>
        <source>Score trend</source>
        <translation>점수 추이</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Dead air per call</source>
        <translation>통화당 무음 구간</translation>
    </message>
    <message numerus="yes">
        <source> over %n call(s)</source>
        <translation>
            <numerusform> (통화 %n건 기준)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overtalk share</source>
        <translation>동시 발화 비율</translation>
    </message>
    <message>
        <source>Agent&apos;s share of the talk</source>
        <translation>상담사 발화 비율</translation>
    </message>
    <message>
        <source>First chat response</source>
        <translation>채팅 첫 응답</translation>
    </message>
    <message numerus="yes">
        <source> over %n chat(s)</source>
        <translation>
            <numerusform> (채팅 %n건 기준)</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest reply wait</source>
        <translation>최장 응답 대기</translation>
    </message>
    <message>
        <source>Replies within the limit</source>
        <translation>기준 시간 내 응답</translation>
    </message>
</context>
<context>
    <name>qadesk::Aggregates</name>
    <message>
        <source>evaluations</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>scored evaluations</source>
        <translation>점수가 있는 평가</translation>
    </message>
    <message>
        <source>sum of scores</source>
        <translation>점수 합계</translation>
    </message>
    <message>
        <source>sum of squared scores</source>
        <translation>점수 제곱 합계</translation>
    </message>
    <message>
        <source>critical failures</source>
        <translation>치명적 오류</translation>
    </message>
    <message>
        <source>applicable answers</source>
        <translation>해당 답변</translation>
    </message>
    <message>
        <source>failed answers</source>
        <translation>미충족 답변</translation>
    </message>
    <message>
        <source>points</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>maximum points</source>
        <translation>최대 점수</translation>
    </message>
    <message>
        <source>newest submission</source>
        <translation>최근 제출</translation>
    </message>
    <message>
        <source>%1: in the aggregates, but no answers count there</source>
        <translation>%1: 집계에는 있지만 해당 답변이 없습니다</translation>
    </message>
    <message>
        <source>%1: missing from the aggregates</source>
        <translation>%1: 집계에 없습니다</translation>
    </message>
    <message>
        <source>%1: %2 is %3 in the aggregates, %4 from the answers</source>
        <translation>%1: %2 값이 집계에서는 %3, 답변에서는 %4입니다</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more difference(s).</source>
        <translation>
            <numerusform>… 외 %n건의 차이가 더 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>agent %1, %2</source>
        <translation>상담사 %1, %2</translation>
    </message>
    <message>
        <source>%1, team %2</source>
        <translation>%1, 팀 %2</translation>
    </message>
    <message>
        <source>lowest score</source>
        <translation>최저 점수</translation>
    </message>
    <message>
        <source>highest score</source>
        <translation>최고 점수</translation>
    </message>
    <message>
        <source>newest evaluation</source>
        <translation>최근 평가</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, 항목 %2</translation>
    </message>
    <message>
        <source>%1, score band %2</source>
        <translation>%1, 점수 구간 %2</translation>
    </message>
    <message>
        <source>evaluated contacts</source>
        <translation>평가된 상담</translation>
    </message>
    <message>
        <source>satisfied contacts</source>
        <translation>만족 응답 상담</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>추천 고객</translation>
    </message>
    <message>
        <source>detractors</source>
        <translation>비추천 고객</translation>
    </message>
    <message>
        <source>contacts resolved at first contact</source>
        <translation>첫 통화에 해결된 상담</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>handle time</source>
        <translation>처리 시간</translation>
    </message>
    <message>
        <source>%1: pairs with a score</source>
        <translation>%1: 점수와 짝지어진 건수</translation>
    </message>
    <message>
        <source>%1: sum of scores</source>
        <translation>%1: 점수 합계</translation>
    </message>
    <message>
        <source>%1: sum</source>
        <translation>%1: 합계</translation>
    </message>
    <message>
        <source>%1: sum of squared scores</source>
        <translation>%1: 점수 제곱 합계</translation>
    </message>
    <message>
        <source>%1: sum of squares</source>
        <translation>%1: 제곱 합계</translation>
    </message>
    <message>
        <source>%1: sum of products with the score</source>
        <translation>%1: 점수와의 곱 합계</translation>
    </message>
    <message>
        <source>%1, evaluator %2</source>
        <translation>%1, 평가자 %2</translation>
    </message>
    <message>
        <source>evaluations with the time spent</source>
        <translation>소요 시간이 기록된 평가</translation>
    </message>
    <message>
        <source>seconds spent</source>
        <translation>소요 시간(초)</translation>
    </message>
    <message>
        <source>evaluations compared with peers</source>
        <translation>동료와 비교된 평가</translation>
    </message>
    <message>
        <source>sum of deviations from peers</source>
        <translation>동료 대비 편차 합계</translation>
    </message>
    <message>
        <source>measured calls</source>
        <translation>측정된 통화</translation>
    </message>
    <message>
        <source>measured chats</source>
        <translation>측정된 채팅</translation>
    </message>
    <message>
        <source>dead air</source>
        <translation>무음 구간</translation>
    </message>
    <message>
        <source>overtalk share</source>
        <translation>동시 발화 비율</translation>
    </message>
    <message>
        <source>agent talk share</source>
        <translation>상담사 발화 비율</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>첫 응답</translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation>최장 대기</translation>
    </message>
    <message>
        <source>replies within the limit</source>
        <translation>기준 시간 내 응답</translation>
    </message>
    <message>
        <source>%1: contacts</source>
        <translation>%1: 상담 건수</translation>
    </message>
</context>
<context>
    <name>qadesk::Agreement</name>
    <message>
        <source>Poor agreement (less than chance)</source>
        <translation>일치도 낮음 (우연보다 낮음)</translation>
    </message>
    <message>
        <source>Slight agreement</source>
        <translation>약간 일치</translation>
    </message>
    <message>
        <source>Fair agreement</source>
        <translation>어느 정도 일치</translation>
    </message>
    <message>
        <source>Moderate agreement</source>
        <translation>중간 정도 일치</translation>
    </message>
    <message>
        <source>Substantial agreement</source>
        <translation>상당히 일치</translation>
    </message>
    <message>
        <source>Almost perfect agreement</source>
        <translation>거의 완전히 일치</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>신뢰할 수 있음</translation>
    </message>
    <message>
        <source>Tentative conclusions only</source>
        <translation>잠정적 결론만 가능</translation>
    </message>
    <message>
        <source>Not reliable</source>
        <translation>신뢰할 수 없음</translation>
    </message>
</context>
<context>
    <name>qadesk::AnswerSheet</name>
    <message>
        <source>offset %1: %2</source>
        <translation>위치 %1: %2</translation>
    </message>
    <message>
        <source>answers: must be an object of item key → answer</source>
        <translation>answers: 항목 키 → 답변 형태의 객체여야 합니다</translation>
    </message>
    <message>
        <source>the scorecard has no item with this key</source>
        <translation>평가표에 이 키의 항목이 없습니다</translation>
    </message>
    <message>
        <source>must be text: an option label, yes, no or na</source>
        <translation>선택지 이름, yes, no, na 중 하나의 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>N/A is not allowed for this item</source>
        <translation>이 항목은 해당 없음을 허용하지 않습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of this item (%2)</source>
        <translation>&quot;%1&quot;은(는) 이 항목의 선택지가 아닙니다(%2)</translation>
    </message>
    <message>
        <source>has no answer</source>
        <translation>답변이 없습니다</translation>
    </message>
    <message>
        <source>must be the text of a comment on an answered item</source>
        <translation>답변한 항목에 대한 코멘트 텍스트여야 합니다</translation>
    </message>
</context>
<context>
    <name>qadesk::AutoQaCoverage</name>
    <message>
        <source>No contacts in this period.</source>
        <translation>이 기간에 상담 건이 없습니다.</translation>
    </message>
    <message>
        <source>Auto-checked %1 % of %2 contacts; evaluated by people %3 %</source>
        <translation>상담 건 %2건 중 %1 %를 자동 검사했으며, 사람이 평가한 비율은 %3 %입니다</translation>
    </message>
</context>
<context>
    <name>qadesk::AutoQaEngine</name>
    <message>
        <source>The item has no automatic rule.</source>
        <translation>이 항목에는 자동 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>Phrase rules need the call&apos;s transcript, and none was imported.</source>
        <translation>문구 규칙에는 통화 대화록이 필요하지만 가져온 대화록이 없습니다.</translation>
    </message>
    <message>
        <source>The contact has no messages.</source>
        <translation>이 상담 건에는 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>The measure needs the call&apos;s analysed recording.</source>
        <translation>이 측정에는 분석된 통화 녹취가 필요합니다.</translation>
    </message>
    <message>
        <source>The measure needs a chat or e-mail the agent answered.</source>
        <translation>이 측정에는 상담사가 응답한 채팅 또는 이메일이 필요합니다.</translation>
    </message>
    <message>
        <source>The rule names an answer the item does not have.</source>
        <translation>규칙에 이 항목에 없는 답변이 지정되어 있습니다.</translation>
    </message>
    <message>
        <source>Message %1 says “%2”.</source>
        <translation>메시지 %1: “%2”</translation>
    </message>
    <message>
        <source>No agent message %1 says %2.</source>
        <translation>%2(이)라고 말한 상담사 메시지 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No agent message says a forbidden phrase (%1).</source>
        <translation>금지 문구(%1)를 말한 상담사 메시지가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent message(s) say a forbidden phrase; the first: %1</source>
        <translation>
            <numerusform>상담사 메시지 %n건에 금지 문구가 있습니다. 첫 번째: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, within the limit of %3.</source>
        <translation>%1: %2, 기준 %3 이내입니다.</translation>
    </message>
    <message>
        <source>%1: %2, over the limit of %3.</source>
        <translation>%1: %2, 기준 %3을(를) 초과합니다.</translation>
    </message>
    <message>
        <source>%1: %2, at least the required %3.</source>
        <translation>%1: %2, 필요한 %3 이상입니다.</translation>
    </message>
    <message>
        <source>%1: %2, under the required %3.</source>
        <translation>%1: %2, 필요한 %3 미만입니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::AutoQaPage</name>
    <message>
        <source>Checking the contacts…</source>
        <translation>상담 건 검사 중…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n contact(s) checked.</source>
        <translation>
            <numerusform>취소됨: 상담 건 %n건을 검사했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) checked, </source>
        <translation>
            <numerusform>상담 건 %n건 검사, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date.</source>
        <translation>
            <numerusform>%n건은 이미 최신 상태입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>문제: %1</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>평가표</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Answers compared</source>
        <translation>비교한 답변</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>동의율</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>qadesk::AutoQaRule</name>
    <message>
        <source>is required (one of %1)</source>
        <translation>필수입니다(%1 중 하나)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>%1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>is not a field of a rule (the fields are %1)</source>
        <translation>규칙의 필드가 아닙니다(필드: %1)</translation>
    </message>
    <message>
        <source>must be a list of one or more phrases</source>
        <translation>하나 이상의 문구 목록이어야 합니다</translation>
    </message>
    <message>
        <source>may hold at most %1 phrases</source>
        <translation>문구는 최대 %1개까지 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>텍스트여야 합니다</translation>
    </message>
    <message>
        <source>must hold a letter or a digit (spacing, case and punctuation are ignored)</source>
        <translation>문자나 숫자를 하나 이상 포함해야 합니다(공백, 대소문자, 문장 부호는 무시됨)</translation>
    </message>
    <message>
        <source>a forbidden phrase counts anywhere in the contact, so it takes no window</source>
        <translation>금지 문구는 상담 건 전체에서 검사하므로 범위를 지정하지 않습니다</translation>
    </message>
    <message>
        <source>must be an object with one of %1, e.g. {&quot;first_messages&quot;: 2}</source>
        <translation>%1 중 하나를 포함하는 객체여야 합니다(예: {&quot;first_messages&quot;: 2})</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>1부터 %1까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>belongs to metric rules, not to phrase rules</source>
        <translation>측정 규칙에만 사용되며 문구 규칙에는 사용되지 않습니다</translation>
    </message>
    <message>
        <source>a metric rule needs exactly one of at_most and at_least</source>
        <translation>측정 규칙에는 at_most와 at_least 중 정확히 하나가 필요합니다</translation>
    </message>
    <message>
        <source>must be a number from 0 to %1</source>
        <translation>0부터 %1까지의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>belongs to phrase rules, not to metric rules</source>
        <translation>문구 규칙에만 사용되며 측정 규칙에는 사용되지 않습니다</translation>
    </message>
    <message>
        <source>must be the label of one of the item&apos;s options</source>
        <translation>항목 선택지 중 하나의 레이블이어야 합니다</translation>
    </message>
    <message>
        <source>Phrase said</source>
        <translation>문구 언급</translation>
    </message>
    <message>
        <source>Phrase not said</source>
        <translation>문구 미언급</translation>
    </message>
    <message>
        <source>Forbidden phrase</source>
        <translation>금지 문구</translation>
    </message>
    <message>
        <source>Measure within a limit</source>
        <translation>기준 내 측정값</translation>
    </message>
    <message>
        <source>Longest dead air (s)</source>
        <translation>최장 무음 구간(초)</translation>
    </message>
    <message>
        <source>Overtalk (% of the call)</source>
        <translation>동시 발화(통화 대비 %)</translation>
    </message>
    <message>
        <source>Agent&apos;s share of the talking (%)</source>
        <translation>상담사 발화 비율(%)</translation>
    </message>
    <message>
        <source>Longest agent monologue (s)</source>
        <translation>상담사 최장 연속 발화(초)</translation>
    </message>
    <message>
        <source>First response (s)</source>
        <translation>첫 응답(초)</translation>
    </message>
    <message>
        <source>Longest reply wait (s)</source>
        <translation>최장 응답 대기(초)</translation>
    </message>
    <message>
        <source>Replies within the limit (%)</source>
        <translation>기준 시간 내 응답(%)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>First messages</source>
        <translation>처음 메시지</translation>
    </message>
    <message>
        <source>Last messages</source>
        <translation>마지막 메시지</translation>
    </message>
    <message>
        <source>First seconds</source>
        <translation>처음 몇 초</translation>
    </message>
    <message>
        <source>Last seconds</source>
        <translation>마지막 몇 초</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>전체</translation>
    </message>
    <message numerus="yes">
        <source>in the first %n agent message(s)</source>
        <translation>
            <numerusform>처음 상담사 메시지 %n건에서</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n agent message(s)</source>
        <translation>
            <numerusform>마지막 상담사 메시지 %n건에서</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the first %n second(s)</source>
        <translation>
            <numerusform>처음 %n초 동안</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n second(s)</source>
        <translation>
            <numerusform>마지막 %n초 동안</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation>%1 최대 %2</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 최소 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>qadesk::AutoQaRuleEditor</name>
    <message>
        <source>Automatic check</source>
        <translation>자동 검사</translation>
    </message>
    <message>
        <source>Phrases (variants, separated by /)</source>
        <translation>문구(변형은 /로 구분)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>측정 항목</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Suggests (held / not held)</source>
        <translation>제안(충족 / 미충족)</translation>
    </message>
    <message>
        <source>Where the phrases are looked for</source>
        <translation>문구를 찾을 위치</translation>
    </message>
    <message>
        <source>How many messages or seconds</source>
        <translation>메시지 수 또는 초</translation>
    </message>
    <message>
        <source>At most or at least</source>
        <translation>최대 또는 최소</translation>
    </message>
    <message>
        <source>Answer suggested when the rule holds</source>
        <translation>규칙 충족 시 제안할 답변</translation>
    </message>
    <message>
        <source>Answer suggested when it does not</source>
        <translation>규칙 미충족 시 제안할 답변</translation>
    </message>
    <message>
        <source>No automatic check</source>
        <translation>자동 검사 없음</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>best answer</source>
        <translation>최고 답변</translation>
    </message>
    <message>
        <source>first failing answer</source>
        <translation>첫 번째 미충족 답변</translation>
    </message>
</context>
<context>
    <name>qadesk::AutoQaRunner</name>
    <message>
        <source>Contact %1: %2</source>
        <translation>상담 건 %1: %2</translation>
    </message>
</context>
<context>
    <name>qadesk::AutoQaSuggestionsView</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation>자동 검사</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Suggested by the item&apos;s rule: %1</source>
        <translation>항목 규칙의 제안: %1</translation>
    </message>
    <message>
        <source>your answer agrees</source>
        <translation>답변이 일치합니다</translation>
    </message>
    <message>
        <source>you changed it</source>
        <translation>답변을 변경했습니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → %2</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>메시지 %1</translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation>%1 재생</translation>
    </message>
    <message>
        <source>Show the evidence</source>
        <translation>근거 표시</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationPage</name>
    <message>
        <source>No calibration session yet.</source>
        <translation>아직 캘리브레이션 세션이 없습니다.</translation>
    </message>
    <message>
        <source>Blind until every participant has submitted or the organiser reveals it: %1 of %2 submitted. Nobody sees the others&apos; answers before then.</source>
        <translation>모든 참여자가 제출하거나 진행자가 공개할 때까지 블라인드입니다: %2명 중 %1명 제출. 그 전에는 누구도 다른 사람의 답을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Your scoring is still to come: Score it.</source>
        <translation>아직 평가하지 않았습니다: 평가하기를 누르세요.</translation>
    </message>
    <message>
        <source>%1 of %2 items in disagreement</source>
        <translation>%2개 항목 중 %1개 불일치</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>평균 %1</translation>
    </message>
    <message>
        <source>range %1 points</source>
        <translation>범위 %1점</translation>
    </message>
    <message>
        <source>standard deviation %1 points</source>
        <translation>표준편차 %1점</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa %1 (%2)</source>
        <translation>플라이스 카파 %1 (%2)</translation>
    </message>
    <message>
        <source>deviations from the reference</source>
        <translation>기준 평가자와의 편차</translation>
    </message>
    <message>
        <source>deviations from the consensus</source>
        <translation>합의 평균과의 편차</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>아직 합의되지 않음</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>&amp;Open my scoring</source>
        <translation>내 평가 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Score it</source>
        <translation>평가하기(&amp;S)</translation>
    </message>
    <message>
        <source>The organiser, a manager or an administrator keeps the answer key.</source>
        <translation>합의 답안은 진행자, 관리자 또는 시스템 관리자가 기록합니다.</translation>
    </message>
    <message>
        <source>No revealed calibration session in the last %1 months.</source>
        <translation>최근 %1개월 동안 공개된 캘리브레이션 세션이 없습니다.</translation>
    </message>
    <message>
        <source>Items to clarify first</source>
        <translation>먼저 명확히 할 항목</translation>
    </message>
    <message>
        <source>%1 % agreement</source>
        <translation>일치율 %1%</translation>
    </message>
    <message>
        <source>Leniency (+) or severity (−) against the reference</source>
        <translation>기준 평가자 대비 관대함(+) 또는 엄격함(−)</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1점</translation>
    </message>
    <message>
        <source>Session created. Each participant scores it blind with Score it.</source>
        <translation>세션을 만들었습니다. 참여자는 각자 평가하기로 블라인드 평가합니다.</translation>
    </message>
    <message>
        <source>Revealed.</source>
        <translation>공개했습니다.</translation>
    </message>
    <message>
        <source>Saved the answer key of this item.</source>
        <translation>이 항목의 합의 답안을 저장했습니다.</translation>
    </message>
    <message>
        <source>Draft version %1 holds the clarified guidance; review and publish it on the Scorecards page.</source>
        <translation>초안 버전 %1에 명확해진 지침이 담겼습니다. 평가표 화면에서 검토하고 게시하세요.</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationRepository</name>
    <message>
        <source>Calibration session %1 does not exist.</source>
        <translation>캘리브레이션 세션 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A calibration scoring needs its session; session %1 does not exist.</source>
        <translation>캘리브레이션 평가에는 세션이 필요합니다. 세션 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The calibration session &quot;%1&quot; is revealed: nobody scores it any more.</source>
        <translation>캘리브레이션 세션 &quot;%1&quot;은(는) 공개되었습니다. 더 이상 평가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Only the participants of &quot;%1&quot; score it.</source>
        <translation>&quot;%1&quot;은(는) 참여자만 평가할 수 있습니다.</translation>
    </message>
    <message>
        <source>The calibration session &quot;%1&quot; scores one contact on one scorecard version.</source>
        <translation>캘리브레이션 세션 &quot;%1&quot;은(는) 한 상담 건을 한 평가표 버전으로 평가합니다.</translation>
    </message>
    <message>
        <source>This evaluator already scores &quot;%1&quot;.</source>
        <translation>이 평가자는 이미 &quot;%1&quot;을(를) 평가하고 있습니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationReveal</name>
    <message>
        <source>N/A</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationService</name>
    <message>
        <source>Calibration session %1 does not exist.</source>
        <translation>캘리브레이션 세션 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>A calibration session needs a title.</source>
        <translation>캘리브레이션 세션에는 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation>상담 건 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A calibration session scores on a published scorecard version.</source>
        <translation>캘리브레이션 세션은 게시된 평가표 버전으로 평가합니다.</translation>
    </message>
    <message>
        <source>A calibration session needs at least two participants.</source>
        <translation>캘리브레이션 세션에는 참여자가 2명 이상 필요합니다.</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>사용자 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot take part: only active evaluators, managers and administrators score.</source>
        <translation>%1은(는) 참여할 수 없습니다. 활성 상태의 평가자, 관리자, 시스템 관리자만 평가합니다.</translation>
    </message>
    <message>
        <source>The reference evaluator must be one of the participants.</source>
        <translation>기준 평가자는 참여자 중 한 명이어야 합니다.</translation>
    </message>
    <message>
        <source>You are not a participant of &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;의 참여자가 아닙니다.</translation>
    </message>
    <message>
        <source>Only the participants and QA see a calibration session&apos;s scorings.</source>
        <translation>캘리브레이션 세션의 평가는 참여자와 QA만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The scorings of &quot;%1&quot; stay hidden until every participant has submitted or the organiser reveals them.</source>
        <translation>&quot;%1&quot;의 평가는 모든 참여자가 제출하거나 진행자가 공개할 때까지 가려집니다.</translation>
    </message>
    <message>
        <source>The scorecard version of &quot;%1&quot; does not exist.</source>
        <translation>&quot;%1&quot;의 평가표 버전이 없습니다.</translation>
    </message>
    <message>
        <source>Only the organiser of &quot;%1&quot;, a manager or an administrator reveals it before everyone has submitted.</source>
        <translation>모두 제출하기 전에는 &quot;%1&quot;의 진행자, 관리자 또는 시스템 관리자만 공개할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the organiser of &quot;%1&quot;, a manager or an administrator keeps its answer key.</source>
        <translation>&quot;%1&quot;의 합의 답안은 진행자, 관리자 또는 시스템 관리자만 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>The answer key of &quot;%1&quot; is agreed after the reveal.</source>
        <translation>&quot;%1&quot;의 합의 답안은 공개 후에 정합니다.</translation>
    </message>
    <message>
        <source>The scorecard of &quot;%1&quot; has no item %2.</source>
        <translation>&quot;%1&quot;의 평가표에는 항목 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; has no option %2.</source>
        <translation>항목 &quot;%1&quot;에는 선택지 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; does not allow N/A.</source>
        <translation>항목 &quot;%1&quot;은(는) 해당 없음을 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>Only the organiser of &quot;%1&quot;, a manager or an administrator turns its notes into a scorecard draft.</source>
        <translation>&quot;%1&quot;의 메모를 평가표 초안으로 만들 수 있는 사람은 진행자, 관리자, 시스템 관리자뿐입니다.</translation>
    </message>
    <message>
        <source>No item of &quot;%1&quot; has a discussion note to add to the guidance.</source>
        <translation>&quot;%1&quot;에는 지침에 추가할 논의 메모가 있는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Clarified in calibration &quot;%1&quot; (%2): %3</source>
        <translation>캘리브레이션 &quot;%1&quot;(%2)에서 명확히 함: %3</translation>
    </message>
    <message>
        <source>Guidance clarified by the calibration session &quot;%1&quot; of %2.</source>
        <translation>%2의 캘리브레이션 세션 &quot;%1&quot;에서 명확히 한 지침.</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationSessionModel</name>
    <message>
        <source>%1 of %2 submitted</source>
        <translation>%2명 중 %1명 제출</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>공개됨</translation>
    </message>
    <message>
        <source>Waiting for your scoring</source>
        <translation>내 평가 대기 중</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>블라인드</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>상담 건</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>평가표</translation>
    </message>
    <message>
        <source>Scorings</source>
        <translation>채점</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>qadesk::CallPlayerWidget</name>
    <message>
        <source>−5 s</source>
        <translation>−5초</translation>
    </message>
    <message>
        <source>Back 5 seconds (Ctrl+Left)</source>
        <translation>5초 뒤로 (Ctrl+←)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>재생/일시정지 (Space)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5초</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Ctrl+Right)</source>
        <translation>5초 앞으로 (Ctrl+→)</translation>
    </message>
    <message>
        <source>Playback speed (Ctrl+Up / Ctrl+Down)</source>
        <translation>재생 속도 (Ctrl+↑ / Ctrl+↓)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>음량</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation>녹취를 재생할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>녹취 재생/일시정지</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>5초 뒤로</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>5초 앞으로</translation>
    </message>
    <message>
        <source>Faster playback</source>
        <translation>빠르게 재생</translation>
    </message>
    <message>
        <source>Slower playback</source>
        <translation>느리게 재생</translation>
    </message>
    <message>
        <source>The recording %1 is missing.</source>
        <translation>녹취 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>발화</translation>
    </message>
    <message>
        <source>Time anyone is speaking.</source>
        <translation>어느 한쪽이라도 말하고 있는 시간입니다.</translation>
    </message>
    <message>
        <source>A mono recording: it tells speech from silence only, not who spoke, so talk times, overtalk and response times need a stereo recording.</source>
        <translation>모노 녹음입니다. 발화와 무음만 구분할 뿐 누가 말했는지는 알 수 없으므로, 발화 시간, 동시 발화, 응답 시간을 확인하려면 스테레오 녹음이 필요합니다.</translation>
    </message>
    <message>
        <source>Agent talk</source>
        <translation>상담사 발화</translation>
    </message>
    <message>
        <source>Time the agent is speaking.</source>
        <translation>상담사가 말하고 있는 시간입니다.</translation>
    </message>
    <message>
        <source>Customer talk</source>
        <translation>고객 발화</translation>
    </message>
    <message>
        <source>Time the customer is speaking.</source>
        <translation>고객이 말하고 있는 시간입니다.</translation>
    </message>
    <message>
        <source>Talk ratio, agent : customer</source>
        <translation>발화 비율(상담사 : 고객)</translation>
    </message>
    <message>
        <source>The agent&apos;s share of the talking to the customer&apos;s, in percent.</source>
        <translation>전체 발화 중 상담사와 고객이 각각 차지하는 비율(%)입니다.</translation>
    </message>
    <message>
        <source>Dead air</source>
        <translation>무음 구간</translation>
    </message>
    <message>
        <source>Both sides silent for %1 or more, added up.</source>
        <translation>양쪽 모두 %1 이상 말하지 않은 구간의 합계입니다.</translation>
    </message>
    <message>
        <source>Longest dead air</source>
        <translation>최장 무음 구간</translation>
    </message>
    <message>
        <source>The longest stretch of dead air.</source>
        <translation>가장 긴 무음 구간입니다.</translation>
    </message>
    <message>
        <source>Overtalk</source>
        <translation>동시 발화</translation>
    </message>
    <message>
        <source>Both sides speaking at once for %1 or more, added up.</source>
        <translation>양쪽이 %1 이상 동시에 말한 구간의 합계입니다.</translation>
    </message>
    <message>
        <source>Longest agent monologue</source>
        <translation>상담사 최장 연속 발화</translation>
    </message>
    <message>
        <source>The longest the agent spoke without the customer saying anything.</source>
        <translation>고객이 아무 말도 하지 않는 동안 상담사가 가장 길게 이어서 말한 시간입니다.</translation>
    </message>
    <message>
        <source>Mean agent response</source>
        <translation>상담사 평균 응답 시간</translation>
    </message>
    <message>
        <source>From the end of each customer turn to the agent&apos;s first word, on average; below zero when the agent starts before the customer has finished.</source>
        <translation>고객의 각 발화가 끝난 시점부터 상담사가 처음 말을 시작하기까지의 평균 시간입니다. 고객이 말을 마치기 전에 상담사가 말을 시작하면 0보다 작습니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::Channel</name>
    <message>
        <source>Call</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
</context>
<context>
    <name>qadesk::ChartView</name>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>A chart point read out: series, category (a month, a team), value.</extracomment>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>qadesk::CoachingEffect</name>
    <message>
        <source>Too few evaluations to tell</source>
        <translation>평가가 너무 적어 판단할 수 없음</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>개선됨</translation>
    </message>
    <message>
        <source>No clear change</source>
        <translation>뚜렷한 변화 없음</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>악화</translation>
    </message>
</context>
<context>
    <name>qadesk::CoachingRepository</name>
    <message>
        <source>Coaching session %1 does not exist.</source>
        <translation>코칭 세션 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::CoachingSessionDialog</name>
    <message>
        <source>The agent&apos;s words (required for a refusal)</source>
        <translation>상담사 의견 (거부 시 필수)</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>실행 과제</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>New coaching session</source>
        <translation>새 코칭 세션</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>코칭 세션</translation>
    </message>
    <message>
        <source>%1 — agent %2, team %3</source>
        <translation>%1 — 상담사 %2, 팀 %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 points · %4 failed item(s)</source>
        <translation>%1 · %2 · 점수 %3 · 미흡 항목 %4개</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Focus item</source>
        <translation>중점 항목</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>코칭 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>코칭 후</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변화</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Action item %1 has no text: write what was agreed, or remove the row.</source>
        <translation>실행 과제 %1에 내용이 없습니다. 합의한 내용을 적거나 행을 삭제하세요.</translation>
    </message>
    <message>
        <source>Choose at least one focus item: coaching needs a target the scores can show.</source>
        <translation>중점 항목을 하나 이상 선택하세요. 코칭에는 점수로 확인할 수 있는 목표가 필요합니다.</translation>
    </message>
    <message>
        <source>A refusal is recorded with the agent&apos;s words: write them beside it.</source>
        <translation>거부는 상담사의 의견과 함께 기록됩니다. 옆 칸에 의견을 적으세요.</translation>
    </message>
</context>
<context>
    <name>qadesk::ConnectServerDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation>팀 서버에 연결</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>로그인(&amp;L):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T):</translation>
    </message>
    <message>
        <source>qa-db.centre.example</source>
        <translation>qa-db.centre.example</translation>
    </message>
    <message>
        <source>qadesk</source>
        <translation>qadesk</translation>
    </message>
    <message>
        <source>Empty: from the keyring, PGPASSWORD or ~/.pgpass</source>
        <translation>비워 두면 키링, PGPASSWORD 또는 ~/.pgpass에서 가져옵니다</translation>
    </message>
    <message>
        <source>Preferred: encrypted when the server offers it</source>
        <translation>우선: 서버가 지원하면 암호화</translation>
    </message>
    <message>
        <source>Off: never encrypted</source>
        <translation>끄기: 암호화하지 않음</translation>
    </message>
    <message>
        <source>Required: encrypted, certificate not checked</source>
        <translation>필수: 암호화, 인증서 확인 안 함</translation>
    </message>
    <message>
        <source>Verify the certificate&apos;s authority</source>
        <translation>인증서 발급 기관 확인</translation>
    </message>
    <message>
        <source>Verify the authority and the server&apos;s name (safest)</source>
        <translation>발급 기관과 서버 이름 확인(가장 안전)</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this desktop&apos;s keyring</source>
        <translation>이 데스크톱의 키링에 암호 저장(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <source>Give the host, the database and your login.</source>
        <translation>호스트, 데이터베이스 및 로그인 정보를 입력하십시오.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>The keyring could not be read: %1.</source>
        <translation>키링을 읽을 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>The password was not remembered: %1. QA Desk will ask for it next time.</source>
        <translation>암호가 저장되지 않았습니다: %1. 다음에 QA Desk에서 다시 묻습니다.</translation>
    </message>
    <message>
        <source>A remembered password could not be forgotten: %1.</source>
        <translation>저장된 암호를 삭제할 수 없습니다: %1.</translation>
    </message>
</context>
<context>
    <name>qadesk::ContactImport</name>
    <message>
        <source>is empty</source>
        <translation>비어 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not call, chat or email</source>
        <translation>&quot;%1&quot;은(는) call, chat, email 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation>&quot;%1&quot;은(는) 올바른 값이 아닙니다(허용: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not inbound or outbound</source>
        <translation>&quot;%1&quot;은(는) inbound 또는 outbound가 아닙니다</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>%1~%2 사이의 정수여야 합니다(현재 &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>a call has a recording, not a transcript</source>
        <translation>통화에는 대화 내용이 아니라 녹취 파일을 지정합니다</translation>
    </message>
    <message>
        <source>only calls have recordings</source>
        <translation>녹취 파일은 통화에만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>a chat or e-mail needs its transcript</source>
        <translation>채팅이나 이메일에는 대화 내용 파일이 필요합니다</translation>
    </message>
    <message>
        <source>is empty, and there is no recording or transcript to measure</source>
        <translation>비어 있으며, 길이를 잴 녹취나 대화 내용도 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats line %2</source>
        <translation>&quot;%1&quot;이(가) %2행과 중복됩니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the workspace</source>
        <translation>&quot;%1&quot;은(는) 이미 워크스페이스에 있습니다</translation>
    </message>
    <message>
        <source>no agent has employee id &quot;%1&quot;; choose to create unknown agents to add it</source>
        <translation>사번이 &quot;%1&quot;인 상담사가 없습니다. 추가하려면 미등록 상담사를 만들도록 선택하세요</translation>
    </message>
    <message>
        <source>%1: the transcript does not exist</source>
        <translation>%1: 대화 내용 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1: has problems, listed under that file</source>
        <translation>%1: 문제가 있습니다(해당 파일 아래에 표시)</translation>
    </message>
    <message>
        <source>the manifest has no data rows</source>
        <translation>매니페스트에 데이터 행이 없습니다</translation>
    </message>
    <message>
        <source>the header has no such column (see docs/formats/contacts.md)</source>
        <translation>머리글에 이 열이 없습니다(docs/formats/contacts.md 참조)</translation>
    </message>
    <message>
        <source>Checking line %1 of %2</source>
        <translation>%2의 %1행 확인 중</translation>
    </message>
    <message>
        <source>Checked every row</source>
        <translation>모든 행을 확인했습니다</translation>
    </message>
    <message>
        <source>%1 was not checked completely; nothing was imported.</source>
        <translation>%1을(를) 끝까지 확인하지 못해 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 has problems (%2 in all). Fix them, or import only the good rows.</source>
        <translation>아무것도 가져오지 않았습니다: %1에 문제가 있습니다(총 %2건). 문제를 고치거나 문제없는 행만 가져오세요.</translation>
    </message>
    <message>
        <source>Writing line %1</source>
        <translation>%1행 기록 중</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>가져오기를 취소했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation>가져오기에 실패해 아무것도 가져오지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>%1: the recording lasts %2 s, longer than a contact may (%3 s)</source>
        <translation>%1: 녹취 길이가 %2초로, 상담 최대 길이(%3초)를 넘습니다</translation>
    </message>
    <message>
        <source>%1 could not be read while checking the rows: %2</source>
        <translation>행을 점검하는 중에 %1을(를) 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>아무것도 가져오지 않았습니다: %1</translation>
    </message>
    <message>
        <source>%1: this computer has no folder for the recordings root %2 (File → Recordings folders…)</source>
        <translation>%1: 이 컴퓨터에 녹취 루트 %2의 폴더가 없습니다(파일 → 녹취 폴더…)</translation>
    </message>
    <message>
        <source>%1: the recording is outside %2, the folder of the recordings root %3</source>
        <translation>%1: 녹취가 녹취 루트 %3의 폴더인 %2 밖에 있습니다</translation>
    </message>
</context>
<context>
    <name>qadesk::ConversationMetrics</name>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1: must be a number of 0 or more</source>
        <translation>%1: 0 이상의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>dead air over %1</source>
        <translation>무음 구간 %1 초과</translation>
    </message>
    <message>
        <source>overtalk over %1 %</source>
        <translation>동시 발화 %1 % 초과</translation>
    </message>
    <message>
        <source>a reply wait over %1</source>
        <translation>응답 대기 %1 초과</translation>
    </message>
    <message>
        <source>first response over %1</source>
        <translation>첫 응답 %1 초과</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The reply limit must be from %1 to %2 seconds, not %3.</source>
        <translation>응답 기준 시간은 %3초가 아니라 %1~%2초여야 합니다.</translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation>통화 %1: %2</translation>
    </message>
    <message>
        <source>Call %1: the recording&apos;s channels differ in length.</source>
        <translation>통화 %1: 녹취의 채널 길이가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::Correlation</name>
    <message>
        <source>negligible</source>
        <translation>상관 거의 없음</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>양의 상관</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>음의 상관</translation>
    </message>
    <message>
        <source>weak %1</source>
        <translation>약한 %1</translation>
    </message>
    <message>
        <source>moderate %1</source>
        <translation>중간 %1</translation>
    </message>
    <message>
        <source>strong %1</source>
        <translation>강한 %1</translation>
    </message>
</context>
<context>
    <name>qadesk::CriticalScope</name>
    <message>
        <source>Not critical</source>
        <translation>치명 항목 아님</translation>
    </message>
    <message>
        <source>Failing zeroes the section</source>
        <translation>미흡 시 섹션 0점</translation>
    </message>
    <message>
        <source>Failing zeroes the evaluation</source>
        <translation>미흡 시 평가 전체 0점</translation>
    </message>
</context>
<context>
    <name>qadesk::CsvReader</name>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>%1행: 따옴표로 묶은 필드가 닫히지 않았습니다</translation>
    </message>
</context>
<context>
    <name>qadesk::CsvReportWriter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 파일을 쓰지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>qadesk::Database</name>
    <message>
        <source>(in memory)</source>
        <translation>(메모리)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1은(는) 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation>워크스페이스 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a QA Desk workspace: it is not an SQLite database file.</source>
        <translation>%1은(는) QA Desk 워크스페이스가 아닙니다. SQLite 데이터베이스 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is read-only. QA Desk needs to write to a workspace: make the file writable or copy it to a writable folder.</source>
        <translation>%1은(는) 읽기 전용입니다. QA Desk는 워크스페이스에 기록해야 하므로 파일을 쓰기 가능하게 하거나 쓰기 가능한 폴더로 복사하세요.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; QA Desk keeps its journal files beside the workspace.</source>
        <translation>%1이(가) 있는 폴더가 읽기 전용입니다. QA Desk는 워크스페이스 옆에 저널 파일을 만듭니다.</translation>
    </message>
    <message>
        <source>An in-memory workspace cannot be shared with another thread.</source>
        <translation>메모리 워크스페이스는 다른 스레드와 공유할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a QA Desk workspace.</source>
        <translation>%1은(는) 다른 프로그램의 데이터베이스이며 QA Desk 워크스페이스가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of QA Desk (workspace schema %2; this version reads up to %3). Update QA Desk to open it.</source>
        <translation>%1은(는) 더 새로운 QA Desk에서 만든 파일입니다(워크스페이스 스키마 %2, 이 버전은 %3까지 읽음). QA Desk를 업데이트한 뒤 여세요.</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2 before upgrading it: %3</source>
        <translation>업그레이드 전에 %1을(를) %2(으)로 백업하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Schema step %1 is missing from this build of QA Desk.</source>
        <translation>이 QA Desk 빌드에 스키마 단계 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>apply schema step %1</source>
        <translation>스키마 단계 %1 적용</translation>
    </message>
    <message>
        <source>record schema step %1</source>
        <translation>스키마 단계 %1 기록</translation>
    </message>
    <message>
        <source>%1: upgrading to workspace schema %2 failed, nothing was changed. %3</source>
        <translation>%1: 워크스페이스 스키마 %2(으)로 업그레이드하지 못해 아무것도 바꾸지 않았습니다. %3</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup; the .bak files beside a workspace are copies made before each upgrade.</source>
        <translation>%1 파일이 손상되었습니다(%2). 백업에서 복원하세요. 워크스페이스 옆의 .bak 파일은 업그레이드 직전에 만든 사본입니다.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (the lock did not clear within %2 s). Close the other program or wait, then try again.</source>
        <translation>%1 파일을 다른 프로그램이 잠그고 있습니다(%2초 안에 풀리지 않음). 그 프로그램을 닫거나 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation>%1을(를) 열 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1을(를) 열지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), not a QA Desk workspace. To make a new workspace of it, create one with this name.</source>
        <translation>%1은(는) 비어 있는 파일(0바이트)이며 QA Desk 워크스페이스가 아닙니다. 이 파일을 새 워크스페이스로 쓰려면 이 이름으로 워크스페이스를 새로 만드세요.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade (workspace schema %2 to %3), which reading alone cannot do. Open it once with write access, in QA Desk or with a qadesk-cli command that writes.</source>
        <translation>%1은(는) 업그레이드가 필요하며(워크스페이스 스키마 %2 → %3), 읽기 전용으로는 업그레이드할 수 없습니다. QA Desk나 쓰기 작업을 하는 qadesk-cli 명령으로 쓰기 권한을 가지고 한 번 여세요.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a QA Desk workspace.</source>
        <translation>%1은(는) 비어 있는 SQLite 데이터베이스이며 QA Desk 워크스페이스가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: upgrading the workspace failed, nothing was changed. %2</source>
        <translation>%1: 워크스페이스를 업그레이드하지 못해 아무것도 바꾸지 않았습니다. %2</translation>
    </message>
    <message>
        <source>%1 holds no QA Desk workspace yet; an administrator sets it up with qadesk-cli server init.</source>
        <translation>%1에는 아직 QA Desk 워크스페이스가 없습니다. 관리자가 qadesk-cli server init으로 설정합니다.</translation>
    </message>
    <message>
        <source>%1 was upgraded by a newer version of QA Desk meanwhile (workspace schema %2; this version reads up to %3). Update QA Desk to open it.</source>
        <translation>그사이 %1이(가) 더 새로운 버전의 QA Desk로 업그레이드되었습니다(워크스페이스 스키마 %2, 이 버전은 %3까지 읽음). 열려면 QA Desk를 업데이트하세요.</translation>
    </message>
    <message>
        <source>lock the workspace schema</source>
        <translation>워크스페이스 스키마 잠그기</translation>
    </message>
    <message>
        <source>read whether the workspace is a team server</source>
        <translation>작업 공간이 팀 서버인지 확인</translation>
    </message>
</context>
<context>
    <name>qadesk::DemoWorkspaceBuilder</name>
    <message>
        <source>%1 already exists; choose a new file for the demo workspace.</source>
        <translation>%1이(가) 이미 있습니다. 데모 워크스페이스에 쓸 새 파일을 고르세요.</translation>
    </message>
    <message>
        <source>The demo needs at least one agent, one month and one contact per agent and month.</source>
        <translation>데모에는 상담사 1명, 1개월, 상담사·월별 상담 1건 이상이 필요합니다.</translation>
    </message>
    <message>
        <source>The demo workspace was cancelled.</source>
        <translation>데모 워크스페이스 만들기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Cannot move the demo workspace to %1.</source>
        <translation>데모 워크스페이스를 %1(으)로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the demo recordings.</source>
        <translation>데모 녹취 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Recording demo calls</source>
        <translation>데모 통화 녹음 중</translation>
    </message>
    <message>
        <source>QA Desk demo centre</source>
        <translation>QA Desk 데모 센터</translation>
    </message>
    <message>
        <source>Contacts and evaluations of %1</source>
        <translation>%1 상담 이력과 평가 생성 중</translation>
    </message>
    <message>
        <source>Disputes, coaching and calibration</source>
        <translation>이의 제기, 코칭, 캘리브레이션 생성 중</translation>
    </message>
    <message>
        <source>Monthly sample %1</source>
        <translation>%1 월간 평가 표본</translation>
    </message>
</context>
<context>
    <name>qadesk::Direction</name>
    <message>
        <source>Inbound</source>
        <translation>인바운드</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>아웃바운드</translation>
    </message>
</context>
<context>
    <name>qadesk::DisputeRepository</name>
    <message>
        <source>Evaluation %1 does not exist.</source>
        <translation>평가 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Only the latest submitted version of an evaluation can be disputed (evaluation %1).</source>
        <translation>제출된 최신 평가에만 이의를 제기할 수 있습니다(평가 %1).</translation>
    </message>
    <message>
        <source>Evaluation %1 already has an open dispute.</source>
        <translation>평가 %1에는 이미 진행 중인 이의 제기가 있습니다.</translation>
    </message>
    <message>
        <source>Evaluation %1 has no item &quot;%2&quot; to dispute.</source>
        <translation>평가 %1에는 이의를 제기할 항목 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A dispute needs a reason.</source>
        <translation>이의 제기에는 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>Dispute %1 does not exist.</source>
        <translation>이의 제기 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>User %1 does not exist, so cannot resolve dispute %2.</source>
        <translation>사용자 %1이(가) 없어 이의 제기 %2을(를) 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot resolve dispute %2: %3</source>
        <translation>%1은(는) 이의 제기 %2을(를) 처리할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>another reviewer</source>
        <translation>다른 검토자</translation>
    </message>
    <message>
        <source>This dispute was already decided by %1 at %2.</source>
        <translation>이 이의 제기는 %2에 %1님이 이미 결정했습니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::DisputeStatus</name>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>번복</translation>
    </message>
</context>
<context>
    <name>qadesk::DisputesPage</name>
    <message>
        <source>Whole evaluation</source>
        <translation>평가 전체</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>평가 수</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>이의 제기</translation>
    </message>
    <message>
        <source>Dispute rate</source>
        <translation>이의 제기율</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>번복</translation>
    </message>
    <message>
        <source>Overturn rate</source>
        <translation>번복률</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>상담</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>이의 대상</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>경과일</translation>
    </message>
    <message>
        <source>Days since the dispute was raised</source>
        <translation>이의 제기 후 지난 일수</translation>
    </message>
    <message>
        <source>No open disputes.</source>
        <translation>진행 중인 이의 제기가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n open dispute(s), oldest first</source>
        <translation>
            <numerusform>진행 중인 이의 제기 %n건 (오래된 순)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review: no dispute is open.</source>
        <translation>검토할 항목이 없습니다: 진행 중인 이의 제기가 없습니다.</translation>
    </message>
    <message>
        <source>Choose a dispute in the queue to review it.</source>
        <translation>검토할 이의 제기를 대기열에서 선택하세요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · agent %2 · evaluated by %3 on %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 상담사 %2 · %3 평가 (%4)</translation>
    </message>
    <message>
        <source>Evaluator&apos;s comment: %1</source>
        <translation>평가자 코멘트: %1</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>이의 대상: %1</translation>
    </message>
    <message>
        <source>Raised by %1 on %2 (%3)</source>
        <translation>%1이(가) %2에 제기 (%3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <source>The whole evaluation is disputed: change every answer that should be different.</source>
        <translation>평가 전체에 이의가 제기되었습니다. 달라져야 할 답변을 모두 바꾸세요.</translation>
    </message>
    <message>
        <source>Only the disputed item can change. Choose the answer it should have had.</source>
        <translation>이의가 제기된 항목만 바꿀 수 있습니다. 원래 했어야 할 답변을 선택하세요.</translation>
    </message>
    <message>
        <source>Score as submitted: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>제출 당시 점수: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>to overturn, change the answer under &quot;%1&quot;</source>
        <translation>번복하려면 &quot;%1&quot; 탭에서 답변을 바꾸세요</translation>
    </message>
    <message>
        <source>with your changes: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>변경 적용 시: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A failed item needs a comment: %1</source>
        <translation>미흡 항목에 코멘트가 필요합니다: %1</translation>
    </message>
    <message>
        <source>Uphold the score</source>
        <translation>점수 유지</translation>
    </message>
    <message>
        <source>Uphold the score of %1 (%2)? The dispute closes and the evaluation stands.</source>
        <translation>%2의 점수 %1을(를) 유지할까요? 이의 제기가 종료되고 평가는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Dispute on %1 upheld: the score of %2 stands.</source>
        <translation>%1 이의 제기: 점수 %2을(를) 유지했습니다.</translation>
    </message>
    <message>
        <source>Change the disputed answer first, or uphold the score.</source>
        <translation>먼저 이의 대상 답변을 바꾸거나 점수를 유지하세요.</translation>
    </message>
    <message>
        <source>Overturn the dispute</source>
        <translation>평가 번복</translation>
    </message>
    <message>
        <source>Overturn the dispute on %1? A revision scoring %2 (was %3) replaces the evaluation in reports; the original stays, marked superseded.</source>
        <translation>%1 이의 제기에 따라 평가를 번복할까요? 보고서에서는 점수 %2(기존 %3)의 재평가본이 평가를 대체하며, 원본은 &apos;대체됨&apos;으로 표시되어 남습니다.</translation>
    </message>
    <message>
        <source>Dispute on %1 overturned: revision %2 scores %3 (was %4).</source>
        <translation>%1 평가를 번복했습니다: 재평가 %2의 점수는 %3입니다(기존 %4).</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Score before</source>
        <translation>변경 전 점수</translation>
    </message>
    <message>
        <source>Score after</source>
        <translation>변경 후 점수</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변동 없음</translation>
    </message>
    <message>
        <source>The latest %1 resolved disputes, the most recent first</source>
        <translation>처리된 이의 제기 최근 %1건 (최신순)</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved dispute(s), the most recent first</source>
        <translation>
            <numerusform>처리된 이의 제기 %n건 (최신순)</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Shows this contact&apos;s card, resident registration and phone numbers and e-mail addresses unmasked; the audit log records who revealed which contact, and when</source>
        <translation>이 상담 건의 카드 번호, 주민등록번호, 전화번호, 이메일 주소를 가리지 않고 보여 줍니다. 누가 언제 어떤 상담 건을 열람했는지 감사 기록에 남습니다</translation>
    </message>
    <message>
        <source>Reading the disputed evaluation…</source>
        <translation>이의 제기된 평가를 읽는 중…</translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationImport</name>
    <message>
        <source>the workspace has no scorecard named &quot;%1&quot;</source>
        <translation>워크스페이스에 &quot;%1&quot; 평가표가 없습니다</translation>
    </message>
    <message>
        <source>scorecard &quot;%1&quot; has no published version</source>
        <translation>평가표 &quot;%1&quot;에 게시된 버전이 없습니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the header has no %1 column</source>
        <translation>머리글에 %1 열이 없습니다</translation>
    </message>
    <message>
        <source>scorecard &quot;%1&quot; has no item with the key &quot;%2&quot;</source>
        <translation>평가표 &quot;%1&quot;에 키가 &quot;%2&quot;인 항목이 없습니다</translation>
    </message>
    <message>
        <source>no contact has the id &quot;%1&quot;; import the contacts first</source>
        <translation>ID가 &quot;%1&quot;인 상담이 없습니다. 상담을 먼저 가져오세요</translation>
    </message>
    <message>
        <source>no user has the login &quot;%1&quot;</source>
        <translation>로그인 ID가 &quot;%1&quot;인 사용자가 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a QA evaluator, manager or administrator</source>
        <translation>%1은(는) QA 평가자, 관리자, 시스템 관리자가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD, optionally with HH:MM)</source>
        <translation>&quot;%1&quot;은(는) 날짜가 아닙니다(YYYY-MM-DD 형식, HH:MM 추가 가능)</translation>
    </message>
    <message>
        <source>a failed &quot;%1&quot; needs a comment</source>
        <translation>미흡으로 평가한 &quot;%1&quot;에는 코멘트가 필요합니다</translation>
    </message>
    <message>
        <source>%1 has already evaluated contact %2</source>
        <translation>%1은(는) 이미 상담 %2을(를) 평가했습니다</translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationKind</name>
    <message>
        <source>Regular</source>
        <translation>일반 평가</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간 평가</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>캘리브레이션</translation>
    </message>
    <message>
        <source>Self evaluation</source>
        <translation>자가 평가</translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationPage</name>
    <message>
        <source>To evaluate</source>
        <translation>평가할 상담</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>나에게 배정됨</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>내 임시 저장</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>평가 완료</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Calls and chats</source>
        <translation>통화와 채팅</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Comment at the current moment</source>
        <translation>현재 시점에 코멘트</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>실시간: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>상담</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>my draft</source>
        <translation>내 임시 저장</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>평가됨</translation>
    </message>
    <message>
        <source>assigned, due %1</source>
        <translation>배정됨, 기한 %1</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>call</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>call, live</source>
        <translation>통화, 실시간</translation>
    </message>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation>상담 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No published scorecard for %1 contacts: publish one on the Scorecards page.</source>
        <translation>%1 상담용 게시된 평가표가 없습니다. 평가표 화면에서 게시하세요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>No recording yet: live evaluation. Start the clock to anchor comments to it.</source>
        <translation>녹취가 아직 없습니다: 실시간 평가입니다. 시계를 시작하면 코멘트가 그 시점에 연결됩니다.</translation>
    </message>
    <message>
        <source>Submitted by %1 on %2. It changes only through a dispute or a revision.</source>
        <translation>%1이(가) %2에 제출했습니다. 이의 제기나 재평가로만 바뀝니다.</translation>
    </message>
    <message>
        <source>Draft, saved every few seconds.</source>
        <translation>임시 저장 중: 몇 초마다 자동 저장됩니다.</translation>
    </message>
    <message>
        <source>Score %1 (raw %2) · %3 of %4 items answered</source>
        <translation>점수 %1 (치명 적용 전 %2) · %4개 항목 중 %3개 답변</translation>
    </message>
    <message>
        <source>A critical item failed: this evaluation scores 0.</source>
        <translation>치명 항목 미흡: 이 평가는 0점입니다.</translation>
    </message>
    <message>
        <source>A critical item failed: its section scores 0.</source>
        <translation>치명 항목 미흡: 해당 섹션은 0점입니다.</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>메시지 %1</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>%1에 임시 저장했습니다.</translation>
    </message>
    <message>
        <source>Not submitted: %1 item(s) need an answer and %2 failed item(s) need a comment (outlined in red).</source>
        <translation>제출하지 않았습니다: 답변이 필요한 항목 %1개, 코멘트가 필요한 미흡 항목 %2개(빨간 테두리).</translation>
    </message>
    <message>
        <source>Submit evaluation</source>
        <translation>평가 제출</translation>
    </message>
    <message>
        <source>Submit this evaluation? It will be locked and can then change only through a dispute or a revision.</source>
        <translation>이 평가를 제출할까요? 제출하면 잠기며 이의 제기나 재평가로만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Attach recording</source>
        <translation>녹취 파일 연결</translation>
    </message>
    <message>
        <source>Recordings (*.wav *.mp3 *.ogg *.opus *.m4a)</source>
        <translation>녹취 파일 (*.wav *.mp3 *.ogg *.opus *.m4a)</translation>
    </message>
    <message>
        <source>Submitted by %1 on %2, revised by %3 on %4: %5</source>
        <translation>%1이(가) %2에 제출, %3이(가) %4에 재평가: %5</translation>
    </message>
    <message>
        <source>Calibration: you score blind. The others&apos; answers show on the Calibration page after the reveal; this scoring never counts in the agent&apos;s scores.</source>
        <translation>캘리브레이션: 다른 평가자의 답변을 보지 않고 채점합니다. 다른 평가자의 답변은 공개 후 캘리브레이션 페이지에 표시되며, 이 채점은 상담사 점수에 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>Calibration scoring submitted by %1 on %2. It never counts in the agent&apos;s scores.</source>
        <translation>%1님이 %2에 제출한 캘리브레이션 채점입니다. 상담사 점수에는 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Your form is kept as a new draft; the changed draft %1 stays as the other desktop saved it.</source>
        <translation>입력한 양식은 새 임시 저장본으로 보관됩니다. 변경된 임시 저장본 %1은(는) 다른 데스크톱에서 저장한 상태로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationRepository</name>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation>상담 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Version %1 of this scorecard is a draft; evaluations use published versions only.</source>
        <translation>이 평가표의 버전 %1은(는) 초안입니다. 평가는 게시된 버전으로만 합니다.</translation>
    </message>
    <message>
        <source>Evaluation %1 does not exist.</source>
        <translation>평가 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Evaluation %1 was submitted and is locked; change it through a dispute or a revision.</source>
        <translation>평가 %1은(는) 제출되어 잠겼습니다. 이의 제기나 재평가로만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Evaluation %1 is already submitted.</source>
        <translation>평가 %1은(는) 이미 제출되었습니다.</translation>
    </message>
    <message>
        <source>Evaluation %1 is a draft; edit it instead of revising it.</source>
        <translation>평가 %1은(는) 초안입니다. 재평가 대신 그대로 수정하세요.</translation>
    </message>
    <message>
        <source>Evaluation %1 was already revised; revise its latest revision.</source>
        <translation>평가 %1은(는) 이미 재평가되었습니다. 최신 재평가본을 수정하세요.</translation>
    </message>
    <message>
        <source>Evaluation %1: a draft is submitted, never set to another status.</source>
        <translation>평가 %1: 초안은 제출만 할 수 있으며 다른 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot submit: these items have no answer: %1.</source>
        <translation>제출할 수 없습니다. 답하지 않은 항목: %1.</translation>
    </message>
    <message>
        <source>Cannot submit: these failed items need a comment: %1.</source>
        <translation>제출할 수 없습니다. 미흡 항목에 코멘트가 필요합니다: %1.</translation>
    </message>
    <message>
        <source>Scorecard version %1 does not exist.</source>
        <translation>평가표 버전 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Evaluation %1 answers item &quot;%2&quot;, which version %3 of its scorecard does not have.</source>
        <translation>평가 %1이(가) 답한 항목 &quot;%2&quot;은(는) 평가표 버전 %3에 없습니다.</translation>
    </message>
    <message>
        <source>User %1 does not exist, so cannot evaluate.</source>
        <translation>사용자 %1이(가) 없어 평가할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot evaluate: %2</source>
        <translation>%1은(는) 평가할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationStatus</name>
    <message>
        <source>Draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>이의 제기 중</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>재평가됨</translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluatorQuality</name>
    <message>
        <source>steady</source>
        <translation>안정</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>qadesk::Headcount</name>
    <message>
        <source>%1 must be 0 or more, not %2.</source>
        <translation>%1은(는) 0 이상이어야 합니다(현재 %2).</translation>
    </message>
    <message>
        <source>paid hours per FTE must be more than 0, not %1.</source>
        <translation>FTE당 유급 시간은 0보다 커야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>shrinkage must be from 0 up to (not including) 1, not %1.</source>
        <translation>축소율(shrinkage)은 0 이상 1 미만이어야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>utilisation must be more than 0 and at most 1, not %1.</source>
        <translation>가동률은 0 초과 1 이하여야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>calibration hours per QA (%1) take all of a QA person&apos;s productive hours (%2).</source>
        <translation>QA 1인당 캘리브레이션 시간(%1)이 실제 가용 시간(%2)을 모두 차지합니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportValues</name>
    <message>
        <source>a date and time such as 2026-01-05 10:31:02 or 2026-01-05T10:31:02+09:00</source>
        <translation>2026-01-05 10:31:02 또는 2026-01-05T10:31:02+09:00 형식의 날짜·시간</translation>
    </message>
    <message>
        <source>agent, customer, bot or system (상담사, 고객, 챗봇, 시스템)</source>
        <translation>agent, customer, bot, system (상담사, 고객, 챗봇, 시스템)</translation>
    </message>
    <message>
        <source>1/0, Y/N, yes/no or true/false</source>
        <translation>1/0, Y/N, yes/no, true/false</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportWizard</name>
    <message>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>Left channel</source>
        <translation>왼쪽 채널</translation>
    </message>
    <message>
        <source>Right channel</source>
        <translation>오른쪽 채널</translation>
    </message>
    <message>
        <source>Contacts manifest</source>
        <translation>상담 매니페스트</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>가져오기를 취소했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>상담 %n건을 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n agent(s).</source>
        <translation>
            <numerusform>상담사 %n명을 추가했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n team(s).</source>
        <translation>
            <numerusform>팀 %n개를 추가했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) with problems.</source>
        <translation>
            <numerusform>문제가 있는 행 %n개는 제외했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>no recording yet</source>
        <translation>아직 녹취 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>메시지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Recording or transcript</source>
        <translation>녹취 또는 대화 내용</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Employee id</source>
        <translation>사번</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Rows ready (%1)</source>
        <translation>가져올 수 있는 행 (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>문제 (%1)</translation>
    </message>
    <message>
        <source>Unknown agents (%1)</source>
        <translation>미등록 상담사 (%1)</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back and start it again.</source>
        <translation>확인을 취소했습니다. 이전 단계로 돌아가 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The manifest cannot be imported: %1</source>
        <translation>매니페스트를 가져올 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s)</source>
        <translation>
            <numerusform>%1 (%2): %n행</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ready, %2 with problems.</source>
        <translation>가져올 수 있는 행 %1개, 문제 있는 행 %2개.</translation>
    </message>
    <message>
        <source>Fix the problems, or choose to import only the good rows.</source>
        <translation>문제를 고치거나, 문제없는 행만 가져오도록 선택하세요.</translation>
    </message>
    <message>
        <source>None yet: a manager adds one in File → Recordings folders…</source>
        <translation>아직 없습니다. 관리자가 파일 → 녹취 폴더…에서 추가합니다.</translation>
    </message>
    <message>
        <source>%1 (no folder on this computer)</source>
        <translation>%1(이 컴퓨터에 폴더 없음)</translation>
    </message>
    <message>
        <source>%1 (%2 on this computer)</source>
        <translation>%1(이 컴퓨터의 %2)</translation>
    </message>
    <message>
        <source>&amp;Recordings root:</source>
        <translation>녹취 루트(&amp;R):</translation>
    </message>
</context>
<context>
    <name>qadesk::InputFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1: not a regular file (a folder, pipe or device cannot be read)</source>
        <translation>%1: 일반 파일이 아닙니다(폴더, 파이프, 장치는 읽을 수 없음)</translation>
    </message>
    <message>
        <source>%1: %2 bytes, more than the %3 MB an input file may have</source>
        <translation>%1: %2바이트로, 입력 파일 최대 크기(%3MB)를 넘습니다</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 읽을 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>%1: more than the %2 MB an input file may have</source>
        <translation>%1: 입력 파일 최대 크기(%2MB)를 넘습니다</translation>
    </message>
</context>
<context>
    <name>qadesk::ItemKind</name>
    <message>
        <source>Yes / No</source>
        <translation>예 / 아니오</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>척도</translation>
    </message>
    <message>
        <source>Options with points</source>
        <translation>점수별 선택지</translation>
    </message>
</context>
<context>
    <name>qadesk::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>워크스페이스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>The workspace was upgraded; a copy of the old file is at %1</source>
        <translation>워크스페이스를 업그레이드했습니다. 이전 파일의 사본: %1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>열린 워크스페이스 없음</translation>
    </message>
    <message>
        <source>QA Desk</source>
        <translation>QA Desk</translation>
    </message>
    <message>
        <source>%1 — QA Desk</source>
        <translation>%1 — QA Desk</translation>
    </message>
    <message numerus="yes">
        <source>Workspace: %1  ·  %n agent(s)</source>
        <translation>
            <numerusform>워크스페이스: %1  ·  상담사 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n evaluation(s)</source>
        <translation>
            <numerusform>  ·  평가 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>QA Desk workspaces (*.qadesk)</source>
        <translation>QA Desk 워크스페이스 (*.qadesk)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>워크스페이스 열기</translation>
    </message>
    <message>
        <source>QA Desk workspaces (*.qadesk);;All files (*)</source>
        <translation>QA Desk 워크스페이스 (*.qadesk);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Build a demo workspace</source>
        <translation>데모 워크스페이스 만들기</translation>
    </message>
    <message>
        <source>Building the demo workspace…</source>
        <translation>데모 워크스페이스를 만드는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>About QA Desk</source>
        <translation>QA Desk 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;Quality assurance for contact centres: evaluate calls and chats against versioned scorecards, coach agents from their trends, and plan monitoring with statistically sound samples.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;컨택센터 품질 관리: 버전 관리되는 평가표로 통화와 채팅을 평가하고, 추이를 바탕으로 상담사를 코칭하며, 통계적으로 타당한 표본으로 모니터링을 계획합니다.&lt;/p&gt;&lt;p&gt;MIT 라이선스.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>평가표</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>이의 제기</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>상담 %n건을 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 for damage in the background…</source>
        <translation>백그라운드에서 %1의 손상 여부를 점검하는 중…</translation>
    </message>
    <message>
        <source>%1 was checked: no damage found.</source>
        <translation>%1을(를) 점검했습니다: 손상이 없습니다.</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>워크스페이스가 손상되었습니다</translation>
    </message>
    <message>
        <source>People</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Nobody can sign in</source>
        <translation>로그인할 수 있는 사용자가 없습니다</translation>
    </message>
    <message>
        <source>No user of %1 has a password yet, so nobody can sign in. The administrator sets one with &quot;qadesk-cli user passwd&quot;.</source>
        <translation>%1에는 아직 비밀번호가 설정된 사용자가 없어 아무도 로그인할 수 없습니다. 시스템 관리자가 &quot;qadesk-cli user passwd&quot;로 비밀번호를 설정하세요.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>%1(%2)(으)로 로그인함</translation>
    </message>
    <message>
        <source>Demo: &amp;view as</source>
        <translation>데모: 다음 사용자로 보기(&amp;V)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>캘리브레이션</translation>
    </message>
    <message>
        <source>Auto-QA</source>
        <translation>자동 QA</translation>
    </message>
    <message>
        <source>Measuring calls: %v of %m</source>
        <translation>통화 측정 중: %v/%m</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop measuring the calls; the rest are measured when the workspace is next opened.</source>
        <translation>통화 측정을 중지합니다. 나머지는 다음에 작업 공간을 열 때 측정됩니다.</translation>
    </message>
    <message>
        <source>Measuring the calls was stopped.</source>
        <translation>통화 측정이 중지되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Measured %n call(s): dead air, overtalk and talk share.</source>
        <translation>
            <numerusform>통화 %n건을 측정했습니다: 무음 구간, 동시 발화 및 발화 비율.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured %1 of %2 call(s); %3</source>
        <translation>
            <numerusform>통화 %2건 중 %1건을 측정했습니다. %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::MessageSender</name>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>챗봇</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
</context>
<context>
    <name>qadesk::MetricsFilterWidget</name>
    <message>
        <source>Any conversation</source>
        <translation>모든 대화</translation>
    </message>
    <message>
        <source>Dead air over</source>
        <translation>무음 구간 초과</translation>
    </message>
    <message>
        <source>Overtalk over</source>
        <translation>동시 발화 초과</translation>
    </message>
    <message>
        <source>A reply wait over</source>
        <translation>응답 대기 초과</translation>
    </message>
    <message>
        <source>First response over</source>
        <translation>첫 응답 초과</translation>
    </message>
    <message>
        <source>Conversation measure</source>
        <translation>대화 측정 항목</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>임계값</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
</context>
<context>
    <name>qadesk::MetricsStrip</name>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>qadesk::NewCalibrationDialog</name>
    <message>
        <source>Calibration %1</source>
        <translation>캘리브레이션 %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>None: compare with the consensus</source>
        <translation>없음: 합의와 비교</translation>
    </message>
</context>
<context>
    <name>qadesk::NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>새 워크스페이스</translation>
    </message>
    <message>
        <source>QA Desk workspaces (*.qadesk)</source>
        <translation>QA Desk 워크스페이스 (*.qadesk)</translation>
    </message>
    <message>
        <source>Choose where to save the workspace file.</source>
        <translation>워크스페이스 파일을 저장할 위치를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name: QA Desk never turns an existing file into a workspace.</source>
        <translation>%1이(가) 이미 있습니다. 새 파일 이름을 고르세요. QA Desk는 기존 파일을 워크스페이스로 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
</context>
<context>
    <name>qadesk::OverviewPage</name>
    <message>
        <source>%1%2 vs last month</source>
        <translation>지난달 대비 %1%2</translation>
    </message>
    <message>
        <source>no evaluations last month</source>
        <translation>지난달 평가 없음</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>evaluations done / planned (%1 of the plan done)</source>
        <translation>완료 평가 / 계획 (계획 중 %1건 완료)</translation>
    </message>
    <message>
        <source>evaluations done (no sampling plan for this month)</source>
        <translation>완료 평가 (이번 달 표본 계획 없음)</translation>
    </message>
    <message>
        <source>average score · target %1 · %2</source>
        <translation>평균 점수 · 목표 %1 · %2</translation>
    </message>
    <message>
        <source>critical failures (auto-fail items)</source>
        <translation>치명 항목 위반 (자동 0점 항목)</translation>
    </message>
    <message>
        <source>open disputes waiting for review</source>
        <translation>검토 대기 중인 이의 제기</translation>
    </message>
    <message>
        <source>coaching follow-ups due this month</source>
        <translation>이번 달 코칭 후속 점검</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>지난달</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Date format of the month shown on the overview (Qt date format): &quot;November 2026&quot;, &quot;2026년 11월&quot;.</extracomment>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>평가 수</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>Average score by team</source>
        <translation>팀별 평균 점수</translation>
    </message>
</context>
<context>
    <name>qadesk::PageReader</name>
    <message>
        <source>Reading the workspace…</source>
        <translation>작업 공간을 읽는 중…</translation>
    </message>
</context>
<context>
    <name>qadesk::PdfReportWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 파일을 쓰지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>이 기간에 표시할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be started.</source>
        <translation>%1에 쓰지 못했습니다: PDF 생성을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>생성: %1</translation>
    </message>
    <message>
        <source>Period %1 · %2</source>
        <translation>기간 %1 · %2</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>내보내기를 취소했습니다. %1은(는) 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 페이지</translation>
    </message>
</context>
<context>
    <name>qadesk::PeoplePage</name>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>먼저 목록에서 사용자를 선택하세요.</translation>
    </message>
    <message>
        <source>This user is already deactivated.</source>
        <translation>이미 비활성화된 사용자입니다.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1(%2)을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>The password of %1 is set.</source>
        <translation>%1의 비밀번호를 설정했습니다.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>%1 비활성화</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in. Their evaluations, comments and audit entries keep their name.</source>
        <translation>%1(%2)을(를) 비활성화할까요? 더 이상 로그인할 수 없습니다. 이 사용자의 평가, 코멘트, 감사 기록에는 이름이 그대로 남습니다.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1을(를) 비활성화했습니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::PeopleText</name>
    <message>
        <source>Administrator</source>
        <translation>시스템 관리자</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>QA evaluator</source>
        <translation>QA 평가자</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>팀장</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
</context>
<context>
    <name>qadesk::PlanningPage</name>
    <message>
        <source>Agents</source>
        <translation>상담사 수</translation>
    </message>
    <message>
        <source>Agents monitored</source>
        <translation>모니터링 대상 상담사</translation>
    </message>
    <message>
        <source>Evaluations per agent</source>
        <translation>상담사당 평가 건수</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>월간</translation>
    </message>
    <message>
        <source>Contact length (min)</source>
        <translation>상담 시간(분)</translation>
    </message>
    <message>
        <source>Average evaluated call or chat</source>
        <translation>평가 대상 통화·채팅 평균</translation>
    </message>
    <message>
        <source>Review factor</source>
        <translation>청취 배수</translation>
    </message>
    <message>
        <source>Listening time ÷ contact length: 1.0 once through, more with re-listening</source>
        <translation>청취 시간 ÷ 상담 시간: 한 번 들으면 1.0, 다시 들으면 더 큼</translation>
    </message>
    <message>
        <source>Scoring and write-up (min)</source>
        <translation>채점·작성(분)</translation>
    </message>
    <message>
        <source>Per evaluation</source>
        <translation>평가 1건당</translation>
    </message>
    <message>
        <source>Feedback (min)</source>
        <translation>피드백(분)</translation>
    </message>
    <message>
        <source>Per evaluation, to the agent or team lead</source>
        <translation>평가 1건당, 상담사나 팀장에게</translation>
    </message>
    <message>
        <source>Coaching sessions per agent</source>
        <translation>상담사당 코칭 횟수</translation>
    </message>
    <message>
        <source>Per month, held by QA</source>
        <translation>월간, QA가 진행</translation>
    </message>
    <message>
        <source>Coaching session (min)</source>
        <translation>코칭 1회(분)</translation>
    </message>
    <message>
        <source>Length of one session</source>
        <translation>1회 소요 시간</translation>
    </message>
    <message>
        <source>Calibration (h per QA)</source>
        <translation>캘리브레이션(QA 1인당 시간)</translation>
    </message>
    <message>
        <source>Per QA person per month</source>
        <translation>QA 1인당 월간</translation>
    </message>
    <message>
        <source>Live monitoring (h)</source>
        <translation>실시간 모니터링(시간)</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>월간 합계</translation>
    </message>
    <message>
        <source>Paid hours per FTE</source>
        <translation>FTE당 유급 시간</translation>
    </message>
    <message>
        <source>Per month (40 h a week ≈ 209)</source>
        <translation>월간 (주 40시간 ≈ 209)</translation>
    </message>
    <message>
        <source>Shrinkage (%)</source>
        <translation>축소율(%)</translation>
    </message>
    <message>
        <source>Leave, training, meetings</source>
        <translation>휴가, 교육, 회의</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>가동률(%)</translation>
    </message>
    <message>
        <source>Share of available time on QA work</source>
        <translation>가용 시간 중 QA 업무 비율</translation>
    </message>
    <message>
        <source>Pass rate or defect rate (Cochran)</source>
        <translation>합격률·불량률 (Cochran)</translation>
    </message>
    <message>
        <source>Average score (mean)</source>
        <translation>평균 점수 (평균)</translation>
    </message>
    <message>
        <source>Quick estimate (Yamane)</source>
        <translation>간편 추정 (Yamane)</translation>
    </message>
    <message>
        <source>What to measure</source>
        <translation>측정 대상</translation>
    </message>
    <message>
        <source>A pass rate needs the most contacts; with score history, the average-score method usually needs fewer.</source>
        <translation>합격률은 가장 많은 건수가 필요합니다. 점수 이력이 있으면 평균 점수 방식이 보통 더 적게 필요합니다.</translation>
    </message>
    <message>
        <source>Contacts in the period</source>
        <translation>기간 내 상담 건수</translation>
    </message>
    <message>
        <source>An agent&apos;s contacts this month (0 if unknown or very many). A small population lowers the number needed.</source>
        <translation>상담사의 이번 달 상담 건수(모르거나 매우 많으면 0). 모집단이 작으면 필요한 건수가 줄어듭니다.</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰 수준</translation>
    </message>
    <message>
        <source>How sure you want to be that the true value lies within the margin.</source>
        <translation>참값이 오차 범위 안에 있을 확신의 정도.</translation>
    </message>
    <message>
        <source> points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>Margin of error</source>
        <translation>허용 오차</translation>
    </message>
    <message>
        <source>± how far the measured value may be from the truth, in percentage or score points.</source>
        <translation>측정값이 참값에서 벗어날 수 있는 범위(± 퍼센트 또는 점수).</translation>
    </message>
    <message>
        <source>Expected pass rate</source>
        <translation>예상 합격률</translation>
    </message>
    <message>
        <source>50 % when unknown: it gives the safest (largest) number.</source>
        <translation>모르면 50 %: 가장 안전한(가장 큰) 값이 나옵니다.</translation>
    </message>
    <message>
        <source>Score spread (σ)</source>
        <translation>점수 표준편차(σ)</translation>
    </message>
    <message>
        <source>Standard deviation of scores; filled in from this workspace&apos;s last three months.</source>
        <translation>점수의 표준편차. 이 워크스페이스의 최근 3개월 값으로 채워집니다.</translation>
    </message>
    <message>
        <source>Evaluate %1 contacts</source>
        <translation>%1건 평가</translation>
    </message>
    <message>
        <source>With %1 evaluations the result is within ±%2 points of the truth %3 times out of 100 (n0 = %4 before the population correction).</source>
        <translation>%1건을 평가하면 100번 중 %3번은 결과가 참값의 ±%2점 안에 듭니다(모집단 보정 전 n0 = %4).</translation>
    </message>
    <message>
        <source>Contacts to evaluate for each margin of error</source>
        <translation>허용 오차별 평가 건수</translation>
    </message>
    <message>
        <source>contacts needed</source>
        <translation>필요 건수</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>선택한 값</translation>
    </message>
    <message>
        <source>margin of error (± points)</source>
        <translation>허용 오차(± 점)</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>평가 수</translation>
    </message>
    <message>
        <source>Review hours</source>
        <translation>청취 시간</translation>
    </message>
    <message>
        <source>Scoring hours</source>
        <translation>채점 시간</translation>
    </message>
    <message>
        <source>Feedback hours</source>
        <translation>피드백 시간</translation>
    </message>
    <message>
        <source>Coaching hours</source>
        <translation>코칭 시간</translation>
    </message>
    <message>
        <source>Calibration hours</source>
        <translation>캘리브레이션 시간</translation>
    </message>
    <message>
        <source>Live monitoring hours</source>
        <translation>실시간 모니터링 시간</translation>
    </message>
    <message>
        <source>Productive hours per FTE</source>
        <translation>FTE당 가용 시간</translation>
    </message>
    <message>
        <source>Workload hours</source>
        <translation>총 업무량(시간)</translation>
    </message>
    <message>
        <source>QA FTE needed</source>
        <translation>필요 QA 인원(FTE)</translation>
    </message>
    <message>
        <source>Agents per QA</source>
        <translation>QA 1인당 상담사</translation>
    </message>
    <message>
        <source>Input or term</source>
        <translation>입력값·항목</translation>
    </message>
    <message>
        <source>Scenario A</source>
        <translation>시나리오 A</translation>
    </message>
    <message>
        <source>Scenario B (what if)</source>
        <translation>시나리오 B (가정)</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Fixed number per agent</source>
        <translation>상담사당 고정 건수</translation>
    </message>
    <message>
        <source>Statistical, per agent</source>
        <translation>상담사별 통계적 산정</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>건수 기준</translation>
    </message>
    <message>
        <source>Contacts per agent</source>
        <translation>상담사당 건수</translation>
    </message>
    <message>
        <source>Margin (statistical)</source>
        <translation>허용 오차(통계)</translation>
    </message>
    <message>
        <source>Calls and chats</source>
        <translation>통화와 채팅</translation>
    </message>
    <message>
        <source>Calls only</source>
        <translation>통화만</translation>
    </message>
    <message>
        <source>Chats only</source>
        <translation>채팅만</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Shortest contact</source>
        <translation>최소 상담 시간</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Longest contact</source>
        <translation>최대 상담 시간</translation>
    </message>
    <message>
        <source>Also contacts already evaluated</source>
        <translation>이미 평가한 상담도 포함</translation>
    </message>
    <message>
        <source>Over-sample low CSAT</source>
        <translation>낮은 CSAT 가중 추출</translation>
    </message>
    <message>
        <source>Over-sample repeat contacts</source>
        <translation>재문의 가중 추출</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>추출</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>fewer contacts than the target: all drawn</source>
        <translation>대상이 목표보다 적어 모두 추출</translation>
    </message>
    <message>
        <source>%1 contacts for %2 agents over %3 weeks; %4 agent(s) have fewer contacts than the target. Seed %5 redraws exactly this sample.</source>
        <translation>상담사 %2명, %3주에 걸쳐 %1건. 목표보다 상담이 적은 상담사 %4명. 시드 %5로 같은 표본을 다시 뽑을 수 있습니다.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;: its %2 assignments are in the evaluators&apos; queues.</source>
        <translation>&quot;%1&quot;을(를) 저장했습니다. 배정 %2건이 평가자 대기열에 들어갔습니다.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Done / planned</source>
        <translation>완료 / 계획</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Reserved share</source>
        <translation>예비 할당 비율</translation>
    </message>
    <message>
        <source>No reserve</source>
        <translation>예비 할당 없음</translation>
    </message>
    <message>
        <source>Reserve for</source>
        <translation>예비 할당 대상</translation>
    </message>
    <message>
        <source>Through the reserve</source>
        <translation>예비 할당으로 선택</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) were chosen through the reserve (%1), the rest at random.</source>
        <translation>
            <numerusform>상담 건 %n개가 예비 할당(%1)으로 선택되었고, 나머지는 무작위로 선택되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply limit for chats</source>
        <translation>채팅 응답 기준 시간</translation>
    </message>
    <message numerus="yes">
        <source>The reply limit is now %n second(s); every chat was measured again.</source>
        <translation>
            <numerusform>응답 기준 시간이 이제 %n초입니다. 모든 채팅을 다시 측정했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::RaiseDisputeDialog</name>
    <message>
        <source>N/A</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>답변 없음</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니오</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 pts</source>
        <translation>%1 · %2/%3점</translation>
    </message>
    <message>
        <source>Raise dispute</source>
        <translation>이의 제기</translation>
    </message>
    <message>
        <source>Evaluation %1 does not exist.</source>
        <translation>평가 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>This evaluation already has an open dispute in the QA queue.</source>
        <translation>이 평가에는 이미 QA 대기열에서 진행 중인 이의 제기가 있습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · evaluated by %3 on %4 · score &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3이(가) %4에 평가 · 점수 &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The whole evaluation (score %1)</source>
        <translation>평가 전체 (점수 %1)</translation>
    </message>
    <message>
        <source>The reviewer may change any answer.</source>
        <translation>검토자가 모든 답변을 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Evaluator&apos;s comment: %1</source>
        <translation>평가자 코멘트: %1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>답변: %1</translation>
    </message>
</context>
<context>
    <name>qadesk::RatingsAgreement</name>
    <message>
        <source>ICC needs two or more raters and two or more units that every rater rated; there are %1 raters and %2 such units</source>
        <translation>ICC에는 평가자가 2명 이상, 모든 평가자가 평가한 단위가 2개 이상 필요합니다. 평가자는 %1명, 그런 단위는 %2개입니다</translation>
    </message>
    <message>
        <source>the ratings do not vary, so ICC is undefined</source>
        <translation>평가 값에 변동이 없어 ICC를 정의할 수 없습니다</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa compares exactly two raters; the header names %1</source>
        <translation>코헨 카파는 정확히 두 평가자를 비교합니다. 머리글에는 %1명이 있습니다</translation>
    </message>
    <message>
        <source>no unit has ratings from two or more raters, so there is no agreement to measure</source>
        <translation>두 명 이상이 평가한 단위가 없어 측정할 일치도가 없습니다</translation>
    </message>
    <message>
        <source>%1 distinct values; alpha at the ordinal and ratio levels takes at most %2</source>
        <translation>서로 다른 값이 %1개입니다. 서열·비율 척도의 알파는 최대 %2개까지 계산합니다</translation>
    </message>
    <message>
        <source>every rating the units share is the same value, so agreement by chance is already perfect and %1 is undefined</source>
        <translation>단위들이 공유하는 평가가 모두 같은 값이라 우연에 의한 일치가 이미 완전하므로 %1을(를) 정의할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>qadesk::RatingsImport</name>
    <message>
        <source>the file is empty; its first line names the unit column and then each rater</source>
        <translation>파일이 비어 있습니다. 첫 줄에는 단위 열과 각 평가자의 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>the header must name the unit column and at least one rater</source>
        <translation>머리글에는 단위 열과 평가자가 한 명 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>%1 raters; at most %2 are allowed</source>
        <translation>평가자가 %1명입니다. 최대 %2명까지 허용됩니다</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1열</translation>
    </message>
    <message>
        <source>the rater has no name</source>
        <translation>평가자 이름이 없습니다</translation>
    </message>
    <message>
        <source>repeats column %1</source>
        <translation>%1열과 중복됩니다</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>필드가 %1개이지만 머리글에는 %2개가 있습니다</translation>
    </message>
    <message>
        <source>the unit has no id</source>
        <translation>단위에 ID가 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats line %2</source>
        <translation>&quot;%1&quot;이(가) %2행과 중복됩니다</translation>
    </message>
    <message>
        <source>no units: the header is followed by no rows</source>
        <translation>단위가 없습니다. 머리글 다음에 행이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (text labels are for nominal data only)</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다 (텍스트 레이블은 명목 척도에만 쓸 수 있습니다)</translation>
    </message>
    <message>
        <source>%1 is negative; ratio data start at 0</source>
        <translation>%1은(는) 음수입니다. 비율 척도 데이터는 0부터 시작합니다</translation>
    </message>
</context>
<context>
    <name>qadesk::RecordingFoldersDialog</name>
    <message>
        <source>&amp;Add a recordings root…</source>
        <translation>녹취 루트 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Recordings folders</source>
        <translation>녹취 폴더</translation>
    </message>
    <message>
        <source>The team server %1 stores each recording under a named recordings root. Give the folder where this computer finds each root (where the recordings share is mounted here).</source>
        <translation>팀 서버 %1은(는) 각 녹취를 이름이 지정된 녹취 루트 아래에 저장합니다. 이 컴퓨터에서 각 루트를 찾을 수 있는 폴더(이 컴퓨터에서 녹취 공유 폴더가 마운트된 위치)를 지정하십시오.</translation>
    </message>
    <message>
        <source>Add a recordings root</source>
        <translation>녹취 루트 추가</translation>
    </message>
    <message>
        <source>Name of the root (2 to 40 letters, digits, - or _), e.g. calls:</source>
        <translation>루트 이름(영문자, 숫자, - 또는 _ 2~40자), 예: calls:</translation>
    </message>
    <message>
        <source>The server has no recordings root yet; a manager or administrator adds one.</source>
        <translation>서버에 아직 녹취 루트가 없습니다. 관리자가 추가합니다.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Folder of the recordings root %1</source>
        <translation>녹취 루트 %1의 폴더</translation>
    </message>
    <message>
        <source>%1 is not a folder on this computer (recordings root %2).</source>
        <translation>%1은(는) 이 컴퓨터의 폴더가 아닙니다(녹취 루트 %2).</translation>
    </message>
</context>
<context>
    <name>qadesk::RecordingProbe</name>
    <message>
        <source>the recording does not exist</source>
        <translation>녹취 파일이 없습니다</translation>
    </message>
    <message>
        <source>the recording cannot be read</source>
        <translation>녹취 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the recording is empty</source>
        <translation>녹취 파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the recording cannot be read (%1)</source>
        <translation>녹취 파일을 읽을 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>a RIFF file that is not WAVE audio</source>
        <translation>WAVE 오디오가 아닌 RIFF 파일입니다</translation>
    </message>
    <message>
        <source>the WAV format block is damaged</source>
        <translation>WAV 포맷 블록이 손상되었습니다</translation>
    </message>
    <message>
        <source>the WAV file has audio before its format block</source>
        <translation>WAV 파일의 포맷 블록 앞에 오디오 데이터가 있습니다</translation>
    </message>
    <message>
        <source>the WAV file is truncated: its header promises %1 bytes of audio, the file holds %2</source>
        <translation>WAV 파일이 잘렸습니다: 헤더에는 오디오가 %1바이트로 되어 있지만 파일에는 %2바이트만 있습니다</translation>
    </message>
    <message>
        <source>the WAV file has no audio data</source>
        <translation>WAV 파일에 오디오 데이터가 없습니다</translation>
    </message>
    <message>
        <source>no audio came out of it within 20 seconds</source>
        <translation>20초 안에 오디오가 나오지 않았습니다</translation>
    </message>
    <message>
        <source>not a playable recording (%1)</source>
        <translation>재생할 수 있는 녹취 파일이 아닙니다(%1)</translation>
    </message>
    <message>
        <source>no audio found</source>
        <translation>오디오 없음</translation>
    </message>
    <message>
        <source>the length of the recording cannot be read</source>
        <translation>녹취 길이를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the WAV format block gives %1 samples per second; recordings have %2 to %3</source>
        <translation>WAV 포맷 블록의 샘플링 레이트가 %1 Hz입니다. 녹취는 %2~%3 Hz여야 합니다</translation>
    </message>
</context>
<context>
    <name>qadesk::RecordingRoots</name>
    <message>
        <source>&quot;%1&quot; cannot name a recordings root: use 2 to 40 letters, digits, - or _.</source>
        <translation>&quot;%1&quot;은(는) 녹취 루트 이름으로 사용할 수 없습니다. 영문자, 숫자, - 또는 _로 2~40자를 사용하십시오.</translation>
    </message>
    <message>
        <source>The recordings root %1 is already there.</source>
        <translation>녹취 루트 %1이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <source>The recording %1 is in the recordings root &quot;%2&quot;, which this desktop has not mapped to a folder. Choose its folder in File → Recordings folders….</source>
        <translation>녹취 %1은(는) 녹취 루트 &quot;%2&quot;에 있으나, 이 데스크톱에서는 해당 루트가 폴더에 연결되어 있지 않습니다. 파일 → 녹취 폴더…에서 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>The recording is missing: the recordings root &quot;%1&quot; is the folder %2 on this desktop, and it has no %3. Check that the share is mounted there, or choose another folder in File → Recordings folders….</source>
        <translation>녹취가 없습니다. 녹취 루트 &quot;%1&quot;은(는) 이 데스크톱의 폴더 %2이며, 그 안에 %3이(가) 없습니다. 공유 폴더가 그 위치에 마운트되어 있는지 확인하거나, 파일 → 녹취 폴더…에서 다른 폴더를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>qadesk::ReportBuilder</name>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>사번</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>평가 수</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>평균 점수</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>팀 평균</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>최저</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>최고</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>치명 항목 위반</translation>
    </message>
    <message>
        <source>Scores are points out of 100; the team average is over the period&apos;s evaluations made in the agent&apos;s current team.</source>
        <translation>점수는 100점 만점 기준입니다. 팀 평균은 기간 내 상담사의 현재 팀에서 이루어진 평가를 기준으로 합니다.</translation>
    </message>
    <message>
        <source>Scores by month</source>
        <translation>월별 점수</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>± 95 %</source>
        <translation>± 95 %</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>추세</translation>
    </message>
    <message>
        <source>Average score by month</source>
        <translation>월별 평균 점수</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message numerus="yes">
        <source>The %n month(s) up to the end of the period. ± 95 %: half the confidence interval of the month&apos;s mean. Trend: least-squares line through the monthly means (three months or more).</source>
        <translation>
            <numerusform>기간 종료 시점까지 최근 %n개월. ± 95 %: 월 평균의 신뢰구간 절반. 추세: 월 평균에 대한 최소제곱 회귀선(3개월 이상).</numerusform>
        </translation>
    </message>
    <message>
        <source>No significant trend or control-chart signal.</source>
        <translation>유의한 추세나 관리도 신호가 없습니다.</translation>
    </message>
    <message>
        <source>Findings: %1.</source>
        <translation>발견 사항: %1.</translation>
    </message>
    <message>
        <source>Item pass rates</source>
        <translation>항목별 합격률</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변 수</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>미흡</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>합격률</translation>
    </message>
    <message>
        <source>Team pass rate</source>
        <translation>팀 합격률</translation>
    </message>
    <message>
        <source>Lowest pass rate first. An item passes when the chosen answer is not a failing one; N/A answers do not count.</source>
        <translation>합격률이 낮은 순. 선택한 답변이 미흡 선택지가 아니면 합격으로 봅니다. 해당 없음 답변은 집계하지 않습니다.</translation>
    </message>
    <message>
        <source>Recent comments</source>
        <translation>최근 코멘트</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>상담</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>코멘트</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>종합</translation>
    </message>
    <message>
        <source>The %1 most recent comments of the period&apos;s evaluations, newest first; personal data in them is masked.</source>
        <translation>기간 내 평가의 최근 코멘트 %1건(최신순). 코멘트 속 개인정보는 마스킹됩니다.</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>코칭 세션</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>코치</translation>
    </message>
    <message>
        <source>Focus items</source>
        <translation>중점 항목</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>완료한 조치</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>상담사 확인</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>후속 점검</translation>
    </message>
    <message numerus="yes">
        <source>Sessions held in the %n month(s) up to the end of the period, newest first.</source>
        <translation>
            <numerusform>기간 종료 시점까지 최근 %n개월 동안 진행한 세션(최신순).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Focus items before and after</source>
        <translation>코칭 전후 중점 항목</translation>
    </message>
    <message>
        <source>Answered before</source>
        <translation>코칭 전 답변 수</translation>
    </message>
    <message>
        <source>Pass rate before</source>
        <translation>코칭 전 합격률</translation>
    </message>
    <message>
        <source>Answered after</source>
        <translation>코칭 후 답변 수</translation>
    </message>
    <message>
        <source>Pass rate after</source>
        <translation>코칭 후 합격률</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>변화(포인트)</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p값</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Sessions held in the period, newest first; the counts are of their focus items by verdict.</source>
        <translation>기간 내 진행한 세션(최신순). 건수는 판정별 중점 항목 수입니다.</translation>
    </message>
    <message>
        <source>Focus items by verdict</source>
        <translation>판정별 중점 항목</translation>
    </message>
    <message>
        <source>Pass rate of each focus item in the agent&apos;s evaluations in the %1 days before the session and up to %1 days after it (to %2). Verdict: a two-proportion test at p &lt; %3 with at least %4 answers on each side.</source>
        <translation>세션 전 %1일과 세션 후 최대 %1일(%2까지) 동안의 상담사 평가에서 각 중점 항목의 합격률. 판정: 전후 각각 답변이 %4건 이상일 때 p &lt; %3 수준의 두 비율 검정.</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Minutes per evaluation</source>
        <translation>평가당 소요 시간(분)</translation>
    </message>
    <message>
        <source>Average score given</source>
        <translation>부여한 평균 점수</translation>
    </message>
    <message>
        <source>Peers&apos; average</source>
        <translation>동료 평균</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Disputes raised</source>
        <translation>이의 제기 건수</translation>
    </message>
    <message>
        <source>Dispute rate</source>
        <translation>이의 제기율</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>번복</translation>
    </message>
    <message>
        <source>Overturn rate</source>
        <translation>번복률</translation>
    </message>
    <message>
        <source>Average score given and peers&apos; average</source>
        <translation>부여한 평균 점수와 동료 평균</translation>
    </message>
    <message>
        <source>Minutes per evaluation: time the evaluator had the contact open, where recorded. Peers&apos; average: the scores the other evaluators gave in this report; a gap can also come from evaluating different agents.</source>
        <translation>평가당 소요 시간(분): 평가자가 상담을 열어 둔 시간(기록된 경우). 동료 평균: 이 보고서에서 다른 평가자들이 부여한 점수. 차이는 서로 다른 상담사를 평가해서 생길 수도 있습니다.</translation>
    </message>
    <message>
        <source>Dispute figures are kept per evaluator for the whole centre: see this report for all teams, or the disputes page.</source>
        <translation>이의 제기 수치는 센터 전체 기준으로 평가자별로 집계됩니다. 전체 팀 대상 보고서나 이의 제기 화면에서 확인하세요.</translation>
    </message>
    <message>
        <source>Disputes as on the disputes page: raised in the period against the evaluator&apos;s first submissions in it; overturn rate: overturned of those resolved in the period.</source>
        <translation>이의 제기는 이의 제기 화면과 같은 기준입니다: 기간 내 평가자의 최초 제출 평가에 대해 기간 중 제기된 건. 번복률: 기간 내 처리된 건 중 번복된 비율.</translation>
    </message>
    <message>
        <source>Items, lowest pass rate first</source>
        <translation>항목(합격률 낮은 순)</translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) failed most</source>
        <translation>
            <numerusform>미흡이 가장 많은 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>합격률(%)</translation>
    </message>
    <message>
        <source>An item passes when the chosen answer is not a failing one; N/A answers do not count. An item key shared by several scorecards or versions counts as one item.</source>
        <translation>선택한 답변이 미흡 선택지가 아니면 합격으로 봅니다. 해당 없음 답변은 집계하지 않습니다. 여러 평가표나 버전에 같은 항목 키가 있으면 하나의 항목으로 집계합니다.</translation>
    </message>
    <message>
        <source>Pass rate by team</source>
        <translation>팀별 합격률</translation>
    </message>
    <message>
        <source>The period&apos;s answers in each team&apos;s evaluations (the team the agent was in when evaluated).</source>
        <translation>각 팀 평가(평가 당시 상담사가 속한 팀 기준)에서 나온 기간 내 답변.</translation>
    </message>
    <message>
        <source>Pass rate by month</source>
        <translation>월별 합격률</translation>
    </message>
    <message numerus="yes">
        <source>The %n month(s) up to the end of the period; — where an item had no applicable answer.</source>
        <translation>
            <numerusform>기간 종료 시점까지 최근 %n개월. —: 해당 항목에 적용되는 답변이 없는 경우.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>1차 해결률</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>처리 시간</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>CSAT 응답 수</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS 응답 수</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>AHT (s)</source>
        <translation>AHT(초)</translation>
    </message>
    <message>
        <source>Contact outcomes by score band</source>
        <translation>점수 구간별 상담 성과</translation>
    </message>
    <message>
        <source>Score band</source>
        <translation>점수 구간</translation>
    </message>
    <message>
        <source>Evaluated contacts</source>
        <translation>평가한 상담</translation>
    </message>
    <message>
        <source>CSAT and first contact resolution by score band</source>
        <translation>점수 구간별 CSAT와 1차 해결률</translation>
    </message>
    <message>
        <source>The outcomes of the contacts that were evaluated, grouped by their QA score. CSAT: share of answers 4–5 of 1–5. NPS: % promoters (9–10) − % detractors (0–6). FCR: share resolved at first contact. AHT: average handle time.</source>
        <translation>평가한 상담의 성과를 QA 점수별로 묶었습니다. CSAT: 1–5점 응답 중 4–5점 비율. NPS: 추천 고객(9–10) % − 비추천 고객(0–6) %. FCR: 첫 상담에서 해결된 비율. AHT: 평균 처리 시간.</translation>
    </message>
    <message>
        <source>Correlation with QA scores</source>
        <translation>QA 점수와의 상관관계</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>쌍 수</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>Pearson r</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>강도</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>too few pairs</source>
        <translation>쌍이 너무 적음</translation>
    </message>
    <message>
        <source>Pearson&apos;s r between the QA score and each measure: per evaluated contact (CSAT 1–5, NPS 0–10, FCR 0 or 1, handle seconds), and per agent (average score against the KPIs of all the agent&apos;s contacts in the period). A longer handle time is worse, so a negative r there is good. Correlation is not cause.</source>
        <translation>QA 점수와 각 지표 사이의 Pearson r: 평가한 상담 단위(CSAT 1–5, NPS 0–10, FCR 0 또는 1, 처리 시간(초))와 상담사 단위(평균 점수 대 기간 내 상담사 전체 상담의 KPI). 처리 시간은 길수록 나쁘므로 여기서는 r이 음수일수록 좋습니다. 상관관계는 인과관계가 아닙니다.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>상담 수</translation>
    </message>
    <message>
        <source>Outcomes of every contact the agent handled in the period, evaluated or not.</source>
        <translation>평가 여부와 관계없이 기간 내 상담사가 처리한 모든 상담의 성과.</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>팀 없음</translation>
    </message>
    <message>
        <source>Team summary</source>
        <translation>팀 요약</translation>
    </message>
    <message>
        <source>Teams and their agents ranked by average score, the score distribution and sampling plan completion.</source>
        <translation>평균 점수 순으로 정렬한 팀과 상담사, 점수 분포, 표본 계획 완료율.</translation>
    </message>
    <message>
        <source>Agent report card</source>
        <translation>상담사 개인 보고서</translation>
    </message>
    <message>
        <source>One agent: scores by month against the team, item pass rates, recent comments and coaching.</source>
        <translation>상담사 1명: 팀 대비 월별 점수, 항목별 합격률, 최근 코멘트, 코칭.</translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation>항목 분석</translation>
    </message>
    <message>
        <source>Pass rate of every scorecard item, by team and by month: which criteria fail most.</source>
        <translation>모든 평가표 항목의 팀별·월별 합격률: 어떤 기준이 가장 많이 미흡한지 보여 줍니다.</translation>
    </message>
    <message>
        <source>Evaluator report</source>
        <translation>평가자 보고서</translation>
    </message>
    <message>
        <source>Evaluations done, time per evaluation, average score given against peers, dispute and overturn rates.</source>
        <translation>평가 건수, 평가당 소요 시간, 동료 대비 부여한 평균 점수, 이의 제기율과 번복률.</translation>
    </message>
    <message>
        <source>QA vs KPIs</source>
        <translation>QA 대 KPI</translation>
    </message>
    <message>
        <source>CSAT, NPS, first contact resolution and handle time by score band, with their correlation to QA scores.</source>
        <translation>점수 구간별 CSAT, NPS, 1차 해결률, 처리 시간과 QA 점수와의 상관관계.</translation>
    </message>
    <message>
        <source>Sampling plan completion</source>
        <translation>표본 계획 완료율</translation>
    </message>
    <message>
        <source>Planned evaluations done, started and overdue, by plan, evaluator and agent.</source>
        <translation>계획된 평가의 완료, 진행 중, 기한 초과 현황 (계획·평가자·상담사별).</translation>
    </message>
    <message>
        <source>Coaching effectiveness</source>
        <translation>코칭 효과</translation>
    </message>
    <message>
        <source>Coaching sessions held in the period and whether each focus item&apos;s pass rate changed after them.</source>
        <translation>기간 내 진행한 코칭 세션과, 세션 후 중점 항목별 합격률이 바뀌었는지를 보여 줍니다.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;; the reports are %2.</source>
        <translation>&quot;%1&quot; 보고서는 없습니다. 사용할 수 있는 보고서: %2.</translation>
    </message>
    <message>
        <source>The period must run from a valid day to the same or a later day.</source>
        <translation>기간은 유효한 날짜에서 시작해 같은 날이나 그 이후에 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Agent %1 does not exist in this workspace.</source>
        <translation>이 워크스페이스에 상담사 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Agent: %1 (%2), %3</source>
        <translation>상담사: %1 (%2), %3</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>팀 없음</translation>
    </message>
    <message>
        <source>Team %1 does not exist in this workspace.</source>
        <translation>이 워크스페이스에 팀 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>팀: %1</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>전체 팀</translation>
    </message>
    <message>
        <source>The %1 is about one agent: choose an agent.</source>
        <translation>%1은(는) 상담사 한 명에 대한 보고서입니다. 상담사를 선택하세요.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>보고서 작성을 취소했습니다.</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>완료율</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>Assigned by hand</source>
        <translation>수동 배정</translation>
    </message>
    <message>
        <source>Sampling plans</source>
        <translation>평가 표본 계획</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Plans whose period overlaps the report&apos;s, and hand assignments due in it. Completed: the evaluation was submitted; overdue: not completed and due before %1.</source>
        <translation>보고서 기간과 겹치는 계획과, 기간 내 기한인 수동 배정을 표시합니다. 완료: 평가를 제출함, 기한 초과: 완료되지 않았고 기한이 %1 이전임.</translation>
    </message>
    <message>
        <source>By evaluator</source>
        <translation>평가자별</translation>
    </message>
    <message>
        <source>Plan completion by evaluator</source>
        <translation>평가자별 계획 완료율</translation>
    </message>
    <message>
        <source>Completion (%)</source>
        <translation>완료율(%)</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>상담사별</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Agents evaluated</source>
        <translation>평가받은 상담사 수</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>이전 기간</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변화</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Planned done</source>
        <translation>계획 완료</translation>
    </message>
    <message>
        <source>Plan completion</source>
        <translation>계획 완료율</translation>
    </message>
    <message>
        <source>Previous period: %1. Planned: sampling plan assignments of the period, done when their evaluation was submitted.</source>
        <translation>이전 기간: %1. 계획: 기간 내 표본 계획 배정 건수이며, 평가를 제출하면 완료로 집계합니다.</translation>
    </message>
    <message>
        <source>Agents ranked</source>
        <translation>상담사 순위</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Item pass rate</source>
        <translation>항목 합격률</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>점수 분포</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Evaluations by score band</source>
        <translation>점수 구간별 평가 수</translation>
    </message>
    <message>
        <source>Bands include their lower bound; the last includes 100.</source>
        <translation>각 구간은 하한값을 포함하며, 마지막 구간은 100을 포함합니다.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>주의</translation>
    </message>
    <message numerus="yes">
        <source>Ranked by average score. Change: points against the previous period. Item pass rate: passed answers over applicable answers. Flags: declining, below target, out of control or improving, from the monthly means of the %n month(s) up to the period&apos;s end, as on the team page.</source>
        <translation>
            <numerusform>평균 점수순으로 정렬합니다. 변화: 이전 기간 대비 점수 차이. 항목 합격률: 해당되는 답변 중 합격 답변의 비율. 주의: 기간 말까지 %n개월의 월평균으로 판단한 하락 추세, 목표 미달, 관리 이탈, 개선 추세(팀 화면과 같음).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, by contact date</source>
        <translation>%1, 상담일 기준</translation>
    </message>
    <message>
        <source>The calibration report is for QA evaluators, managers and administrators.</source>
        <translation>캘리브레이션 보고서는 QA 평가자, 관리자, 시스템 관리자만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참여자</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>평균 점수</translation>
    </message>
    <message>
        <source>Range (points)</source>
        <translation>범위(점)</translation>
    </message>
    <message>
        <source>Standard deviation (points)</source>
        <translation>표준편차(점)</translation>
    </message>
    <message>
        <source>Items in disagreement</source>
        <translation>불일치 항목</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss 카파</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorff 알파</translation>
    </message>
    <message>
        <source>Revealed sessions scheduled in the period; a session still blind does not count. Kappa and alpha treat the items as units, the participants as raters and the options as categories. Calibration sessions are centre-wide: a team or agent choice does not narrow them.</source>
        <translation>해당 기간에 예정된 세션 중 공개된 세션만 집계하며, 아직 공개되지 않은 세션은 포함하지 않습니다. 카파와 알파는 항목을 단위로, 참여자를 평정자로, 선택지를 범주로 계산합니다. 캘리브레이션 세션은 센터 전체를 대상으로 하므로 팀이나 상담사를 선택해도 범위가 좁혀지지 않습니다.</translation>
    </message>
    <message>
        <source>Agreement by month</source>
        <translation>월별 일치도</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>일치도</translation>
    </message>
    <message>
        <source>Spread (points)</source>
        <translation>산포(점)</translation>
    </message>
    <message>
        <source>Agreement over time</source>
        <translation>일치도 추이</translation>
    </message>
    <message>
        <source>Agreement (%)</source>
        <translation>일치도(%)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha × 100</source>
        <translation>Krippendorff 알파 × 100</translation>
    </message>
    <message>
        <source>Agreement: the share of participant pairs who chose the same answer, averaged over the items and sessions of the month. Spread: the mean standard deviation of the participants&apos; totals. Alpha under 0.667 is too low to rely on (Krippendorff); the chart shows negative alpha as 0.</source>
        <translation>일치도: 같은 답을 고른 참여자 쌍의 비율을 해당 월의 항목과 세션에 걸쳐 평균한 값입니다. 산포: 참여자 총점 표준편차의 평균입니다. 알파가 0.667 미만이면 신뢰하기에 너무 낮으며(Krippendorff), 차트에서는 음수 알파를 0으로 표시합니다.</translation>
    </message>
    <message>
        <source>Deviation (points)</source>
        <translation>편차(점)</translation>
    </message>
    <message>
        <source>Agreement with the key</source>
        <translation>합의 답안 일치도</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>드리프트</translation>
    </message>
    <message>
        <source>Deviation from peers (points)</source>
        <translation>동료 대비 편차(점)</translation>
    </message>
    <message>
        <source>Evaluations per working day</source>
        <translation>근무일당 평가 수</translation>
    </message>
    <message>
        <source>Median minutes per evaluation</source>
        <translation>평가당 소요 시간 중앙값(분)</translation>
    </message>
    <message>
        <source>Deviation: the evaluator&apos;s total minus the reference&apos;s (or, without a reference, the participants&apos; mean), averaged over sessions; above 0 is lenient, below 0 severe. Agreement with the key: items on which the evaluator chose the agreed answer, else the reference&apos;s, else the most common one. Drift: the monthly deviation on a control chart, with the rules of agents&apos; trends. Deviation from peers: each regular evaluation&apos;s score minus the mean score the other evaluators gave the same agent in the same month, averaged. Evaluations: regular ones submitted in the period, per weekday.</source>
        <translation>편차: 평가자 총점에서 기준 평가자 총점(기준 평가자가 없으면 참여자 평균)을 뺀 값을 세션별로 평균한 값으로, 0보다 크면 관대하고 0보다 작으면 엄격합니다. 합의 답안 일치도: 평가자가 합의 답안(없으면 기준 평가자의 답, 그것도 없으면 가장 많이 선택된 답)을 고른 항목의 비율입니다. 드리프트: 월별 편차를 관리도에 나타낸 것으로, 상담사 추이와 같은 규칙을 적용합니다. 동료 대비 편차: 각 일반 평가 점수에서 같은 달 같은 상담사에게 다른 평가자들이 준 평균 점수를 뺀 값의 평균입니다. 평가 수: 해당 기간에 제출된 일반 평가를 근무일 기준으로 나눈 값입니다.</translation>
    </message>
    <message>
        <source>Items to clarify first</source>
        <translation>우선 명확히 할 항목</translation>
    </message>
    <message>
        <source>Sessions in disagreement</source>
        <translation>불일치 세션</translation>
    </message>
    <message>
        <source>The items with the lowest agreement first: their guidance needs clarifying most.</source>
        <translation>일치도가 가장 낮은 항목부터 표시합니다. 이 항목들의 평가 기준을 가장 먼저 명확히 해야 합니다.</translation>
    </message>
    <message>
        <source>Calibration agreement</source>
        <translation>캘리브레이션 일치도</translation>
    </message>
    <message>
        <source>Calibration deviation (points)</source>
        <translation>캘리브레이션 편차(점)</translation>
    </message>
    <message>
        <source>Calibration figures come from the revealed sessions of the period across the centre (see the calibration report): agreement with the agreed answers, the mean deviation from the reference in points (above 0 lenient), and drift of that deviation month by month.</source>
        <translation>캘리브레이션 수치는 해당 기간 센터 전체에서 공개된 세션을 기준으로 합니다(캘리브레이션 보고서 참조). 합의 답안 일치도, 기준 평가자 대비 평균 편차(점, 0보다 크면 관대함), 그리고 그 편차의 월별 드리프트를 나타냅니다.</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>캘리브레이션</translation>
    </message>
    <message>
        <source>Calibration sessions: spread of the totals, agreement by month, each evaluator&apos;s leniency and drift, and the items to clarify first.</source>
        <translation>캘리브레이션 세션: 총점 산포, 월별 일치도, 평가자별 관대함과 드리프트, 우선 명확히 할 항목을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Conversation measures by agent</source>
        <translation>상담사별 대화 측정값</translation>
    </message>
    <message>
        <source>Calls measured</source>
        <translation>측정한 통화</translation>
    </message>
    <message>
        <source>Dead air per call (s)</source>
        <translation>통화당 무음 구간(초)</translation>
    </message>
    <message>
        <source>Overtalk share</source>
        <translation>동시 발화 비율</translation>
    </message>
    <message>
        <source>Agent talk share</source>
        <translation>상담사 발화 비율</translation>
    </message>
    <message>
        <source>Chats measured</source>
        <translation>측정한 채팅</translation>
    </message>
    <message>
        <source>First response (s)</source>
        <translation>첫 응답(초)</translation>
    </message>
    <message>
        <source>Longest wait (s)</source>
        <translation>최장 대기(초)</translation>
    </message>
    <message>
        <source>Replies within limit</source>
        <translation>기준 시간 내 응답</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>모든 상담사</translation>
    </message>
    <message>
        <source>Contacts started in the period, by the date of the contact. Each figure is the mean over the measured calls or chats of the agent; replies within limit is the mean of each chat&apos;s share of agent replies that came within the centre&apos;s reply limit (%1 s).</source>
        <translation>기간 중 시작된 상담 건을 상담 일자 기준으로 집계합니다. 각 수치는 상담사의 측정된 통화 또는 채팅에 대한 평균입니다. 기준 시간 내 응답은 각 채팅에서 상담사 응답 중 센터의 응답 기준 시간(%1초) 안에 이루어진 비율의 평균입니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::ReportExporter</name>
    <message>
        <source>CSV, one file per table (*.csv)</source>
        <translation>CSV, 표마다 파일 하나 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>qadesk::ReportsPage</name>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>기간 지정</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>전체 팀</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>전체 상담사</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>보고서를 계산하는 중…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1(으)로 내보내는 중…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일을 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%2에 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>상담일</translation>
    </message>
</context>
<context>
    <name>qadesk::RevealModel</name>
    <message>
        <source>(note only)</source>
        <translation>(메모만)</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>Deviation from the reference</source>
        <translation>기준 평가자 대비 편차</translation>
    </message>
    <message>
        <source>Deviation from the consensus</source>
        <translation>합의 대비 편차</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>범위 %1</translation>
    </message>
    <message>
        <source>SD %1</source>
        <translation>표준편차 %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>일치도</translation>
    </message>
    <message>
        <source>Agreed answer</source>
        <translation>합의 답안</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1(기준 평가자)</translation>
    </message>
</context>
<context>
    <name>qadesk::Role</name>
    <message>
        <source>Admin</source>
        <translation>시스템 관리자</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>팀장</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
</context>
<context>
    <name>qadesk::RowVersion</name>
    <message>
        <source>%1 changed this evaluation at %2 — reload, or keep yours as a new draft</source>
        <translation>%1님이 %2에 이 평가를 변경했습니다 — 다시 불러오거나 내 내용을 새 임시 저장본으로 보관하십시오</translation>
    </message>
    <message>
        <source>%1 changed this dispute at %2 — reload to see their change</source>
        <translation>%1님이 %2에 이 이의 제기를 변경했습니다 — 변경 내용을 보려면 다시 불러오십시오</translation>
    </message>
    <message>
        <source>%1 changed this coaching session at %2 — reload to see their change</source>
        <translation>%1님이 %2에 이 코칭 세션을 변경했습니다 — 변경 내용을 보려면 다시 불러오십시오</translation>
    </message>
    <message>
        <source>%1 changed this scorecard draft at %2 — reload to see their change</source>
        <translation>%1님이 %2에 이 평가표 임시 저장본을 변경했습니다 — 변경 내용을 보려면 다시 불러오십시오</translation>
    </message>
    <message>
        <source>%1 changed this sampling plan at %2 — reload to see their change</source>
        <translation>%1님이 %2에 이 표본 계획을 변경했습니다 — 변경 내용을 보려면 다시 불러오십시오</translation>
    </message>
    <message>
        <source>This was deleted by another user (%1 %2 no longer exists).</source>
        <translation>다른 사용자가 삭제했습니다(%1 %2이(가) 더 이상 없습니다).</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>알 수 없는 시간</translation>
    </message>
</context>
<context>
    <name>qadesk::SampleSize</name>
    <message>
        <source>The population must be 0 (unknown) or more, not %1.</source>
        <translation>모집단은 0(모름) 이상이어야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>z must be positive, not %1.</source>
        <translation>z는 양수여야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>The margin of error must be positive, not %1.</source>
        <translation>허용 오차는 양수여야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>The expected proportion must be between 0 and 1 (exclusive), not %1.</source>
        <translation>예상 비율은 0과 1 사이(양끝 제외)여야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>The standard deviation must be positive, not %1.</source>
        <translation>표준편차는 양수여야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>Yamane&apos;s formula needs the population size (more than 0).</source>
        <translation>Yamane 공식에는 모집단 크기(0 초과)가 필요합니다.</translation>
    </message>
    <message>
        <source>The number evaluated must be at least 1, not %1.</source>
        <translation>평가 건수는 1 이상이어야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>The proportion must be between 0 and 1, not %1.</source>
        <translation>비율은 0과 1 사이여야 합니다(현재 %1).</translation>
    </message>
</context>
<context>
    <name>qadesk::Sampler</name>
    <message>
        <source>size: must be fixed or statistical, not &quot;%1&quot;</source>
        <translation>size: fixed 또는 statistical이어야 합니다(현재 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>channel: must be call, chat or email</source>
        <translation>channel: call, chat, email 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>The period must have a first day on or before its last day.</source>
        <translation>기간의 시작일은 종료일과 같거나 앞서야 합니다.</translation>
    </message>
    <message>
        <source>per_agent: must be at least 1, not %1</source>
        <translation>per_agent: 1 이상이어야 합니다(현재 %1)</translation>
    </message>
    <message>
        <source>Over-sampling weights must be more than 0.</source>
        <translation>가중 추출 배수는 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>The workspace has no active evaluators to assign the sample to.</source>
        <translation>표본을 배정할 활성 평가자가 없습니다.</translation>
    </message>
    <message>
        <source>Sample %1 – %2</source>
        <translation>평가 표본 %1 – %2</translation>
    </message>
    <message>
        <source>Nothing to draw: the workspace has no contacts in %1. Import that period&apos;s contacts first.</source>
        <translation>추출할 상담이 없습니다: 워크스페이스에 %1 기간의 상담이 없습니다. 해당 기간의 상담을 먼저 가져오세요.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to draw: the %n contact(s) in %1 belong to inactive agents only.</source>
        <translation>
            <numerusform>추출할 상담이 없습니다: %1 기간의 상담 %n건은 모두 비활성 상담사의 상담입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to draw: none of the %n contact(s) in %1 meets the rule (channel, queue, duration).</source>
        <translation>
            <numerusform>추출할 상담이 없습니다: %1 기간의 상담 %n건 중 조건(채널, 대기열, 상담 시간)에 맞는 상담이 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to draw: the %n contact(s) in %1 that meet the rule are all in another plan already.</source>
        <translation>
            <numerusform>추출할 상담이 없습니다: %1 기간에 조건에 맞는 상담 %n건이 모두 이미 다른 계획에 들어 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to draw: the %n contact(s) in %1 that meet the rule are all evaluated or in another plan already.</source>
        <translation>
            <numerusform>추출할 상담이 없습니다: %1 기간에 조건에 맞는 상담 %n건이 모두 이미 평가되었거나 다른 계획에 들어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>An empty sample is not saved: it assigns no contact to anyone.</source>
        <translation>빈 표본은 저장하지 않습니다. 누구에게도 상담을 배정하지 않기 때문입니다.</translation>
    </message>
    <message>
        <source>reserve.share: must be from 0 to 1</source>
        <translation>reserve.share: 0에서 1 사이여야 합니다</translation>
    </message>
    <message>
        <source>The reserved share must be from 0 to 100 %.</source>
        <translation>예비 할당 비율은 0~100 %여야 합니다.</translation>
    </message>
    <message>
        <source>A reserved share needs a filter saying which contacts it is for (dead air, overtalk, reply waits).</source>
        <translation>예비 할당 비율에는 대상 상담 건을 지정하는 필터(무음 구간, 동시 발화, 응답 대기)가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::ScoreTrendChart</name>
    <message>
        <source>95% interval</source>
        <translation>95% 구간</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>중심선</translation>
    </message>
    <message>
        <source>Control limits</source>
        <translation>관리 한계</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Control rule broken</source>
        <translation>관리 규칙 위반</translation>
    </message>
</context>
<context>
    <name>qadesk::ScorecardDesignerPage</name>
    <message>
        <source>New scorecard</source>
        <translation>새 평가표</translation>
    </message>
    <message>
        <source>Name of the new scorecard:</source>
        <translation>새 평가표 이름:</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>섹션 이름 변경</translation>
    </message>
    <message>
        <source>Change section weight</source>
        <translation>섹션 가중치 변경</translation>
    </message>
    <message>
        <source>Change key</source>
        <translation>키 변경</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>질문 수정</translation>
    </message>
    <message>
        <source>Edit guidance</source>
        <translation>평가 기준 수정</translation>
    </message>
    <message>
        <source>Change item kind</source>
        <translation>항목 유형 변경</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>우수</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>미흡</translation>
    </message>
    <message>
        <source>Change max points</source>
        <translation>배점 변경</translation>
    </message>
    <message>
        <source>Change N/A</source>
        <translation>해당 없음 변경</translation>
    </message>
    <message>
        <source>Change required comment</source>
        <translation>코멘트 필수 변경</translation>
    </message>
    <message>
        <source>Change critical scope</source>
        <translation>치명 범위 변경</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>선택지 추가</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>선택지 %1</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>선택지 삭제</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (사용 중지)</translation>
    </message>
    <message>
        <source>No scorecards yet: create one with New… or import a shared form.</source>
        <translation>평가표가 아직 없습니다. 새로 만들거나 공유받은 평가표를 가져오세요.</translation>
    </message>
    <message>
        <source>Version %1 — draft</source>
        <translation>버전 %1 — 초안</translation>
    </message>
    <message>
        <source>Version %1 — published %2</source>
        <translation>버전 %1 — %2 게시</translation>
    </message>
    <message>
        <source>Draft: changes are saved as you make them.</source>
        <translation>초안: 변경 내용은 바로 저장됩니다.</translation>
    </message>
    <message>
        <source>Published versions are frozen. Use &quot;Edit as new draft&quot; to change the form.</source>
        <translation>게시된 버전은 바꿀 수 없습니다. &quot;새 초안으로 수정&quot;으로 평가표를 변경하세요.</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>(제목 없는 섹션)</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>순서 변경</translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation>예 / 아니오</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>척도</translation>
    </message>
    <message>
        <source>Options with points</source>
        <translation>점수별 선택지</translation>
    </message>
    <message>
        <source>Not critical</source>
        <translation>치명 항목 아님</translation>
    </message>
    <message>
        <source>Failing zeroes the section</source>
        <translation>미흡 시 섹션 0점</translation>
    </message>
    <message>
        <source>Failing zeroes the evaluation</source>
        <translation>미흡 시 평가 전체 0점</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>미흡</translation>
    </message>
    <message>
        <source>Edit options</source>
        <translation>선택지 수정</translation>
    </message>
    <message>
        <source>Preview score %1 (raw %2)</source>
        <translation>미리보기 점수 %1 (치명 적용 전 %2)</translation>
    </message>
    <message>
        <source>— a critical item failed</source>
        <translation>— 치명 항목 미흡</translation>
    </message>
    <message>
        <source>✓ Ready to publish: every rule is met.</source>
        <translation>✓ 게시할 수 있습니다: 모든 규칙을 충족합니다.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>다시 사용</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>새 질문</translation>
    </message>
    <message>
        <source>Section 1</source>
        <translation>섹션 1</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; as a draft.</source>
        <translation>&quot;%1&quot;을(를) 초안으로 만들었습니다.</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>섹션 추가</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>섹션 %1</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation>항목 복제</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>섹션 복제</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (사본)</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>항목 삭제</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>섹션 삭제</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>초안을 저장했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n check(s) failed — see the list on the right.</source>
        <translation>
            <numerusform>게시하지 않았습니다: 점검 %n건 실패 — 오른쪽 목록을 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published version %1. New evaluations use it; earlier ones keep theirs.</source>
        <translation>버전 %1을(를) 게시했습니다. 새 평가는 이 버전을 쓰고, 이전 평가는 기존 버전을 유지합니다.</translation>
    </message>
    <message>
        <source>Version %1 is a new draft copied from the published form.</source>
        <translation>게시된 평가표를 복사해 버전 %1 초안을 만들었습니다.</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>버전 %1 이후 변경 사항</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>변경 사항이 없습니다.</translation>
    </message>
    <message>
        <source>Import scorecard</source>
        <translation>평가표 가져오기</translation>
    </message>
    <message>
        <source>Scorecards (*.json)</source>
        <translation>평가표 (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported:

%1</source>
        <translation>아무것도 가져오지 않았습니다:

%1</translation>
    </message>
    <message>
        <source>Imported as a draft: review it, then publish.</source>
        <translation>초안으로 가져왔습니다. 검토한 뒤 게시하세요.</translation>
    </message>
    <message>
        <source>Export scorecard</source>
        <translation>평가표 내보내기</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Exported version %1 to %2.</source>
        <translation>버전 %1을(를) %2(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Retired: hidden from new evaluations; past evaluations are unchanged.</source>
        <translation>사용 중지: 새 평가에는 보이지 않고 지난 평가는 그대로입니다.</translation>
    </message>
    <message>
        <source>Back in use for new evaluations.</source>
        <translation>새 평가에 다시 사용합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Not evaluated in the last %n day(s).</source>
        <translation>
            <numerusform>최근 %n일 동안 평가되지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s): disputed in %1 of %2 evaluations (%3); %4 of %5 decided were overturned (%6).</source>
        <translation>
            <numerusform>최근 %n일: 평가 %2건 중 %1건 이의 제기(%3), 결정된 %5건 중 %4건 번복(%6).</numerusform>
        </translation>
    </message>
    <message>
        <source>Often disputed: say in the guidance exactly what meets the criterion and what does not.</source>
        <translation>이의 제기가 잦습니다. 평가 기준을 충족하는 경우와 충족하지 않는 경우를 가이드에 명확히 적으세요.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>집계 중…</translation>
    </message>
    <message>
        <source>Not published: this draft is the same form as the published version. Change it first.</source>
        <translation>게시하지 않았습니다: 이 초안은 게시된 버전과 같은 평가표입니다. 먼저 수정하세요.</translation>
    </message>
    <message>
        <source>Publish version %1</source>
        <translation>버전 %1 게시</translation>
    </message>
    <message>
        <source>New evaluations will use version %1; earlier ones keep theirs. A published version cannot change.

What changed, and why (required):</source>
        <translation>새 평가는 버전 %1을(를) 쓰고, 이전 평가는 기존 버전을 유지합니다. 게시된 버전은 바꿀 수 없습니다.

변경 내용과 이유 (필수):</translation>
    </message>
    <message>
        <source>Not published.</source>
        <translation>게시하지 않았습니다.</translation>
    </message>
    <message>
        <source>Not published: say what changed in the change note.</source>
        <translation>게시하지 않았습니다: 변경 메모에 무엇이 바뀌었는지 적으세요.</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>항목 이동</translation>
    </message>
    <message>
        <source>Change automatic check</source>
        <translation>자동 검사 변경</translation>
    </message>
</context>
<context>
    <name>qadesk::ScorecardDiff</name>
    <message>
        <source>its points</source>
        <translation>배점 합계</translation>
    </message>
    <message>
        <source>max %1 (%2)</source>
        <translation>배점 %1 (%2)</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; added.</source>
        <translation>섹션 &quot;%1&quot; 추가.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; removed.</source>
        <translation>섹션 &quot;%1&quot; 삭제.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; re-weighted: %2 → %3.</source>
        <translation>섹션 &quot;%1&quot; 가중치 변경: %2 → %3.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; added to &quot;%2&quot;: %3</source>
        <translation>항목 &quot;%1&quot;을(를) &quot;%2&quot;에 추가: %3</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; removed from &quot;%2&quot;.</source>
        <translation>항목 &quot;%1&quot;을(를) &quot;%2&quot;에서 삭제.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; reworded: &quot;%2&quot; → &quot;%3&quot;.</source>
        <translation>항목 &quot;%1&quot; 문구 변경: &quot;%2&quot; → &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; re-scored: %2 → %3.</source>
        <translation>항목 &quot;%1&quot; 배점 변경: %2 → %3.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; moved from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>항목 &quot;%1&quot;을(를) &quot;%2&quot;에서 &quot;%3&quot;(으)로 이동.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; rules changed: %2 → %3.</source>
        <translation>항목 &quot;%1&quot; 규칙 변경: %2 → %3.</translation>
    </message>
    <message>
        <source>the best answer</source>
        <translation>가장 좋은 답</translation>
    </message>
    <message>
        <source>the first failing answer</source>
        <translation>첫 번째 실패 답</translation>
    </message>
    <message>
        <source>%1 (suggests &quot;%2&quot; when it holds, &quot;%3&quot; when not)</source>
        <translation>%1 (충족하면 &quot;%2&quot;, 아니면 &quot;%3&quot; 제안)</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is checked automatically: %2.</source>
        <translation>항목 &quot;%1&quot; 자동 검사 추가: %2.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is no longer checked automatically (was: %2).</source>
        <translation>항목 &quot;%1&quot; 자동 검사 해제 (이전: %2).</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; automatic check changed: %2 → %3.</source>
        <translation>항목 &quot;%1&quot; 자동 검사 변경: %2 → %3.</translation>
    </message>
</context>
<context>
    <name>qadesk::ScorecardFormView</name>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (가중치 %2)</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1점</translation>
    </message>
    <message>
        <source>critical: zeroes the evaluation</source>
        <translation>치명: 평가 전체 0점</translation>
    </message>
    <message>
        <source>critical: zeroes the section</source>
        <translation>치명: 섹션 0점</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니오</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Comment (required when failed)</source>
        <translation>코멘트 (미흡 시 필수)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>코멘트</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>%1 의견</translation>
    </message>
</context>
<context>
    <name>qadesk::ScorecardImport</name>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: 가져오지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>qadesk::ScorecardJson</name>
    <message>
        <source>is required</source>
        <translation>필수 항목입니다</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>텍스트여야 합니다</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>다음 중 하나여야 합니다: %1</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <source>must be &gt; 0</source>
        <translation>0보다 커야 합니다</translation>
    </message>
    <message>
        <source>yes_no items have no options (yes earns max_points, no earns 0)</source>
        <translation>yes_no 항목에는 선택지가 없습니다(예는 max_points, 아니오는 0점)</translation>
    </message>
    <message>
        <source>needs at least two options</source>
        <translation>선택지가 두 개 이상 필요합니다</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>(document): must be a JSON object</source>
        <translation>(문서): JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>&quot;%1&quot;이어야 합니다</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 읽을 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>%1행: </translation>
    </message>
    <message>
        <source>the item has no failing option, so name the answer</source>
        <translation>이 항목에는 실패 선택지가 없으므로 답변을 지정하십시오</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of the item (its answers: %2)</source>
        <translation>&quot;%1&quot;은(는) 이 항목의 답변이 아닙니다(답변: %2)</translation>
    </message>
    <message>
        <source>auto-QA rules need format_version 2</source>
        <translation>자동 QA 규칙에는 format_version 2가 필요합니다</translation>
    </message>
    <message>
        <source>this QA Desk reads versions %1 to %2 (the file is version %3)</source>
        <translation>이 QA Desk는 버전 %1~%2를 읽을 수 있습니다(파일 버전: %3)</translation>
    </message>
</context>
<context>
    <name>qadesk::ScorecardValidator</name>
    <message>
        <source>The scorecard needs at least one item.</source>
        <translation>평가표에는 항목이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>%1번째 섹션</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;</source>
        <translation>섹션 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Section %1 needs a title.</source>
        <translation>%1번째 섹션에 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>The %1 has no items.</source>
        <translation>%1에 항목이 없습니다.</translation>
    </message>
    <message>
        <source>item %1 of the %2</source>
        <translation>%2의 %1번째 항목</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; in the %2</source>
        <translation>%2의 항목 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The %1 needs a key.</source>
        <translation>%1에 키가 필요합니다.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is used twice (also at %2); keys must be unique.</source>
        <translation>키 &quot;%1&quot;이(가) 두 번 쓰였습니다(%2에도 있음). 키는 고유해야 합니다.</translation>
    </message>
    <message>
        <source>The %1 needs a question.</source>
        <translation>%1에 질문이 필요합니다.</translation>
    </message>
    <message>
        <source>The %1 needs at least two options.</source>
        <translation>%1에는 선택지가 두 개 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Option %1 of the %2 needs a label.</source>
        <translation>%2의 %1번째 선택지에 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Option &quot;%1&quot; of the %2 gives %3 points; it must be within 0..%4.</source>
        <translation>%2의 선택지 &quot;%1&quot;의 점수 %3점은 0..%4 범위여야 합니다.</translation>
    </message>
    <message>
        <source>The %1 is critical but none of its options fails, so it could never trigger.</source>
        <translation>%1은(는) 치명 항목이지만 미흡 선택지가 없어 적용될 수 없습니다.</translation>
    </message>
    <message>
        <source>The %1 requires a comment on fail but none of its options fails.</source>
        <translation>%1은(는) 미흡 시 코멘트가 필수이지만 미흡 선택지가 없습니다.</translation>
    </message>
    <message>
        <source>The section weights add up to %1; they need a positive sum.</source>
        <translation>섹션 가중치 합계가 %1입니다. 합계는 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>The sections have no points to weigh.</source>
        <translation>섹션에 반영할 배점이 없습니다.</translation>
    </message>
    <message>
        <source>The section title &quot;%1&quot; is used twice (also at %2); titles must be unique.</source>
        <translation>섹션 제목 &quot;%1&quot;이(가) 두 번 쓰였습니다(%2에도 있음). 제목은 고유해야 합니다.</translation>
    </message>
    <message>
        <source>The weight of the %1 must be from 0 to %2, not %3.</source>
        <translation>%1의 가중치는 0~%2 사이여야 합니다(현재 %3).</translation>
    </message>
    <message>
        <source>The max points of the %1 must be &gt; 0 and at most %2, not %3.</source>
        <translation>%1의 배점은 0보다 크고 %2 이하여야 합니다(현재 %3).</translation>
    </message>
</context>
<context>
    <name>qadesk::ServerKeyring</name>
    <message>
        <source>this desktop has no keyring (%1)</source>
        <translation>이 데스크톱에 키링이 없습니다(%1)</translation>
    </message>
</context>
<context>
    <name>qadesk::ServerSettings</name>
    <message>
        <source>%1 is not a team server address: %2 It looks like postgresql://LOGIN@HOST:PORT/DATABASE?sslmode=require.</source>
        <translation>%1은(는) 팀 서버 주소가 아닙니다: %2 주소는 postgresql://LOGIN@HOST:PORT/DATABASE?sslmode=require 형식입니다.</translation>
    </message>
    <message>
        <source>it must start with postgresql://.</source>
        <translation>postgresql://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>the host is missing.</source>
        <translation>호스트가 없습니다.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>포트는 1부터 65535 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>the login is missing (LOGIN@ before the host).</source>
        <translation>로그인이 없습니다(호스트 앞에 LOGIN@).</translation>
    </message>
    <message>
        <source>the database name is missing (/DATABASE after the host and port).</source>
        <translation>데이터베이스 이름이 없습니다(호스트와 포트 뒤에 /DATABASE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting QA Desk knows; only sslmode is.</source>
        <translation>&quot;%1&quot;은(는) QA Desk가 아는 설정이 아닙니다. sslmode만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not &quot;%2&quot;.</source>
        <translation>sslmode는 &quot;%2&quot;가 아니라 %1 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>the host %1 is not known (check its name).</source>
        <translation>호스트 %1을(를) 찾을 수 없습니다(이름을 확인하세요).</translation>
    </message>
    <message>
        <source>the host %1 does not answer (check the name, the network and the firewall).</source>
        <translation>호스트 %1이(가) 응답하지 않습니다(이름, 네트워크, 방화벽을 확인하세요).</translation>
    </message>
    <message>
        <source>nothing answers on port %1 of %2 (check the port, and that PostgreSQL listens on that address).</source>
        <translation>%2의 포트 %1에서 응답이 없습니다(포트와, PostgreSQL이 그 주소에서 대기하는지 확인하세요).</translation>
    </message>
    <message>
        <source>the TLS connection failed (sslmode=%1): %2</source>
        <translation>TLS 연결에 실패했습니다(sslmode=%1): %2</translation>
    </message>
    <message>
        <source>the server asks for the password of %1; give it in PGPASSWORD or ~/.pgpass.</source>
        <translation>서버가 %1의 비밀번호를 요구합니다. PGPASSWORD나 ~/.pgpass로 주세요.</translation>
    </message>
    <message>
        <source>the password of %1 is wrong, or %1 is not a login on this server.</source>
        <translation>%1의 비밀번호가 틀렸거나, %1은(는) 이 서버의 로그인이 아닙니다.</translation>
    </message>
    <message>
        <source>the server has no login %1.</source>
        <translation>서버에 로그인 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>the login %1 has been deactivated.</source>
        <translation>로그인 %1은(는) 비활성화되었습니다.</translation>
    </message>
    <message>
        <source>the server has no database %1.</source>
        <translation>서버에 데이터베이스 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>the server does not let %1 connect from this computer to %2 (its pg_hba.conf).</source>
        <translation>서버가 이 컴퓨터에서 %1이(가) %2에 연결하는 것을 허용하지 않습니다(pg_hba.conf).</translation>
    </message>
    <message>
        <source>Could not connect to the team server %1 (database %2, login %3): %4</source>
        <translation>팀 서버 %1에 연결하지 못했습니다(데이터베이스 %2, 로그인 %3): %4</translation>
    </message>
</context>
<context>
    <name>qadesk::SignIn</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>로그인 ID 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>%1 has been deactivated; an administrator can reactivate the account.</source>
        <translation>%1은(는) 비활성화되었습니다. 시스템 관리자가 계정을 다시 활성화할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a demo workspace may be viewed as a user without a password.</source>
        <translation>비밀번호 없이 다른 사용자로 보기는 데모 워크스페이스에서만 가능합니다.</translation>
    </message>
    <message>
        <source>The demo has no active user %1.</source>
        <translation>데모에 활성 사용자 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The server login %1 is not a user of the QA Desk workspace %2.</source>
        <translation>서버 로그인 %1은(는) QA Desk 워크스페이스 %2의 사용자가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::SignInDialog</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>%n초 후에 다시 시도할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>%1에 로그인하세요.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>qadesk::TeamPage</name>
    <message>
        <source>All teams</source>
        <translation>전체 팀</translation>
    </message>
    <message numerus="yes">
        <source>%n active agent(s) · %1 evaluations done of %2 planned · %3 flagged · target %4</source>
        <translation>
            <numerusform>활성 상담사 %n명 · 계획 %2건 중 %1건 평가 완료 · 주의 대상 %3명 · 목표 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Coaching sessions held from %1 to %2. For each focus item: how often the agent passed it in the %3 days before the session and in the %3 days after (answers counted in brackets), and whether the change is more than chance (at least %4 answers on each side).</source>
        <translation>%1부터 %2까지 진행한 코칭 세션입니다. 중점 항목마다 세션 전 %3일과 세션 후 %3일 동안 상담사가 합격한 비율(괄호 안은 답변 수)과, 그 변화가 우연 이상인지(양쪽 모두 답변 %4건 이상)를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>코치</translation>
    </message>
    <message>
        <source>Focus item</source>
        <translation>중점 항목</translation>
    </message>
    <message>
        <source>Before (n)</source>
        <translation>코칭 전 (n)</translation>
    </message>
    <message>
        <source>After (n)</source>
        <translation>코칭 후 (n)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변화</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>No focus items recorded</source>
        <translation>기록된 중점 항목 없음</translation>
    </message>
    <message>
        <source>Passed %1 of %2 in the %3 days before the session</source>
        <translation>세션 전 %3일 동안 %2건 중 %1건 합격</translation>
    </message>
    <message>
        <source>Passed %1 of %2 since the session (up to %3 days)</source>
        <translation>세션 후 %2건 중 %1건 합격 (최대 %3일)</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
</context>
<context>
    <name>qadesk::TeamRosterModel</name>
    <message>
        <source>%1 · employee id %2</source>
        <translation>%1 · 사번 %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 planned evaluations done (%3 %)</source>
        <translation>계획된 평가 %2건 중 %1건 완료 (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) done; no sampling plan covers this agent this month</source>
        <translation>
            <numerusform>평가 %n건 완료. 이번 달 이 상담사에 해당하는 표본 계획이 없습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 against a target of %2</source>
        <translation>%1 (목표 %2)</translation>
    </message>
    <message>
        <source>No scored evaluation this month</source>
        <translation>이번 달 채점된 평가 없음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no scored evaluation</source>
        <translation>%1: 채점된 평가 없음</translation>
    </message>
    <message>
        <source>Trend: %1%2 points a month</source>
        <translation>추이: 월 %1%2점</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>목표: %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Done / Planned</source>
        <translation>완료 / 계획</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>추이</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>Evaluations submitted this month / planned by the sampling plans</source>
        <translation>이번 달 제출한 평가 수 / 표본 계획상 계획 건수</translation>
    </message>
    <message>
        <source>Average score this month, 0–100</source>
        <translation>이번 달 평균 점수, 0–100</translation>
    </message>
    <message numerus="yes">
        <source>Monthly averages over the last %n month(s); the dashed line is the target</source>
        <translation>
            <numerusform>최근 %n개월의 월 평균. 점선은 목표입니다</numerusform>
        </translation>
    </message>
    <message>
        <source>What the trend shows: declining, below target, out of control or improving</source>
        <translation>추이가 나타내는 상태: 하락 추세, 목표 미달, 관리 이탈, 개선 추세</translation>
    </message>
</context>
<context>
    <name>qadesk::TeamServer</name>
    <message>
        <source>%1 is a workspace file; only a PostgreSQL workspace becomes a team server.</source>
        <translation>%1은(는) 워크스페이스 파일입니다. PostgreSQL 워크스페이스만 팀 서버가 될 수 있습니다.</translation>
    </message>
    <message>
        <source>The team server set-up is missing from this build of QA Desk.</source>
        <translation>이 QA Desk 빌드에는 팀 서버 설정이 없습니다.</translation>
    </message>
    <message>
        <source>set up the team server</source>
        <translation>팀 서버 설정</translation>
    </message>
    <message>
        <source>add the server login %1</source>
        <translation>서버 로그인 %1 추가</translation>
    </message>
    <message>
        <source>set the password of the server login %1</source>
        <translation>서버 로그인 %1의 비밀번호 설정</translation>
    </message>
    <message>
        <source>change the server login %1</source>
        <translation>서버 로그인 %1 변경</translation>
    </message>
    <message>
        <source>read the server login</source>
        <translation>서버 로그인 읽기</translation>
    </message>
</context>
<context>
    <name>qadesk::TextDecoding</name>
    <message>
        <source>not valid UTF-8 at line %1 (byte %2)</source>
        <translation>%1행(바이트 %2)이 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>not valid %1: the file ends in the middle of a character</source>
        <translation>올바른 %1이(가) 아닙니다: 파일이 문자 중간에서 끝납니다</translation>
    </message>
    <message>
        <source>not valid CP949 at line %1</source>
        <translation>%1행이 올바른 CP949가 아닙니다</translation>
    </message>
    <message>
        <source>neither UTF-8, UTF-16 nor CP949/EUC-KR (first undecodable byte at line %1); choose the encoding by hand</source>
        <translation>UTF-8, UTF-16, CP949/EUC-KR 중 어느 것도 아닙니다(처음으로 해석할 수 없는 바이트: %1행). 인코딩을 직접 선택하세요</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>qadesk::TranscriptReader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>올바른 JSON이 아닙니다: %1</translation>
    </message>
    <message>
        <source>expected an array of messages</source>
        <translation>메시지 배열이어야 합니다</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>필요한 값: %1</translation>
    </message>
    <message>
        <source>a message needs text</source>
        <translation>메시지에 텍스트가 필요합니다</translation>
    </message>
    <message>
        <source>the header must name the columns time, sender and text</source>
        <translation>머리글에 time, sender, text 열이 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation>&quot;%1&quot;은(는) %2이(가) 아닙니다</translation>
    </message>
    <message>
        <source>expected &quot;[2026-01-05 10:31:02] 상담사: text&quot;</source>
        <translation>&quot;[2026-01-05 10:31:02] 상담사: 내용&quot; 형식이어야 합니다</translation>
    </message>
    <message>
        <source>the transcript has no messages</source>
        <translation>대화 내용에 메시지가 없습니다</translation>
    </message>
    <message>
        <source>message %1 is earlier than the one before it; a transcript must be in time order</source>
        <translation>메시지 %1이(가) 바로 앞 메시지보다 이릅니다. 대화 내용은 시간순이어야 합니다</translation>
    </message>
</context>
<context>
    <name>qadesk::TranscriptView</name>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>챗봇</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Search the transcript (Ctrl+F, Enter for the next match)</source>
        <translation>대화 내용 검색 (Ctrl+F, Enter로 다음 결과)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>이전 결과</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>다음 결과</translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation>대화 내용 검색</translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation>개인정보 표시</translation>
    </message>
    <message>
        <source>Card, resident registration and phone numbers and e-mail addresses are masked; your role may show them.</source>
        <translation>카드 번호, 주민등록번호, 전화번호, 이메일 주소는 마스킹됩니다. 현재 역할로는 표시할 수 있습니다.</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>%1 대기</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>첫 응답</translation>
    </message>
    <message>
        <source>From the customer&apos;s first message to the agent&apos;s first reply.</source>
        <translation>고객의 첫 메시지부터 상담사의 첫 답변까지의 시간입니다.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>최장 응답 대기</translation>
    </message>
    <message>
        <source>The longest a customer waited for an agent&apos;s reply.</source>
        <translation>고객이 상담사의 답변을 가장 오래 기다린 시간입니다.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>agent %1 / customer %2</source>
        <translation>상담사 %1 / 고객 %2</translation>
    </message>
    <message>
        <source>Messages written by each party; bot and system messages are not counted.</source>
        <translation>각 당사자가 작성한 메시지 수입니다. 봇 및 시스템 메시지는 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>Replies within %1</source>
        <translation>%1 이내 응답</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1(%3건 중 %2건)</translation>
    </message>
    <message>
        <source>The share of agent replies that came within %1 of the customer&apos;s message.</source>
        <translation>고객 메시지 후 %1 이내에 보낸 상담사 답변의 비율입니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::Trend</name>
    <message>
        <source>a month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>%1 시작 주</translation>
    </message>
    <message>
        <source>falling %1 points %2 (%3) over %4 periods</source>
        <translation>%4개 기간 동안 %2 %1점씩 하락 (%3)</translation>
    </message>
    <message>
        <source>rising %1 points %2 (%3) over %4 periods</source>
        <translation>%4개 기간 동안 %2 %1점씩 상승 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 against a target of %3</source>
        <translation>%1: %2 (목표 %3)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>beyond a control limit</source>
        <translation>관리 한계를 벗어남</translation>
    </message>
    <message>
        <source>8 periods in a row on one side of the centre</source>
        <translation>8개 기간 연속 중심선 한쪽에 위치</translation>
    </message>
    <message>
        <source>6 periods in a row rising or falling</source>
        <translation>6개 기간 연속 상승 또는 하락</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>하락 추세</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>목표 미달</translation>
    </message>
    <message>
        <source>Out of control</source>
        <translation>관리 이탈</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>개선 추세</translation>
    </message>
</context>
<context>
    <name>qadesk::UserAccountModel</name>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Teams led</source>
        <translation>담당 팀</translation>
    </message>
    <message>
        <source>Linked agent</source>
        <translation>연결된 상담사</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>qadesk::UserAccounts</name>
    <message>
        <source>Only an administrator adds, changes or deactivates an administrator.</source>
        <translation>시스템 관리자의 추가, 변경, 비활성화는 시스템 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: use 1 to 63 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>로그인 ID &quot;%1&quot;: 영문 소문자로 시작하는 1~63자의 영문 소문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;만 사용하세요.</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot; is taken by %2.</source>
        <translation>로그인 ID &quot;%1&quot;은(는) 이미 %2이(가) 사용 중입니다.</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: the display name is empty.</source>
        <translation>로그인 ID &quot;%1&quot;: 표시 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: an agent user must be linked to an existing agent record.</source>
        <translation>로그인 ID &quot;%1&quot;: 상담사 사용자는 기존 상담사 정보에 연결해야 합니다.</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: %2 is already the user of that agent.</source>
        <translation>로그인 ID &quot;%1&quot;: 그 상담사에는 이미 사용자 %2이(가) 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: only an agent user is linked to an agent record.</source>
        <translation>로그인 ID &quot;%1&quot;: 상담사 정보에는 상담사 사용자만 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: a team lead needs at least one team.</source>
        <translation>로그인 ID &quot;%1&quot;: 팀장에게는 담당 팀이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: team %2 does not exist.</source>
        <translation>로그인 ID &quot;%1&quot;: 팀 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: only a team lead leads teams.</source>
        <translation>로그인 ID &quot;%1&quot;: 담당 팀은 팀장만 가질 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another administrator first.</source>
        <translation>%1은(는) 마지막 활성 시스템 관리자입니다. 먼저 다른 시스템 관리자를 지정하세요.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>본인 계정은 비활성화할 수 없습니다.</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: the password needs at least %2 characters.</source>
        <translation>로그인 ID &quot;%1&quot;: 비밀번호는 %2자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; could not be hashed (out of memory).</source>
        <translation>&quot;%1&quot;의 비밀번호를 해시하지 못했습니다(메모리 부족).</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>사용자 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot;: on a team server a login is a server role and keeps its name; add a new user instead.</source>
        <translation>로그인 &quot;%1&quot;: 팀 서버에서 로그인은 서버 역할이라 이름을 바꿀 수 없습니다. 대신 새 사용자를 추가하세요.</translation>
    </message>
</context>
<context>
    <name>qadesk::UserDialog</name>
    <message>
        <source>Only a team lead leads teams.</source>
        <translation>담당 팀은 팀장만 가질 수 있습니다.</translation>
    </message>
    <message>
        <source>Only an agent user is linked to an agent record.</source>
        <translation>상담사 정보에는 상담사 사용자만 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>비밀번호는 %1자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <source>The new user signs in with this login and password.</source>
        <translation>새 사용자는 이 로그인 ID와 비밀번호로 로그인합니다.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 수정</translation>
    </message>
    <message>
        <source>Changes are recorded in the audit log under your login.</source>
        <translation>변경 사항은 내 로그인 ID로 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>%1의 비밀번호 설정</translation>
    </message>
    <message>
        <source>The new password works from the next sign-in; the old one stops working.</source>
        <translation>새 비밀번호는 다음 로그인부터 적용되며, 이전 비밀번호는 더 이상 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>비밀번호 설정</translation>
    </message>
    <message>
        <source>Choose the agent this user is</source>
        <translation>이 사용자에 해당하는 상담사를 선택하세요</translation>
    </message>
</context>
<context>
    <name>qadesk::VersionStatus</name>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시됨</translation>
    </message>
</context>
<context>
    <name>qadesk::WaveformDecoder</name>
    <message>
        <source>The recording %1 is missing.</source>
        <translation>녹취 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The recording %1 cannot be read: it is not a readable file.</source>
        <translation>녹취 파일 %1을(를) 읽을 수 없습니다: 읽을 수 있는 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The recording %1 is empty.</source>
        <translation>녹취 파일 %1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>The recording %1 came out of the decoder in an unexpected format (%2 channels, %3 Hz).</source>
        <translation>녹취 파일 %1이(가) 디코더에서 예상하지 못한 형식으로 나왔습니다(채널 %2개, %3 Hz).</translation>
    </message>
    <message>
        <source>The recording %1 is not audio that QA Desk can read, or it is damaged (%2).</source>
        <translation>녹취 파일 %1은(는) QA Desk가 읽을 수 있는 오디오가 아니거나 손상되었습니다(%2).</translation>
    </message>
    <message>
        <source>The recording %1 could not be decoded: the decoder stopped responding.</source>
        <translation>녹취 파일 %1을(를) 디코딩하지 못했습니다: 디코더가 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>Decoding the recording %1 was cancelled.</source>
        <translation>녹취 파일 %1 디코딩을 취소했습니다.</translation>
    </message>
    <message>
        <source>The recording %1 holds no audio.</source>
        <translation>녹취 파일 %1에 오디오가 없습니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::WaveformView</name>
    <message>
        <source>Click or drag to move the playhead</source>
        <translation>클릭하거나 끌어서 재생 위치 이동</translation>
    </message>
    <message>
        <source>Waveform of the recording</source>
        <translation>녹취 파형</translation>
    </message>
    <message>
        <source>Drawing waveform… %1%</source>
        <translation>파형 그리는 중… %1%</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Agent and customer (mono)</source>
        <translation>상담사와 고객 (모노)</translation>
    </message>
    <message>
        <source>Playhead at %1 of %2</source>
        <translation>재생 위치 %1 / %2</translation>
    </message>
    <message>
        <source>Overtalk: both speaking for %1 (%2–%3)</source>
        <translation>동시 발화: 양쪽이 %1 동안 동시에 말함(%2–%3)</translation>
    </message>
    <message>
        <source>Dead air: both silent for %1 (%2–%3)</source>
        <translation>무음 구간: 양쪽 모두 %1 동안 말하지 않음(%2–%3)</translation>
    </message>
    <message>
        <source>Click to play from its start.</source>
        <translation>클릭하면 해당 구간의 처음부터 재생합니다.</translation>
    </message>
    <message>
        <source>Dead air</source>
        <translation>무음 구간</translation>
    </message>
    <message>
        <source>Overtalk</source>
        <translation>동시 발화</translation>
    </message>
</context>
<context>
    <name>qadesk::WorkspacePush</name>
    <message>
        <source>read the tables of %1</source>
        <translation>%1의 테이블 읽기</translation>
    </message>
    <message>
        <source>The tables of %1 refer to each other in a circle; they cannot be copied in order.</source>
        <translation>%1의 테이블이 서로 순환 참조하므로 순서대로 복사할 수 없습니다.</translation>
    </message>
    <message>
        <source>read the columns of %1 on the server</source>
        <translation>서버에서 %1의 열 읽기</translation>
    </message>
    <message>
        <source>check that %1 is empty</source>
        <translation>%1이(가) 비어 있는지 확인</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 hold rows); server push copies a workspace into an empty database only, so that nothing on the server is overwritten.</source>
        <translation>%1이(가) 비어 있지 않습니다(%2에 행이 있음). 서버의 데이터를 덮어쓰지 않도록 서버 업로드는 작업 공간을 빈 데이터베이스에만 복사합니다.</translation>
    </message>
    <message>
        <source>This build&apos;s PostgreSQL driver gives no connection to copy through.</source>
        <translation>이 빌드의 PostgreSQL 드라이버는 복사에 사용할 연결을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>copy the table %1 to the server</source>
        <translation>테이블 %1을(를) 서버로 복사</translation>
    </message>
    <message>
        <source>The server&apos;s table %1 has no column %2; the server&apos;s schema differs from the file&apos;s.</source>
        <translation>서버의 테이블 %1에 %2 열이 없습니다. 서버의 스키마가 파일의 스키마와 다릅니다.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1 작업을 수행할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1, column %2: &quot;%3&quot; is not a number, and the server&apos;s column holds numbers only.</source>
        <translation>%1, %2 열: &quot;%3&quot;은(는) 숫자가 아니며, 서버의 열에는 숫자만 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>Could not make a temporary folder: %1</source>
        <translation>임시 폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is at schema step %2 and the file at step %3; both must be at this QA Desk&apos;s.</source>
        <translation>%1은(는) 스키마 단계 %2이고 파일은 단계 %3입니다. 둘 다 이 QA Desk의 단계와 같아야 합니다.</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 읽기</translation>
    </message>
    <message>
        <source>copy %1 to %2</source>
        <translation>%1을(를) %2(으)로 복사</translation>
    </message>
    <message>
        <source>%1 holds %2 rows of %3 after the copy, the file %4; nothing was kept.</source>
        <translation>복사 후 %1에 %3의 행이 %2개 있고 파일에는 %4개 있습니다. 아무것도 유지되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3</source>
        <translation>%1을(를) %2(으)로 복사하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>make %1 a team server</source>
        <translation>%1을(를) 팀 서버로 설정</translation>
    </message>
    <message>
        <source>the PostgreSQL server already has roles named %1, and each user of a team server is a role of the whole PostgreSQL server. Give these users other logins in the file, or drop the roles if nobody uses them, and push again.</source>
        <translation>PostgreSQL 서버에 이미 %1 역할이 있습니다. 팀 서버의 각 사용자는 PostgreSQL 서버 전체의 역할입니다. 파일에서 이 사용자들에게 다른 로그인을 주거나, 아무도 쓰지 않는 역할이면 삭제한 뒤 다시 올리세요.</translation>
    </message>
    <message>
        <source>the file has no active administrator %1 to give the password to.</source>
        <translation>파일에 비밀번호를 줄 활성 관리자 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>qadesk::WorkspaceSetup</name>
    <message>
        <source>The centre&apos;s name is empty.</source>
        <translation>센터 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is not an IANA time zone such as Asia/Seoul.</source>
        <translation>시간대 &quot;%1&quot;은(는) Asia/Seoul과 같은 IANA 시간대가 아닙니다.</translation>
    </message>
    <message>
        <source>The target score must be above 0 % and at most 100 %.</source>
        <translation>목표 점수는 0 % 초과 100 % 이하여야 합니다.</translation>
    </message>
    <message>
        <source>The administrator&apos;s display name is empty.</source>
        <translation>시스템 관리자의 표시 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The administrator&apos;s password needs at least %1 characters.</source>
        <translation>시스템 관리자의 비밀번호는 %1자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Scorecard %1 is not part of this QA Desk.</source>
        <translation>평가표 %1은(는) 이 QA Desk에 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1 already exists. A new workspace needs a new file; QA Desk never turns an existing file into a workspace.</source>
        <translation>%1이(가) 이미 있습니다. 새 워크스페이스에는 새 파일이 필요합니다. QA Desk는 기존 파일을 워크스페이스로 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>store the setting %1</source>
        <translation>설정 %1 저장</translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation>%1을(를) 만들지 못했습니다: %2</translation>
    </message>
    <message>
        <source>read the centre&apos;s name</source>
        <translation>센터 이름 읽기</translation>
    </message>
    <message>
        <source>%1 already holds a QA Desk centre; server init sets up an empty database only.</source>
        <translation>%1에는 이미 QA Desk 센터가 있습니다. server init은 빈 데이터베이스만 설정합니다.</translation>
    </message>
    <message>
        <source>%1 was not set up: %2</source>
        <translation>%1을(를) 설정하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>qadesk::XlsxReportWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not write %1: the workbook could not be created.</source>
        <translation>%1에 쓸 수 없습니다: 통합 문서를 만들지 못했습니다.</translation>
    </message>
    <message>
        <source>Generated by QA Desk on %1.</source>
        <translation>%1에 QA Desk에서 생성했습니다.</translation>
    </message>
    <message>
        <source>Period %1 · %2</source>
        <translation>기간 %1 · %2</translation>
    </message>
    <message>
        <source>Could not write %1: Excel refuses the sheet name &quot;%2&quot;.</source>
        <translation>%1에 쓸 수 없습니다: Excel에서 시트 이름 &quot;%2&quot;을(를) 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>내보내기를 취소했습니다. %1을(를) 저장하지 않았습니다.</translation>
    </message>
</context>
</TS>
