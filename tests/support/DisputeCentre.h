#pragma once

#include "TestSupport.h"
#include "storage/ContactRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/Aggregates.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"

namespace qadesk::test {

// The centre's wall time on a day of 2026 (test::centreTime).
QDateTime at(int month, int day, int hour = 10, int minute = 0, int second = 0);

// Two evaluators and two published versions of one form: version 2 renames "greeting" and adds "closing".
// Evaluations and disputes are written with the times the test chooses.
class DisputeCentre
{
public:
    DisputeCentre()
        : db(test::memoryWorkspace())
    {
        const qint64 firstContact = test::addSampleContact(*db);
        agent = ContactRepository(*db).find(firstContact)->agentId;
        UserRepository users(*db);
        a = users.findByLogin(QStringLiteral("eval"))->id; // 이수진
        b = users.add(User { 0, QStringLiteral("qa2"), QStringLiteral("정하늘"), Role::Evaluator, 0, true });
        lead = users.add(User { 0, QStringLiteral("lead1"), QStringLiteral("팀장"), Role::TeamLead, 0, true });
        // QA's reviewer: nobody decides a dispute on an evaluation they made.
        reviewer = users.add(User { 0, QStringLiteral("qa3"), QStringLiteral("한검토"), Role::Evaluator, 0, true });
        ScorecardRepository cards(*db);
        const qint64 card
            = cards.create(Scorecard { 0, QStringLiteral("Calls") }, test::sampleVersion(), QStringLiteral("t"));
        cards.publish(cards.latestVersion(card)->id, test::managerActor(QStringLiteral("t")));
        v1 = *cards.latestPublished(card);
        auto draft = *cards.version(cards.newDraft(v1.id, QStringLiteral("t")));
        draft.sections[0].items[0].question = QStringLiteral("첫인사와 소속을 밝혔는가?");
        ScorecardItem closing;
        closing.key = QStringLiteral("closing");
        closing.question = QStringLiteral("끝인사를 했는가?");
        closing.maxPoints = 5;
        closing.options = yesNoOptions(5);
        draft.sections[1].items << closing;
        cards.saveDraft(draft, QStringLiteral("t"));
        cards.publish(draft.id, test::managerActor(QStringLiteral("t")));
        v2 = *cards.version(draft.id);
    }

    qint64 evaluate(qint64 evaluator, const ScorecardVersion& version, const QDateTime& submitted,
                    EvaluationKind kind = EvaluationKind::Regular)
    {
        Contact contact;
        contact.externalId = QStringLiteral("C%1").arg(++m_contacts);
        contact.agentId = agent;
        contact.startedAt = submitted.addDays(-1);
        Evaluation e;
        e.contactId = ContactRepository(*db).add(contact);
        e.scorecardVersionId = version.id;
        e.evaluatorId = evaluator;
        e.agentId = agent;
        e.kind = kind;
        e.status = EvaluationStatus::Submitted;
        e.createdAt = e.submittedAt = submitted;
        for (const auto& section : version.sections) {
            for (const auto& item : section.items)
                e.answers << Answer { item.key, item.key == QStringLiteral("accuracy") ? 2 : 0 };
        }
        e.score = 1.0;
        const qint64 id = EvaluationWriter(*db, version).insert(e);
        Aggregates::refresh(*db, Aggregates::monthsOf(*db, { id })); // as every writer of evaluations does
        return id;
    }

    qint64 dispute(qint64 evaluationId, const QString& itemKey, const QDateTime& raised)
    {
        Dispute d;
        d.evaluationId = evaluationId;
        d.itemKey = itemKey;
        d.raisedBy = lead;
        d.raisedAt = raised;
        d.reason = QStringLiteral("이유");
        return DisputeRepository(*db).raise(d, QStringLiteral("lead1"));
    }

    void uphold(qint64 disputeId, const QDateTime& resolved)
    {
        DisputeRepository(*db).uphold(disputeId, reviewer, QStringLiteral("기준대로"), QStringLiteral("qa3"));
        resolvedAt(disputeId, resolved);
    }

    qint64 overturn(qint64 disputeId, const QDateTime& resolved)
    {
        DisputeRepository disputes(*db);
        auto answers = EvaluationRepository(*db).find(disputes.find(disputeId)->evaluationId)->answers;
        answers[0].optionIndex = 1;
        const qint64 revision
            = disputes.overturn(disputeId, reviewer, answers, QStringLiteral("인정"), QStringLiteral("qa3"));
        resolvedAt(disputeId, resolved);
        return revision;
    }

    std::unique_ptr<Database> db;
    qint64 agent = 0;
    qint64 a = 0;
    qint64 b = 0;
    qint64 lead = 0;
    qint64 reviewer = 0;
    ScorecardVersion v1;
    ScorecardVersion v2;

private:
    void resolvedAt(qint64 disputeId, const QDateTime& when)
    {
        execWith(*db, QStringLiteral("UPDATE disputes SET resolved_at = ? WHERE id = ?"), { dbTime(when), disputeId },
                 QStringLiteral("date the resolution"));
    }

    int m_contacts = 0;
};

// DisputeCentre with a hand-built October 2026, every figure worked out by hand in DisputeStatsTest (and shown by the
// disputes page's rates tab):
//   Evaluator A (이수진): one evaluation in September, eight in October, a calibration that never counts.
//   Evaluator B (정하늘): October 1 00:00:00 and October 31 23:59:59 count, November 1 00:00:00 does not.
//   d0 on a September evaluation, raised Sep 29, upheld Oct 2; d1 (greeting) raised Oct 3, overturned Oct 15 (r1);
//   d2 (whole evaluation) raised Oct 6, upheld Oct 7; d3 (accuracy) on the September one, raised Oct 12, open;
//   d4 (identity) on B's Oct 1, raised Oct 4, overturned Nov 2; d5 (closing, version 2) raised Oct 25, upheld Oct 26;
//   d7 (accuracy) on A's revision r1, raised Oct 20, open.
class DisputeOctober : public DisputeCentre
{
public:
    DisputeOctober();
};

} // namespace qadesk::test
