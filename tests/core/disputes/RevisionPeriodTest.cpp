#include "TestSupport.h"
#include "reports/ReportBuilder.h"
#include "storage/AuditLog.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"
#include "workspace/Overview.h"
#include "workspace/ScoreHistory.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace qadesk;

namespace {

// The sample form (test::sampleVersion): greeting and identity pass (Opening 20/20, weight 20); accuracy "보통" 5/10
// (Resolution, weight 2): (20 × 1 + 2 × 0.5) / 22 = 21/22. Overturned to "우수" 10/10: 1.0.
constexpr double s_original = 21.0 / 22.0;
constexpr double s_revised = 1.0;

QList<Answer> answers(int accuracy)
{
    return { Answer { QStringLiteral("greeting"), 0, false, {}, {} },
             Answer { QStringLiteral("identity"), 0, false, {}, {} },
             Answer { QStringLiteral("accuracy"), accuracy, false, {}, {} } };
}

// A November evaluation of the sample contact (Oct 5) by "eval", planned in November's sample, disputed by the team
// lead in November and overturned by the manager on December 3.
struct Overturned
{
    std::unique_ptr<Database> db = test::memoryWorkspace();
    qint64 original = 0;
    qint64 revision = 0;
    qint64 dispute = 0;
    qint64 evaluator = 0;
    qint64 manager = 0;

    Overturned()
    {
        const qint64 contact = test::addSampleContact(*db);
        evaluator = UserRepository(*db).findByLogin(QStringLiteral("eval"))->id;
        manager = UserRepository(*db).add(
            User { 0, QStringLiteral("manager"), QStringLiteral("관리자"), Role::Manager, 0, true });
        const qint64 lead = UserRepository(*db).add(
            User { 0, QStringLiteral("lead"), QStringLiteral("팀장"), Role::TeamLead, 0, true });
        ScorecardRepository cards(*db);
        const qint64 card
            = cards.create(Scorecard { 0, QStringLiteral("Calls") }, test::sampleVersion(), QStringLiteral("t"));
        cards.publish(cards.latestVersion(card)->id, test::managerActor(QStringLiteral("t")));
        execWith(
            *db,
            QStringLiteral("INSERT INTO sampling_plans (name, period_start, period_end, rule_json, seed, created_at) "
                           "VALUES ('November', '2026-11-01', '2026-11-30', '{}', 7, 0)"),
            {}, QStringLiteral("plan"));
        execWith(*db,
                 QStringLiteral(
                     "INSERT INTO assignments (plan_id, contact_id, evaluator_id, due) VALUES (1, ?, ?, '2026-11-30')"),
                 { contact, evaluator }, QStringLiteral("assign"));

        EvaluationRepository evaluations(*db);
        db->time().setNow(test::centreTime(QDate(2026, 11, 10), QTime(14, 0)));
        Evaluation draft;
        draft.contactId = contact;
        draft.scorecardVersionId = cards.latestPublished(card)->id;
        draft.evaluatorId = evaluator;
        draft.overallComment = QStringLiteral("전반적으로 양호");
        draft.id = evaluations.createDraft(draft, QStringLiteral("eval"));
        draft.answers = answers(1);
        evaluations.saveDraft(draft);
        evaluations.submit(draft.id, QStringLiteral("eval"));
        original = draft.id;

        db->time().setNow(test::centreTime(QDate(2026, 11, 20), QTime(9, 0)));
        DisputeRepository disputes(*db);
        dispute = disputes.raise(
            Dispute { 0, original, QStringLiteral("accuracy"), lead, {}, QStringLiteral("정확히 안내함") },
            QStringLiteral("lead"));
        db->time().setNow(test::centreTime(QDate(2026, 12, 3), QTime(11, 0)));
        revision = disputes.overturn(dispute, manager, answers(2), QStringLiteral("녹취 확인: 요금 안내 정확"),
                                     QStringLiteral("manager"));
    }
};

} // namespace

