#include "calibration/EvaluatorQuality.h"

#include "CalibrationFixture.h"
#include "TestSupport.h"
#include "reports/ReportBuilder.h"
#include "storage/Aggregates.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <cmath>

using namespace qadesk;

namespace {

// Two sessions with the same three scorings (totals 22/22, 11/22 and 21/22 of the sample form: see
// CalibrationServiceTest): in October with 박서연 as the reference, in November on the consensus. Each scoring took
// 50 minutes, which productivity must not see.
struct History : test::CalibrationFixture
{
    History()
    {
        for (const auto& [day, reference] :
             { std::pair { QDate(2026, 10, 20), park.userId }, std::pair { QDate(2026, 11, 18), qint64(0) } }) {
            const qint64 id = create(reference, nullptr, day, day.toString(Qt::ISODate));
            score(id, kim, 0, 2, 3000);
            score(id, lee, 1, 1, 3000);
            score(id, park, 0, 1, 3000);
        }
    }
};

} // namespace

TEST_CASE("Leniency, drift, agreement with the target and the lowest-agreement items, by hand", "[calibration]")
{
    History h;
    const EvaluatorQuality q = EvaluatorQuality::analyse(*h.db, QDate(2026, 9, 1), QDate(2026, 11, 30));
    REQUIRE(q.reveals.size() == 2);
    REQUIRE(q.evaluators.size() == 3); // by name: 박서연, 이도윤, 이수진
    const EvaluatorCalibration& park = q.evaluators[0];
    const EvaluatorCalibration& lee = q.evaluators[1];
    const EvaluatorCalibration& kim = q.evaluators[2];
    CHECK(kim.name == QStringLiteral("이수진"));
    // October against the reference (21/22): Kim +1, Lee −10; November against the mean (18/22): Kim +4, Lee −7,
    // Park +3 (22nds). Park is October's yardstick, so only November counts for her.
    CHECK(kim.sessions == 2);
    CHECK(*kim.meanDeviation == Approx(2.5 / 22));
    CHECK(*lee.meanDeviation == Approx(-8.5 / 22));
    CHECK(park.sessions == 1);
    CHECK(*park.meanDeviation == Approx(3.0 / 22));
    REQUIRE(kim.months.size() == 2);
    CHECK(kim.months[0].month == QDate(2026, 10, 1));
    CHECK(kim.months[0].meanDeviation == Approx(1.0 / 22));
    CHECK(kim.months[1].meanDeviation == Approx(4.0 / 22));
    CHECK_FALSE(kim.drifting); // two points break no control rule
    // Targets: October the reference's choices (yes, yes, 보통), November the most common (yes, yes, 보통).
    // Kim misses accuracy twice, Lee greeting twice: 4 of 6 each; Park matches all 3 of November's.
    CHECK(kim.matchedItems == 4);
    CHECK(kim.targetItems == 6);
    CHECK(*lee.agreement() == Approx(4.0 / 6));
    CHECK(*park.agreement() == Approx(1.0));

    // Per item: greeting and accuracy agree in 1 pair of 3 in both sessions, identity always.
    REQUIRE(q.items.size() == 3);
    CHECK(q.items[0].itemKey == QStringLiteral("accuracy"));
    CHECK(q.items[0].meanAgreement == Approx(1.0 / 3));
    CHECK(q.items[0].disagreements == 2);
    CHECK(q.items[1].itemKey == QStringLiteral("greeting"));
    CHECK(q.items[2].itemKey == QStringLiteral("identity"));
    CHECK(q.items[2].meanAgreement == Approx(1.0));

    REQUIRE(q.months.size() == 2);
    CHECK(q.months[1].month == QDate(2026, 11, 1));
    CHECK(q.months[1].meanAgreement == Approx((1.0 / 3 + 1 + 1.0 / 3) / 3));
    CHECK(q.months[1].meanSpread == Approx(std::sqrt(37.0) / 22));
    CHECK(*q.months[1].alpha == Approx(7.0 / 23)); // one session: as in its reveal (CalibrationServiceTest)

    // A period without the October session sees only November.
    CHECK(EvaluatorQuality::analyse(*h.db, QDate(2026, 11, 1), QDate(2026, 11, 30)).reveals.size() == 1);
}

