#include "TestSupport.h"
#include "storage/Aggregates.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

struct MonthRow {
    int evaluations = 0;
    int scored = 0;
    double scoreSum = 0;
    double scoreSquares = 0;
    int criticalFailures = 0;
};

struct ItemRow {
    int answered = 0;
    int failed = 0;
    double points = 0;
    double maxPoints = 0;
};

QList<std::pair<int, MonthRow>> monthRows(const Database& db, qint64 agentId)
{
    return selectRows<std::pair<int, MonthRow>>(
        db,
        QStringLiteral("SELECT month, evaluations, scored, score_sum, score_squares, critical_failures FROM agent_months "
                       "WHERE agent_id = ? ORDER BY month"),
        { agentId }, QStringLiteral("read"), [](const QSqlQuery& q) {
            return std::pair { q.value(0).toInt(), MonthRow { q.value(1).toInt(), q.value(2).toInt(), q.value(3).toDouble(),
                                                              q.value(4).toDouble(), q.value(5).toInt() } };
        });
}

QHash<QString, ItemRow> itemRows(const Database& db, qint64 agentId, int month)
{
    QHash<QString, ItemRow> rows;
    for (const auto& [key, row] : selectRows<std::pair<QString, ItemRow>>(
             db,
             QStringLiteral("SELECT i.item_key, m.answered, m.failed, m.points, m.max_points FROM agent_month_items m "
                            "JOIN scorecard_items i ON i.id = m.item_id WHERE m.agent_id = ? AND m.month = ?"),
             { agentId, month }, QStringLiteral("read"), [](const QSqlQuery& q) {
                 return std::pair { q.value(0).toString(), ItemRow { q.value(1).toInt(), q.value(2).toInt(),
                                                                     q.value(3).toDouble(), q.value(4).toDouble() } };
             }))
        rows.insert(key, row);
    return rows;
}

Answer answer(const char* key, std::optional<int> option, bool na = false)
{
    return Answer { QString::fromLatin1(key), option, na, {}, {} };
}

// A draft of `agent`'s new contact with these answers, submitted by the evaluator.
qint64 submitted(test::EvaluatedWorkspace& centre, const QString& agent, const QList<Answer>& answers)
{
    EvaluationRepository evaluations(*centre.db);
    Evaluation draft;
    draft.contactId = centre.contact(agent, QStringLiteral("Alpha"), QDate(2026, 11, 19)).id;
    draft.scorecardVersionId = centre.version.id;
    draft.evaluatorId = centre.evaluator;
    draft.id = evaluations.createDraft(draft, QStringLiteral("qa"));
    draft.answers = answers;
    evaluations.saveDraft(draft);
    evaluations.submit(draft.id, QStringLiteral("qa"));
    return draft.id;
}

} // namespace

