#!/usr/bin/env bash
# A centre starts its own workspace from the command line alone: init, people, a CP949 import, sign-in refusals.
# Every step checks the exit code and what the workspace then holds.
set -u
cli=$1
data=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
ws=$dir/centre.qadesk
failures=0
checks=0
# expect CODE DESCRIPTION -- COMMAND…: runs the command, keeps its stdout in $out and stderr in $err.
expect() {
  local code=$1 what=$2
  shift 3
  checks=$((checks + 1))
  out=$("$@" 2>"$dir/err"); local got=$?
  err=$(cat "$dir/err")
  if [ "$got" -ne "$code" ]; then
    echo "FAIL: $what: exit $got, expected $code; stderr: $err"
    failures=$((failures + 1))
  fi
}
contains() { # contains DESCRIPTION TEXT NEEDLE
  checks=$((checks + 1))
  case "$2" in *"$3"*) ;; *) echo "FAIL: $1: no \"$3\" in: $2"; failures=$((failures + 1)) ;; esac
}

expect 0 "init" -- bash -c "echo first-admin | '$cli' init --workspace '$ws' --centre '한빛 고객센터' --time-zone Asia/Seoul --admin admin --admin-name 김관리 --password-stdin"
contains "init names the zone" "$out" '"time_zone": "Asia/Seoul"'
expect 1 "init refuses an existing file" -- bash -c "echo first-admin | '$cli' init --workspace '$ws' --centre X --admin admin --password-stdin"
contains "init says the file exists" "$err" "already exists"

export QADESK_PASSWORD=first-admin
expect 2 "import names who imports" -- "$cli" import "$data/contacts-cp949.csv" --workspace "$ws" --time-zone Asia/Seoul --create-agents
expect 0 "import a CP949 manifest as the admin" -- "$cli" import "$data/contacts-cp949.csv" --workspace "$ws" --user admin --time-zone Asia/Seoul --create-agents
team=$(sqlite3 "$ws" "SELECT name FROM teams ORDER BY id LIMIT 1")
agent=$(sqlite3 "$ws" "SELECT employee_id FROM agents ORDER BY id LIMIT 1")

expect 0 "add an evaluator" -- bash -c "echo evaluator-pass | '$cli' user add --workspace '$ws' --user admin --login yoon --name 윤평가 --role evaluator"
expect 0 "add a lead of the imported team" -- bash -c "echo lead-password | '$cli' user add --workspace '$ws' --user admin --login park --name 박팀장 --role team_lead --team '$team'"
contains "the lead leads the team" "$out" "\"$team\""
expect 0 "add the agent's own user" -- bash -c "echo agent-password | '$cli' user add --workspace '$ws' --user admin --login agent1 --name 상담원 --role agent --agent '$agent'"
expect 2 "an unknown role is a usage error" -- bash -c "echo whatever1 | '$cli' user add --workspace '$ws' --user admin --login x --role boss"

# The evaluator evaluates the imported call C-1001: 85 of 90 points (sections 15/15, 20/25, 25/25 with plain
# language N/A, 15/15 with hold N/A, 10/10).
cat > "$dir/answers.json" <<'JSON'
{"answers": {"greeting": "yes", "identity_check": "yes", "listening": "우수", "empathy": "보통", "courtesy": "yes",
             "needs_identification": "우수", "accuracy": "정확", "plain_language": "na", "resolution": "해결",
             "hold_etiquette": "na", "additional_needs": "yes", "closing": "yes"},
 "comments": {"empathy": "공감 표현이 한 번뿐"}}
JSON
expect 0 "the evaluator evaluates a call" -- env QADESK_PASSWORD=evaluator-pass "$cli" evaluate --workspace "$ws" --user yoon --contact C-1001 --scorecard "인바운드 콜 상담품질 평가표" --answers "$dir/answers.json"
contains "the score is 85 of 90" "$out" '"score": 94.4444'
stored=$(sqlite3 "$ws" "SELECT u.login || ':' || e.status || ':' || printf('%.6f', e.score) FROM evaluations e JOIN users u ON u.id = e.evaluator_id")
contains "the workspace holds the submitted evaluation" "$stored" "yoon:submitted:0.944444"
# The call was on 2026-01-05: dated by the contact, January's agent card counts it in every table.
expect 0 "the agent card by contact date" -- "$cli" report agent --workspace "$ws" --user admin --agent A001 --period 2026-01 --by contact --format csv --out "$dir/card.csv"
contains "the summary counts the call" "$(cat "$dir/card-summary.csv")" "A001,A001,"
contains "the items count it too" "$(cat "$dir/card-items.csv")" "accuracy,"
expect 1 "the same evaluator cannot evaluate it twice" -- env QADESK_PASSWORD=evaluator-pass "$cli" evaluate --workspace "$ws" --user yoon --contact C-1001 --scorecard "인바운드 콜 상담품질 평가표" --answers "$dir/answers.json"
expect 1 "a lead does not evaluate" -- env QADESK_PASSWORD=lead-password "$cli" evaluate --workspace "$ws" --user park --contact C-1001 --scorecard "인바운드 콜 상담품질 평가표" --answers "$dir/answers.json"
contains "the lead is told why" "$err" "Only QA evaluators, managers and administrators evaluate contacts."

