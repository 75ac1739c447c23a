#include "calibration/CalibrationService.h"
#include "calibration/EvaluatorQuality.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <tuple>

using namespace qadesk;

namespace {

// Two sessions on the sample contact with the same three scorings (totals 22/22, 11/22 and 21/22 of the sample
// form: see CalibrationServiceTest): in October with 박서연 as the reference, in November on the consensus.
struct History {
    std::unique_ptr<Database> db = test::memoryWorkspace();
    qint64 contactId = test::addSampleContact(*db);
    qint64 versionId = 0;
    QHash<QString, Actor> people;

    History()
    {
        ScorecardRepository cards(*db);
        const qint64 card = cards.create(Scorecard { 0, QStringLiteral("콜 평가표"), {}, Channel::Call, false },
                                         test::sampleVersion(), QStringLiteral("admin"));
        versionId = cards.latestVersion(card)->id;
        cards.publish(versionId, QStringLiteral("admin"));
        UserRepository users(*db);
        users.add(User { 0, QStringLiteral("lee"), QStringLiteral("이도윤"), Role::Evaluator, 0, true });
        users.add(User { 0, QStringLiteral("park"), QStringLiteral("박서연"), Role::Evaluator, 0, true });
        users.add(User { 0, QStringLiteral("boss"), QStringLiteral("최센터장"), Role::Manager, 0, true });
        for (const char* login : { "eval", "lee", "park", "boss" })
            people.insert(QString::fromLatin1(login), test::actorOf(*db, QString::fromLatin1(login)));
        session(QDate(2026, 10, 20), people.value(QStringLiteral("park")).userId);
        session(QDate(2026, 11, 18), 0);
    }

    void session(const QDate& day, qint64 reference)
    {
        CalibrationPlan plan;
        plan.title = day.toString(Qt::ISODate);
        plan.contactId = contactId;
        plan.scorecardVersionId = versionId;
        plan.participantIds = { people.value(QStringLiteral("eval")).userId, people.value(QStringLiteral("lee")).userId,
                                people.value(QStringLiteral("park")).userId };
        plan.referenceUserId = reference;
        plan.deadline = test::centreTime(day, QTime(15, 0));
        const qint64 id = CalibrationService(*db, people.value(QStringLiteral("boss"))).create(plan);
        const QList<std::tuple<QString, int, int>> scorings { { QStringLiteral("eval"), 0, 2 },
                                                              { QStringLiteral("lee"), 1, 1 },
                                                              { QStringLiteral("park"), 0, 1 } };
        for (const auto& [login, greeting, accuracy] : scorings) {
            const Actor who = people.value(login);
            Evaluation e = CalibrationService(*db, who).myScoring(id);
            EvaluationRepository evaluations(*db);
            e.id = evaluations.createDraft(e, who.login);
            e.answers = { Answer { QStringLiteral("greeting"), greeting, false, {}, {} },
                          Answer { QStringLiteral("identity"), 0, false, {}, {} },
                          Answer { QStringLiteral("accuracy"), accuracy, false, {}, {} } };
            e.secondsSpent = 3000; // a long calibration scoring: productivity must not see it
            evaluations.saveDraft(e);
            evaluations.submit(e.id, who.login);
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
    const Actor kim = h.people.value(QStringLiteral("eval"));
    ContactRepository contacts(*h.db);
    EvaluationRepository evaluations(*h.db);
    for (const int seconds : { 600, 900, 0 }) { // the last one's time was not recorded
        Contact contact = *contacts.find(h.contactId);
        contact.id = 0;
        contact.externalId = QStringLiteral("CALL-%1").arg(seconds + 1);
        contact.recording.reset();
        Evaluation e;
        e.contactId = contacts.add(contact);
        e.scorecardVersionId = h.versionId;
        e.evaluatorId = kim.userId;
        e.id = evaluations.createDraft(e, kim.login);
        e.answers = { Answer { QStringLiteral("greeting"), 0, false, {}, {} },
                      Answer { QStringLiteral("identity"), 0, false, {}, {} },
                      Answer { QStringLiteral("accuracy"), 2, false, {}, {} } };
        e.secondsSpent = seconds;
        evaluations.saveDraft(e);
        evaluations.submit(e.id, kim.login);
    }
    // November 2026 has 21 weekdays (it starts on a Sunday: 4 Saturdays and 5 Sundays).
    const auto rows = EvaluatorQuality::productivity(*h.db, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].evaluatorId == kim.userId);
    CHECK(rows[0].evaluations == 3);
    CHECK(rows[0].workingDays == 21);
    CHECK(rows[0].perWorkingDay == Approx(3.0 / 21));
    CHECK(*rows[0].medianMinutes == Approx(12.5)); // median of 10 and 15 minutes
}

#include "reports/ReportBuilder.h"

TEST_CASE("The calibration report and the evaluator report's calibration columns", "[calibration]")
{
    History h;
    QString error;
    const auto report = ReportBuilder::build(
        *h.db, ReportRequest { QStringLiteral("calibration"), QDate(2026, 10, 1), QDate(2026, 11, 30), {}, {} }, {}, &error);
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
    CHECK(evaluators->rows[2][evaluators->column(QStringLiteral("Deviation (points)"))].toDouble() == Approx(250.0 / 22));
    const ReportTable* items = report->table(QStringLiteral("items"));
    REQUIRE(items);
    CHECK(items->rows[0][0].toString() == QStringLiteral("정확한 정보를 안내했는가?")); // accuracy, 1/3
    REQUIRE(report->table(QStringLiteral("months"))->chart);

    // The evaluator report lists who evaluated agents: one regular evaluation gives Kim her row.
    const Actor kim = h.people.value(QStringLiteral("eval"));
    Contact other = *ContactRepository(*h.db).find(h.contactId);
    other.id = 0;
    other.externalId = QStringLiteral("CALL-0009");
    other.recording.reset();
    EvaluationRepository evaluations(*h.db);
    Evaluation regular;
    regular.contactId = ContactRepository(*h.db).add(other);
    regular.scorecardVersionId = h.versionId;
    regular.evaluatorId = kim.userId;
    regular.id = evaluations.createDraft(regular, kim.login);
    regular.answers = { Answer { QStringLiteral("greeting"), 0, false, {}, {} },
                        Answer { QStringLiteral("identity"), 0, false, {}, {} },
                        Answer { QStringLiteral("accuracy"), 2, false, {}, {} } };
    evaluations.saveDraft(regular);
    evaluations.submit(regular.id, kim.login);
    const auto evaluatorReport = ReportBuilder::build(
        *h.db, ReportRequest { QStringLiteral("evaluators"), QDate(2026, 10, 1), QDate(2026, 11, 30), {}, {} }, {}, &error);
    REQUIRE(evaluatorReport);
    const ReportTable* table = evaluatorReport->table(QStringLiteral("evaluators"));
    REQUIRE(table);
    REQUIRE(table->rows.size() == 1); // calibration scorings are not evaluations of agents
    CHECK(table->rows[0][table->column(QStringLiteral("Evaluations"))].toInt() == 1);
    CHECK(table->rows[0][table->column(QStringLiteral("Calibration agreement"))].toDouble() == Approx(4.0 / 6));
    CHECK(table->rows[0][table->column(QStringLiteral("Calibration deviation (points)"))].toDouble() == Approx(250.0 / 22));
    CHECK(table->rows[0][table->column(QStringLiteral("Drift"))].toString() == QStringLiteral("steady"));
}
