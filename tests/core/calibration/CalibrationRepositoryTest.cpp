#include "storage/CalibrationRepository.h"

#include "CalibrationFixture.h"
#include "TestSupport.h"
#include "storage/SqlSupport.h"

#include <catch2/catch.hpp>

using namespace qadesk;

TEST_CASE("A session's scorings are found through the calibration index, even with a large workspace's statistics",
          "[calibration][sqlite-only]")
{
    test::CalibrationFixture f;
    const qint64 session = f.create();
    f.score(session, f.kim, 0, 2);
    // The statistics of the 1 M-evaluation workspace: calibration_session_id is NULL on almost every row, so SQLite
    // takes its index for an unselective one (20,145 rows a value) beside the evaluator index (5,791 rows a value).
    execSql(f.db->sql(), QStringLiteral("ANALYZE"), QStringLiteral("analyse"));
    execSql(f.db->sql(), QStringLiteral("DELETE FROM sqlite_stat1 WHERE tbl = 'evaluations'"), QStringLiteral("stats"));
    for (const auto& [index, stat] :
         { std::pair { "evaluations_team", "966949 7271 1" }, std::pair { "evaluations_calibration", "966949 20145" },
           std::pair { "evaluations_month_summary", "966949 1 1 1 1 1 1 1" },
           std::pair { "evaluations_contact", "966949 1" }, std::pair { "evaluations_evaluator", "966949 5791 1" },
           std::pair { "evaluations_agent", "966949 484 1" } })
        execWith(*f.db, QStringLiteral("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('evaluations', ?, ?)"),
                 { QString::fromLatin1(index), QString::fromLatin1(stat) }, QStringLiteral("stats"));
    execSql(f.db->sql(), QStringLiteral("ANALYZE sqlite_schema"), QStringLiteral("reload the statistics"));
    const auto plan = [&f](const QString& sql, const QVariantList& values) {
        return selectRows<QString>(*f.db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values, QStringLiteral("plan"),
                                   [](const QSqlQuery& q) { return q.value(3).toString(); })
            .join(QLatin1Char('\n'))
            .toStdString();
    };
    // CalibrationRepository's look-ups: a participant's scoring, the session's scorings, the pending participants.
    const QString scoring = QStringLiteral("SELECT id FROM evaluations WHERE calibration_session_id = ? AND "
                                           "%1evaluator_id = ? AND kind = 'calibration' AND superseded = 0 "
                                           "ORDER BY id DESC LIMIT 1");
    // Without the unary plus the statistics lead SQLite to walk the evaluator's evaluations: the case is real.
    const QVariantList ids { session, f.kim.userId };
    CHECK_THAT(plan(scoring.arg(QString()), ids), Catch::Contains("evaluations_evaluator"));
    CHECK_THAT(plan(scoring.arg(QStringLiteral("+")), ids),
               Catch::Contains("USING INDEX evaluations_calibration (calibration_session_id=?)"));
    CHECK_THAT(plan(QStringLiteral("SELECT e.id FROM evaluations e JOIN calibration_participants p ON p.session_id = "
                                   "e.calibration_session_id AND p.user_id = +e.evaluator_id WHERE "
                                   "e.calibration_session_id = ? AND e.kind = 'calibration' AND e.superseded = 0 "
                                   "ORDER BY e.evaluator_id, e.id"),
                    { session }),
               Catch::Contains("USING INDEX evaluations_calibration (calibration_session_id=?)"));
    CHECK_THAT(plan(QStringLiteral("SELECT COUNT(*) FROM calibration_participants p WHERE p.session_id = ? "
                                   "AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.calibration_session_id = "
                                   "p.session_id AND +e.evaluator_id = p.user_id AND e.submitted_at IS NOT NULL)"),
                    { session }),
               Catch::Contains("USING INDEX evaluations_calibration (calibration_session_id=?)"));

    // And the repository still finds what it should with these statistics.
    CalibrationRepository calibrations(*f.db);
    REQUIRE(calibrations.evaluations(session).size() == 1);
    CHECK(calibrations.evaluations(session).first().evaluatorId == f.kim.userId);
    CHECK(calibrations.evaluationOf(session, f.kim.userId));
    CHECK_FALSE(calibrations.evaluationOf(session, f.lee.userId));
    f.score(session, f.lee, 0, 2);
    f.score(session, f.park, 0, 2);
    CHECK(calibrations.find(session)->revealed); // the last submission found nobody pending
}
