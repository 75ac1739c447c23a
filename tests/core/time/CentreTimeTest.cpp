#include "TestSupport.h"
#include "reports/ReportSource.h"
#include "storage/SqlSupport.h"
#include "time/CentreTime.h"
#include "workspace/Overview.h"
#include "workspace/WorkspaceCounts.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace qadesk;

namespace {

const QTimeZone s_seoul("Asia/Seoul");

QDateTime utc(const QDate& day, const QTime& time)
{
    return QDateTime(day, time, QTimeZone::utc());
}

QString storedZone(const Database& db)
{
    return selectRows<QString>(db, QStringLiteral("SELECT value FROM workspace_settings WHERE key = 'time_zone'"), {},
                               QStringLiteral("read the zone"),
                               [](const QSqlQuery& q) { return q.value(0).toString(); })
        .value(0);
}

} // namespace

TEST_CASE("a contact at 01:31Z is at 10:31 on the same day in Seoul, and 15:31Z is already the next day and month")
{
    const CentreTime seoul(s_seoul);
    const QDateTime morning = utc(QDate(2026, 10, 5), QTime(1, 31));
    CHECK(seoul.toCentre(morning).time() == QTime(10, 31));
    CHECK(seoul.dateOf(morning) == QDate(2026, 10, 5));

    const QDateTime lateOctober = utc(QDate(2026, 10, 31), QTime(15, 31)); // 2026-11-01 00:31 in Seoul
    CHECK(seoul.dateOf(lateOctober) == QDate(2026, 11, 1));
    CHECK(seoul.toCentre(lateOctober).time() == QTime(0, 31));
    // November begins at 2026-10-31 15:00Z in Seoul (UTC+9, no daylight saving): 1793458800000 ms.
    CHECK(seoul.dayStartMs(QDate(2026, 11, 1)) == 1793458800000LL);
    CHECK(seoul.at(QDate(2026, 11, 1), QTime(0, 0)) == utc(QDate(2026, 10, 31), QTime(15, 0)));

    const CentreTime greenwich(QTimeZone::utc());
    CHECK(greenwich.dateOf(lateOctober) == QDate(2026, 10, 31));
    CHECK(greenwich.dayStartMs(QDate(2026, 11, 1)) == 1793491200000LL);
}

TEST_CASE("the clock is the system's until a test fixes it, and today is the centre's day")
{
    CentreTime seoul(s_seoul);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = seoul.now();
    CHECK(now >= before);
    CHECK(now.timeSpec() == Qt::UTC);

    seoul.setNow(utc(QDate(2026, 12, 31), QTime(23, 30)));
    CHECK(seoul.now() == utc(QDate(2026, 12, 31), QTime(23, 30)));
    CHECK(seoul.nowMs() == utc(QDate(2026, 12, 31), QTime(23, 30)).toMSecsSinceEpoch());
    CHECK(seoul.today() == QDate(2027, 1, 1)); // 08:30 on New Year's Day in Seoul
    CHECK(CentreTime(QTimeZone::utc()).dateOf(seoul.now()) == QDate(2026, 12, 31));
}

TEST_CASE("an evaluation at 2026-10-31 15:31Z counts in Seoul's November, in the overview and in reports")
{
    test::EvaluatedWorkspace w; // in Seoul
    const qint64 late = w.evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 10, 30), 0.6);
    execWith(*w.db, QStringLiteral("UPDATE evaluations SET submitted_at = ? WHERE id = ?"),
             { dbTime(utc(QDate(2026, 10, 31), QTime(15, 31))), late }, QStringLiteral("move the evaluation"));
    w.evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 10, 20), 0.9);

    const Overview october = computeOverview(*w.db, test::managerActor(), QDate(2026, 10, 1));
    CHECK(october.evaluationsDone == 1);
    CHECK(*october.average == Approx(0.9));
    const Overview november = computeOverview(*w.db, test::managerActor(), QDate(2026, 11, 1));
    CHECK(november.evaluationsDone == 1);
    CHECK(*november.average == Approx(0.6));

    const auto facts = ReportSource(*w.db, test::managerActor()).evaluations(QDate(2026, 11, 1), QDate(2026, 11, 30), {});
    REQUIRE(facts.size() == 1);
    CHECK(facts.first().id == late);
    CHECK(facts.first().date == QDate(2026, 11, 1));
    // By the contact's day (Oct 30, 10:00 in Seoul) it is October's.
    const auto byContact
        = ReportSource(*w.db, test::managerActor(), PeriodBasis::Contact).evaluations(QDate(2026, 10, 1), QDate(2026, 10, 31), {});
    CHECK(byContact.size() == 2);
}

TEST_CASE("a workspace keeps the zone it was created with, and an older one gets the zone of its first opening",
          "[sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("centre.qadesk"));
    QString error;
    {
        Database::Options options;
        options.create = true;
        options.timeZone = s_seoul;
        const auto db = Database::open(path, options, &error);
        REQUIRE(db);
        CHECK(db->time().zoneId() == QStringLiteral("Asia/Seoul"));
        CHECK(storedZone(*db) == QStringLiteral("Asia/Seoul"));
        CHECK(countWorkspace(*db).toJson().value(QStringLiteral("time_zone")).toString() == QStringLiteral("Asia/Seoul"));
    }
    {
        Database::Options options;
        options.timeZone = QTimeZone("America/New_York"); // the machine's zone no longer matters
        const auto db = Database::open(path, options, &error);
        REQUIRE(db);
        CHECK(db->time().zoneId() == QStringLiteral("Asia/Seoul"));
        const auto sibling = db->openSibling(&error);
        REQUIRE(sibling);
        CHECK(sibling->time().zoneId() == QStringLiteral("Asia/Seoul"));
        // Before this version workspaces had no zone.
        execWith(*db, QStringLiteral("DELETE FROM workspace_settings WHERE key = 'time_zone'"), {},
                 QStringLiteral("forget the zone"));
    }
    Database::Options options;
    options.timeZone = QTimeZone("Europe/Berlin");
    const auto db = Database::open(path, options, &error);
    REQUIRE(db);
    CHECK(db->time().zoneId() == QStringLiteral("Europe/Berlin"));
    CHECK(storedZone(*db) == QStringLiteral("Europe/Berlin"));
}

TEST_CASE("siblings share the clock a test fixed")
{
    QTemporaryDir dir;
    const auto db = test::fileWorkspace(dir);
    QString error;
    const auto sibling = db->openSibling(&error);
    REQUIRE(sibling);
    CHECK(sibling->time().now() == test::fixedNow());
    db->time().setNow(utc(QDate(2027, 1, 1), QTime(0, 10)));
    CHECK(sibling->time().today() == QDate(2027, 1, 1));
}
