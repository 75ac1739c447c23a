#include "io/EvaluationImport.h"
#include "people/AccessRules.h"
#include "people/SignIn.h"
#include "scoring/ScorecardImport.h"
#include "storage/Aggregates.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/SqlSupport.h"

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

const QString s_header = QString::fromUtf8(
    "상담ID,평가자,평가일,greeting,identity_check,listening,empathy,courtesy,needs_identification,accuracy,"
    "accuracy:comment,plain_language,resolution,resolution:comment,hold_etiquette,additional_needs,closing\n");

struct Centre {
    QTemporaryDir dir;
    std::unique_ptr<Database> db = test::memoryWorkspace();
    qint64 team = TeamRepository(*db).add(Team { 0, QString::fromUtf8("상담1팀"), {} });
    qint64 agent = AgentRepository(*db).add(Agent { 0, QStringLiteral("A001"), QString::fromUtf8("김민수"), team, {}, true });
    qint64 qa = UserRepository(*db).add(User { 0, QStringLiteral("qa"), QString::fromUtf8("윤평가"), Role::Evaluator, 0, true });
    qint64 lead = UserRepository(*db).add(User { 0, QStringLiteral("lead"), QString::fromUtf8("박팀장"), Role::TeamLead, 0, true });
    Actor manager { 99, QStringLiteral("manager"), QStringLiteral("Manager"), Role::Manager, {}, 0 };