TEST_CASE("Productivity counts regular evaluations per working day and the median minutes, never calibration",
          "[calibration]")
{
    History h;
    const Actor kim = h.kim;
    for (const int seconds : { 600, 900, 0 }) // the last one's time was not recorded
        h.regular(kim, QStringLiteral("CALL-%1").arg(seconds + 1), seconds);
    // November 2026 has 21 weekdays (it starts on a Sunday: 4 Saturdays and 5 Sundays).
    const auto rows = EvaluatorQuality::productivity(*h.db, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].evaluatorId == kim.userId);
    CHECK(rows[0].evaluations == 3);
    CHECK(rows[0].workingDays == 21);
    CHECK(rows[0].perWorkingDay == Approx(3.0 / 21));
    CHECK(*rows[0].medianMinutes == Approx(12.5)); // median of 10 and 15 minutes
}

TEST_CASE("The calibration report and the evaluator report's calibration columns", "[calibration]")
{
    History h;
    QString error;
    const auto report = ReportBuilder::build(
        *h.db, h.manager, ReportRequest { QStringLiteral("calibration"), QDate(2026, 10, 1), QDate(2026, 11, 30), {}, {} }, {},
        &error);
    INFO(error.toStdString());
    REQUIRE(report);
    const ReportTable* sessions = report->table(QStringLiteral("sessions"));
    REQUIRE(sessions);
    REQUIRE(sessions->rows.size() == 2);
    CHECK(sessions->rows[0][sessions->column(QStringLiteral("Date"))].toDate() == QDate(2026, 10, 20));
    CHECK(sessions->rows[0][sessions->column(QStringLiteral("Standard deviation (points)"))].toDouble()
          == Approx(std::sqrt(37.0) / 22 * 100));
    CHECK(sessions->rows[0][sessions->column(QStringLiteral("Fleiss' kappa"))].toDouble() == Approx(5.0 / 23));
    const ReportTable* evaluators = report->table(QStringLiteral("evaluators"));
    REQUIRE(evaluators);
    REQUIRE(evaluators->rows.size() == 3);
    CHECK(evaluators->rows[2][0].toString() == QStringLiteral("이수진"));
    CHECK(evaluators->rows[2][evaluators->column(QStringLiteral("Deviation (points)"))].toDouble()
          == Approx(250.0 / 22));
    const ReportTable* items = report->table(QStringLiteral("items"));
    REQUIRE(items);
    CHECK(items->rows[0][0].toString() == QStringLiteral("정확한 정보를 안내했는가?")); // accuracy, 1/3
    REQUIRE(report->table(QStringLiteral("months"))->chart);

    // The evaluator report lists who evaluated agents: one regular evaluation gives Kim her row.
    h.regular(h.kim, QStringLiteral("CALL-0009"));
    const auto evaluatorReport = ReportBuilder::build(
        *h.db, h.manager, ReportRequest { QStringLiteral("evaluators"), QDate(2026, 10, 1), QDate(2026, 11, 30), {}, {} }, {},
        &error);
    REQUIRE(evaluatorReport);
    const ReportTable* table = evaluatorReport->table(QStringLiteral("evaluators"));
    REQUIRE(table);
    REQUIRE(table->rows.size() == 1); // calibration scorings are not evaluations of agents
    CHECK(table->rows[0][table->column(QStringLiteral("Evaluations"))].toInt() == 1);
    CHECK(table->rows[0][table->column(QStringLiteral("Calibration agreement"))].toDouble() == Approx(4.0 / 6));
    CHECK(table->rows[0][table->column(QStringLiteral("Calibration deviation (points)"))].toDouble()
          == Approx(250.0 / 22));
    CHECK(table->rows[0][table->column(QStringLiteral("Drift"))].toString() == QStringLiteral("steady"));
}

