#include "storage/Aggregates.h"

#include "TestSupport.h"
#include "analytics/ConversationMetrics.h"
#include "storage/ContactRepository.h"
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

// A contact's outcomes, as a contact import stores them.
struct Outcomes {
    std::optional<int> csat;
    std::optional<int> nps;
    std::optional<bool> fcr;
    std::optional<int> handleSeconds;
};

// A draft of `agent`'s new contact (with these outcomes) with these answers, submitted by the evaluator `login`
// (the workspace's own evaluator unless given).
qint64 submitted(test::EvaluatedWorkspace& centre, const QString& agent, const QList<Answer>& answers,
                 const Outcomes& outcomes = {}, const QString& login = QStringLiteral("qa"))
{
    Contact contact;
    contact.externalId = QStringLiteral("C%1").arg(++centre.sequence);
    contact.agentId = centre.agent(agent, QStringLiteral("Alpha"));
    contact.startedAt = test::centreTime(QDate(2026, 11, 19), QTime(10, 0));
    contact.durationSeconds = 100;
    contact.csat = outcomes.csat;
    contact.nps = outcomes.nps;
    contact.firstContactResolution = outcomes.fcr;
    contact.handleSeconds = outcomes.handleSeconds;
    EvaluationRepository evaluations(*centre.db);
    Evaluation draft;
    draft.contactId = ContactRepository(*centre.db).add(contact);
    draft.scorecardVersionId = centre.version.id;
    draft.evaluatorId = UserRepository(*centre.db).findByLogin(login)->id;
    draft.id = evaluations.createDraft(draft, login);
    draft.answers = answers;
    evaluations.saveDraft(draft);
    evaluations.submit(draft.id, login);
    return draft.id;
}

// One score band's row of agent_month_outcomes: the counts, then each outcome's six sums.
struct OutcomeRow {
    int contacts = 0;
    int satisfied = 0;
    int promoters = 0;
    int detractors = 0;
    int resolved = 0;
    QList<double> sums; // csat, nps, fcr, handle: pairs, Σ score, Σ outcome, Σ score², Σ outcome², Σ score × outcome
};

QHash<int, OutcomeRow> outcomeRows(const Database& db, qint64 agentId, int month)
{
    QHash<int, OutcomeRow> rows;
    for (const auto& [band, row] : selectRows<std::pair<int, OutcomeRow>>(
             db,
             QStringLiteral("SELECT band, %1 FROM agent_month_outcomes WHERE agent_id = ? AND month = ?")
                 .arg(Aggregates::outcomeColumns().join(QStringLiteral(", "))),
             { agentId, month }, QStringLiteral("read"), [](const QSqlQuery& q) {
                 OutcomeRow row { q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
                                  q.value(4).toInt(), q.value(5).toInt(), {} };
                 for (int i = 6; i < 30; ++i)
                     row.sums << q.value(i).toDouble();
                 return std::pair { q.value(0).toInt(), row };
             }))
        rows.insert(band, row);
    return rows;
}

struct EvaluatorRow {
    int evaluations = 0;
    int timed = 0;
    int scored = 0;
    double scoreSum = 0;
    int compared = 0;
    double deviationSum = 0;
};

QHash<qint64, EvaluatorRow> evaluatorRows(const Database& db, qint64 agentId, int month)
{
    QHash<qint64, EvaluatorRow> rows;
    for (const auto& [evaluator, row] : selectRows<std::pair<qint64, EvaluatorRow>>(
             db,
             QStringLiteral("SELECT evaluator_id, evaluations, timed, scored, score_sum, compared, deviation_sum FROM "
                            "agent_month_evaluators WHERE agent_id = ? AND month = ?"),
             { agentId, month }, QStringLiteral("read"), [](const QSqlQuery& q) {
                 return std::pair { q.value(0).toLongLong(),
                                    EvaluatorRow { q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
                                                   q.value(4).toDouble(), q.value(5).toInt(), q.value(6).toDouble() } };
             }))
        rows.insert(evaluator, row);
    return rows;
}

struct ConversationRow
{
    int month = 0;
    QList<double> sums; // Aggregates::conversationColumns()' order
};

QList<ConversationRow> conversationRows(const Database& db, qint64 agentId)
{
    const QStringList columns = Aggregates::conversationColumns();
    return selectRows<ConversationRow>(
        db,
        QStringLiteral("SELECT month, %1 FROM agent_month_conversations WHERE agent_id = ? ORDER BY month")
            .arg(columns.join(QStringLiteral(", "))),
        { agentId }, QStringLiteral("read"), [&columns](const QSqlQuery& q) {
            ConversationRow row { q.value(0).toInt(), {} };
            for (int i = 1; i <= columns.size(); ++i)
                row.sums << q.value(i).toDouble();
            return row;
        });
}

