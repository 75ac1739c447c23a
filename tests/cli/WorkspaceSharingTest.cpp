#include "CliProcess.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "workspace/WorkspaceCounts.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace qadesk;
using namespace qadesk::test;

TEST_CASE("other programs reading and importing leave this process's open workspace whole")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.qadesk"));
    auto db = fileWorkspace(dir, QStringLiteral("shared.qadesk"));
    addSampleContact(*db); // agent A001, whom the manifest names
    {
        // A background worker's own connection, opened and closed as the import wizard and the reports page do.
        QString error;
        REQUIRE(db->openSibling(&error));
    }

    const CliRun info = runCli({ QStringLiteral("info"), QStringLiteral("--workspace"), path });
    INFO(info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    CHECK(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("contacts")).toInt() == 1);
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(QFileInfo::exists(path + QStringLiteral("-shm")));

    const CliRun import = runCli({ QStringLiteral("import"), dataPath(QStringLiteral("import/contacts-cp949.csv")),
                                   QStringLiteral("--workspace"), path, QStringLiteral("--time-zone"),
                                   QStringLiteral("Asia/Seoul"), QStringLiteral("--create-agents") });
    INFO(import.err.toStdString());
    REQUIRE(import.exitCode == 0);
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(QFileInfo::exists(path + QStringLiteral("-shm")));

    // This process goes on writing and reading the same file (a disk I/O error would throw here).
    execWith(*db, QStringLiteral("INSERT INTO teams (name) VALUES (?)"), { QStringLiteral("after the import") },
             QStringLiteral("add a team"));
    CHECK(countWorkspace(*db).contacts == 1 + 3);
    CHECK(countWorkspace(*db).teams == 1 + 1 + 1); // the sample's, the manifest's 채팅2팀, and this one
    db.reset();
    QString error;
    const auto reopened = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(reopened);
    CHECK(reopened->verifyIntegrity(&error));
    CHECK(countWorkspace(*reopened).contacts == 4);
}
