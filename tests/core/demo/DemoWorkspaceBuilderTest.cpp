#include "TestSupport.h"
#include "analytics/ChatAnalysis.h"
#include "demo/DemoWorkspaceBuilder.h"
#include "media/CallAnalysis.h"
#include "media/WaveformDecoder.h"
#include "storage/ContactRepository.h"
#include "storage/SqlSupport.h"
#include "workspace/WorkspaceCounts.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace qadesk;

namespace {

DemoOptions smallDemo(quint64 seed)
{
    DemoOptions options;
    options.agents = 12;
    options.months = 4;
    options.seed = seed;
    options.until = QDate(2026, 11, 20);
    options.timeZone = test::centreZone();
    options.recordings = 0;
    options.contactsPerAgentMonth = 12;
    options.evaluationsPerAgentMonth = 6;
    return options;
}

std::unique_ptr<Database> buildDemo(const QTemporaryDir& dir, const QString& name, const DemoOptions& options)
{
    DemoSummary summary;
    QString error;
    const QString path = dir.filePath(name);
    INFO(error.toStdString());
    REQUIRE(DemoWorkspaceBuilder::build(path, options, {}, &summary, &error));
    auto db = Database::open(path, &error);
    REQUIRE(db);
    return db;
}

// Every evaluation's agent, contact and score in id order: equal lists mean the same workspace.
QStringList fingerprint(const Database& db)
{
    return selectRows<QString>(db,
                               QStringLiteral("SELECT e.agent_id || ':' || c.external_id || ':' || "
                                              "COALESCE(printf('%.9f', e.score), 'none') || ':' || e.superseded "
                                              "FROM evaluations e JOIN contacts c ON c.id = e.contact_id ORDER BY e.id"),
                               {}, QStringLiteral("fingerprint"), [](const QSqlQuery& q) { return q.value(0).toString(); });
}

template <typename T> T scalar(const Database& db, const QString& sql)
{
    return selectRows<T>(db, sql, {}, QStringLiteral("read"), [](const QSqlQuery& q) { return q.value(0).value<T>(); })
        .value(0);
}

} // namespace

TEST_CASE("the same seed and date build the same demo workspace, another seed a different one")
{
    QTemporaryDir dir;
    const auto first = buildDemo(dir, QStringLiteral("a.qadesk"), smallDemo(7));
    const auto second = buildDemo(dir, QStringLiteral("b.qadesk"), smallDemo(7));
    const auto other = buildDemo(dir, QStringLiteral("c.qadesk"), smallDemo(8));
    const WorkspaceCounts a = countWorkspace(*first);
    const WorkspaceCounts b = countWorkspace(*second);
    CHECK(a.toJson() == b.toJson());
    CHECK(fingerprint(*first) == fingerprint(*second));
    CHECK(fingerprint(*first) != fingerprint(*other));
}