TEST_CASE("Leniency among peers compares scores of the same agent in the same month", "[calibration]")
{
    History h;
    // The sample agent in November: Kim gives 22/22 twice, Lee 11/22 once (greeting no, accuracy 보통); Park
    // evaluates nobody. Kim: each 22/22 − 11/22 = +0.5; Lee: 11/22 − mean(22/22, 22/22) = −0.5. Calibration scorings
    // (the History sessions) do not count.
    h.regular(h.kim, QStringLiteral("CALL-0101"));
    h.regular(h.kim, QStringLiteral("CALL-0102"));
    h.regular(h.lee, QStringLiteral("CALL-0103"), 0, 1, 1);
    auto rows = EvaluatorQuality::peerDeviation(*h.db, QDate(2026, 11, 1), QDate(2026, 11, 30));
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.evaluatorId < b.evaluatorId; });
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].evaluatorId == h.kim.userId);
    CHECK(rows[0].evaluations == 2);
    CHECK(rows[0].meanDeviation == Approx(0.5));
    CHECK(rows[1].evaluatorId == h.lee.userId);
    CHECK(rows[1].meanDeviation == Approx(-0.5));
    CHECK(EvaluatorQuality::peerDeviation(*h.db, QDate(2026, 10, 1), QDate(2026, 10, 31)).isEmpty());

    QString error;
    const auto report = ReportBuilder::build(
        *h.db, h.manager, ReportRequest { QStringLiteral("calibration"), QDate(2026, 11, 1), QDate(2026, 11, 30), {}, {} }, {},
        &error);
    REQUIRE(report);
    const ReportTable* evaluators = report->table(QStringLiteral("evaluators"));
    const int peers = evaluators->column(QStringLiteral("Deviation from peers (points)"));
    REQUIRE(peers >= 0);
    for (const auto& row : evaluators->rows) {
        if (row[0].toString() == h.kim.displayName)
            CHECK(row[peers].toDouble() == Approx(50.0));
        if (row[0].toString() == h.park.displayName)
            CHECK(row[peers].isNull());
    }
}

namespace {

// Regular evaluations written with chosen scores, seconds and local submission times (Asia/Seoul, UTC+9): agents A and
// B, evaluators QA, QB and QC.
struct PeerMonths : test::EvaluatedWorkspace
{
    qint64 qa = evaluator;
    qint64 qb = UserRepository(*db).add(User { 0, QStringLiteral("qb"), QStringLiteral("QB"), Role::Evaluator });
    qint64 qc = UserRepository(*db).add(User { 0, QStringLiteral("qc"), QStringLiteral("QC"), Role::Evaluator });

    void add(qint64 evaluatorId, const QString& agentName, const QDateTime& submitted, double score, int seconds)
    {
        Evaluation e;
        const Contact contact = this->contact(agentName, QStringLiteral("Alpha"), submitted.date());
        e.contactId = contact.id;
        e.scorecardVersionId = version.id;
        e.evaluatorId = evaluatorId;
        e.agentId = contact.agentId;
        e.teamId = teams.value(QStringLiteral("Alpha"));
        e.status = EvaluationStatus::Submitted;
        e.createdAt = e.submittedAt = submitted;
        e.score = e.rawScore = score;
        e.secondsSpent = seconds;
        const qint64 id = EvaluationWriter(*db, version).insert(e);
        Aggregates::refresh(*db, Aggregates::monthsOf(*db, { id })); // as every writer of evaluations does
    }

    PeerMonths()
    {
        const QTime noon(12, 0);
        add(qa, QStringLiteral("A"), test::centreTime(QDate(2026, 10, 10), noon), 0.9, 600);
        add(qa, QStringLiteral("A"), test::centreTime(QDate(2026, 10, 25), noon), 1.0, 900);
        add(qb, QStringLiteral("A"), test::centreTime(QDate(2026, 10, 20), noon), 0.7, 300);
        // 00:30 on 1 November in Seoul is 15:30 on 31 October in UTC: a month of UTC would put it in October.
        add(qb, QStringLiteral("A"), test::centreTime(QDate(2026, 11, 1), QTime(0, 30)), 0.5, 600);
        add(qa, QStringLiteral("A"), test::centreTime(QDate(2026, 11, 15), noon), 0.8, 0); // time not recorded
        add(qc, QStringLiteral("A"), test::centreTime(QDate(2026, 11, 20), noon), 0.2, 0);
        add(qa, QStringLiteral("B"), test::centreTime(QDate(2026, 11, 3), noon), 0.6, 900);
        add(qa, QStringLiteral("B"), test::centreTime(QDate(2026, 11, 4), noon), 0.4, 1200);
        add(qb, QStringLiteral("B"), test::centreTime(QDate(2026, 10, 5), noon), 1.0, 420);
        // Outside 1 October to 30 November in Seoul, though inside it in UTC.
        add(qc, QStringLiteral("A"), test::centreTime(QDate(2026, 12, 1), QTime(0, 10)), 0.0, 60);
        add(qc, QStringLiteral("B"), test::centreTime(QDate(2026, 12, 1), QTime(8, 59)), 0.0, 60);
    }
};

} // namespace