TEST_CASE("a November evaluation overturned in December takes its place in November, in the overview and the trend")
{
    const Overturned o;
    const Overview november = computeOverview(*o.db, test::managerActor(), QDate(2026, 11, 1));
    CHECK(november.evaluationsDone == 1);
    CHECK(*november.average == Approx(s_revised));
    CHECK(november.evaluationsPlanned == 1);
    CHECK(november.plannedDone == 1);
    const Overview december = computeOverview(*o.db, test::managerActor(), QDate(2026, 12, 1));
    CHECK(december.evaluationsDone == 0);
    CHECK_FALSE(december.average);
    CHECK(*december.previousAverage == Approx(s_revised));

    const auto points = ScoreHistory::scores(*o.db, test::managerActor(), ScoreScope {}, QDate(2026, 11, 1), QDate(2026, 12, 31));
    REQUIRE(points.size() == 1);
    CHECK(points.first().date == QDate(2026, 11, 10));
    CHECK(points.first().score == Approx(100.0));
}

TEST_CASE("the revision keeps the evaluator and comment, and the reviser, the time and the note are the reviser's")
{
    const Overturned o;
    const auto original = EvaluationRepository(*o.db).find(o.original);
    const auto revision = EvaluationRepository(*o.db).find(o.revision);
    REQUIRE(original);
    REQUIRE(revision);
    CHECK(*original->score == Approx(s_original));
    CHECK(original->superseded);
    CHECK(revision->revisionOf == o.original);
    CHECK(revision->submittedAt == test::centreTime(QDate(2026, 11, 10), QTime(14, 0)));
    CHECK(revision->evaluatorId == o.evaluator);
    CHECK(revision->submittedBy == QStringLiteral("eval"));
    CHECK(revision->overallComment == QStringLiteral("전반적으로 양호"));
    CHECK(revision->revisedBy == QStringLiteral("manager"));
    CHECK(revision->revisedAt == test::centreTime(QDate(2026, 12, 3), QTime(11, 0)));
    CHECK(revision->revisionNote == QStringLiteral("녹취 확인: 요금 안내 정확"));

    const auto dispute = DisputeRepository(*o.db).find(o.dispute);
    REQUIRE(dispute);
    CHECK(dispute->resolvedBy == o.manager);
    CHECK(dispute->resolutionNote == QStringLiteral("녹취 확인: 요금 안내 정확"));

    CHECK(test::auditActions(*o.db, QStringLiteral("evaluation"), o.revision)
          == QStringList { QStringLiteral("manager:revise") });
    const auto trail = AuditLog(*o.db).entriesFor(QStringLiteral("evaluation"), o.revision);
    REQUIRE(trail.size() == 1);
    const QJsonObject after = QJsonDocument::fromJson(trail.first().after.toUtf8()).object();
    CHECK(after.value(QStringLiteral("revised_by")).toString() == QStringLiteral("manager"));
    CHECK(after.value(QStringLiteral("revision_note")).toString() == QStringLiteral("녹취 확인: 요금 안내 정확"));
    CHECK(trail.first().at == test::centreTime(QDate(2026, 12, 3), QTime(11, 0)));
}

TEST_CASE("reports count the revision in November, or in October by the contact's date")
{
    const Overturned o;
    const auto build = [&o](const QString& id, const QDate& from, const QDate& to, PeriodBasis basis) {
        ReportRequest request { id, from, to, {}, QDate(2026, 12, 3), basis };
        QString error;
        const auto report = ReportBuilder::build(*o.db, test::managerActor(), request, {}, &error);
        INFO(error.toStdString());
        REQUIRE(report);
        return *report;
    };
    const auto teamCount = [](const Report& report) { // the sample contact's team is the only one
        const ReportTable* teams = report.table(QStringLiteral("teams"));
        REQUIRE(teams);
        REQUIRE(teams->rows.size() <= 1);
        return teams->rows.isEmpty() ? 0 : teams->rows.first().at(teams->column(QStringLiteral("Evaluations"))).toInt();
    };
    const Report november
        = build(QStringLiteral("team"), QDate(2026, 11, 1), QDate(2026, 11, 30), PeriodBasis::Evaluation);
    CHECK(teamCount(november) == 1);
    const ReportTable* teams = november.table(QStringLiteral("teams"));
    CHECK(teams->rows.first().at(teams->column(QStringLiteral("Average score"))).toDouble() == Approx(100.0));
    CHECK(teamCount(build(QStringLiteral("team"), QDate(2026, 12, 1), QDate(2026, 12, 31), PeriodBasis::Evaluation))
          == 0);

    // The contact started on 2026-10-05 10:31Z (19:31 in Seoul).
    const Report october = build(QStringLiteral("team"), QDate(2026, 10, 1), QDate(2026, 10, 31), PeriodBasis::Contact);
    CHECK(teamCount(october) == 1);
    CHECK(october.periodText == QStringLiteral("2026-10, by contact date"));
    CHECK(teamCount(build(QStringLiteral("team"), QDate(2026, 11, 1), QDate(2026, 11, 30), PeriodBasis::Contact)) == 0);

    const Report sampling
        = build(QStringLiteral("sampling"), QDate(2026, 11, 1), QDate(2026, 11, 30), PeriodBasis::Evaluation);
    const ReportTable* plans = sampling.table(QStringLiteral("plans"));
    REQUIRE(plans);
    REQUIRE(plans->rows.size() == 1);
    CHECK(plans->rows.first().at(plans->column(QStringLiteral("Completed"))).toInt() == 1);
    CHECK(plans->rows.first().at(plans->column(QStringLiteral("Completion"))).toDouble() == Approx(1.0));
}