TEST_CASE("the demo workspace looks like a real centre")
{
    QTemporaryDir dir;
    const auto db = buildDemo(dir, QStringLiteral("demo.qadesk"), smallDemo(1));
    const WorkspaceCounts counts = countWorkspace(*db);
    CHECK(counts.teams >= 3);
    CHECK(counts.teams <= 4);
    CHECK(counts.agents == 12);
    CHECK(counts.scorecards == 2);
    CHECK(counts.evaluations > 12 * 3 * 4);
    CHECK(counts.disputes >= 3);
    CHECK(counts.coachingSessions >= 1);

    // Korean and English team names; Hangul agent names.
    CHECK(scalar<int>(*db, QStringLiteral("SELECT COUNT(*) FROM teams WHERE name LIKE '%팀%'")) >= 2);
    CHECK(scalar<int>(*db, QStringLiteral("SELECT COUNT(*) FROM teams WHERE name LIKE '%Care%'")) >= 1);
    CHECK(scalar<int>(*db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE name GLOB '*[가-힣]*'")) >= 6);

    // Calls and chats, chats with transcripts, plausible metrics.
    CHECK(scalar<int>(*db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE channel = 'chat'")) > 0);
    CHECK(scalar<int>(*db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE channel = 'call'")) > 0);
    CHECK(scalar<int>(*db, QStringLiteral("SELECT COUNT(*) FROM contacts c WHERE c.channel = 'chat' AND NOT EXISTS "
                                          "(SELECT 1 FROM chat_messages m WHERE m.contact_id = c.id)"))
          == 0);
    CHECK(scalar<int>(*db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE csat NOT BETWEEN 1 AND 5 OR nps NOT "
                                          "BETWEEN 0 AND 10 OR handle_s < duration_s"))
          == 0);
    const double aht = scalar<double>(*db, QStringLiteral("SELECT AVG(handle_s) FROM contacts WHERE channel = 'call'"));
    CHECK(aht > 180);
    CHECK(aht < 900);

    // Scores spread out, some critical failures, and weak items: the worst item passes far less than the best.
    CHECK(scalar<double>(*db, QStringLiteral("SELECT MAX(score) - MIN(score) FROM evaluations")) > 0.3);
    CHECK(scalar<int>(*db, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE critical_failed = 1")) > 0);
    const QString passRates = QStringLiteral(
        "SELECT AVG(1.0 - a.failed) AS rate FROM evaluation_answers a JOIN scorecard_items i ON i.id = a.item_id "
        "WHERE a.na = 0 AND i.critical_scope = 'none' GROUP BY i.item_key ORDER BY rate");
    const auto rates = selectRows<double>(*db, passRates, {}, QStringLiteral("rates"),
                                          [](const QSqlQuery& q) { return q.value(0).toDouble(); });
    REQUIRE(rates.size() > 3);
    CHECK(rates.last() - rates.first() > 0.05);

    // Improving and declining agents: first-month vs last-month averages move both ways.
    const auto moves = selectRows<double>(
        *db,
        QStringLiteral("SELECT AVG(CASE WHEN submitted_at >= ? THEN score END) - AVG(CASE WHEN submitted_at < ? THEN "
                       "score END) FROM evaluations WHERE superseded = 0 GROUP BY agent_id"),
        { dbTime(test::centreTime(QDate(2026, 10, 1), QTime(0, 0))),
          dbTime(test::centreTime(QDate(2026, 9, 1), QTime(0, 0))) },
        QStringLiteral("moves"), [](const QSqlQuery& q) { return q.value(0).toDouble(); });
    CHECK(std::any_of(moves.begin(), moves.end(), [](double d) { return d > 0.03; }));
    CHECK(std::any_of(moves.begin(), moves.end(), [](double d) { return d < -0.03; }));

    // Nothing after the last day; an overturned dispute left a revision behind.
    CHECK(scalar<int>(
              *db,
              QStringLiteral("SELECT COUNT(*) FROM contacts WHERE started_at >= ?")
                  .replace(QLatin1Char('?'),
                           QString::number(test::centreTime(QDate(2026, 11, 21), QTime(0, 0)).toMSecsSinceEpoch())))
          == 0);
    CHECK(scalar<int>(*db, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE revision_of IS NOT NULL"))
          == scalar<int>(*db, QStringLiteral("SELECT COUNT(*) FROM disputes WHERE status = 'overturned'")));
}

TEST_CASE("demo recordings are real stereo speech files beside the workspace")
{
    QTemporaryDir dir;
    DemoOptions options = smallDemo(3);
    options.recordings = 2;
    const auto db = buildDemo(dir, QStringLiteral("voices.qadesk"), options);
    const auto paths = selectRows<std::pair<QString, qint64>>(
        *db, QStringLiteral("SELECT path, duration_ms FROM recordings ORDER BY contact_id"), {}, QStringLiteral("paths"),
        [](const QSqlQuery& q) { return std::pair { q.value(0).toString(), q.value(1).toLongLong() }; });
    REQUIRE(paths.size() == 2);
    for (const auto& [path, durationMs] : paths) {
        CHECK(QFileInfo(path).isRelative());
        const QFileInfo file(QDir(db->folder()).filePath(path));
        CHECK(file.exists());
        CHECK(durationMs > 5000);
        // 8 kHz, 16-bit, stereo: 32 bytes a millisecond after the header.
        CHECK(std::abs(file.size() - 44 - durationMs * 32) < 64);
    }
}

TEST_CASE("the demo's calls hold dead air and overtalk, and some of its chats keep the customer waiting minutes")
{
    QTemporaryDir dir;
    DemoOptions options = smallDemo(5);
    options.recordings = 2; // the latest has a hold and an interruption, the one before neither
    const auto db = buildDemo(dir, QStringLiteral("conversations.qadesk"), options);
    const QStringList paths
        = selectRows<QString>(*db, QStringLiteral("SELECT path FROM recordings"), {}, QStringLiteral("paths"),
                              [](const QSqlQuery& q) { return q.value(0).toString(); });
    REQUIRE(paths.size() == 2);
    qint64 longestDeadAirMs = 0;
    qint64 longestOvertalkMs = 0;
    for (const QString& path : paths) {
        QString error;
        const auto peaks = WaveformDecoder::decode(QDir(db->folder()).filePath(path), {}, &error);
        INFO(error.toStdString());
        REQUIRE(peaks);
        const auto analysis = CallAnalysis::of(*peaks, {});
        REQUIRE(analysis);
        for (const TimeSpan& span : analysis->deadAir)
            longestDeadAirMs = std::max(longestDeadAirMs, span.lengthMs());
        for (const TimeSpan& span : analysis->overtalk)
            longestOvertalkMs = std::max(longestOvertalkMs, span.lengthMs());
    }
    CHECK(longestDeadAirMs >= 3000);
    CHECK(longestOvertalkMs >= 500);

    ContactRepository contacts(*db);
    const QList<qint64> chats
        = selectRows<qint64>(*db, QStringLiteral("SELECT id FROM contacts WHERE channel = 'chat'"), {},
                             QStringLiteral("chats"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    qint64 longestWaitMs = 0;
    for (const qint64 id : chats)
        longestWaitMs
            = std::max(longestWaitMs, ChatAnalysis::of(contacts.find(id)->messages).longestWaitMs.value_or(0));
    CHECK(longestWaitMs > 2 * 60 * 1000);
}

TEST_CASE("a demo build refuses an existing file and leaves nothing behind when cancelled")
{
    QTemporaryDir dir;
    DemoSummary summary;
    QString error;
    const QString path = dir.filePath(QStringLiteral("cancelled.qadesk"));
    CHECK_FALSE(DemoWorkspaceBuilder::build(path, smallDemo(1), [](double fraction, const QString&) { return fraction < 0.3; },
                                            &summary, &error));
    CHECK(error.contains(QStringLiteral("cancelled")));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());

    test::fileWorkspace(dir, QStringLiteral("taken.qadesk"));
    CHECK_FALSE(DemoWorkspaceBuilder::build(dir.filePath(QStringLiteral("taken.qadesk")), smallDemo(1), {}, &summary, &error));
    CHECK(error.contains(QStringLiteral("already exists")));
}

TEST_CASE("after 24 months every demo agent still scores in a plausible band")
{
    DemoOptions options = smallDemo(11);
    options.agents = 30;
    options.months = 24;
    options.contactsPerAgentMonth = 8;
    options.evaluationsPerAgentMonth = 6;
    QTemporaryDir dir;
    const auto db = buildDemo(dir, QStringLiteral("long.qadesk"), options);

    // Each agent's average score per quarter (about 18 evaluations: a month of 6 is too few to judge, one failed
    // critical item zeroes an evaluation), by the contacts' time, current revisions only. A centre's agents range from
    // weak (around 50 %) to excellent, and the middle agent stays near 80 %. A slope kept for two years would take a
    // decliner's pass probability from 0.9 down to 0.45, failing half of the critical items.
    const QDate firstMonth(2024, 12, 1);
    for (int quarter = 0; quarter < 8; ++quarter) {
        const QDate from = firstMonth.addMonths(3 * quarter);
        auto averages = selectRows<double>(
            *db,
            QStringLiteral("SELECT AVG(e.score) FROM evaluations e JOIN contacts c ON c.id = e.contact_id "
                           "WHERE e.superseded = 0 AND e.score IS NOT NULL AND c.started_at >= ? AND c.started_at < ? "
                           "GROUP BY e.agent_id"),
            { dbTime(test::centreTime(from, QTime(0, 0))), dbTime(test::centreTime(from.addMonths(3), QTime(0, 0))) },
            QStringLiteral("averages"), [](const QSqlQuery& q) { return q.value(0).toDouble(); });
        REQUIRE(averages.size() == 30);
        std::sort(averages.begin(), averages.end());
        INFO("quarter from " << from.toString(Qt::ISODate).toStdString() << ": lowest " << averages.first()
                             << ", median " << averages.at(15) << ", highest " << averages.last());
        CHECK(averages.first() >= 0.45);
        CHECK(averages.last() <= 0.97);
        CHECK(averages.at(15) >= 0.7);
        CHECK(averages.at(15) <= 0.9);
    }
}