// A chat started at 10:00 in the centre on `day`: customer, agent, customer, agent at 0, 30, 40 and 130 s, so its
// first response is 30 s, its longest wait 90 s, and one of its two replies came within the default 60 s limit.
void measuredChat(const Database& db, qint64 agentId, const QDate& day)
{
    Contact chat;
    chat.channel = Channel::Chat;
    chat.externalId = QStringLiteral("CHAT-%1").arg(day.toString(Qt::ISODate));
    chat.agentId = agentId;
    chat.startedAt = test::centreTime(day, QTime(10, 0));
    const QList<int> seconds { 0, 30, 40, 130 };
    for (int i = 0; i < seconds.size(); ++i)
        chat.messages << ChatMessage { i + 1,
                                       chat.startedAt.addSecs(seconds.at(i)),
                                       i % 2 == 0 ? MessageSender::Customer : MessageSender::Agent,
                                       {},
                                       QStringLiteral("…") };
    ContactWriter(db).insert(chat);
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

// Scores in points: Opening 20/20 and Resolution 5/10 give (20 + 0.5 * 2) / 22 = 95.45 (band 90–100); Opening
// 10/20 with Resolution N/A gives 50 (band 0–60); everything yes gives 100.
TEST_CASE("submit and revise rewrite the month's outcomes by score band and each evaluator's deviation from peers")
{
    test::EvaluatedWorkspace centre;
    const qint64 qb = UserRepository(*centre.db).add(User { 0, QStringLiteral("qb"), QStringLiteral("QB"), Role::Evaluator });
    const qint64 kim = centre.agent(QStringLiteral("Kim"), QStringLiteral("Alpha"));
    const double high = 2100.0 / 22; // 95.45 points
    submitted(centre, QStringLiteral("Kim"), { answer("greeting", 0), answer("identity", 0), answer("accuracy", 1) },
              { 5, 9, true, 300 });
    const qint64 half = submitted(centre, QStringLiteral("Kim"),
                                  { answer("greeting", 1), answer("identity", 0), answer("accuracy", {}, true) },
                                  { 2, {}, false, 200 });
    const qint64 full = submitted(centre, QStringLiteral("Kim"),
                                  { answer("greeting", 0), answer("identity", 0), answer("accuracy", 2) },
                                  { 4, 6, {}, {} }, QStringLiteral("qb"));

    auto outcomes = outcomeRows(*centre.db, kim, 202611);
    REQUIRE(outcomes.size() == 2);
    const OutcomeRow low = outcomes.value(0); // the 50: CSAT 2, no NPS, not resolved, 200 s
    CHECK(low.contacts == 1);
    CHECK(low.satisfied == 0);
    CHECK(low.promoters + low.detractors == 0);
    CHECK(low.resolved == 0);
    const QList<double> lowSums { 1, 50, 2, 2500, 4, 100, 0, 0, 0, 0, 0, 0, 1, 50, 0, 2500, 0, 0, 1, 50, 200, 2500, 40000, 10000 };
    for (int i = 0; i < 24; ++i) {
        INFO(i);
        CHECK(low.sums.value(i) == Approx(lowSums.at(i)).margin(1e-9));
    }
    const OutcomeRow top = outcomes.value(4); // 95.45 (CSAT 5, NPS 9, resolved, 300 s) and 100 (CSAT 4, NPS 6)
    CHECK(top.contacts == 2);
    CHECK(top.satisfied == 2);
    CHECK(top.promoters == 1);
    CHECK(top.detractors == 1);
    CHECK(top.resolved == 1);
    const QList<double> topSums { 2, high + 100, 9, high * high + 10000, 41, 5 * high + 400,
                                  2, high + 100, 15, high * high + 10000, 117, 9 * high + 600,
                                  1, high, 1, high * high, 1, high,
                                  1, high, 300, high * high, 90000, 300 * high };
    for (int i = 0; i < 24; ++i) {
        INFO(i);
        CHECK(top.sums.value(i) == Approx(topSums.at(i)));
    }

    // QA scored 0.9545 and 0.5 against QB's 1.0: (0.9545 − 1) + (0.5 − 1) = −0.5455; QB 1.0 against QA's mean
    // 0.7273: +0.2727.
    auto evaluators = evaluatorRows(*centre.db, kim, 202611);
    REQUIRE(evaluators.size() == 2);
    CHECK(evaluators.value(centre.evaluator).evaluations == 2);
    CHECK(evaluators.value(centre.evaluator).timed == 0); // no time was recorded
    CHECK(evaluators.value(centre.evaluator).scored == 2);
    CHECK(evaluators.value(centre.evaluator).scoreSum == Approx(21.0 / 22 + 0.5));
    CHECK(evaluators.value(centre.evaluator).compared == 2);
    CHECK(evaluators.value(centre.evaluator).deviationSum == Approx(21.0 / 22 - 1 + 0.5 - 1));
    CHECK(evaluators.value(qb).compared == 1);
    CHECK(evaluators.value(qb).deviationSum == Approx(1 - (21.0 / 22 + 0.5) / 2));
    const auto [lowest, highest, latestId] = selectRows<std::tuple<double, double, qint64>>(
        *centre.db, QStringLiteral("SELECT score_lowest, score_highest, latest_id FROM agent_months WHERE agent_id = ?"),
        { kim }, QStringLiteral("read"), [](const QSqlQuery& q) {
            return std::tuple { q.value(0).toDouble(), q.value(1).toDouble(), q.value(2).toLongLong() };
        }).value(0);
    CHECK(lowest == Approx(0.5));
    CHECK(highest == Approx(1.0));
    CHECK(latestId == full);
    CHECK(Aggregates::differences(*centre.db).isEmpty());

    // The 50 revised to everything yes (100): band 0–60 empties, QA's deviation is (0.9545 − 1) + (1 − 1).
    const qint64 revision = EvaluationRepository(*centre.db)
                                .revise(half, { answer("greeting", 0), answer("identity", 0), answer("accuracy", 2) },
                                        QStringLiteral("note"), QStringLiteral("lead"));
    outcomes = outcomeRows(*centre.db, kim, 202611);
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.value(4).contacts == 3);
    CHECK(outcomes.value(4).satisfied == 2); // CSAT 5, 2 and 4
    CHECK(outcomes.value(4).sums.value(0) == 3);
    CHECK(outcomes.value(4).sums.value(2) == 11);
    CHECK(outcomes.value(4).sums.value(5) == Approx(5 * high + 200 + 400));
    evaluators = evaluatorRows(*centre.db, kim, 202611);
    CHECK(evaluators.value(centre.evaluator).deviationSum == Approx(21.0 / 22 - 1));
    CHECK(evaluators.value(qb).deviationSum == Approx(1 - (21.0 / 22 + 1) / 2));
    CHECK(selectRows<qint64>(*centre.db, QStringLiteral("SELECT latest_id FROM agent_months WHERE agent_id = ?"), { kim },
                             QStringLiteral("read"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
              .value(0)
          == revision);
    CHECK(Aggregates::differences(*centre.db).isEmpty());
}

TEST_CASE("an evaluator alone with an agent in a month is compared with nobody")
{
    test::EvaluatedWorkspace centre;
    const qint64 kim = centre.agent(QStringLiteral("Kim"), QStringLiteral("Alpha"));
    submitted(centre, QStringLiteral("Kim"), { answer("greeting", 0), answer("identity", 0), answer("accuracy", 2) });
    submitted(centre, QStringLiteral("Kim"), { answer("greeting", 1), answer("identity", 0), answer("accuracy", {}, true) });
    const auto evaluators = evaluatorRows(*centre.db, kim, 202611);
    REQUIRE(evaluators.size() == 1);
    CHECK(evaluators.value(centre.evaluator).scored == 2);
    CHECK(evaluators.value(centre.evaluator).scoreSum == Approx(1.5));
    CHECK(evaluators.value(centre.evaluator).compared == 0);
    CHECK(evaluators.value(centre.evaluator).deviationSum == 0);
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

TEST_CASE("the upgrades to schema 6, 8 and 9 fill the aggregates of a workspace's existing evaluations and metrics")
{
    const int step = GENERATE(5, 7, 8);
    INFO("from schema " << step);
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
        measuredChat(*db, agentId, QDate(2026, 11, 3));
    }
    test::downgradeSchema(path, step);
    Database::Options options;
    options.timeZone = test::centreZone();
    QString error;
    const auto db = Database::open(path, options, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    const auto months = monthRows(*db, agentId);
    REQUIRE(months.size() == 1);
    CHECK(months[0].first == 202611);
    CHECK(months[0].second.evaluations == 1);
    CHECK(months[0].second.scoreSum == Approx(21.0 / 22.0));
    CHECK(itemRows(*db, agentId, 202611).value(QStringLiteral("accuracy")).points == 5);
    CHECK(outcomeRows(*db, agentId, 202611).value(4).contacts == 1); // 95.45 points
    CHECK(evaluatorRows(*db, agentId, 202611).size() == 1);
    const auto conversations = conversationRows(*db, agentId);
    if (step < 6) { // before contact_metrics: the chat is measured, and counted, by the next background run
        CHECK(conversations.isEmpty());
    } else {
        REQUIRE(conversations.size() == 1);
        CHECK(conversations[0].month == 202611);
        CHECK(conversations[0].sums == QList<double> { 0, 1, 0, 0, 0, 0, 0, 0, 30000, 1, 90000, 1, 0.5, 1 });
    }
    CHECK(Aggregates::differences(*db).isEmpty());
}

TEST_CASE("storing a contact's measures moves its month's conversation sums, replacing what it stored before, and the "
          "check finds a sum that differs")
{
    const auto db = test::memoryWorkspace();
    const qint64 team = TeamRepository(*db).add(Team { 0, QStringLiteral("Care") });
    const qint64 kim = AgentRepository(*db).add(Agent { 0, QStringLiteral("A1"), QStringLiteral("Kim"), team });
    measuredChat(*db, kim, QDate(2026, 11, 3));
    // 30 November 23:30 in Seoul is still November there (14:30 UTC).
    const qint64 callId
        = test::addCall(*db, kim, QStringLiteral("CALL-1"), test::centreTime(QDate(2026, 11, 30), QTime(23, 30)));
    CallAnalysis analysis;
    analysis.durationMs = 100000;
    analysis.deadAir = { { 0, 30000 } };
    analysis.overtalk = { { 50000, 60000 } };
    analysis.agent = { { 0, 60000 } };
    analysis.customer = { { 0, 20000 } };
    ConversationMetrics::storeCall(*db, callId, analysis);
    // Measured again, with 10 s of dead air: the call counts once, with its new measures.
    analysis.deadAir = { { 0, 10000 } };
    ConversationMetrics::storeCall(*db, callId, analysis);
    // Another agent's December chat stays in its own month.
    const qint64 lee = AgentRepository(*db).add(Agent { 0, QStringLiteral("A2"), QStringLiteral("Lee"), team });
    measuredChat(*db, lee, QDate(2026, 12, 1));

    const auto rows = conversationRows(*db, kim);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].month == 202611);
    // calls, chats; dead air, overtalk 10 of 100 s, talk share 60 of 80 s; first response, longest wait, within 60 s
    CHECK(rows[0].sums == QList<double> { 1, 1, 10000, 1, 0.1, 1, 0.75, 1, 30000, 1, 90000, 1, 0.5, 1 });
    REQUIRE(conversationRows(*db, lee).size() == 1);
    CHECK(conversationRows(*db, lee)[0].month == 202612);
    CHECK(Aggregates::differences(*db).isEmpty());

    execWith(*db, QStringLiteral("UPDATE agent_month_conversations SET chats = 3 WHERE agent_id = ?"), { kim }, {});
    CHECK(
        Aggregates::differences(*db)
        == QStringList {
            QStringLiteral("agent %1, 2026-11: measured chats is 3 in the aggregates, 1 from the answers").arg(kim) });
    Aggregates::rebuild(*db);
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

// A year of a large centre's item aggregates is hundreds of thousands of rows: the item and team reports must sum
// them from the month index alone (schema step 8), and the evaluator sums must come in evaluator order, unsorted.
TEST_CASE("the reports' sums over months of aggregates are read from an index alone", "[sqlite-only]")
{
    const auto db = test::memoryWorkspace();
    const auto plan = [&db](const QString& sql) {
        return selectRows<QString>(*db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, {}, QStringLiteral("plan"),
                                   [](const QSqlQuery& q) { return q.value(3).toString(); })
            .join(QLatin1Char('\n'))
            .toStdString();
    };
    CHECK_THAT(plan(QStringLiteral("SELECT team_id, month, item_id, SUM(answered), SUM(failed), MAX(latest_at) FROM "
                                   "agent_month_items e WHERE e.month >= 202601 AND e.month <= 202612 GROUP BY 1, 2, 3")),
               Catch::Contains("USING COVERING INDEX agent_month_items_month (month>? AND month<?)"));
    CHECK_THAT(plan(QStringLiteral("SELECT e.band, SUM(e.contacts) FROM agent_month_outcomes e WHERE e.month >= 202601 "
                                   "AND e.month <= 202612 GROUP BY e.band")),
               Catch::Contains("USING COVERING INDEX agent_month_outcomes_month (month>? AND month<?)"));
    // The KPI report's whole-centre sums by band, in the table's own (band) order.
    CHECK(plan(QStringLiteral("SELECT e.band, SUM(e.csat_products) FROM agent_month_outcomes e WHERE +e.month >= "
                              "202601 AND +e.month <= 202612 GROUP BY e.band"))
          == "SCAN e");
    const std::string evaluators = plan(QStringLiteral(
        "SELECT evaluator_id, SUM(compared), SUM(deviation_sum) FROM agent_month_evaluators WHERE month >= 202601 AND "
        "month <= 202612 AND compared > 0 GROUP BY evaluator_id ORDER BY evaluator_id"));
    CHECK_THAT(evaluators, Catch::Contains("agent_month_evaluators"));
    CHECK_THAT(evaluators, !Catch::Contains("TEMP B-TREE"));
}