TEST_CASE("Leniency among peers and productivity group by the workspace's months, by hand", "[calibration]")
{
    PeerMonths w;
    // Agent A, October: QA 0.9 and 1.0, QB 0.7. QA (0.9 − 0.7) + (1.0 − 0.7) = +0.5; QB 0.7 − 0.95 = −0.25.
    // Agent A, November: QB 0.5, QA 0.8, QC 0.2. QA 0.8 − 0.35 = +0.45; QB 0.5 − 0.5 = 0; QC 0.2 − 0.65 = −0.45.
    // Agent B: QB alone in October, QA alone (twice) in November: no peers, no comparison.
    auto rows = EvaluatorQuality::peerDeviation(*w.db, QDate(2026, 10, 1), QDate(2026, 11, 30));
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.evaluatorId < b.evaluatorId; });
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].evaluatorId == w.qa);
    CHECK(rows[0].evaluations == 3);
    CHECK(rows[0].meanDeviation == Approx(0.95 / 3));
    CHECK(rows[1].evaluatorId == w.qb);
    CHECK(rows[1].evaluations == 2);
    CHECK(rows[1].meanDeviation == Approx(-0.125));
    CHECK(rows[2].evaluatorId == w.qc);
    CHECK(rows[2].evaluations == 1);
    CHECK(rows[2].meanDeviation == Approx(-0.45));
    // November alone: A's three evaluators only.
    rows = EvaluatorQuality::peerDeviation(*w.db, QDate(2026, 11, 1), QDate(2026, 11, 30));
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.evaluatorId < b.evaluatorId; });
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].evaluations == 1);
    CHECK(rows[0].meanDeviation == Approx(0.45));
    CHECK(rows[1].meanDeviation == Approx(0.0).margin(1e-12));
    CHECK(rows[2].meanDeviation == Approx(-0.45));
    // Whole months are read from their kept cells; a period ending mid-month is counted from the evaluations. To 15
    // November: A's November has QB 0.5 and QA 0.8 (QC's is the 20th): QA +0.3, QB −0.3, beside October's.
    rows = EvaluatorQuality::peerDeviation(*w.db, QDate(2026, 10, 1), QDate(2026, 11, 15));
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.evaluatorId < b.evaluatorId; });
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].evaluatorId == w.qa);
    CHECK(rows[0].evaluations == 3);
    CHECK(rows[0].meanDeviation == Approx(0.8 / 3));
    CHECK(rows[1].evaluatorId == w.qb);
    CHECK(rows[1].evaluations == 2);
    CHECK(rows[1].meanDeviation == Approx(-0.275));

    // Seconds: QA 600, 900, 900, 1200 and one not recorded: median (900 + 900) / 2 = 15 minutes; QB 300, 420, 600:
    // 7 minutes; QC's one evaluation in the period has no time. 1 October to 30 November 2026: 22 + 21 weekdays.
    const auto productivity = EvaluatorQuality::productivity(*w.db, QDate(2026, 10, 1), QDate(2026, 11, 30));
    REQUIRE(productivity.size() == 3); // by name: QA, QB, QC
    CHECK(productivity[0].evaluatorId == w.qa);
    CHECK(productivity[0].evaluations == 5);
    CHECK(productivity[0].workingDays == 43);
    CHECK(productivity[0].perWorkingDay == Approx(5.0 / 43));
    CHECK(*productivity[0].medianMinutes == Approx(15.0));
    CHECK(productivity[1].evaluatorId == w.qb);
    CHECK(productivity[1].evaluations == 3);
    CHECK(*productivity[1].medianMinutes == Approx(7.0));
    CHECK(productivity[2].evaluatorId == w.qc);
    CHECK(productivity[2].evaluations == 1);
    CHECK_FALSE(productivity[2].medianMinutes);
    // QB in October: 300 and 420 seconds, an even count: the mean of the two, 6 minutes.
    const auto october = EvaluatorQuality::productivity(*w.db, QDate(2026, 10, 1), QDate(2026, 10, 31));
    REQUIRE(october.size() == 2);
    CHECK(*october[1].medianMinutes == Approx(6.0));
}
