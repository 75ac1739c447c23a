#include "CalibrationFixture.h"

#include "TestSupport.h"
#include "calibration/CalibrationService.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"

namespace qadesk::test {
namespace {

QList<Answer> answers(int greeting, int accuracy)
{
    return { Answer { QStringLiteral("greeting"), greeting, false, {}, {} },
             Answer { QStringLiteral("identity"), 0, false, {}, {} },
             Answer { QStringLiteral("accuracy"), accuracy, false, {}, {} } };
}

// Stores, fills and submits `evaluation` in the name of `who`.
qint64 submit(const Database& db, Evaluation evaluation, const Actor& who, int greeting, int accuracy, int secondsSpent)
{
    EvaluationRepository evaluations(db);
    evaluation.id = evaluations.createDraft(evaluation, who.login);
    evaluation.answers = answers(greeting, accuracy);
    evaluation.secondsSpent = secondsSpent;
    evaluations.saveDraft(evaluation);
    evaluations.submit(evaluation.id, who.login);
    return evaluation.id;
}

} // namespace

CalibrationFixture::CalibrationFixture()
    : db(memoryWorkspace())
{
    contactId = addSampleContact(*db);
    ScorecardRepository cards(*db);
    const qint64 card = cards.create(Scorecard { 0, QStringLiteral("콜 평가표"), {}, Channel::Call, false },
                                     sampleVersion(), QStringLiteral("admin"));
    versionId = cards.latestVersion(card)->id;
    cards.publish(versionId, managerActor(QStringLiteral("admin")));
    UserRepository users(*db);
    users.add(User { 0, QStringLiteral("lee"), QStringLiteral("이도윤"), Role::Evaluator, 0, true });
    users.add(User { 0, QStringLiteral("park"), QStringLiteral("박서연"), Role::Evaluator, 0, true });
    users.add(User { 0, QStringLiteral("boss"), QStringLiteral("최센터장"), Role::Manager, 0, true });
    manager = actorOf(*db, QStringLiteral("boss"));
    kim = actorOf(*db, QStringLiteral("eval"));
    lee = actorOf(*db, QStringLiteral("lee"));
    park = actorOf(*db, QStringLiteral("park"));
}

qint64 CalibrationFixture::create(qint64 referenceUserId, const Actor* organiser, const QDate& day,
                                  const QString& title)
{
    CalibrationPlan plan;
    plan.title = title;
    plan.contactId = contactId;
    plan.scorecardVersionId = versionId;
    plan.participantIds = { kim.userId, lee.userId, park.userId };
    plan.referenceUserId = referenceUserId;
    plan.deadline = centreTime(day, QTime(15, 0));
    return CalibrationService(*db, organiser ? *organiser : manager).create(plan);
}

qint64 CalibrationFixture::score(qint64 sessionId, const Actor& who, int greeting, int accuracy, int secondsSpent)
{
    return submit(*db, CalibrationService(*db, who).myScoring(sessionId), who, greeting, accuracy, secondsSpent);
}

qint64 CalibrationFixture::regular(const Actor& who, const QString& externalId, int secondsSpent, int greeting,
                                   int accuracy)
{
    ContactRepository contacts(*db);
    Contact call = *contacts.find(contactId);
    call.id = 0;
    call.externalId = externalId;
    call.recording.reset();
    Evaluation evaluation;
    evaluation.contactId = contacts.add(call);
    evaluation.scorecardVersionId = versionId;
    evaluation.evaluatorId = who.userId;
    return submit(*db, evaluation, who, greeting, accuracy, secondsSpent);
}

} // namespace qadesk::test