// The sample form: greeting and identity yes (10) / no (0, fails), identity critical for the evaluation; accuracy
// 0 (fails) / 5 / 10 or N/A. Opening weighs its 20 possible points, Resolution 2.
TEST_CASE("submit and revise rewrite the agent's month in the aggregates, as counted by hand")
{
    test::EvaluatedWorkspace centre;
    const qint64 kim = centre.agent(QStringLiteral("Kim"), QStringLiteral("Alpha"));
    // Opening 20/20 and Resolution 5/10: (20 + 0.5 * 2) / 22.
    const qint64 first = submitted(centre, QStringLiteral("Kim"),
                                   { answer("greeting", 0), answer("identity", 0), answer("accuracy", 1) });
    // Opening 10/20, Resolution N/A: 0.5.
    submitted(centre, QStringLiteral("Kim"), { answer("greeting", 1), answer("identity", 0), answer("accuracy", {}, true) });
    // A draft counts nowhere.
    Evaluation draft;
    draft.contactId = centre.contact(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 11, 19)).id;
    draft.scorecardVersionId = centre.version.id;
    draft.evaluatorId = centre.evaluator;
    EvaluationRepository(*centre.db).createDraft(draft, QStringLiteral("qa"));

    // The fixed clock stands in November 2026 in Seoul: both were submitted then.
    auto months = monthRows(*centre.db, kim);
    REQUIRE(months.size() == 1);
    CHECK(months[0].first == 202611);
    CHECK(months[0].second.evaluations == 2);
    CHECK(months[0].second.scored == 2);
    CHECK(months[0].second.scoreSum == Approx(21.0 / 22.0 + 0.5));
    CHECK(months[0].second.scoreSquares == Approx(441.0 / 484.0 + 0.25));
    CHECK(months[0].second.criticalFailures == 0);
    auto items = itemRows(*centre.db, kim, 202611);
    REQUIRE(items.size() == 3);
    CHECK(items.value(QStringLiteral("greeting")).answered == 2);
    CHECK(items.value(QStringLiteral("greeting")).failed == 1);
    CHECK(items.value(QStringLiteral("greeting")).points == 10);
    CHECK(items.value(QStringLiteral("greeting")).maxPoints == 20);
    CHECK(items.value(QStringLiteral("identity")).answered == 2);
    CHECK(items.value(QStringLiteral("identity")).failed == 0);
    CHECK(items.value(QStringLiteral("identity")).points == 20);
    CHECK(items.value(QStringLiteral("accuracy")).answered == 1); // the N/A is not applicable
    CHECK(items.value(QStringLiteral("accuracy")).points == 5);
    CHECK(items.value(QStringLiteral("accuracy")).maxPoints == 10);

    // The revision takes the first one's place in its month: accuracy 10 and identity failed (critical: score 0).
    EvaluationRepository(*centre.db)
        .revise(first, { answer("greeting", 0), answer("identity", 1), answer("accuracy", 2) }, QStringLiteral("note"),
                QStringLiteral("lead"));
    months = monthRows(*centre.db, kim);
    REQUIRE(months.size() == 1);
    CHECK(months[0].second.evaluations == 2);
    CHECK(months[0].second.scoreSum == Approx(0.0 + 0.5));
    CHECK(months[0].second.scoreSquares == Approx(0.25));
    CHECK(months[0].second.criticalFailures == 1);
    items = itemRows(*centre.db, kim, 202611);
    CHECK(items.value(QStringLiteral("identity")).answered == 2);
    CHECK(items.value(QStringLiteral("identity")).failed == 1);
    CHECK(items.value(QStringLiteral("identity")).points == 10);
    CHECK(items.value(QStringLiteral("accuracy")).points == 10);
    CHECK(items.value(QStringLiteral("greeting")).failed == 1);
    CHECK(Aggregates::differences(*centre.db).isEmpty());
}

TEST_CASE("the check names every aggregate that differs from the answers, and a rebuild agrees with them again")
{
    test::EvaluatedWorkspace centre;
    const qint64 kim = centre.agent(QStringLiteral("Kim"), QStringLiteral("Alpha"));
    submitted(centre, QStringLiteral("Kim"), { answer("greeting", 0), answer("identity", 0), answer("accuracy", 1) });
    CHECK(Aggregates::differences(*centre.db).isEmpty());

    execWith(*centre.db, QStringLiteral("UPDATE agent_months SET evaluations = 5 WHERE agent_id = ?"), { kim }, {});
    execWith(*centre.db, QStringLiteral("DELETE FROM agent_month_items WHERE item_id = (SELECT id FROM scorecard_items "
                                        "WHERE item_key = 'greeting')"),
             {}, {});
    const QStringList differences = Aggregates::differences(*centre.db);
    REQUIRE(differences.size() == 2);
    CHECK(differences[0]
          == QStringLiteral("agent %1, 2026-11, team %2: evaluations is 5 in the aggregates, 1 from the answers")
                 .arg(kim)
                 .arg(centre.teams.value(QStringLiteral("Alpha"))));
    CHECK(differences[1].endsWith(QStringLiteral(": missing from the aggregates")));
    CHECK(Aggregates::differences(*centre.db, 1).last() == QStringLiteral("… and 1 more difference(s)."));

    Aggregates::rebuild(*centre.db);
    CHECK(Aggregates::differences(*centre.db).isEmpty());
    CHECK(monthRows(*centre.db, kim).value(0).second.evaluations == 1);
}