# The admin evaluates the other agent's chat (B777, 정하늘), so the centre has two agents with scores in January.
cat > "$dir/chat.json" <<'JSON'
{"answers": {"greeting": "yes", "first_response": "yes", "identity_check": "yes", "reply_wait": "보통",
             "hold_notice": "na", "accuracy": "정확", "resolution": "해결", "empathy": "yes", "spelling": "우수",
             "readability": "yes", "templates": "yes", "closing": "yes"},
 "comments": {"reply_wait": "두 번째 답변이 늦음"}}
JSON
expect 0 "the admin evaluates the other agent's chat" -- "$cli" evaluate --workspace "$ws" --user admin --contact T-2002 --scorecard "채팅 상담품질 평가표" --answers "$dir/chat.json"
# The overview counts evaluations by the month they were submitted: this month.
expect 0 "the admin's overview" -- "$cli" overview --workspace "$ws" --user admin
contains "the admin sees both evaluations" "$out" '"evaluations_done": 2'

# The agent user A001 sees their own records only: overview, trend and report, whatever they ask.
export QADESK_PASSWORD=agent-password
expect 0 "the agent's overview" -- "$cli" overview --workspace "$ws" --user agent1
contains "the agent's overview counts only their evaluation" "$out" '"evaluations_done": 1'
case "$out" in *정하늘*|*B777*) echo "FAIL: the agent's overview names another agent"; failures=$((failures + 1)) ;; esac
expect 0 "the agent's own trend" -- "$cli" trend --workspace "$ws" --user agent1 --from 2026-01-01 --to 2026-01-31
contains "the trend is the agent's" "$out" '"agent": "A001"'
expect 1 "the agent may not read another agent's trend" -- "$cli" trend --workspace "$ws" --user agent1 --agent B777 --from 2026-01-01 --to 2026-01-31
contains "the refusal says why" "$err" "Agents see only their own records."
expect 1 "the agent may not read a team's trend" -- "$cli" trend --workspace "$ws" --user agent1 --team "$team" --from 2026-01-01 --to 2026-01-31
expect 0 "the agent's team report of January" -- "$cli" report team --workspace "$ws" --user agent1 --period 2026-01 --by contact --format csv --out "$dir/agent-team.csv"
agentReport=$(cat "$dir"/agent-team*.csv)
contains "the agent's report has the agent" "$agentReport" "A001"
case "$agentReport" in *정하늘*|*B777*) echo "FAIL: the agent's report names another agent"; failures=$((failures + 1)) ;; esac
checks=$((checks + 2))
expect 0 "the admin's team report of January" -- env QADESK_PASSWORD=first-admin "$cli" report team --workspace "$ws" --user admin --period 2026-01 --by contact --format csv --out "$dir/admin-team.csv"
contains "the admin's report has the other agent" "$(cat "$dir"/admin-team*.csv)" "B777"
expect 1 "the lead of another team may not read A001's card" -- env QADESK_PASSWORD=lead-password "$cli" report agent --workspace "$ws" --user park --agent A001 --period 2026-01 --format csv --out "$dir/x.csv"
export QADESK_PASSWORD=first-admin

# Only a hash is stored.
hash=$(sqlite3 "$ws" "SELECT password_hash FROM users WHERE login = 'yoon'")
contains "the password is an Argon2id hash" "$hash" '$argon2id$'

# The evaluator may not manage people, and a wrong password is refused.
expect 1 "an evaluator cannot list users" -- env QADESK_PASSWORD=evaluator-pass "$cli" user list --workspace "$ws" --user yoon
contains "the refusal says why" "$err" "Only managers and administrators manage people."
expect 1 "a wrong password is refused" -- env QADESK_PASSWORD=nope "$cli" user list --workspace "$ws" --user admin
contains "the refusal is the same for every login" "$err" "Wrong login or password."
expect 0 "the evaluator changes their own password" -- bash -c "printf 'evaluator-pass\nnew-evaluator-pass\n' | '$cli' user passwd --workspace '$ws' --user yoon --password-stdin"
expect 0 "the new password works" -- env QADESK_PASSWORD=new-evaluator-pass "$cli" user passwd --workspace "$ws" --user yoon --password-stdin < <(printf 'new-evaluator-pass\nthird-password\n')

expect 0 "deactivate the agent user" -- "$cli" user deactivate --workspace "$ws" --user admin --login agent1
contains "deactivated, not deleted" "$out" '"active": false'
expect 1 "a deactivated user cannot sign in" -- env QADESK_PASSWORD=agent-password "$cli" user passwd --workspace "$ws" --user agent1 </dev/null
expect 1 "the last admin stays active" -- "$cli" user deactivate --workspace "$ws" --user admin --login admin

audit=$(sqlite3 "$ws" "SELECT actor || ':' || action FROM audit_log WHERE entity = 'user' ORDER BY id" | tr '\n' ' ')
contains "every change to people is audited" "$audit" "admin:add admin:add admin:add admin:add yoon:password yoon:password admin:deactivate"

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
