#include "TestSupport.h"
#include "disputes/DisputeStats.h"
#include "storage/ContactRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

QDateTime at(int month, int day, int hour = 10, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute, second)); // local time: TZ=UTC in CTest
}

// Two evaluators and two published versions of one form: version 2 renames "greeting" and adds "closing".
// Evaluations and disputes are written with the times the test chooses.
class Centre {
public:
    Centre()
        : db(test::memoryWorkspace())
    {
        const qint64 firstContact = test::addSampleContact(*db);
        agent = ContactRepository(*db).find(firstContact)->agentId;
        UserRepository users(*db);
        a = users.findByLogin(QStringLiteral("eval"))->id; // 이수진
        b = users.add(User { 0, QStringLiteral("qa2"), QStringLiteral("정하늘"), Role::Evaluator, 0, true });
        lead = users.add(User { 0, QStringLiteral("lead1"), QStringLiteral("팀장"), Role::TeamLead, 0, true });
        ScorecardRepository cards(*db);
        const qint64 card = cards.create(Scorecard { 0, QStringLiteral("Calls") }, test::sampleVersion(), QStringLiteral("t"));
        cards.publish(cards.latestVersion(card)->id, QStringLiteral("t"));
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
        cards.publish(draft.id, QStringLiteral("t"));
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
        return EvaluationWriter(*db, version).insert(e);
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
        DisputeRepository(*db).uphold(disputeId, a, QStringLiteral("기준대로"), QStringLiteral("eval"));
        resolvedAt(disputeId, resolved);
    }

    qint64 overturn(qint64 disputeId, const QDateTime& resolved)
    {
        DisputeRepository disputes(*db);
        auto answers = EvaluationRepository(*db).find(disputes.find(disputeId)->evaluationId)->answers;
        answers[0].optionIndex = 1;
        const qint64 revision = disputes.overturn(disputeId, a, answers, QStringLiteral("인정"), QStringLiteral("eval"));
        resolvedAt(disputeId, resolved);
        // The revision is submitted when the dispute is resolved, inside the period: it must still not count.
        execWith(*db, QStringLiteral("UPDATE evaluations SET submitted_at = ? WHERE id = ?"), { dbTime(resolved), revision },
                 QStringLiteral("date the revision"));
        return revision;
    }

    std::unique_ptr<Database> db;
    qint64 agent = 0;
    qint64 a = 0;
    qint64 b = 0;
    qint64 lead = 0;
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

} // namespace

