#include "TestSupport.h"
#include "storage/SqlSupport.h"
#include "workspace/ScoreHistory.h"

#include <catch2/catch.hpp>

#include <map>

using namespace qadesk;
using Catch::Detail::Approx;

namespace {

// greeting yes/no (0 = yes), identity yes/no, accuracy 미흡 (fails) / 보통 / 우수, N/A allowed.
QList<Answer> answers(int greeting, int identity, std::optional<int> accuracy)
{
    return { Answer { QStringLiteral("greeting"), greeting }, Answer { QStringLiteral("identity"), identity },
             accuracy ? Answer { QStringLiteral("accuracy"), *accuracy } : Answer { QStringLiteral("accuracy"), std::nullopt, true } };
}

} // namespace

TEST_CASE("score history: the latest submitted revisions of the scope, on the 0..100 scale")
{
    test::EvaluatedWorkspace w;
    w.evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 9, 10), 0.80);
    w.evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 10, 3), 0.90);
    w.evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 10, 5), 0.10, false, EvaluationKind::Calibration);
    const qint64 old = w.evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 10, 6), 0.20);
    execWith(*w.db, QStringLiteral("UPDATE evaluations SET superseded = 1 WHERE id = ?"), { old }, QStringLiteral("supersede"));
    w.evaluation(QStringLiteral("Lee"), QStringLiteral("Alpha"), QDate(2026, 10, 7), 0.70);
    w.evaluation(QStringLiteral("Park"), QStringLiteral("Beta"), QDate(2026, 10, 8), 0.60);

    const auto kim = ScoreHistory::scores(*w.db, test::managerActor(), { w.agents.value(QStringLiteral("Kim")), 0 }, QDate(2026, 9, 1), QDate(2026, 10, 31));
    REQUIRE(kim.size() == 2);
    CHECK(kim.at(0).date == QDate(2026, 9, 10));
    CHECK(kim.at(0).score == Approx(80));
    CHECK(kim.at(1).score == Approx(90));

    const auto alpha = ScoreHistory::scores(*w.db, test::managerActor(), { 0, w.teams.value(QStringLiteral("Alpha")) }, QDate(2026, 10, 1), QDate(2026, 10, 31));
    CHECK(alpha.size() == 2); // Kim's 90 and Lee's 70
    CHECK(ScoreHistory::scores(*w.db, test::managerActor(), {}, QDate(2026, 10, 1), QDate(2026, 10, 31)).size() == 3);
    CHECK(ScoreHistory::scores(*w.db, test::managerActor(), {}, QDate(2026, 10, 8), QDate(2026, 10, 8)).size() == 1); // "to" includes its day
}

TEST_CASE("item pass rates per period leave N/A out and take the newest wording")
{
    test::EvaluatedWorkspace w;
    const QString kim = QStringLiteral("Kim");
    const QString alpha = QStringLiteral("Alpha");
    w.evaluation(kim, alpha, QDate(2026, 9, 3), 0.5, false, EvaluationKind::Regular, answers(0, 0, 0)); // accuracy fails
    w.evaluation(kim, alpha, QDate(2026, 9, 9), 0.9, false, EvaluationKind::Regular, answers(1, 0, 2)); // greeting fails
    w.evaluation(kim, alpha, QDate(2026, 9, 20), 1.0, false, EvaluationKind::Regular, answers(0, 0, std::nullopt)); // N/A
    w.evaluation(kim, alpha, QDate(2026, 10, 2), 0.8, false, EvaluationKind::Regular, answers(0, 1, 1));

    const auto rates = ScoreHistory::itemRates(*w.db, test::managerActor(), { w.agents.value(kim), 0 }, QDate(2026, 9, 1), QDate(2026, 10, 31), TrendPeriod::Month);
    const auto find = [&](const char* key, const QDate& month) {
        for (const auto& r : rates) {
            if (r.itemKey == QLatin1String(key) && r.periodStart == month)
                return r;
        }
        FAIL("no rate for " << key);
        return ItemPeriodRate {};
    };
    const auto accuracySeptember = find("accuracy", QDate(2026, 9, 1));
    CHECK(accuracySeptember.applicable == 2); // the N/A answer is not counted
    CHECK(accuracySeptember.passed == 1);
    CHECK(accuracySeptember.question == QStringLiteral("정확한 정보를 안내했는가?"));
    const auto greetingSeptember = find("greeting", QDate(2026, 9, 1));
    CHECK(greetingSeptember.applicable == 3);
    CHECK(greetingSeptember.rate() == Approx(2.0 / 3.0));
    CHECK(find("identity", QDate(2026, 10, 1)).passed == 0);
    CHECK(rates.size() == 6);
}

