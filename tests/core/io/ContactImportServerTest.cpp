#include "TestSupport.h"
#include "io/ContactImport.h"
#include "storage/AuditLog.h"
#include "storage/ContactRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/RecordingRoots.h"

#include <QDir>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

Actor evaluator()
{
    return Actor { 0, QStringLiteral("kim"), QStringLiteral("Kim"), Role::Evaluator, {}, 0 };
}

} // namespace

TEST_CASE("recordings roots: a valid name is added once, by a manager, and a rooted path is found per desktop")
{
    const auto server = test::freshServerDatabase();
    if (!server)
        return;
    QString error;
    const auto db = Database::openServer(*server, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    CHECK(RecordingRoots::names(*db).isEmpty());
    CHECK_FALSE(RecordingRoots::add(*db, QStringLiteral("calls"), evaluator(), &error));
    CHECK(error == QStringLiteral("Only managers and administrators name recordings roots."));
    CHECK_FALSE(RecordingRoots::add(*db, QStringLiteral("C"), test::managerActor(), &error)); // a drive letter
    CHECK(error.contains(QLatin1String("cannot name a recordings root")));
    CHECK_FALSE(RecordingRoots::add(*db, QStringLiteral("a/b"), test::managerActor(), &error));
    const bool added = RecordingRoots::add(*db, QStringLiteral("calls"), test::managerActor(), &error);
    INFO(error.toStdString());
    REQUIRE(added);
    REQUIRE(RecordingRoots::add(*db, QStringLiteral("녹취"), test::managerActor(), &error));
    CHECK_FALSE(RecordingRoots::add(*db, QStringLiteral("calls"), test::managerActor(), &error));
    CHECK(error == QStringLiteral("The recordings root calls is already there."));
    CHECK(RecordingRoots::names(*db) == QStringList { QStringLiteral("calls"), QStringLiteral("녹취") });
    CHECK(AuditLog(*db).recent(1).at(0).action == QStringLiteral("recording_roots"));

    const QString importFolder = test::dataPath(QStringLiteral("import"));
    const QString stored = QStringLiteral("calls:calls/c1.wav");
    auto location = RecordingRoots::locate(*db, stored, { { QStringLiteral("calls"), importFolder } });
    CHECK(location.problem.isEmpty());
    CHECK(location.path == importFolder + QStringLiteral("/calls/c1.wav"));

    location = RecordingRoots::locate(*db, stored, {});
    CHECK(
        location.problem
        == QStringLiteral("The recording calls/c1.wav is in the recordings root \"calls\", which this desktop has not "
                          "mapped to a folder. Choose its folder in File → Recordings folders…."));
    location = RecordingRoots::locate(*db, stored, { { QStringLiteral("calls"), QStringLiteral("/mnt/absent") } });
    CHECK(location.problem
          == QStringLiteral("The recording is missing: the recordings root \"calls\" is the folder /mnt/absent on this "
                            "desktop, and it has no calls/c1.wav. Check that the share is mounted there, or choose "
                            "another folder in File → Recordings folders…."));
    // Not a root: an absolute path as it was; a Windows drive is no root.
    CHECK(RecordingRoots::locate(*db, importFolder + QStringLiteral("/calls/c1.wav"), {}).path
          == importFolder + QStringLiteral("/calls/c1.wav"));
    CHECK_FALSE(RecordingRoots::split(QStringLiteral("C:/calls/c1.wav"), RecordingRoots::names(*db)));
}

TEST_CASE("an import on a team server stores recordings under their root, in one transaction that a failure undoes")
{
    const auto server = test::freshServerDatabase();
    if (!server)
        return;
    QString error;
    const auto db = Database::openServer(*server, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    test::addSampleContact(*db); // agent A001
    INFO(error.toStdString());
    REQUIRE(RecordingRoots::add(*db, QStringLiteral("calls"), test::managerActor(), &error));

    ContactImportOptions options;
    options.timeZone = QTimeZone(QByteArrayLiteral("Asia/Seoul"));
    options.createUnknownAgents = true;
    options.recordingRoot = QStringLiteral("calls");
    const QString manifest = test::dataPath(QStringLiteral("import/contacts-cp949.csv"));

    // A root whose folder does not hold the recording: the row's problem says where it is not.
    options.recordingRootFolder = test::dataPath(QStringLiteral("import/chats"));
    ImportPlan plan = ContactImport::check(*db, manifest, options);
    REQUIRE(plan.problems.size() == 1);
    CHECK(plan.problems.at(0).line == 2);
    CHECK(plan.problems.at(0).message
          == QStringLiteral("calls/c1.wav: the recording is outside %1, the folder of the recordings root calls")
                 .arg(test::dataPath(QStringLiteral("import/chats"))));

    options.recordingRootFolder = test::dataPath(QStringLiteral("import"));
    plan = ContactImport::check(*db, manifest, options);
    REQUIRE(plan.problems.isEmpty());
    REQUIRE(plan.goodRows.size() == 3);

    // Another desktop imports T-2002 between this one's check and its import: the third row's insert fails, and the
    // transaction takes back the two contacts and the agent written before it.
    Contact raced;
    raced.externalId = QStringLiteral("T-2002");
    raced.channel = Channel::Chat;
    raced.agentId = AgentRepository(*db).findByEmployeeId(QStringLiteral("A001"))->id;
    raced.startedAt = QDateTime(QDate(2026, 1, 6), QTime(0, 0), QTimeZone::utc());
    raced.durationSeconds = 65;
    ContactRepository(*db).add(raced);
    const int auditBefore = int(AuditLog(*db).recent(1000).size());
    CHECK_FALSE(ContactImport::apply(*db, plan, false, evaluator(), {}, &error));
    CHECK(error.startsWith(QLatin1String("The import failed and nothing was imported: ")));
    CHECK(ContactRepository(*db).count() == 2);
    CHECK_FALSE(AgentRepository(*db).findByEmployeeId(QStringLiteral("B777")));
    CHECK(int(AuditLog(*db).recent(1000).size()) == auditBefore);

    // Checked again, T-2002 is a problem; the good rows go in, the recording under its root.
    plan = ContactImport::check(*db, manifest, options);
    REQUIRE(plan.problems.size() == 1);
    const auto summary = ContactImport::apply(*db, plan, true, evaluator(), {}, &error);
    INFO(error.toStdString());
    REQUIRE(summary);
    CHECK(summary->contactsAdded == 2);
    ContactRepository contacts(*db);
    const auto call = contacts.find(*contacts.findId(Channel::Call, QStringLiteral("C-1001")));
    REQUIRE(call);
    REQUIRE(call->recording);
    CHECK(call->recording->path == QStringLiteral("calls:calls/c1.wav"));
    CHECK(call->recording->channels == 2);
    CHECK(
        RecordingRoots::locate(*db, call->recording->path, { { QStringLiteral("calls"), options.recordingRootFolder } })
            .path
        == QDir(options.recordingRootFolder).filePath(QStringLiteral("calls/c1.wav")));
}
