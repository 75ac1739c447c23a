<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
</context>
<context>
    <name>Overview</name>
    <message numerus="yes">
        <source>%n critical failure(s)</source>
        <translation>
            <numerusform>치명 항목 위반 %n건</numerusform></translation>
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
        <source>"%1" is not an option of this item (%2)</source>
        <translation>"%1"은(는) 이 항목의 선택지가 아닙니다(%2)</translation>
    </message>
    <message>
        <source>has no answer</source>
        <translation>답변이 없습니다</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationRepository</name>
    <message>
        <source>Calibration session %1 does not exist.</source>
        <translation>캘리브레이션 세션 %1이(가) 없습니다.</translation>
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
</context>
<context>
    <name>qadesk::CoachingRepository</name>
    <message>
        <source>Coaching session %1 does not exist.</source>
        <translation>코칭 세션 %1이(가) 없습니다.</translation>
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
        <source>Could not connect to the team server %1: %2</source>
        <translation>팀 서버 %1에 연결하지 못했습니다: %2</translation>
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
        <source>Evaluation %1 has no item "%2" to dispute.</source>
        <translation>평가 %1에는 이의를 제기할 항목 "%2"이(가) 없습니다.</translation>
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
        <source>Dispute %1 is already resolved.</source>
        <translation>이의 제기 %1은(는) 이미 처리되었습니다.</translation>
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
        <source>Evaluation %1 answers item "%2", which version %3 of its scorecard does not have.</source>
        <translation>평가 %1이(가) 답한 항목 "%2"은(는) 평가표 버전 %3에 없습니다.</translation>
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
        <source>calibration hours per QA (%1) take all of a QA person's productive hours (%2).</source>
        <translation>QA 1인당 캘리브레이션 시간(%1)이 실제 가용 시간(%2)을 모두 차지합니다.</translation>
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
        <source>No users yet</source>
        <translation>사용자 없음</translation>
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
            <numerusform>워크스페이스: %1  ·  상담사 %n명</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n evaluation(s)</source>
        <translation>
            <numerusform>  ·  평가 %n건</numerusform></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>새 워크스페이스</translation>
    </message>
    <message>
        <source>QA Desk workspaces (*.qadesk)</source>
        <translation>QA Desk 워크스페이스 (*.qadesk)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1이(가) 이미 있습니다. 그 파일을 열거나 다른 이름을 고르세요.</translation>
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
        <extracomment>Date format of the month shown on the overview (Qt date format): "November 2026", "2026년 11월".</extracomment>
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
        <source>An agent's contacts this month (0 if unknown or very many). A small population lowers the number needed.</source>
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
        <source>Standard deviation of scores; filled in from this workspace's last three months.</source>
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
        <source>Saved "%1": its %2 assignments are in the evaluators' queues.</source>
        <translation>"%1"을(를) 저장했습니다. 배정 %2건이 평가자 대기열에 들어갔습니다.</translation>
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
        <source>Yamane's formula needs the population size (more than 0).</source>
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
        <source>size: must be fixed or statistical, not "%1"</source>
        <translation>size: fixed 또는 statistical이어야 합니다(현재 "%1")</translation>
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
        <source>Published versions are frozen. Use "Edit as new draft" to change the form.</source>
        <translation>게시된 버전은 바꿀 수 없습니다. "새 초안으로 수정"으로 평가표를 변경하세요.</translation>
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
        <source>Created "%1" as a draft.</source>
        <translation>"%1"을(를) 초안으로 만들었습니다.</translation>
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
            <numerusform>게시하지 않았습니다: 점검 %n건 실패 — 오른쪽 목록을 확인하세요.</numerusform></translation>
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
        <source>Section "%1" added.</source>
        <translation>섹션 "%1" 추가.</translation>
    </message>
    <message>
        <source>Section "%1" removed.</source>
        <translation>섹션 "%1" 삭제.</translation>
    </message>
    <message>
        <source>Section "%1" re-weighted: %2 → %3.</source>
        <translation>섹션 "%1" 가중치 변경: %2 → %3.</translation>
    </message>
    <message>
        <source>Item "%1" added to "%2": %3</source>
        <translation>항목 "%1"을(를) "%2"에 추가: %3</translation>
    </message>
    <message>
        <source>Item "%1" removed from "%2".</source>
        <translation>항목 "%1"을(를) "%2"에서 삭제.</translation>
    </message>
    <message>
        <source>Item "%1" reworded: "%2" → "%3".</source>
        <translation>항목 "%1" 문구 변경: "%2" → "%3".</translation>
    </message>
    <message>
        <source>Item "%1" re-scored: %2 → %3.</source>
        <translation>항목 "%1" 배점 변경: %2 → %3.</translation>
    </message>
    <message>
        <source>Item "%1" moved from "%2" to "%3".</source>
        <translation>항목 "%1"을(를) "%2"에서 "%3"(으)로 이동.</translation>
    </message>
    <message>
        <source>Item "%1" rules changed: %2 → %3.</source>
        <translation>항목 "%1" 규칙 변경: %2 → %3.</translation>
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
        <source>must be "%1"</source>
        <translation>"%1"이어야 합니다</translation>
    </message>
    <message>
        <source>this QA Desk reads version %1 (the file is version %2)</source>
        <translation>이 QA Desk는 버전 %1을 읽습니다(파일은 버전 %2)</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 읽을 수 없습니다(%2)</translation>
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
        <source>section "%1"</source>
        <translation>섹션 "%1"</translation>
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
        <source>The weight of the %1 must be 0 or more, not %2.</source>
        <translation>%1의 가중치는 0 이상이어야 합니다(현재 %2).</translation>
    </message>
    <message>
        <source>item %1 of the %2</source>
        <translation>%2의 %1번째 항목</translation>
    </message>
    <message>
        <source>item "%1" in the %2</source>
        <translation>%2의 항목 "%1"</translation>
    </message>
    <message>
        <source>The %1 needs a key.</source>
        <translation>%1에 키가 필요합니다.</translation>
    </message>
    <message>
        <source>The key "%1" is used twice (also at %2); keys must be unique.</source>
        <translation>키 "%1"이(가) 두 번 쓰였습니다(%2에도 있음). 키는 고유해야 합니다.</translation>
    </message>
    <message>
        <source>The %1 needs a question.</source>
        <translation>%1에 질문이 필요합니다.</translation>
    </message>
    <message>
        <source>The max points of the %1 must be &gt; 0, not %2.</source>
        <translation>%1의 배점은 0보다 커야 합니다(현재 %2).</translation>
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
        <source>Option "%1" of the %2 gives %3 points; it must be within 0..%4.</source>
        <translation>%2의 선택지 "%1"의 점수 %3점은 0..%4 범위여야 합니다.</translation>
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
        <source>waited %1 s</source>
        <translation>%1초 대기</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>메시지 %n개</numerusform></translation>
    </message>
    <message>
        <source>; longest wait for a reply %1 s; %2 wait(s) over a minute</source>
        <translation>; 최장 응답 대기 %1초; 1분 넘는 대기 %2회</translation>
    </message>
</context>
</TS>