#include "storage/WorkspaceChanges.h"

#include "TestSupport.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/Transaction.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

// A form, a contact and a draft on it, ready to submit; returns the draft's id.
qint64 draftEvaluation(const Database& db)
{
    const qint64 contactId = test::addSampleContact(db);
    ScorecardRepository cards(db);
    const qint64 card = cards.create(Scorecard { 0, QStringLiteral("평가표"), {}, Channel::Call },
                                     test::sampleVersion(), QStringLiteral("admin"));
    const qint64 versionId = cards.latestVersion(card)->id;
    cards.publish(versionId, test::managerActor(QStringLiteral("admin")));
    Evaluation e;
    e.contactId = contactId;
    e.scorecardVersionId = versionId;
    e.evaluatorId = UserRepository(db).findByLogin(QStringLiteral("eval"))->id;
    e.answers = { Answer { QStringLiteral("greeting"), 0 }, Answer { QStringLiteral("identity"), 0 },
                  Answer { QStringLiteral("accuracy"), 1 } };
    return EvaluationRepository(db).createDraft(e, QStringLiteral("eval"));
}

// The (change, id) pairs a spy on WorkspaceChanges::changed caught.
QList<std::pair<Change, qint64>> caught(const QSignalSpy& spy)
{
    QList<std::pair<Change, qint64>> changes;
    for (const auto& arguments : spy)
        changes.append({ arguments.at(0).value<Change>(), arguments.at(1).toLongLong() });
    return changes;
}

} // namespace

TEST_CASE("a committed change is announced once after its commit, a rolled-back one never")
{
    auto db = test::memoryWorkspace();
    const qint64 draft = draftEvaluation(*db);
    QSignalSpy spy(&WorkspaceChanges::of(*db), &WorkspaceChanges::changed);
    {
        Transaction transaction(*db);
        EvaluationRepository(*db).submit(draft, QStringLiteral("eval"));
        CHECK(spy.isEmpty()); // not before the outermost commit
    } // rolled back
    CHECK(spy.isEmpty());
    CHECK(EvaluationRepository(*db).find(draft)->status == EvaluationStatus::Draft);

    EvaluationRepository(*db).submit(draft, QStringLiteral("eval"));
    CHECK(caught(spy) == QList<std::pair<Change, qint64>> { { Change::Evaluation, draft } });
}

TEST_CASE("a change payload names its kind, id and origin, and an unknown kind is refused")
{
    WorkspaceChanges changes;
    Change change = Change::OtherProgram;
    qint64 id = 0;
    QString origin;
    REQUIRE(WorkspaceChanges::parse(changes.payload(Change::DisputeDecided, 42), &change, &id, &origin));
    CHECK(change == Change::DisputeDecided);
    CHECK(id == 42);
    CHECK(origin == changes.origin());
    CHECK(changes.payload(Change::Plan, 7).startsWith(QStringLiteral("plan:7:")));
    CHECK_FALSE(WorkspaceChanges::parse(QStringLiteral("renamed:7:x"), &change, &id, &origin));
    CHECK_FALSE(WorkspaceChanges::parse(QStringLiteral("plan:seven:x"), &change, &id, &origin));
}

TEST_CASE("another connection's commit to a workspace file is heard within 2 s")
{
    QTemporaryDir dir;
    auto writer = test::fileWorkspace(dir);
    const qint64 draft = draftEvaluation(*writer);
    QString error;
    auto reader = Database::open(writer->path(), &error); // as another program would open it
    INFO(error.toStdString());
    REQUIRE(reader);
    OtherProgramWatcher watcher(*reader);
    REQUIRE(watcher.isListening());
    QSignalSpy heard(&WorkspaceChanges::of(*reader), &WorkspaceChanges::changed);

    EvaluationRepository(*writer).submit(draft, QStringLiteral("eval"));
    REQUIRE(heard.wait(2000));
    CHECK(caught(heard).first() == std::pair { Change::OtherProgram, qint64(0) });
}

TEST_CASE("another desktop's change to a team server is heard, with its kind and id, within 2 s")
{
    const auto settings = test::freshServerDatabase();
    if (!settings)
        return;
    QString error;
    auto writer = Database::openServer(*settings, &error);
    INFO(error.toStdString());
    REQUIRE(writer);
    const qint64 draft = draftEvaluation(*writer);
    auto reader = Database::openServer(*settings, &error);
    REQUIRE(reader);
    OtherProgramWatcher watcher(*reader);
    REQUIRE(watcher.isListening());
    QSignalSpy heard(&WorkspaceChanges::of(*reader), &WorkspaceChanges::changed);
    QSignalSpy said(&WorkspaceChanges::of(*writer), &WorkspaceChanges::changed);

    EvaluationRepository(*writer).submit(draft, QStringLiteral("eval"));
    REQUIRE(heard.wait(2000));
    CHECK(caught(heard).first() == std::pair { Change::Evaluation, draft });
    CHECK(caught(said) == QList<std::pair<Change, qint64>> { { Change::Evaluation, draft } });
}