    Centre()
    {
        QStringList errors;
        REQUIRE(ScorecardImport::importFile(*db, QStringLiteral(":/qadesk/scorecards/call-inbound-ko.json"), false,
                                            test::managerActor(QStringLiteral("setup")), &errors));
        for (const QString& id : { QStringLiteral("C-1"), QStringLiteral("C-2") }) {
            Contact contact;
            contact.channel = Channel::Call;
            contact.externalId = id;
            contact.agentId = agent;
            contact.startedAt = QDateTime(QDate(2026, 11, 30), QTime(1, 0), QTimeZone::utc());
            ContactRepository(*db).add(contact);
        }
    }
    QString write(const QString& rows) const
    {
        const QString path = dir.filePath(QStringLiteral("history.csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write((s_header + rows).toUtf8());
        return path;
    }
    EvaluationImportOptions options() const
    {
        return { QString::fromUtf8("인바운드 콜 상담품질 평가표"), std::nullopt };
    }
    int evaluations() const { return int(EvaluationRepository(*db).count()); }
};

} // namespace

TEST_CASE("Past evaluations from a spreadsheet are scored as a submit would and written with their dates", "[io]")
{
    Centre centre;
    const QString path = centre.write(QString::fromUtf8(
        "C-1,qa,2026-11-30,예,yes,우수,보통,Y,우수,정확,,해당없음,해결,,N/A,yes,yes\n"
        "C-2,qa,2026-11-30 18:20,yes,yes,우수,우수,yes,보통,오안내,고객에게 잘못된 요금 안내,yes,해결,,yes,no,yes\n"));
    const EvaluationImportResult result = EvaluationImport::run(*centre.db, centre.manager, path, centre.options());
    INFO((result.problems.isEmpty() ? QString() : result.problems.first().toString()).toStdString());
    REQUIRE(result.problems.isEmpty());
    CHECK(result.rows == 2);
    CHECK(result.imported == 2);

    const auto rows = selectRows<std::tuple<QString, double, double, int, qint64>>(
        *centre.db,
        QStringLiteral("SELECT c.external_id, e.score, e.raw_score, e.critical_failed, e.submitted_at FROM evaluations e "
                       "JOIN contacts c ON c.id = e.contact_id ORDER BY c.external_id"),
        {}, QStringLiteral("read"), [](const QSqlQuery& q) {
            return std::tuple { q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toInt(),
                                q.value(4).toLongLong() };
        });
    REQUIRE(rows.size() == 2);
    // C-1: sections earn 15/15, 20/25, 25/25 (plain language N/A), 15/15 (hold N/A) and 10/10: 85 of 90.
    CHECK(std::get<1>(rows.at(0)) == Approx(85.0 / 90.0));
    CHECK(std::get<3>(rows.at(0)) == 0);
    // 2026-11-30 in Seoul starts at 2026-11-29 15:00 UTC.
    CHECK(std::get<4>(rows.at(0)) == QDateTime(QDate(2026, 11, 29), QTime(15, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    // C-2: 75 of 100 raw; "오안내" fails the accuracy section's critical item, so that section (30 points) scores 0:
    // (15 + 25 + 0 + 20 + 5) / 100.
    CHECK(std::get<2>(rows.at(1)) == Approx(0.75));
    CHECK(std::get<1>(rows.at(1)) == Approx(0.65));
    CHECK(std::get<3>(rows.at(1)) == 1);
    CHECK(std::get<4>(rows.at(1)) == QDateTime(QDate(2026, 11, 30), QTime(9, 20), QTimeZone::utc()).toMSecsSinceEpoch());
    CHECK(test::auditActions(*centre.db, QStringLiteral("evaluation"), 1) == QStringList { QStringLiteral("manager:import") });

    // The same rows again would evaluate the same contacts twice.
    const EvaluationImportResult again = EvaluationImport::run(*centre.db, centre.manager, path, centre.options());
    CHECK(again.imported == 0);
    REQUIRE(again.problems.size() == 2);
    CHECK(again.problems.first().toString() == QString::fromUtf8("history.csv:2: 상담ID: qa has already evaluated contact C-1"));
}

TEST_CASE("Imported evaluations are counted in the per-month aggregates in the same transaction", "[io]")
{
    Centre centre;
    const QString path = centre.write(QString::fromUtf8(
        "C-1,qa,2026-11-30,예,yes,우수,보통,Y,우수,정확,,해당없음,해결,,N/A,yes,yes\n"
        "C-2,qa,2026-11-30 18:20,yes,yes,우수,우수,yes,보통,오안내,고객에게 잘못된 요금 안내,yes,해결,,yes,no,yes\n"));
    REQUIRE(EvaluationImport::run(*centre.db, centre.manager, path, centre.options()).imported == 2);

    const auto months = selectRows<std::tuple<int, int, int>>(
        *centre.db, QStringLiteral("SELECT month, evaluations, scored FROM agent_months WHERE agent_id = ?"),
        { centre.agent }, QStringLiteral("read"),
        [](const QSqlQuery& q) { return std::tuple { q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt() }; });
    CHECK(months == QList<std::tuple<int, int, int>> { { 202611, 2, 2 } });
    // Yes/no items of 5 points: greeting yes twice; plain language N/A then yes; additional needs yes then no.
    const auto items = selectRows<std::tuple<QString, int, int, double, double>>(
        *centre.db,
        QStringLiteral("SELECT i.item_key, m.answered, m.failed, m.points, m.max_points FROM agent_month_items m JOIN "
                       "scorecard_items i ON i.id = m.item_id WHERE m.agent_id = ? AND i.item_key IN ('greeting', "
                       "'plain_language', 'additional_needs') ORDER BY i.item_key"),
        { centre.agent }, QStringLiteral("read"), [](const QSqlQuery& q) {
            return std::tuple { q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toDouble(),
                                q.value(4).toDouble() };
        });
    CHECK(items
          == QList<std::tuple<QString, int, int, double, double>> {
              { QStringLiteral("additional_needs"), 2, 1, 5.0, 10.0 },
              { QStringLiteral("greeting"), 2, 0, 10.0, 10.0 },
              { QStringLiteral("plain_language"), 1, 0, 5.0, 5.0 } });
    CHECK(Aggregates::differences(*centre.db).isEmpty());
}

TEST_CASE("Every problem is named by line and column as the file wrote it, and nothing is written", "[io]")
{
    Centre centre;
    const QString path = centre.write(QString::fromUtf8(
        "C-1,qa,2026-11-30,yes,yes,우수,보통,yes,우수,정확,,yes,해결,,yes,yes,yes\n" // good, but not alone
        "C-9,qa,2026-11-30,yes,yes,우수,보통,yes,우수,정확,,yes,해결,,yes,yes,yes\n"
        "C-2,nobody,30.11.2026,yes,yes,최고,보통,yes,우수,정확,,yes,해결,,yes,yes,yes\n"
        "C-2,lead,2026-11-30,yes,yes,우수,보통,yes,우수,오안내,,yes,미해결,,yes,yes,\n"));
    const EvaluationImportResult result = EvaluationImport::run(*centre.db, centre.manager, path, centre.options());
    QStringList problems;
    for (const ImportProblem& problem : result.problems)
        problems << problem.toString();
    CHECK(problems
          == QStringList {
              QString::fromUtf8("history.csv:3: 상담ID: no contact has the id \"C-9\"; import the contacts first"),
              QString::fromUtf8("history.csv:4: 평가자: no user has the login \"nobody\""),
              QString::fromUtf8("history.csv:4: 평가일: \"30.11.2026\" is not a date (YYYY-MM-DD, optionally with HH:MM)"),
              QString::fromUtf8("history.csv:4: listening: \"최고\" is not an option of this item (우수, 보통, 미흡)"),
              QString::fromUtf8("history.csv:5: 평가자: lead is not a QA evaluator, manager or administrator"),
              QString::fromUtf8("history.csv:5: closing: has no answer"),
          });
    CHECK(result.imported == 0);
    CHECK(centre.evaluations() == 0);
}

TEST_CASE("A failed item that needs a comment is refused without one", "[io]")
{
    Centre centre;
    const QString path = centre.write(QString::fromUtf8(
        "C-1,qa,2026-11-30,yes,yes,우수,보통,yes,우수,오안내,,yes,해결,,yes,yes,yes\n"));
    const EvaluationImportResult result = EvaluationImport::check(*centre.db, path, centre.options());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().toString() == QStringLiteral("history.csv:2: accuracy:comment: a failed \"accuracy\" needs a comment"));
}

TEST_CASE("Only managers and admins import past evaluations", "[io]")
{
    Centre centre;
    const QString path = centre.write(QString::fromUtf8("C-1,qa,2026-11-30,yes,yes,우수,보통,yes,우수,정확,,yes,해결,,yes,yes,yes\n"));
    const Actor evaluator = SignIn::actorFor(*centre.db, *UserRepository(*centre.db).find(centre.qa));
    CHECK_THROWS_AS(EvaluationImport::run(*centre.db, evaluator, path, centre.options()), AccessDenied);
    CHECK(centre.evaluations() == 0);
}

TEST_CASE("A header that names an unknown item or lacks a column is refused before any row", "[io]")
{
    Centre centre;
    const QString path = centre.dir.filePath(QStringLiteral("odd.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("contact,evaluator,greeting,warmth\nC-1,qa,yes,yes\n"));
    file.close();
    const EvaluationImportResult result = EvaluationImport::check(*centre.db, path, centre.options());
    QStringList problems;
    for (const ImportProblem& problem : result.problems)
        problems << problem.toString();
    CHECK(problems
          == QStringList { QStringLiteral("odd.csv:1: submitted: the header has no submitted column"),
                           QString::fromUtf8("odd.csv:1: warmth: scorecard \"인바운드 콜 상담품질 평가표\" has no item with the key "
                                             "\"warmth\"") });
}
