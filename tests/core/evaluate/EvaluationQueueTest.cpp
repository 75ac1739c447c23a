#include "TestSupport.h"
#include "evaluate/EvaluationQueue.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace qadesk;

TEST_CASE("the queue lists my assignments first and filters by status, channel and date")
{
    const auto db = test::memoryWorkspace();
    const qint64 first = test::addSampleContact(*db); // a call on 2026-10-05 with a recording
    const Actor eval = test::actorOf(*db, QStringLiteral("eval"));
    const qint64 me = eval.userId;
    const qint64 agent = AgentRepository(*db).findByEmployeeId(QStringLiteral("A001"))->id;
    ContactRepository contacts(*db);
    Contact chat;
    chat.channel = Channel::Chat;
    chat.externalId = QStringLiteral("CHAT-1");
    chat.agentId = agent;
    chat.startedAt = QDateTime(QDate(2026, 10, 20), QTime(1, 0), Qt::UTC);
    chat.id = contacts.add(chat);
    execWith(*db, QStringLiteral("INSERT INTO assignments (contact_id, evaluator_id, due) VALUES (?, ?, '2026-10-25')"),
             { first, me }, QStringLiteral("assign"));

    QueueFilter all;
    all.status = QueueFilter::Status::Any;
    auto rows = EvaluationQueue::rows(*db, eval, all);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].contactId == first); // assigned first, although older
    CHECK(rows[0].assignedToMe);
    CHECK(rows[0].hasRecording);
    CHECK(rows[0].due == QDate(2026, 10, 25));
    CHECK(rows[1].agent == QStringLiteral("김민지"));

    // Another agent's user sees none of these contacts; the agent's own user sees both.
    const qint64 other = AgentRepository(*db).add(Agent { 0, QStringLiteral("B002"), QStringLiteral("이서연"), 0, {}, true });
    CHECK(EvaluationQueue::rows(*db, Actor { 0, QStringLiteral("b002"), {}, Role::Agent, {}, other }, all).isEmpty());
    CHECK(EvaluationQueue::rows(*db, Actor { 0, QStringLiteral("a001"), {}, Role::Agent, {}, agent }, all).size() == 2);

    QueueFilter chats = all;
    chats.channel = Channel::Chat;
    CHECK(EvaluationQueue::rows(*db, eval, chats).size() == 1);
    QueueFilter dated = all;
    dated.from = QDate(2026, 10, 10);
    CHECK(EvaluationQueue::rows(*db, eval, dated).size() == 1);

    // A draft of mine, then a submitted evaluation, move the contact between the lists.
    ScorecardRepository cards(*db);
    const qint64 card = cards.create(Scorecard { 0, QStringLiteral("f") }, test::sampleVersion(), QStringLiteral("t"));
    cards.publish(cards.latestVersion(card)->id, test::managerActor(QStringLiteral("t")));
    EvaluationRepository evaluations(*db);
    Evaluation draft;
    draft.contactId = first;
    draft.scorecardVersionId = cards.latestPublished(card)->id;
    draft.evaluatorId = me;
    draft.id = evaluations.createDraft(draft, QStringLiteral("eval"));
    QueueFilter mine = all;
    mine.status = QueueFilter::Status::MyDraft;
    rows = EvaluationQueue::rows(*db, eval, mine);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].myDraftId == draft.id);
    draft.answers = { Answer { QStringLiteral("greeting"), 0 }, Answer { QStringLiteral("identity"), 0 },
                      Answer { QStringLiteral("accuracy"), 2 } };
    evaluations.saveDraft(draft);
    evaluations.submit(draft.id, QStringLiteral("eval"));
    QueueFilter open;
    CHECK(EvaluationQueue::rows(*db, eval, open).size() == 1); // only the chat is left to evaluate
    QueueFilter done = all;
    done.status = QueueFilter::Status::Submitted;
    CHECK(EvaluationQueue::rows(*db, eval, done).first().submitted == 1);
}

TEST_CASE("the queue filters on stored metrics: dead air, overtalk, reply waits and the first response")
{
    const auto db = test::memoryWorkspace();
    const qint64 sampleCall = test::addSampleContact(*db);
    const Actor eval = test::actorOf(*db, QStringLiteral("eval"));
    const qint64 agent = AgentRepository(*db).findByEmployeeId(QStringLiteral("A001"))->id;
    ContactWriter writer(*db);
    const auto addCall = [&](const QString& externalId, qint64 deadAirMs, qint64 overtalkMs) {
        Contact c;
        c.externalId = externalId;
        c.agentId = agent;
        c.startedAt = QDateTime(QDate(2026, 10, 6), QTime(1, 0), Qt::UTC);
        const qint64 id = writer.insert(c);
        CallAnalysis analysis; // 100 s long
        analysis.durationMs = 100000;
        analysis.deadAir = { { 1000, 1000 + deadAirMs } };
        analysis.overtalk = { { 50000, 50000 + overtalkMs } };
        ConversationMetrics::storeCall(*db, id, analysis);
        return id;
    };
    const qint64 quietCall = addCall(QStringLiteral("CALL-25"), 25000, 4000); // 25 s dead air, 4 % overtalk
    const qint64 busyCall = addCall(QStringLiteral("CALL-10"), 10000, 6000); // 10 s, 6 %
    const auto at = [](int minute, int second) { return QDateTime(QDate(2026, 10, 7), QTime(1, minute, second), Qt::UTC); };
    Contact chat;
    chat.channel = Channel::Chat;
    chat.externalId = QStringLiteral("CHAT-SLOW");
    chat.agentId = agent;
    chat.startedAt = at(0, 0);
    // First response 30 s; then the customer waits 2 min 30 s.
    chat.messages = { { 1, at(0, 0), MessageSender::Customer, {}, QStringLiteral("?") },
                      { 2, at(0, 30), MessageSender::Agent, {}, QStringLiteral("!") },
                      { 3, at(1, 0), MessageSender::Customer, {}, QStringLiteral("?") },
                      { 4, at(3, 30), MessageSender::Agent, {}, QStringLiteral("!") } };
    const qint64 slowChat = writer.insert(chat);

    const auto ids = [&](const MetricsFilter& metrics) {
        QueueFilter filter;
        filter.status = QueueFilter::Status::Any;
        filter.metrics = metrics;
        QList<qint64> found;
        for (const auto& row : EvaluationQueue::rows(*db, eval, filter))
            found << row.contactId;
        std::sort(found.begin(), found.end());
        return found;
    };
    CHECK(ids({}) == QList<qint64> { sampleCall, quietCall, busyCall, slowChat }); // without metrics too
    MetricsFilter deadAir;
    deadAir.deadAirOverMs = 20000;
    CHECK(ids(deadAir) == QList<qint64> { quietCall });
    MetricsFilter overtalk;
    overtalk.overtalkOverShare = 0.05;
    CHECK(ids(overtalk) == QList<qint64> { busyCall });
    MetricsFilter both = deadAir;
    both.overtalkOverShare = 0.05;
    CHECK(ids(both).isEmpty());
    MetricsFilter wait;
    wait.replyWaitOverMs = 120000;
    CHECK(ids(wait) == QList<qint64> { slowChat });
    wait.replyWaitOverMs = 150000; // 2 min 30 s is not over 2 min 30 s
    CHECK(ids(wait).isEmpty());
    MetricsFilter first;
    first.firstResponseOverMs = 20000;
    CHECK(ids(first) == QList<qint64> { slowChat });
    first.firstResponseOverMs = 30000;
    CHECK(ids(first).isEmpty());
}