TEST_CASE("item pass rates by team and by week, counted by the database, equal a hand count")
{
    test::EvaluatedWorkspace w;
    const QString kim = QStringLiteral("Kim");
    const QString alpha = QStringLiteral("Alpha");
    const QString beta = QStringLiteral("Beta");
    w.agent(kim, alpha);
    w.agent(QStringLiteral("Park"), beta);
    // Before the window, though in the first week it touches: counts nowhere.
    w.evaluation(QStringLiteral("Park"), beta, QDate(2026, 9, 30), 0.0, false, EvaluationKind::Regular,
                 answers(1, 1, 0));
    // Week of Monday 28 September: Thursday 1 and Sunday 4 October.
    w.evaluation(kim, alpha, QDate(2026, 10, 1), 0.7, false, EvaluationKind::Regular,
                 answers(0, 0, 0)); // accuracy fails
    w.evaluation(QStringLiteral("Lee"), alpha, QDate(2026, 10, 4), 0.5, false, EvaluationKind::Regular,
                 answers(1, 0, std::nullopt)); // greeting fails, accuracy N/A
    // Week of Monday 5 October. Kim is evaluated while lent to Beta: the answers count for Beta.
    w.evaluation(kim, beta, QDate(2026, 10, 5), 0.8, false, EvaluationKind::Regular,
                 answers(0, 1, 2)); // identity fails
    w.evaluation(QStringLiteral("Park"), beta, QDate(2026, 10, 6), 1.0, false, EvaluationKind::Regular,
                 answers(0, 0, 1));
    // Not counted: a calibration scoring.
    w.evaluation(QStringLiteral("Park"), beta, QDate(2026, 10, 7), 0.0, false, EvaluationKind::Calibration,
                 answers(1, 1, 0));

    struct Count
    {
        int applicable;
        int passed;
    };
    const auto counts = [](const QList<ItemPeriodRate>& rates) {
        std::map<std::pair<QString, QDate>, Count> result;
        for (const auto& rate : rates)
            result[{ rate.itemKey, rate.periodStart }] = Count { rate.applicable, rate.passed };
        return result;
    };
    const auto equal = [](const std::map<std::pair<QString, QDate>, Count>& got,
                          const std::map<std::pair<QString, QDate>, Count>& expected) {
        REQUIRE(got.size() == expected.size());
        for (const auto& [key, count] : expected) {
            INFO(key.first.toStdString() << " " << key.second.toString(Qt::ISODate).toStdString());
            REQUIRE(got.count(key) == 1);
            CHECK(got.at(key).applicable == count.applicable);
            CHECK(got.at(key).passed == count.passed);
        }
    };
    const QDate october(2026, 10, 1);
    const auto byTeam
        = ScoreHistory::itemRatesByTeam(*w.db, test::managerActor(), october, QDate(2026, 10, 31), TrendPeriod::Month);
    CHECK(byTeam.size() == 2);
    equal(counts(byTeam.value(w.teams.value(alpha))),
          { { { QStringLiteral("greeting"), october }, { 2, 1 } },
            { { QStringLiteral("identity"), october }, { 2, 2 } },
            { { QStringLiteral("accuracy"), october }, { 1, 0 } } });
    equal(counts(byTeam.value(w.teams.value(beta))),
          { { { QStringLiteral("greeting"), october }, { 2, 2 } },
            { { QStringLiteral("identity"), october }, { 2, 1 } },
            { { QStringLiteral("accuracy"), october }, { 2, 2 } } });
    for (const auto& rate : byTeam.value(w.teams.value(alpha))) {
        if (rate.itemKey == QLatin1String("accuracy"))
            CHECK(rate.question == QStringLiteral("정확한 정보를 안내했는가?"));
    }

    const QDate firstWeek(2026, 9, 28);
    const QDate secondWeek(2026, 10, 5);
    equal(counts(ScoreHistory::itemRates(*w.db, test::managerActor(), {}, october, QDate(2026, 10, 31),
                                         TrendPeriod::Week)),
          { { { QStringLiteral("greeting"), firstWeek }, { 2, 1 } },
            { { QStringLiteral("identity"), firstWeek }, { 2, 2 } },
            { { QStringLiteral("accuracy"), firstWeek }, { 1, 0 } },
            { { QStringLiteral("greeting"), secondWeek }, { 2, 2 } },
            { { QStringLiteral("identity"), secondWeek }, { 2, 1 } },
            { { QStringLiteral("accuracy"), secondWeek }, { 2, 2 } } });
}