TEST_CASE("upgrading a workspace dates its older revisions by the evaluation they replace and credits their reviser",
          "[sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.qadesk"));
    qint64 original = 0;
    qint64 first = 0;
    qint64 second = 0;
    {
        const auto db = test::fileWorkspace(dir, QStringLiteral("old.qadesk"));
        const qint64 contact = test::addSampleContact(*db);
        const auto insert = [&db, contact](const QVariant& revisionOf, const QDateTime& submitted, const QString& by) {
            return insertWith(
                *db,
                QStringLiteral("INSERT INTO evaluations (contact_id, scorecard_version_id, evaluator_id, "
                               "agent_id, kind, status, revision_of, superseded, created_at, updated_at, "
                               "submitted_at, submitted_by, score) SELECT c.id, 1, 1, c.agent_id, 'regular', "
                               "'revised', ?, 0, ?, ?, ?, ?, 0.5 FROM contacts c WHERE c.id = ?"),
                { revisionOf, dbTime(submitted), dbTime(submitted), dbTime(submitted), by, contact },
                QStringLiteral("write an old evaluation"));
        };
        ScorecardRepository cards(*db);
        cards.create(Scorecard { 0, QStringLiteral("Calls") }, test::sampleVersion(), QStringLiteral("t"));
        // As the first releases wrote them: each revision carries its decision's time and author as its submission.
        original = insert(QVariant(), test::centreTime(QDate(2026, 11, 28), QTime(16, 0)), QStringLiteral("eval"));
        first = insert(original, test::centreTime(QDate(2026, 12, 2), QTime(9, 0)), QStringLiteral("manager"));
        second = insert(first, test::centreTime(QDate(2027, 1, 4), QTime(9, 30)), QStringLiteral("admin"));
        execWith(*db, QStringLiteral("UPDATE evaluations SET status = 'submitted' WHERE id = ?"), { original },
                 QStringLiteral("mark the original"));
    }
    test::downgradeSchema(path, 2);

    QString error;
    const auto db = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    const EvaluationRepository evaluations(*db);
    const auto secondRevision = evaluations.find(second);
    REQUIRE(secondRevision);
    CHECK(secondRevision->submittedAt == test::centreTime(QDate(2026, 11, 28), QTime(16, 0)));
    CHECK(secondRevision->submittedBy == QStringLiteral("eval"));
    CHECK(secondRevision->revisedBy == QStringLiteral("admin"));
    CHECK(secondRevision->revisedAt == test::centreTime(QDate(2027, 1, 4), QTime(9, 30)));
    const auto firstRevision = evaluations.find(first);
    CHECK(firstRevision->submittedAt == test::centreTime(QDate(2026, 11, 28), QTime(16, 0)));
    CHECK(firstRevision->revisedBy == QStringLiteral("manager"));
    const auto untouched = evaluations.find(original);
    CHECK(untouched->submittedAt == test::centreTime(QDate(2026, 11, 28), QTime(16, 0)));
    CHECK(untouched->revisedBy.isEmpty());
    CHECK_FALSE(untouched->revisedAt.isValid());
}