TEST_CASE("dispute and overturn rates by evaluator and by item count what happened in the period")
{
    Centre centre;
    const ScorecardVersion& v1 = centre.v1;
    const ScorecardVersion& v2 = centre.v2;
    // Evaluator A (이수진): one evaluation in September, eight in October, a calibration that never counts.
    const qint64 e0 = centre.evaluate(centre.a, v1, at(9, 28));
    const qint64 e1 = centre.evaluate(centre.a, v1, at(10, 2));
    const qint64 e2 = centre.evaluate(centre.a, v1, at(10, 5));
    const qint64 e3 = centre.evaluate(centre.a, v2, at(10, 10));
    centre.evaluate(centre.a, v2, at(10, 20));
    for (int day : { 11, 12, 13, 14 })
        centre.evaluate(centre.a, v1, at(10, day));
    centre.evaluate(centre.a, v1, at(10, 15), EvaluationKind::Calibration);
    // Evaluator B (정하늘): the first and the last second of October count, November's first does not.
    const qint64 f1 = centre.evaluate(centre.b, v1, at(10, 1, 0, 0, 0));
    centre.evaluate(centre.b, v2, at(10, 31, 23, 59, 59));
    centre.evaluate(centre.b, v1, at(11, 1, 0, 0, 0));

    const qint64 d0 = centre.dispute(e0, QStringLiteral("greeting"), at(9, 29)); // raised in September
    centre.uphold(d0, at(10, 2)); // resolved in October
    const qint64 d1 = centre.dispute(e1, QStringLiteral("greeting"), at(10, 3));
    const qint64 r1 = centre.overturn(d1, at(10, 15));
    const qint64 d2 = centre.dispute(e2, QString(), at(10, 6)); // the whole evaluation
    centre.uphold(d2, at(10, 7));
    centre.dispute(e0, QStringLiteral("accuracy"), at(10, 12)); // stays open
    const qint64 d4 = centre.dispute(f1, QStringLiteral("identity"), at(10, 4));
    centre.overturn(d4, at(11, 2)); // resolved after the period
    const qint64 d5 = centre.dispute(e3, QStringLiteral("closing"), at(10, 25));
    centre.uphold(d5, at(10, 26));
    centre.dispute(r1, QStringLiteral("accuracy"), at(10, 20)); // on A's revision: counts against A

    const QDate from(2026, 10, 1);
    const QDate to(2026, 10, 31);

    SECTION("per evaluator")
    {
        const auto rows = DisputeStats::perEvaluator(*centre.db, from, to);
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].evaluatorId == centre.a);
        CHECK(rows[0].evaluator == QStringLiteral("이수진"));
        // 8 October evaluations (not e0, the calibration or the revision); d1, d2, d3, d5 and the revision's d7
        // raised; d0, d1, d2, d5 resolved, d1 overturned.
        CHECK(rows[0].counts.evaluations == 8);
        CHECK(rows[0].counts.disputes == 5);
        CHECK(*rows[0].counts.disputeRate == Approx(5.0 / 8.0));
        CHECK(rows[0].counts.resolved == 4);
        CHECK(rows[0].counts.overturned == 1);
        CHECK(*rows[0].counts.overturnRate == Approx(0.25));
        CHECK(rows[1].evaluatorId == centre.b);
        CHECK(rows[1].counts == DisputeCounts { 2, 1, 0.5, 0, 0, std::nullopt });
    }

    SECTION("per item, each out of the evaluations whose form has it")
    {
        const auto rows = DisputeStats::perItem(*centre.db, from, to);
        REQUIRE(rows.size() == 5);
        // 10 October evaluations: A's six on version 1 and two on version 2, B's one on each.
        CHECK(rows[0].itemKey.isEmpty());
        CHECK(rows[0].question.isEmpty());
        CHECK(rows[0].counts == DisputeCounts { 10, 1, 0.1, 1, 0, 0.0 }); // d2
        CHECK(rows[1].itemKey == QStringLiteral("accuracy"));
        CHECK(rows[1].counts == DisputeCounts { 10, 2, 0.2, 0, 0, std::nullopt }); // d3, d7 open
        CHECK(rows[2].itemKey == QStringLiteral("closing"));
        CHECK(rows[2].question == QStringLiteral("끝인사를 했는가?"));
        CHECK(rows[2].counts.evaluations == 3); // version 2 only
        CHECK(rows[2].counts.disputes == 1);
        CHECK(*rows[2].counts.disputeRate == Approx(1.0 / 3.0));
        CHECK(rows[2].counts.resolved == 1);
        CHECK(*rows[2].counts.overturnRate == 0.0);
        CHECK(rows[3].itemKey == QStringLiteral("greeting"));
        CHECK(rows[3].question == QStringLiteral("첫인사와 소속을 밝혔는가?")); // the newest version's words
        CHECK(rows[3].counts == DisputeCounts { 10, 1, 0.1, 2, 1, 0.5 }); // d1 raised; d0 and d1 resolved
        CHECK(rows[4].itemKey == QStringLiteral("identity"));
        CHECK(rows[4].counts == DisputeCounts { 10, 1, 0.1, 0, 0, std::nullopt }); // d4, resolved in November
    }

    SECTION("another period")
    {
        const auto september = DisputeStats::perEvaluator(*centre.db, QDate(2026, 9, 1), QDate(2026, 9, 30));
        REQUIRE(september.size() == 1);
        CHECK(september[0].counts == DisputeCounts { 1, 1, 1.0, 0, 0, std::nullopt });
        const auto november = DisputeStats::perEvaluator(*centre.db, QDate(2026, 11, 1), QDate(2026, 11, 30));
        REQUIRE(november.size() == 1);
        CHECK(november[0].evaluatorId == centre.b);
        CHECK(november[0].counts == DisputeCounts { 1, 0, 0.0, 1, 1, 1.0 });
        CHECK(DisputeStats::perItem(*centre.db, QDate(2026, 8, 1), QDate(2026, 8, 31)).isEmpty());
    }
}