TEST_CASE("contact KPIs: AHT, FCR, CSAT as the share of 4–5 and NPS as promoters minus detractors")
{
    test::EvaluatedWorkspace w;
    const qint64 agent = w.agent(QStringLiteral("Kim"), QStringLiteral("Alpha"));
    const struct {
        int handle;
        int fcr;
        int csat;
        int nps;
    } rows[] = { { 300, 1, 5, 10 }, { 200, 0, 4, 9 }, { 400, 1, 2, 3 }, { 100, 1, 3, 7 } };
    for (const auto& row : rows) {
        const Contact c = w.contact(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 10, 10));
        execWith(*w.db, QStringLiteral("UPDATE contacts SET handle_s = ?, fcr = ?, csat = ?, nps = ? WHERE id = ?"),
                 { row.handle, row.fcr, row.csat, row.nps, c.id }, QStringLiteral("metrics"));
    }
    w.contact(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 10, 11)); // no metrics at all

    const ContactKpis k = ScoreHistory::kpis(*w.db, test::managerActor(), { agent, 0 }, QDate(2026, 10, 1), QDate(2026, 10, 31));
    CHECK(k.contacts == 5);
    CHECK(*k.averageHandleSeconds == Approx(250)); // of the 4 with a handle time
    CHECK(*k.firstContactResolution == Approx(0.75));
    CHECK(k.csatResponses == 4);
    CHECK(*k.csat == Approx(0.5)); // 5 and 4 of 5, 4, 2, 3
    CHECK(*k.nps == Approx((2.0 - 1.0) * 100 / 4)); // promoters 10, 9; detractor 3; 7 is passive
    CHECK_FALSE(ScoreHistory::kpis(*w.db, test::managerActor(), { agent, 0 }, QDate(2026, 11, 1), QDate(2026, 11, 30)).csat);
}

TEST_CASE("weakest items: the agent's lowest pass rates first, beside the team's")
{
    test::EvaluatedWorkspace w;
    const QString alpha = QStringLiteral("Alpha");
    // Kim: greeting 1 of 3, identity 3 of 3, accuracy 2 of 3. Lee (same team): greeting 3 of 3.
    w.evaluation(QStringLiteral("Kim"), alpha, QDate(2026, 10, 1), 0.5, false, EvaluationKind::Regular, answers(1, 0, 0));
    w.evaluation(QStringLiteral("Kim"), alpha, QDate(2026, 10, 2), 0.8, false, EvaluationKind::Regular, answers(1, 0, 1));
    w.evaluation(QStringLiteral("Kim"), alpha, QDate(2026, 11, 3), 0.9, false, EvaluationKind::Regular, answers(0, 0, 2));
    for (int day = 4; day <= 6; ++day)
        w.evaluation(QStringLiteral("Lee"), alpha, QDate(2026, 10, day), 1.0, false, EvaluationKind::Regular, answers(0, 0, 2));

    const auto items = ScoreHistory::weakestItems(*w.db, test::managerActor(), w.agents.value(QStringLiteral("Kim")), w.teams.value(alpha),
                                                  QDate(2026, 10, 1), QDate(2026, 11, 30));
    REQUIRE(items.size() == 3);
    CHECK(items.at(0).itemKey == QStringLiteral("greeting"));
    CHECK(items.at(0).agentPassed == 1);
    CHECK(items.at(0).agentApplicable == 3);
    CHECK(items.at(0).teamApplicable == 6); // the team includes Kim
    CHECK(*items.at(0).teamRate() == Approx(4.0 / 6.0));
    CHECK(items.at(1).itemKey == QStringLiteral("accuracy"));
    CHECK(items.at(2).itemKey == QStringLiteral("identity"));
}

TEST_CASE("recent evaluations: newest first, with the evaluator and each failed item's comment")
{
    test::EvaluatedWorkspace w;
    QList<Answer> failing = answers(1, 0, 0);
    failing[2].comment = QStringLiteral("요금 안내 오류");
    w.evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 10, 1), 0.5, false, EvaluationKind::Regular, failing);
    w.evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 10, 9), 0.9);
    const auto recent = ScoreHistory::recentEvaluations(*w.db, test::managerActor(), w.agents.value(QStringLiteral("Kim")), 10);
    REQUIRE(recent.size() == 2);
    CHECK(recent.at(0).submittedAt.date() == QDate(2026, 10, 9));
    CHECK(recent.at(1).evaluator == QStringLiteral("QA"));
    CHECK(*recent.at(1).score == Approx(50));
    CHECK(recent.at(1).failedItems == QStringList { QStringLiteral("첫인사를 정확히 했는가?"),
                                                    QStringLiteral("정확한 정보를 안내했는가?: 요금 안내 오류") });
    CHECK(ScoreHistory::recentEvaluations(*w.db, test::managerActor(), w.agents.value(QStringLiteral("Kim")), 1).size() == 1);
}
