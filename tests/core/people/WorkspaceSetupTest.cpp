#include "people/SignIn.h"
#include "people/WorkspaceSetup.h"
#include "scoring/ScorecardJson.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"
#include "workspace/Overview.h"

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

CentreSetup seoulCentre()
{
    CentreSetup setup;
    setup.centreName = QString::fromUtf8("한빛 고객센터");
    setup.timeZoneId = QStringLiteral("Asia/Seoul");
    setup.adminLogin = QStringLiteral("admin");
    setup.adminDisplayName = QString::fromUtf8("김관리");
    setup.adminPassword = QStringLiteral("first-admin");
    setup.targetScore = 0.9;
    setup.scorecards = ScorecardJson::shippedForms();
    return setup;
}

QString setting(const Database& db, const QString& key)
{
    return selectRows<QString>(db, QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"), { key },
                               QStringLiteral("read"), [](const QSqlQuery& q) { return q.value(0).toString(); })
        .value(0);
}

} // namespace

TEST_CASE("A new workspace has its centre, time zone, target, administrator and published scorecards", "[people]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("centre.qadesk"));
    QString error;
    const auto db = WorkspaceSetup::create(path, seoulCentre(), &error);
    INFO(error.toStdString());
    REQUIRE(db);
    CHECK(setting(*db, QStringLiteral("name")) == QString::fromUtf8("한빛 고객센터"));
    CHECK(setting(*db, QStringLiteral("time_zone")) == QStringLiteral("Asia/Seoul"));
    CHECK(targetScore(*db) == Approx(0.9));
    const auto admin = SignIn::authenticate(*db, QStringLiteral("admin"), QStringLiteral("first-admin"), &error);
    REQUIRE(admin);
    CHECK(admin->role == Role::Admin);
    // Both shipped Korean forms, each with a published first version.
    const auto scorecards = ScorecardRepository(*db).all();
    CHECK(scorecards.size() == 2);
    for (const auto& scorecard : scorecards)
        CHECK(ScorecardRepository(*db).latestPublished(scorecard.id).has_value());
}

TEST_CASE("An existing file, even an empty one, is never made into a workspace", "[people]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.qadesk"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    QString error;
    CHECK_FALSE(WorkspaceSetup::create(path, seoulCentre(), &error));
    CHECK(error.endsWith(QStringLiteral("already exists. A new workspace needs a new file; QA Desk never turns an "
                                        "existing file into a workspace.")));
    CHECK(QFile(path).size() == 0);
}

TEST_CASE("A setup with problems names each one and leaves no file", "[people]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.qadesk"));
    CentreSetup setup = seoulCentre();
    setup.centreName = QStringLiteral("  ");
    setup.timeZoneId = QStringLiteral("Seoul");
    setup.targetScore = 1.5;
    setup.adminPassword = QStringLiteral("short");
    QString error;
    CHECK_FALSE(WorkspaceSetup::create(path, setup, &error));
    CHECK(error.split(QLatin1Char('\n'))
          == QStringList { QStringLiteral("The centre's name is empty."),
                           QStringLiteral("Time zone \"Seoul\" is not an IANA time zone such as Asia/Seoul."),
                           QStringLiteral("The target score must be above 0 % and at most 100 %."),
                           QStringLiteral("The administrator's password needs at least 8 characters.") });
    CHECK_FALSE(QFile::exists(path));

    setup = seoulCentre();
    setup.adminLogin = QStringLiteral("Admin User");
    CHECK_FALSE(WorkspaceSetup::create(path, setup, &error));
    CHECK(error.contains(QStringLiteral("Login \"Admin User\"")));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}