TEST_CASE("months are the centre's: an evaluation submitted at 00:30 on 1 December in Seoul counts in December")
{
    test::EvaluatedWorkspace centre;
    // 2026-11-30 15:30 UTC is 2026-12-01 00:30 in Seoul.
    centre.db->time().setNow(QDateTime(QDate(2026, 11, 30), QTime(15, 30), QTimeZone::utc()));
    const qint64 kim = centre.agent(QStringLiteral("Kim"), QStringLiteral("Alpha"));
    submitted(centre, QStringLiteral("Kim"), { answer("greeting", 0), answer("identity", 0), answer("accuracy", 2) });
    const auto months = monthRows(*centre.db, kim);
    REQUIRE(months.size() == 1);
    CHECK(months[0].first == 202612);
    CHECK(months[0].second.scoreSum == Approx(1.0));
}

TEST_CASE("the upgrade to schema 6 fills the aggregates of a workspace's existing evaluations")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.qadesk"));
    qint64 agentId = 0;
    {
        const auto db = test::fileWorkspace(dir, QStringLiteral("old.qadesk"));
        const qint64 contactId = test::addSampleContact(*db);
        ScorecardRepository cards(*db);
        const qint64 card = cards.create(Scorecard { 0, QStringLiteral("form") }, test::sampleVersion(), QStringLiteral("t"));
        cards.publish(cards.latestVersion(card)->id, test::managerActor(QStringLiteral("t")));
        EvaluationRepository evaluations(*db);
        Evaluation draft;
        draft.contactId = contactId;
        draft.scorecardVersionId = cards.latestVersion(card)->id;
        draft.evaluatorId = UserRepository(*db).findByLogin(QStringLiteral("eval"))->id;
        draft.id = evaluations.createDraft(draft, QStringLiteral("eval"));
        draft.answers = { answer("greeting", 0), answer("identity", 0), answer("accuracy", 1) };
        evaluations.saveDraft(draft);
        evaluations.submit(draft.id, QStringLiteral("eval"));
        agentId = evaluations.find(draft.id)->agentId;
    }
    test::downgradeSchema(path, 5);
    Database::Options options;
    options.timeZone = test::centreZone();
    QString error;
    const auto db = Database::open(path, options, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    CHECK(db->schemaVersion() == 7);
    const auto months = monthRows(*db, agentId);
    REQUIRE(months.size() == 1);
    CHECK(months[0].first == 202611);
    CHECK(months[0].second.evaluations == 1);
    CHECK(months[0].second.scoreSum == Approx(21.0 / 22.0));
    CHECK(itemRows(*db, agentId, 202611).value(QStringLiteral("accuracy")).points == 5);
    CHECK(Aggregates::differences(*db).isEmpty());
}

// The pages filter evaluations by team and period (the Team page, team reports) and by evaluator and period (the
// evaluator report); SQLite must answer both from an index that starts with that column, not by walking the period.
TEST_CASE("team-and-period and evaluator-and-period filters use their indexes", "[sqlite-only]")
{
    const auto db = test::memoryWorkspace();
    const auto plan = [&db](const QString& filter) {
        return selectRows<QString>(
                   *db,
                   QStringLiteral("EXPLAIN QUERY PLAN SELECT e.submitted_at, e.score FROM evaluations e WHERE "
                                  "e.submitted_at >= 1 AND e.submitted_at < 2 AND e.superseded = 0 AND "
                                  "e.status <> 'draft' AND e.kind <> 'calibration' AND %1 ORDER BY e.submitted_at")
                       .arg(filter),
                   {}, QStringLiteral("plan"), [](const QSqlQuery& q) { return q.value(3).toString(); })
            .join(QLatin1Char('\n'));
    };
    CHECK_THAT(plan(QStringLiteral("e.team_id = 7")).toStdString(),
               Catch::Contains("USING INDEX evaluations_team (team_id=? AND submitted_at>? AND submitted_at<?)"));
    CHECK_THAT(plan(QStringLiteral("e.evaluator_id = 7")).toStdString(),
               Catch::Contains("USING INDEX evaluations_evaluator (evaluator_id=? AND submitted_at>? AND submitted_at<?)"));
}
